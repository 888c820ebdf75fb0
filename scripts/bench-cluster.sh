#!/usr/bin/env bash
# Measures the local cluster on this machine: triage throughput (emails/s) at 1 and at 2
# TaskManagers, and the time from adding the second TaskManager to the job running at parallelism 4
# (reactive mode). A backlog of real mail (the SpamAssassin test corpus, repeated) is put on a fresh
# broker before the job starts, so the job always has input and the rate is what it can process.
#
#   scripts/bench-cluster.sh [--emails N] [--window S]
#
#   --emails N  backlog size (default 20000); must outlast both measurement windows
#   --window S  seconds each rate is measured over (default 60)
#
# The rate is counted on the job's output: committed records of the triage and dead-letter topics
# (one per email) whose write time falls in the window, which opens once the job writes after the
# start or the rescale (io.mailtriage.bench.e2e.ClusterRate). Uses run/bench/ and the usual run/
# directories; stops everything it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/flink.sh"

CORPUS="$MT_ROOT/src/test/resources/corpus/spamassassin"
emails=20000
window=60
while [[ $# -gt 0 ]]; do
  case "$1" in
    --emails) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "bench-cluster: --emails needs a number" >&2; exit 2; }; emails="$2"; shift 2 ;;
    --window) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "bench-cluster: --window needs seconds" >&2; exit 2; }; window="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-cluster: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
if kafka_running || flink_jobmanager_running; then
  echo "bench-cluster: stop the running broker/cluster first (scripts/cluster-stop.sh, scripts/kafka-stop.sh)" >&2
  exit 1
fi

cleanup() {
  "$MT_ROOT/scripts/cluster-stop.sh" || true
  kafka_stop || true
}
trap cleanup EXIT

# The corpus is a few hundred files: hard links to it, once per copy, make the backlog without
# duplicating bytes on disk.
bench_dir="$MT_ROOT/run/bench"
rm -rf "$bench_dir"
mkdir -p "$bench_dir/mail"
per_copy="$(find "$CORPUS" -type f ! -name 'README*' | wc -l)"
copies=$(((emails + per_copy - 1) / per_copy))
for ((i = 0; i < copies; i++)); do cp -al "$CORPUS" "$bench_dir/mail/copy-$i"; done

mt_build
kafka_start
flink_create_topics "$MT_KAFKA_BOOTSTRAP"
(mt_java io.mailtriage.tools.FeedMail --bootstrap "$MT_KAFKA_BOOTSTRAP" --topic emails.raw \
  --input "$bench_dir/mail" --limit "$emails") >&2

# rate: emails/s over the window, counted on the output (fails when the backlog runs out).
rate() {
  (mt_offline_java io.mailtriage.bench.e2e.ClusterRate --bootstrap "$MT_KAFKA_BOOTSTRAP" \
    --window "$window" --emails "$emails")
}

"$MT_ROOT/scripts/cluster-start.sh" --taskmanagers 1
rate1="$(rate)"
echo "bench-cluster: 1 TaskManager: $rate1 emails/s" >&2

added=$SECONDS
"$MT_ROOT/scripts/taskmanager-add.sh" >/dev/null
flink_wait_running 4 600
rescale_s=$((SECONDS - added))
rate2="$(rate)"

cpu="$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "throughput, 1 TaskManager (parallelism 2): $rate1 emails/s"
echo "throughput, 2 TaskManagers (parallelism 4): $rate2 emails/s"
echo "scale-up: ${rescale_s}s from taskmanager-add.sh to every vertex RUNNING at parallelism 4"
