#!/usr/bin/env bash
# Rescales the running job of a local cluster started with --mode adaptive (adaptive scheduler
# without reactive mode; reactive mode ignores requirements and always uses every slot). Reads every
# vertex's parallelism bounds (GET /jobs/<id>/resource-requirements, FLIP-291), sets each upper bound
# to PARALLELISM and PUTs them back; the scheduler then rescales once the slots are there (add
# TaskManagers first for more than it has), and the script waits until every vertex runs at it.
#
#   scripts/rescale.sh PARALLELISM [TIMEOUT_S]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_help_exit "$@"
[[ $# -ge 1 && "$1" =~ ^[1-9][0-9]*$ ]] || mt_bad_usage rescale "PARALLELISM must be a positive number"
[[ $# -le 2 && "${2:-1}" =~ ^[1-9][0-9]*$ ]] || mt_bad_usage rescale "expected PARALLELISM [TIMEOUT_S], got: $*"
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

parallelism="$1"
timeout="${2:-300}"
job="$(flink_job_id)"
[[ -n "$job" ]] || { echo "rescale: no job on the cluster at $MT_FLINK_DIR" >&2; exit 1; }

current="$(flink_rest "/jobs/$job/resource-requirements")"
# A lower bound above the new upper bound would be refused; otherwise the lower bounds stay as they
# are, so the job keeps running on fewer slots if a TaskManager goes away.
wanted="$(jq --argjson p "$parallelism" 'map_values(.parallelism.upperBound = $p
  | .parallelism.lowerBound = ([.parallelism.lowerBound, $p] | min))' <<<"$current")"
flink_rest "/jobs/$job/resource-requirements" -X PUT -H 'Content-Type: application/json' \
  --data "$wanted" >/dev/null
started=$SECONDS
echo "rescale: asked for parallelism $parallelism on $(jq length <<<"$wanted") vertices of job $job" >&2
flink_wait_running "$parallelism" "$timeout"
echo "rescale: job $job runs at parallelism $parallelism after $((SECONDS - started))s" >&2
