#!/usr/bin/env bash
# Sourced by the cluster scripts: a Flink standalone application cluster running the mailtriage job,
# as separate JVMs on 127.0.0.1, from the Maven jars (flink-dist is not needed: its lib/ is the
# runtime classpath that mt_build writes).
#
#   flink_write_conf MODE PARALLELISM  write $MT_FLINK_CONF_DIR/config.yaml for MODE reactive|adaptive
#   flink_start_jobmanager [ARGS...]    start the JobManager; ARGS go to the job's main (and are
#                                       recorded, so that flink_restart_jobmanager can reuse them)
#   flink_restart_jobmanager [OPTS...]  start the JobManager again with the recorded job ARGS; OPTS
#                                       go to the entrypoint (e.g. --fromSavepoint PATH)
#   flink_start_zookeeper               start a one-node ZooKeeper for HA; prints its client port
#   flink_start_taskmanager             start one more TaskManager (ids tm1, tm2, ...); prints its id
#   flink_stop_taskmanager ID           stop that TaskManager (by its recorded pid)
#   flink_stop_all                      stop every recorded Flink process, JobManager first
#   flink_create_topics BOOTSTRAP       create every topic the job uses (existing ones are kept)
#   flink_rest PATH [curl args...]      call the REST API of the recorded JobManager
#   flink_job_id                        print the id of the job the JobManager runs
#   flink_wait_running PARALLELISM S    wait until every vertex runs at PARALLELISM (at most S s)
#
# State lives under $MT_FLINK_DIR (default run/flink/, git-ignored): the generated conf/, one pid file
# per process (jobmanager.pid, taskmanager-tmN.pid), the REST port, the run's PII key and its
# checkpoints. Process output goes to $MT_LOG_DIR (default run/logs/). MT_JOB_JAR, when set, is the
# job's code on every JVM started from then on, in place of target/classes (an upgraded jar).
set -euo pipefail

# The cluster shares busy CI machines with builds: kafka.sh's 120 s default was seen running out.
MT_KAFKA_START_TIMEOUT_S="${MT_KAFKA_START_TIMEOUT_S:-300}"
# shellcheck source=kafka.sh
source "$(dirname "${BASH_SOURCE[0]}")/kafka.sh"

MT_FLINK_DIR="${MT_FLINK_DIR:-$MT_ROOT/run/flink}"
MT_FLINK_CONF_DIR="$MT_FLINK_DIR/conf"
MT_REST_PORT="${MT_REST_PORT:-8081}"
MT_JM_RPC_PORT="${MT_JM_RPC_PORT:-6123}"

MT_JM_CLASS=org.apache.flink.container.entrypoint.StandaloneApplicationClusterEntryPoint
MT_TM_CLASS=org.apache.flink.runtime.taskexecutor.TaskManagerRunner
MT_JOB_CLASS=io.mailtriage.job.MailtriageJob

# TaskManager memory, every component given: TaskManagerRunner, unlike flink-dist's taskmanager.sh,
# does not derive them from the process size and refuses to start without them. They add up to
# conf/config.yaml's taskmanager.memory.process.size (1536m); the JVM flags below follow from them.
# Task heap is the largest share: the ONNX model and batches live there; managed memory is RocksDB's.
MT_TM_MEMORY=(
  taskmanager.memory.framework.heap.size=128m
  taskmanager.memory.task.heap.size=512m
  taskmanager.memory.framework.off-heap.size=128m
  taskmanager.memory.task.off-heap.size=0m
  taskmanager.memory.network.min=64m
  taskmanager.memory.network.max=64m
  taskmanager.memory.managed.size=320m
  taskmanager.memory.jvm-metaspace.size=256m
  taskmanager.memory.jvm-overhead.min=128m
  taskmanager.memory.jvm-overhead.max=128m
  # One core per TaskManager: the machine has few, and the scheduler only reads it as a resource tag.
  taskmanager.cpu.cores=1
)
# heap = framework + task heap; direct = framework + task off-heap + network.
MT_TM_JVM=(-Xms640m -Xmx640m -XX:MaxDirectMemorySize=192m -XX:MaxMetaspaceSize=256m)
MT_JM_JVM=(-Xms512m -Xmx512m -XX:MaxMetaspaceSize=256m)

