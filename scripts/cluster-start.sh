#!/usr/bin/env bash
# Starts a local Flink standalone application cluster running the mailtriage job: a Kafka broker (only
# if none of ours runs yet) with the job's topics, one JobManager (web UI on 127.0.0.1:8081) and N
# TaskManagers, each its own JVM. Returns once the job runs on all of them.
#
#   scripts/cluster-start.sh [--taskmanagers N] [--mode reactive|adaptive] [--ha] [--conf K=V]...
#                            [-- JOB_ARGS...]
#
#   --taskmanagers N  TaskManagers to start, 2 slots each (default 1)
#   --mode reactive   (default) the job always uses every slot: scale by adding/removing TaskManagers
#   --mode adaptive   adaptive scheduler without reactive mode: the job starts at 2*N and vertices are
#                     rescaled with scripts/rescale.sh (REST resource requirements)
#   --ha              JobManager high availability: a one-node ZooKeeper keeps the job graph and the
#                     latest checkpoint, so scripts/jobmanager-start.sh after a JobManager crash
#                     resumes the job from it
#   --conf K=V        an extra Flink setting for every JVM (repeatable), e.g. --conf heartbeat.timeout=15s
#   JOB_ARGS          extra arguments for the job's main, e.g. -- --set model.batchSize=8
#
# Environment: MT_REST_PORT (8081), MT_JM_RPC_PORT (6123), MT_FLINK_DIR (run/flink), MT_KAFKA_DIR,
# MT_LOG_DIR (run/logs), MT_TOPIC_PARTITIONS (4), MT_JOB_JAR (the job as a jar instead of
# target/classes). Stop with scripts/cluster-stop.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

SLOTS_PER_TM=2
START_TIMEOUT_S="${MT_CLUSTER_START_TIMEOUT_S:-300}"

taskmanagers=1
mode=reactive
ha=false
extra_conf=()
job_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taskmanagers)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "cluster-start: --taskmanagers needs a positive number" >&2; exit 2; }
      taskmanagers="$2"; shift 2 ;;
    --mode)
      [[ $# -ge 2 && "$2" =~ ^(reactive|adaptive)$ ]] || { echo "cluster-start: --mode is reactive or adaptive" >&2; exit 2; }
      mode="$2"; shift 2 ;;
    --) shift; job_args=("$@"); break ;;
    --ha) ha=true; shift ;;
    --conf)
      [[ $# -ge 2 && "$2" == *=* ]] || { echo "cluster-start: --conf needs KEY=VALUE" >&2; exit 2; }
      extra_conf+=("$2"); shift 2 ;;
    -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cluster-start: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

if flink_jobmanager_running || [[ -n "$(flink_taskmanagers)" ]]; then
  echo "cluster-start: a cluster from $MT_FLINK_DIR is already running; stop it with scripts/cluster-stop.sh" >&2
  exit 1
fi
for port in "$MT_REST_PORT" "$MT_JM_RPC_PORT"; do
  if _mt_port_open "$port"; then echo "cluster-start: port $port is in use" >&2; exit 1; fi
done
started_at=$SECONDS
mt_build

# On failure, stop what this start launched, so a retry does not find half a cluster.
started_ok=false
cleanup() {
  if ! $started_ok; then
    echo "cluster-start: failed; stopping what it started (logs in $MT_LOG_DIR)" >&2
    "$MT_ROOT/scripts/cluster-stop.sh" || true
  fi
}
trap cleanup EXIT

mkdir -p "$MT_FLINK_DIR"
if ! kafka_running; then
  kafka_start
  # Remembered so that cluster-stop.sh stops the broker only if this script started it.
  touch "$MT_FLINK_DIR/kafka.owned"
fi
bootstrap="$(cat "$MT_KAFKA_DIR/bootstrap")"

flink_create_topics "$bootstrap"

# Each start is a fresh job (the application cluster always uses the same job id): old checkpoints
# in the same directory would only confuse which one is whose.
rm -rf "$MT_FLINK_DIR/checkpoints" "$MT_FLINK_DIR/savepoints" "$MT_FLINK_DIR/ha" "$MT_FLINK_DIR"/taskmanager-tm*.pid
rm -f "$MT_LOG_DIR"/flink-*.log
if $ha; then
  zookeeper_port="$(flink_start_zookeeper)"
  extra_conf=(high-availability.type=zookeeper "high-availability.zookeeper.quorum=127.0.0.1:$zookeeper_port"
    "high-availability.storageDir=file://$MT_FLINK_DIR/ha" "${extra_conf[@]}")
fi
flink_write_conf "$mode" $((taskmanagers * SLOTS_PER_TM)) "${extra_conf[@]}"
flink_new_key

flink_start_jobmanager --config conf/mailtriage.yaml --set "kafka.bootstrapServers=$bootstrap" \
  --set "checkpoint.storage=file://$MT_FLINK_DIR/checkpoints" "${job_args[@]}"
for ((i = 0; i < taskmanagers; i++)); do flink_start_taskmanager >/dev/null; done

flink_wait_running $((taskmanagers * SLOTS_PER_TM)) "$START_TIMEOUT_S"
started_ok=true
job="$(flink_job_id)"
echo "cluster-start: job $job running at parallelism $((taskmanagers * SLOTS_PER_TM)) ($mode mode," \
  "$taskmanagers TaskManager(s)) after $((SECONDS - started_at))s" >&2
echo "  web UI http://127.0.0.1:$MT_REST_PORT  Kafka $bootstrap  logs $MT_LOG_DIR/flink-*.log" >&2
