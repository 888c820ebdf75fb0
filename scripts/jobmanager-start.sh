#!/usr/bin/env bash
# Starts the JobManager of the local cluster again, with the job arguments of scripts/cluster-start.sh,
# after it crashed or after the job was stopped with a savepoint (an application cluster's JobManager
# exits with its job). The running TaskManagers find the new one by themselves.
#
#   scripts/jobmanager-start.sh [--from-savepoint PATH]
#
#   (no option)             with --ha, the job resumes from its latest completed checkpoint, which
#                           ZooKeeper remembers; without HA it would start afresh, so this refuses
#   --from-savepoint PATH   the job starts from that savepoint (or retained checkpoint) instead
#
# MT_JOB_JAR, when set, runs the job from that jar instead of target/classes (an upgrade; the
# TaskManagers need the same, so restart them too). Waits until the job runs again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/cli.sh"
mt_help_exit "$@"
opts=()
case "$#:${1:-}" in
  0:) ;;
  2:--from-savepoint) [[ -n "$2" ]] || mt_bad_usage jobmanager-start "--from-savepoint needs a path"
    opts=(--fromSavepoint "$2") ;;
  *) mt_bad_usage jobmanager-start "unknown arguments $*" ;;
esac
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"
if [[ ${#opts[@]} -eq 0 ]] && ! flink_zookeeper_running; then
  mt_bad_usage jobmanager-start "the cluster runs without --ha: give --from-savepoint PATH"
fi
if flink_jobmanager_running; then
  echo "jobmanager-start: the JobManager is running" >&2
  exit 1
fi
started_at=$SECONDS
mt_build
flink_restart_jobmanager "${opts[@]}"
flink_wait_running 0 "${MT_CLUSTER_START_TIMEOUT_S:-300}"
echo "jobmanager-start: job $(flink_job_id) running after $((SECONDS - started_at))s" >&2