# The adaptive scheduler's waits, shortened so that a TaskManager that joins or leaves changes the
# job's parallelism within seconds instead of a minute or more. See docs/operations.md for why each.
MT_SCHEDULER_WAITS=(
  jobmanager.adaptive-scheduler.submission.resource-stabilization-timeout=0s
  jobmanager.adaptive-scheduler.executing.resource-stabilization-timeout=2s
  jobmanager.adaptive-scheduler.executing.cooldown-after-rescaling=5s
  jobmanager.adaptive-scheduler.rescale-trigger.max-delay=5s
)

_flink_pid_file() { echo "$MT_FLINK_DIR/$1.pid"; }

# The job's classes: target/classes, or the jar MT_JOB_JAR names.
_flink_job_code() { echo "${MT_JOB_JAR:-$MT_ROOT/target/classes}"; }

# True when NAME's recorded pid is alive and still one of this cluster's JVMs (its command line names
# our config dir): a stale pid file may name a pid now given to an unrelated process.
_flink_alive() {
  local file pid
  file="$(_flink_pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || return 1
  _mt_cmdline "$pid" | grep -qF -- "--configDir $MT_FLINK_CONF_DIR" ||
    _mt_cmdline "$pid" | grep -qF -- "--zkConfigFile $MT_FLINK_DIR/zookeeper/zoo.cfg"
}

flink_jobmanager_running() { _flink_alive jobmanager; }
flink_zookeeper_running() { _flink_alive zookeeper; }

# Prints the ids (tm1 tm2 ...) of the TaskManagers whose recorded pids are alive, in start order.
flink_taskmanagers() {
  local file id
  for file in "$MT_FLINK_DIR"/taskmanager-tm*.pid; do
    [[ -e "$file" ]] || continue
    id="${file##*/taskmanager-}"
    id="${id%.pid}"
    if _flink_alive "taskmanager-$id"; then echo "$id"; fi
  done | sort -t m -k 2 -n
}

# flink_write_conf MODE PARALLELISM [KEY=VALUE...]: the extra pairs are added last (they win).
flink_write_conf() {
  local mode="$1" parallelism="$2" scheduler=()
  shift 2
  case "$mode" in
    reactive) scheduler=(scheduler-mode=reactive) ;;
    # Adaptive without reactive: the job starts at parallelism.default and each vertex can be
    # rescaled through the REST resource-requirements endpoint (scripts/rescale.sh).
    adaptive) scheduler=(-scheduler-mode jobmanager.scheduler=adaptive "parallelism.default=$parallelism") ;;
    *) echo "flink: unknown mode $mode (reactive or adaptive)" >&2; return 2 ;;
  esac
  mkdir -p "$MT_FLINK_CONF_DIR"
  # RPC calls get 30 s instead of 10 s: on a busy shared 2-core machine 10 s is not always enough.
  java -cp "$(cat "$MT_CP_FILE")" "$MT_ROOT/scripts/lib/FlinkConf.java" "$MT_ROOT/conf" \
    "$MT_FLINK_CONF_DIR/config.yaml" "${scheduler[@]}" "${MT_SCHEDULER_WAITS[@]}" "${MT_TM_MEMORY[@]}" \
    "jobmanager.rpc.port=$MT_JM_RPC_PORT" "rest.port=$MT_REST_PORT" \
    "execution.checkpointing.dir=file://$MT_FLINK_DIR/checkpoints" \
    "execution.checkpointing.savepoint-dir=file://$MT_FLINK_DIR/savepoints" \
    taskmanager.rpc.port=0 taskmanager.data.port=0 pekko.ask.timeout=30s "$@"
  # Flink's INFO log is where rescaling shows ("Rescaling job", restored checkpoint); Kafka's is noise.
  cat >"$MT_FLINK_CONF_DIR/log4j2.properties" <<'EOF'
# Written by scripts/lib/flink.sh for the local cluster's JVMs.
rootLogger.level = INFO
rootLogger.appenderRef.console.ref = Console
appender.console.type = Console
appender.console.name = Console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5level %-40.40c{1.} %msg%n
logger.kafka.name = org.apache.kafka
logger.kafka.level = WARN
EOF
  echo "$MT_REST_PORT" >"$MT_FLINK_DIR/rest-port"
}

