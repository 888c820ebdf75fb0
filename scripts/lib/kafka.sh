#!/usr/bin/env bash
# Sourced by the scripts/: runs one single-node KRaft Kafka broker as its own JVM, from the Kafka jars
# Maven already resolved for the tests, so a fresh machine needs no Kafka download and no Docker.
#
#   kafka_start   start it (fresh, empty storage) and wait until it serves clients;
#                 sets MT_KAFKA_BOOTSTRAP and writes it to $MT_KAFKA_DIR/bootstrap
#   kafka_resume  start the stopped (or killed) broker again on its port, with the data it had
#   kafka_stop    stop the broker whose pid kafka_start recorded, and wait for it to exit
#   kafka_running true while that recorded broker is alive
#
# Everything lives under $MT_KAFKA_DIR (default run/kafka/, git-ignored); the broker's output goes to
# $MT_LOG_DIR/kafka.log (default run/logs/).
set -euo pipefail

# shellcheck source=java.sh
source "$(dirname "${BASH_SOURCE[0]}")/java.sh"

MT_KAFKA_DIR="${MT_KAFKA_DIR:-$MT_ROOT/run/kafka}"
MT_LOG_DIR="${MT_LOG_DIR:-$MT_ROOT/run/logs}"
MT_KAFKA_START_TIMEOUT_S="${MT_KAFKA_START_TIMEOUT_S:-120}"
MT_KAFKA_HEAP="${MT_KAFKA_HEAP:-768m}"
# Room for the job's 10 MB input bound and a 30 MB record that tests the TOO_LARGE path.
MT_KAFKA_MAX_MESSAGE_BYTES=33554432

_mt_kafka_pid_file() { echo "$MT_KAFKA_DIR/kafka.pid"; }

# JVM options of the broker and its storage tool.
_MT_KAFKA_JAVA_OPTS=(-Xms256m "-Xmx$MT_KAFKA_HEAP" "-Dlog4j2.configurationFile=$MT_KAFKA_DIR/log4j2.properties")

# True when something accepts connections on 127.0.0.1:PORT (bash's /dev/tcp: no nc or ss needed).
_mt_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the first port from FIRST upwards that nothing listens on and that differs from AVOID.
_mt_free_port() {
  local port="$1" avoid="${2:-}"
  while _mt_port_open "$port" || [[ "$port" == "$avoid" ]]; do port=$((port + 1)); done
  echo "$port"
}

# A KRaft cluster id: 16 random bytes in URL-safe base64 without padding, the format StorageTool
# expects. Made here to save a JVM start; a leading '-' would read as a command-line flag.
_mt_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
    [[ "$id" != -* ]] && { echo "$id"; return; }
  done
}

