#!/usr/bin/env bash
# Shared by the scripts/: builds the project once and runs one of its main classes on the
# full runtime classpath (Flink's provided jars included, as a cluster's lib/ would hold them).
#   mt_java [JVM options...] MAIN [args...]  run a main class (execs java: call it in a subshell
#                                            or as a script's last command)
#   mt_offline_java [JVM options...] MAIN [args...]
#                                            run a main class of src/train or src/bench (training,
#                                            evaluation, benchmarks: not in the job jar) on the
#                                            test classpath; execs java like mt_java
#   mt_test_classpath                        print the test-scope classpath (has the Kafka broker)
#   mt_stop_pid PID NAME                     stop a process the caller started, by its pid
# With MT_CLASSPATH set (the scripts' own test sets it to its test classpath), mt_java and
# mt_offline_java run on that classpath and build nothing.
set -euo pipefail

MT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MT_CP_FILE="$MT_ROOT/target/runtime-classpath.txt"

# The module opens Flink's own launch scripts add on Java 17 (kept in sync with pom.xml).
MT_JVM_OPENS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

# Writes the dependency classpath of one Maven scope (compile, provided, test) to FILE, again only
# when pom.xml changes: resolving it costs a Maven start, far more than reading a cached file.
mt_scope_classpath() {
  local scope="$1" file="$2"
  if [[ ! -f "$file" || "$MT_ROOT/pom.xml" -nt "$file" ]]; then
    (cd "$MT_ROOT" && mvn -q -B dependency:build-classpath -Dmdep.includeScope="$scope" \
        -Dmdep.outputFile="$file") >&2
  fi
}

# Compiles main classes when sources are newer than the last build, and writes the runtime
# classpath (compile + provided scope) once per pom.xml change.
mt_build() {
  local stamp="$MT_ROOT/target/classes/.mt-built"
  if [[ ! -f "$stamp" ]] || [[ -n "$(find "$MT_ROOT/src/main" "$MT_ROOT/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    (cd "$MT_ROOT" && mvn -q -B compile) >&2
    touch "$stamp"
  fi
  mt_scope_classpath provided "$MT_CP_FILE"
}

# Prints the test-scope classpath: the only scope that holds the Kafka broker jars (kafka_2.13,
# kafka-server), which a local broker JVM runs from.
mt_test_classpath() {
  local file="$MT_ROOT/target/test-classpath.txt"
  mt_scope_classpath test "$file"
  cat "$file"
}

# mt_exec_java CLASSPATH [JVM options...] MAIN_CLASS [args...]: the one java command line of the
# scripts. Logging follows conf/log4j (on the test classpath the test resources' file logger would
# otherwise win).
mt_exec_java() {
  local classpath="$1"
  shift
  exec java "${MT_JVM_OPENS[@]}" "-Dlog4j2.configurationFile=$MT_ROOT/conf/log4j/log4j2.properties" \
    -cp "$classpath" "$@"
}

# mt_java [JVM options...] MAIN_CLASS [args...]
mt_java() {
  if [[ -n "${MT_CLASSPATH:-}" ]]; then
    mt_exec_java "$MT_CLASSPATH" "$@"
  fi
  mt_build
  mt_exec_java "$MT_ROOT/target/classes:$MT_ROOT/conf/log4j:$(cat "$MT_CP_FILE")" "$@"
}

# Compiles the test scope (src/test, src/train, src/bench) when any source is newer than the last
# build: training, evaluation and benchmark classes live there, outside the job jar.
mt_build_tests() {
  local stamp="$MT_ROOT/target/test-classes/.mt-built"
  if [[ ! -f "$stamp" ]] || [[ -n "$(find "$MT_ROOT/src" "$MT_ROOT/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    (cd "$MT_ROOT" && mvn -q -B test-compile) >&2
    touch "$stamp"
  fi
}

# mt_offline_java [JVM options...] MAIN_CLASS [args...]
mt_offline_java() {
  if [[ -n "${MT_CLASSPATH:-}" ]]; then
    mt_exec_java "$MT_CLASSPATH" "$@"
  fi
  mt_build_tests
  mt_exec_java "$MT_ROOT/target/test-classes:$MT_ROOT/target/classes:$(mt_test_classpath)" "$@"
}

# mt_stop_pid PID NAME: asks the process to stop (SIGTERM, so JVM shutdown hooks run), waits up to
# 30 s, then kills it. Callers pass only pids they started and recorded.
mt_stop_pid() {
  local pid="$1" name="$2" waited=0
  kill "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && ((waited < 60)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name (pid $pid) still running after 30s; killing it" >&2
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
}
