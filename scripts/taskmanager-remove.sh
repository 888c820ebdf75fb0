#!/usr/bin/env bash
# Stops one TaskManager of the local cluster, by its recorded pid: ID (tm1, tm2, ...) or, without
# one, the most recently added. The job fails over and, in reactive mode, continues on the remaining
# slots from its last checkpoint.
#
#   scripts/taskmanager-remove.sh [ID]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_help_exit "$@"
[[ $# -le 1 ]] || mt_bad_usage taskmanager-remove "unknown argument $2"
[[ $# -eq 0 || "$1" =~ ^tm[0-9]+$ ]] || mt_bad_usage taskmanager-remove "ID must look like tm1, got '$1'"
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

running="$(flink_taskmanagers)"
id="${1:-$(tail -n 1 <<<"$running")}"
if [[ -z "$id" ]] || ! grep -qx -- "$id" <<<"$running"; then
  echo "taskmanager-remove: no running TaskManager ${id:-at all} (running: $(echo $running))" >&2
  exit 1
fi
flink_stop_taskmanager "$id"
