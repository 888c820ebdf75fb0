#!/usr/bin/env bash
# Runs one of the Kafka tools in io.mailtriage.tools by its class name, building first if needed:
#   scripts/tool.sh FeedMail --bootstrap 127.0.0.1:9092 --topic emails.raw --input samples/
#   scripts/tool.sh ReadTriage --help
# Tools: CreateTopics, FeedMail, ReadTriage, KafkaReady.
#
#   scripts/tool.sh CreateTopics|FeedMail|ReadTriage|KafkaReady [args...|--help]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

case "${1:-}" in
  CreateTopics | FeedMail | ReadTriage | KafkaReady) ;;
  -h | --help) mt_usage; exit 0 ;;
  "") mt_bad_usage tool "name a tool: CreateTopics, FeedMail, ReadTriage or KafkaReady" ;;
  *) mt_bad_usage tool "unknown tool $1" ;;
esac
tool="$1"
shift
mt_java "io.mailtriage.tools.$tool" "$@"
