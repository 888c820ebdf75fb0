#!/usr/bin/env bash
# Runs one of the Kafka tools in io.mailtriage.tools by its class name, building first if needed:
#   scripts/tool.sh FeedMail --bootstrap 127.0.0.1:9092 --topic emails.raw --input samples/
#   scripts/tool.sh ReadTriage --help
# Tools: CreateTopics, FeedMail, ReadTriage, KafkaReady.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "usage: scripts/tool.sh CreateTopics|FeedMail|ReadTriage|KafkaReady [args...|--help]" >&2
  exit 2
fi
tool="$1"
shift
mt_java "io.mailtriage.tools.$tool" "$@"
