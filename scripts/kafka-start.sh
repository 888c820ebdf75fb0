#!/usr/bin/env bash
# Starts the local single-node Kafka broker (KRaft, 127.0.0.1 only) in the background with empty
# storage, waits until it serves clients, and prints its bootstrap address on stdout.
# Stop it with scripts/kafka-stop.sh. Files: run/kafka/, log: run/logs/kafka.log.
#
#   scripts/kafka-start.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_no_arguments kafka-start "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka.sh"

kafka_start
echo "$MT_KAFKA_BOOTSTRAP"
