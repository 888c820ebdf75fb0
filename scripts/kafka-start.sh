#!/usr/bin/env bash
# Starts the local single-node Kafka broker (KRaft, 127.0.0.1 only) in the background with empty
# storage, waits until it serves clients, and prints its bootstrap address on stdout.
# Stop it with scripts/kafka-stop.sh. Files: run/kafka/, log: run/logs/kafka.log.
#
#   scripts/kafka-start.sh [--resume]
#
#   --resume  start the broker that was stopped (or crashed) again, on the same port and with the
#             data it had, instead of a fresh one
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_help_exit "$@"
[[ $# -eq 0 || ($# -eq 1 && "$1" == --resume) ]] || mt_bad_usage kafka-start "unknown argument ${@: -1}"
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka.sh"

if [[ $# -eq 1 ]]; then
  kafka_resume
else
  kafka_start
fi
echo "$MT_KAFKA_BOOTSTRAP"
