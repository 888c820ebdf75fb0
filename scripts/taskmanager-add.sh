#!/usr/bin/env bash
# Adds one TaskManager (2 slots) to the running local cluster and prints its id (tm2, tm3, ...).
# In reactive mode the job scales up to use it; in adaptive mode the slots wait for scripts/rescale.sh.
#
#   scripts/taskmanager-add.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_no_arguments taskmanager-add "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

if ! flink_jobmanager_running; then
  echo "taskmanager-add: no cluster running from $MT_FLINK_DIR (scripts/cluster-start.sh)" >&2
  exit 1
fi
mt_build
id="$(flink_start_taskmanager)"
echo "taskmanager-add: started $id (pid $(cat "$MT_FLINK_DIR/taskmanager-$id.pid")," \
  "log $MT_LOG_DIR/flink-taskmanager-$id.log)" >&2
echo "$id"