# The command line of process PID, from /proc where there is one (ps may not be installed in a
# minimal container), else from ps (macOS).
_mt_cmdline() {
  if [[ -r "/proc/$1/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$1/cmdline"
  else
    ps -p "$1" -o command= 2>/dev/null
  fi
}

# True when the recorded pid is alive and is still our broker: a stale pid file may name a pid the
# system has since given to an unrelated process, which must never be signalled.
kafka_running() {
  local pid_file pid
  pid_file="$(_mt_kafka_pid_file)"
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  kill -0 "$pid" 2>/dev/null || return 1
  _mt_cmdline "$pid" | grep -qF "kafka.Kafka $MT_KAFKA_DIR/server.properties"
}

_mt_write_kafka_config() {
  local port="$1" controller_port="$2"
  cat >"$MT_KAFKA_DIR/server.properties" <<EOF
# Written by scripts/lib/kafka.sh for one local demo broker; rewritten at every start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$MT_KAFKA_DIR/data
num.partitions=2
# One node: every replicated internal topic must accept a single replica.
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
message.max.bytes=$MT_KAFKA_MAX_MESSAGE_BYTES
replica.fetch.max.bytes=$MT_KAFKA_MAX_MESSAGE_BYTES
# The job's exactly-once sink asks for 10-minute transactions; the broker caps what it grants.
transaction.max.timeout.ms=900000
# Consumers of a fresh group get partitions at once instead of after 3 s.
group.initial.rebalance.delay.ms=0
# Topics are created explicitly (CreateTopics): a queue name the job writes to but the demo did
# not create then fails loudly in the job log instead of appearing silently.
auto.create.topics.enable=false
EOF
  cat >"$MT_KAFKA_DIR/log4j2.properties" <<EOF
# Broker logging for the demo: INFO to stdout, which kafka.sh redirects to $MT_LOG_DIR/kafka.log.
appender.out.type=Console
appender.out.name=out
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.out.ref=out
# Per-partition state changes drown everything else at INFO.
logger.state.name=state.change.logger
logger.state.level=WARN
EOF
}

# Prints why the start failed, with the end of the broker log, and returns 1.
_mt_kafka_fail() {
  echo "kafka: $1" >&2
  if [[ -s "$MT_LOG_DIR/kafka.log" ]]; then
    echo "kafka: last lines of $MT_LOG_DIR/kafka.log:" >&2
    tail -n 20 "$MT_LOG_DIR/kafka.log" | sed 's/^/  /' >&2
  fi
  return 1
}

kafka_start() {
  if kafka_running; then
    echo "kafka: already running (pid $(cat "$(_mt_kafka_pid_file)"))" \
      "at $(cat "$MT_KAFKA_DIR/bootstrap" 2>/dev/null); stop it with scripts/kafka-stop.sh" >&2
    return 1
  fi
  local started_at=$SECONDS
  # The readiness probe below is one of our tools, so the project is compiled first.
  mt_build
  local cp port controller_port
  cp="$(mt_test_classpath)"
  port="$(_mt_free_port 9092)"
  controller_port="$(_mt_free_port 9093 "$port")"

  # Every start is a fresh cluster: counts a demo prints must not include an earlier run's records.
  rm -rf "$MT_KAFKA_DIR/data"
  mkdir -p "$MT_KAFKA_DIR" "$MT_LOG_DIR"
  rm -f "$MT_KAFKA_DIR/bootstrap"
  _mt_write_kafka_config "$port" "$controller_port"

  if ! java "${_MT_KAFKA_JAVA_OPTS[@]}" -cp "$cp" kafka.tools.StorageTool format --ignore-formatted \
      -t "$(_mt_cluster_id)" -c "$MT_KAFKA_DIR/server.properties" \
      >"$MT_LOG_DIR/kafka-format.log" 2>&1; then
    echo "kafka: formatting the storage failed; see $MT_LOG_DIR/kafka-format.log" >&2
    tail -n 20 "$MT_LOG_DIR/kafka-format.log" | sed 's/^/  /' >&2
    return 1
  fi
  : >"$MT_LOG_DIR/kafka.log"
  _mt_kafka_launch "$cp" "$port" "$started_at"
}

# Starts the broker of the last kafka_start again, after kafka_stop or a crash: same port (clients
# keep their bootstrap address), same storage (committed records, open transactions, consumer
# offsets). The fault tests use it to take the broker away mid-run.
kafka_resume() {
  if kafka_running; then
    echo "kafka: already running (pid $(cat "$(_mt_kafka_pid_file)"))" >&2
    return 1
  fi
  local started_at=$SECONDS port
  port="$(sed -n 's#^listeners=PLAINTEXT://127.0.0.1:\([0-9]*\),.*#\1#p' "$MT_KAFKA_DIR/server.properties" 2>/dev/null)"
  if [[ -z "$port" || ! -d "$MT_KAFKA_DIR/data" ]]; then
    echo "kafka: no broker to resume in $MT_KAFKA_DIR (start one with scripts/kafka-start.sh)" >&2
    return 1
  fi
  mt_build
  # The log is appended to: the run before the stop stays readable.
  _mt_kafka_launch "$(mt_test_classpath)" "$port" "$started_at"
}

# _mt_kafka_launch CLASSPATH PORT STARTED_AT: starts the broker JVM on the written config
# and waits until it serves clients.
_mt_kafka_launch() {
  local cp="$1" port="$2" started_at="$3"
  nohup java "${_MT_KAFKA_JAVA_OPTS[@]}" -cp "$cp" kafka.Kafka "$MT_KAFKA_DIR/server.properties" \
    >>"$MT_LOG_DIR/kafka.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$(_mt_kafka_pid_file)"

  # The port opens before the broker can serve requests, so it is only the cheap first gate; the
  # admin API answering with a live broker is the real readiness test.
  local deadline=$((started_at + MT_KAFKA_START_TIMEOUT_S))
  until _mt_port_open "$port"; do
    kill -0 "$pid" 2>/dev/null || _mt_kafka_fail "the broker exited during startup" || return 1
    if ((SECONDS >= deadline)); then
      kafka_stop
      _mt_kafka_fail "port $port not open after ${MT_KAFKA_START_TIMEOUT_S}s"
      return 1
    fi
    sleep 0.5
  done
  if ! (mt_java io.mailtriage.tools.KafkaReady --bootstrap "127.0.0.1:$port" \
      --timeout-s "$((deadline - SECONDS > 5 ? deadline - SECONDS : 5))"); then
    kafka_stop
    _mt_kafka_fail "the broker did not answer the admin API within ${MT_KAFKA_START_TIMEOUT_S}s"
    return 1
  fi
  MT_KAFKA_BOOTSTRAP="127.0.0.1:$port"
  export MT_KAFKA_BOOTSTRAP
  echo "$MT_KAFKA_BOOTSTRAP" >"$MT_KAFKA_DIR/bootstrap"
  echo "kafka: broker ready at $MT_KAFKA_BOOTSTRAP (pid $pid) after $((SECONDS - started_at))s;" \
    "log $MT_LOG_DIR/kafka.log" >&2
}

kafka_stop() {
  local pid_file pid
  pid_file="$(_mt_kafka_pid_file)"
  if ! kafka_running; then
    rm -f "$pid_file" "$MT_KAFKA_DIR/bootstrap"
    return 0
  fi
  pid="$(cat "$pid_file")"
  # A controlled shutdown flushes the logs and leaves the quorum cleanly.
  mt_stop_pid "$pid" kafka
  rm -f "$pid_file" "$MT_KAFKA_DIR/bootstrap"
  echo "kafka: stopped (pid $pid)" >&2
}