# A fresh PII master key for this run (base64 of 32 random bytes), readable only by us, never
# committed (run/ is git-ignored). Every JVM of the cluster gets it as MAILTRIAGE_MASTER_KEYS.
flink_new_key() {
  (umask 077 && head -c 32 /dev/urandom | base64 >"$MT_FLINK_DIR/master-keys")
}

# _flink_spawn NAME LOG JVM_OPTS... -- MAIN ARGS...: starts a cluster JVM in the repository root (the
# job's config paths are relative to it) and records its pid.
_flink_spawn() {
  local name="$1" log="$2"
  shift 2
  local jvm=()
  while [[ "$1" != "--" ]]; do jvm+=("$1"); shift; done
  shift
  # Pekko's remoting must bind within 10 s by default, which a JVM on a busy shared 2-core machine
  # was seen missing ("Could not create actor system ... Futures timed out after [10000
  # milliseconds]"). Flink's pekko.startup-timeout does not reach Pekko's classic remoting setting,
  # but a system property does (Pekko reads system properties beneath the config Flink passes).
  jvm+=(-Dpekko.remote.classic.startup-timeout=60s)
  (cd "$MT_ROOT" && MAILTRIAGE_MASTER_KEYS="$(cat "$MT_FLINK_DIR/master-keys")" exec nohup java \
    "${MT_JVM_OPENS[@]}" "${jvm[@]}" "-Dlog4j2.configurationFile=$MT_FLINK_CONF_DIR/log4j2.properties" \
    -cp "$(_flink_job_code):$(cat "$MT_CP_FILE")" "$@") >>"$log" 2>&1 </dev/null &
  echo "$!" >"$(_flink_pid_file "$name")"
}

flink_start_jobmanager() {
  mkdir -p "$MT_LOG_DIR"
  printf '%s\n' "$@" >"$MT_FLINK_DIR/jobmanager.args"
  _flink_spawn_jobmanager -- "$@"
}

flink_restart_jobmanager() {
  local args=()
  [[ -f "$MT_FLINK_DIR/jobmanager.args" ]] || { echo "flink: no recorded JobManager arguments" >&2; return 1; }
  mapfile -t args <"$MT_FLINK_DIR/jobmanager.args"
  _flink_spawn_jobmanager "$@" -- "${args[@]}"
}

# _flink_spawn_jobmanager [ENTRYPOINT_OPTS...] -- JOB_ARGS...
_flink_spawn_jobmanager() {
  local opts=()
  while [[ "$1" != "--" ]]; do opts+=("$1"); shift; done
  shift
  # "--" ends the entrypoint's own options: its parser would otherwise take the job's --config for
  # an abbreviation of --configDir.
  _flink_spawn jobmanager "$MT_LOG_DIR/flink-jobmanager.log" "${MT_JM_JVM[@]}" -- \
    "$MT_JM_CLASS" --configDir "$MT_FLINK_CONF_DIR" --job-classname "$MT_JOB_CLASS" "${opts[@]}" -- "$@"
}

# One ZooKeeper server (Flink's own launcher, from the flink-runtime jar) with fresh storage, for
# JobManager high availability: the job graph, leader and latest completed checkpoint are kept there
# (pointers) and in high-availability.storageDir (data), so a restarted JobManager resumes the job.
flink_start_zookeeper() {
  local dir="$MT_FLINK_DIR/zookeeper" port
  rm -rf "$dir"
  mkdir -p "$dir/data" "$MT_LOG_DIR"
  port="$(_mt_free_port 2181)"
  printf '%s\n' tickTime=2000 initLimit=10 syncLimit=5 "dataDir=$dir/data" "clientPort=$port" \
    clientPortAddress=127.0.0.1 admin.enableServer=false >"$dir/zoo.cfg"
  (cd "$MT_ROOT" && exec nohup java -Xms64m -Xmx128m -cp "$(cat "$MT_CP_FILE")" \
    org.apache.flink.runtime.zookeeper.FlinkZooKeeperQuorumPeer --zkConfigFile "$dir/zoo.cfg" --peerId 1) \
    >"$MT_LOG_DIR/zookeeper.log" 2>&1 </dev/null &
  echo "$!" >"$(_flink_pid_file zookeeper)"
  local deadline=$((SECONDS + 60))
  until _mt_port_open "$port"; do
    if ! _flink_alive zookeeper || ((SECONDS >= deadline)); then
      echo "flink: ZooKeeper did not start; see $MT_LOG_DIR/zookeeper.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$port"
}

