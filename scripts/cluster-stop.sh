#!/usr/bin/env bash
# Stops the local cluster: exactly the JobManager and TaskManagers whose pids cluster-start.sh and
# taskmanager-add.sh recorded in run/flink/*.pid, then the Kafka broker if cluster-start.sh started it.
# Checkpoints stay in run/flink/checkpoints until the next start.
#
#   scripts/cluster-stop.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_no_arguments cluster-stop "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

flink_stop_all
if [[ -f "$MT_FLINK_DIR/kafka.owned" ]]; then
  kafka_stop
  rm -f "$MT_FLINK_DIR/kafka.owned"
fi
rm -f "$MT_FLINK_DIR/master-keys"
