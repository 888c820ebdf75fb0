#!/usr/bin/env bash
# Stops the broker scripts/kafka-start.sh (or the demo) started, by its recorded pid.
#
#   scripts/kafka-stop.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_no_arguments kafka-stop "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka.sh"

if kafka_running; then
  echo "stopping broker at $(cat "$MT_KAFKA_DIR/bootstrap" 2>/dev/null || echo '?')"
  kafka_stop
else
  kafka_stop
  echo "no broker running"
fi