flink_start_taskmanager() {
  # Ids are never reused within a run, so a log file always belongs to one TaskManager.
  local file n last=0 id
  for file in "$MT_FLINK_DIR"/taskmanager-tm*.pid "$MT_LOG_DIR"/flink-taskmanager-tm*.log; do
    [[ -e "$file" ]] || continue
    n="${file##*-tm}"
    n="${n%.*}"
    if ((n > last)); then last=$n; fi
  done
  id="tm$((last + 1))"
  mkdir -p "$MT_LOG_DIR"
  _flink_spawn "taskmanager-$id" "$MT_LOG_DIR/flink-taskmanager-$id.log" "${MT_TM_JVM[@]}" -- \
    "$MT_TM_CLASS" --configDir "$MT_FLINK_CONF_DIR" -D "taskmanager.resource-id=$id"
  echo "$id"
}

# Stops one recorded process and forgets it; a dead or foreign pid is only forgotten.
_flink_stop() {
  local name="$1" file
  file="$(_flink_pid_file "$name")"
  if _flink_alive "$name"; then
    mt_stop_pid "$(cat "$file")" "$name"
    echo "flink: stopped $name (pid $(cat "$file"))" >&2
  fi
  rm -f "$file"
}

flink_stop_taskmanager() { _flink_stop "taskmanager-$1"; }

# JobManager first, so the job is not rescheduled onto shrinking resources while the TaskManagers go;
# ZooKeeper (HA) last.
flink_stop_all() {
  local file name
  _flink_stop jobmanager
  for file in "$MT_FLINK_DIR"/taskmanager-tm*.pid; do
    [[ -e "$file" ]] || continue
    name="${file##*/}"
    _flink_stop "${name%.pid}"
  done
  _flink_stop zookeeper
}

# Every topic the job reads or writes: the broker does not create topics on first use. Four partitions
# by default, so the sources can use up to four subtasks, i.e. two TaskManagers' slots.
flink_create_topics() {
  local topics queue
  topics=emails.raw,emails.dlq,triage.stats,triage.urgent,models.control,pii.erasure,pii.subject-keys,pii.audit
  for queue in account account-security automated cards cash delivery-failures exchange fraud needs-review payments refunds top-ups transfers; do
    topics+=",triage.$queue"
  done
  (mt_java io.mailtriage.tools.CreateTopics --bootstrap "$1" --topics "$topics" \
    --partitions "${MT_TOPIC_PARTITIONS:-4}") >&2
}

flink_rest() {
  local path="$1" port
  shift
  port="$(cat "$MT_FLINK_DIR/rest-port" 2>/dev/null || echo "$MT_REST_PORT")"
  curl -sS -f --max-time 10 "$@" "http://127.0.0.1:$port$path"
}

# The application cluster runs exactly one job.
flink_job_id() { flink_rest /jobs | jq -r '.jobs[0].id // empty'; }

# Prints "STATE p1,p2,..." for the job: its status and every vertex's parallelism.
flink_job_shape() {
  flink_rest "/jobs/$1" | jq -r '.state + " " + ([.vertices[].parallelism | tostring] | join(","))'
}

# Waits until the job is RUNNING with every vertex RUNNING at PARALLELISM (0: any); fails after S s.
flink_wait_running() {
  local want="$1" timeout="$2" deadline=$((SECONDS + $2)) job detail
  while ((SECONDS < deadline)); do
    job="$(flink_job_id 2>/dev/null || true)"
    if [[ -n "$job" ]] && detail="$(flink_rest "/jobs/$job" 2>/dev/null)" &&
      jq -e --argjson p "$want" '.state == "RUNNING" and all(.vertices[];
          .status == "RUNNING" and ($p == 0 or .parallelism == $p))' <<<"$detail" >/dev/null; then
      return 0
    fi
    flink_jobmanager_running || { echo "flink: the JobManager exited; see $MT_LOG_DIR/flink-jobmanager.log" >&2; return 1; }
    sleep 0.5
  done
  echo "flink: job not running at parallelism $want within ${timeout}s: $(flink_job_shape "$job" 2>/dev/null || echo none)" >&2
  return 1
}
