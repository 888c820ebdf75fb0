package io.mailtriage.job;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.inference.InferenceOperator;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.ingest.ParseEmailFunction;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.pii.SubjectTokenFunction;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.priority.PrioritizedEmail;
import io.mailtriage.priority.PriorityAssigner;
import io.mailtriage.priority.PriorityWatermarks;
import io.mailtriage.priority.PriorityWindowFunction;
import io.mailtriage.priority.SenderEscalationFunction;
import io.mailtriage.priority.SenderKey;
import io.mailtriage.priority.TenantQueueKey;
import io.mailtriage.priority.ThreadKey;
import io.mailtriage.priority.ThreadStateFunction;
import io.mailtriage.priority.TriageRecord;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The mailtriage pipeline: parse → PII tokenization → keyed inference → priority windows → Kafka.
 *
 * <p>Sources and sinks come in through {@link JobEdges}, so tests run this exact graph against
 * their own Kafka topics; {@link #main} plugs in the production ones. Every operator has a stable
 * uid (savepoint compatibility, State Processor API tools) and a readable name (the web UI).
 */
public final class MailtriageJob {
  private final JobSettings settings;
  private final JobEdges edges;

  public MailtriageJob(JobSettings settings, JobEdges edges) {
    this.settings = settings;
    this.edges = edges;
  }

  /**
   * How long a partly filled network buffer may wait before it is sent downstream: 0 sends each
   * record at once, and no output-flusher thread runs.
   */
  public static final long NETWORK_BUFFER_TIMEOUT_MS = 0;

  /** Adds the pipeline to {@code env}. */
  public void build(StreamExecutionEnvironment env) {
    MailtriageConfig config = settings.config();

    // Ingest: raw mail in clear exists from here until the tokenization operator only.
    DataStream<SourceRecord> records =
        env.fromSource(
                edges.emails(),
                WatermarkStrategy.noWatermarks(),
                "Kafka: " + config.topics().input())
            .uid(Uids.SOURCE_EMAILS);
    SingleOutputStreamOperator<RawEmail> parsed =
        records
            .process(new ParseEmailFunction(config.ingest(), config.tenants(), config.pii().keys()))
            .uid(Uids.PARSE)
            .name("Parse & validate");

    // PII: the subject token is computed while the sender is still in clear; keying by it keeps a
    // data subject's key in one place so erasure can delete it.
    SingleOutputStreamOperator<RawEmail> withSubject =
        parsed
            .process(new SubjectTokenFunction(config.pii().keys(), config.tenants()))
            .uid(Uids.SUBJECT_TOKEN)
            .name("Subject token");
    DataStream<ErasureRequest> erasures =
        env.fromSource(
                edges.erasures(),
                WatermarkStrategy.noWatermarks(),
                "Kafka: " + config.topics().erasure())
            .uid(Uids.SOURCE_ERASURES);
    SingleOutputStreamOperator<TokenizedEmail> tokenized =
        withSubject
            .keyBy(SubjectTokenFunction::subjectKey)
            .connect(erasures.keyBy(ErasureRequest::subjectKey))
            .process(new PiiTokenizeFunction(config.pii(), config.tenants()))
            .uid(Uids.PII_TOKENIZE)
            .name("PII tokenization");

    // Inference, keyed by thread so one thread is always scored by the same subtask.
    DataStream<ModelAnnouncement> announcements =
        env.fromSource(
                edges.modelControl(),
                WatermarkStrategy.noWatermarks(),
                "Kafka: " + config.topics().modelControl())
            .uid(Uids.SOURCE_MODEL_CONTROL);
    SingleOutputStreamOperator<ScoredEmail> scored =
        tokenized
            .keyBy(e -> e.threadToken)
            .connect(announcements.broadcast())
            .transform(
                "Inference (batched ONNX)",
                TypeInformation.of(ScoredEmail.class),
                new InferenceOperator(
                    settings.defaultModel(), settings.modelProvider(),
                    config.model().batchSize(), config.model().maxDelayMs()))
            .uid(Uids.INFERENCE);

    // Priority: event time starts here (received-at), after the batching that would reorder it.
    SingleOutputStreamOperator<PrioritizedEmail> prioritized =
        scored
            .assignTimestampsAndWatermarks(PriorityWatermarks.strategy(settings.policy()))
            .uid(Uids.EVENT_TIME)
            .name("Event time (received-at)")
            .keyBy(new ThreadKey())
            .process(new ThreadStateFunction(settings.policy()))
            .uid(Uids.THREAD_STATE)
            .name("Thread state")
            .keyBy(new SenderKey())
            .process(new SenderEscalationFunction(settings.policy()))
            .uid(Uids.SENDER_ESCALATION)
            .name("Sender escalation")
            .map(new PriorityAssigner(settings.policy()))
            .uid(Uids.PRIORITY)
            .name("Priority policy");
    SingleOutputStreamOperator<TriageRecord> triaged =
        prioritized
            .keyBy(new TenantQueueKey())
            .process(new PriorityWindowFunction(settings.policy()))
            .uid(Uids.PRIORITY_WINDOWS)
            .name("Priority windows");

    // Sinks: exactly-once, committed with each checkpoint; P0 also at once, at-least-once.
    triaged.sinkTo(edges.triage()).uid(Uids.SINK_TRIAGE).name("Kafka: triage.<queue>");
    triaged
        .getSideOutput(PriorityWindowFunction.URGENT)
        .sinkTo(edges.urgent())
        .uid(Uids.SINK_URGENT)
        .name("Kafka: " + config.topics().urgent() + " (at-least-once)");
    triaged
        .getSideOutput(PriorityWindowFunction.STATS)
        .sinkTo(edges.stats())
        .uid(Uids.SINK_STATS)
        .name("Kafka: " + config.topics().stats());
    tokenized
        .getSideOutput(PiiTokenizeFunction.SUBJECT_KEYS)
        .sinkTo(edges.subjectKeys())
        .uid(Uids.SINK_SUBJECT_KEYS)
        .name("Kafka: " + config.topics().subjectKeys());
    tokenized
        .getSideOutput(PiiTokenizeFunction.AUDIT)
        .sinkTo(edges.audit())
        .uid(Uids.SINK_AUDIT)
        .name("Kafka: " + config.topics().audit());
    DataStream<DeadLetter> deadLetters =
        parsed
            .getSideOutput(ParseEmailFunction.DEAD_LETTERS)
            .union(
                tokenized.getSideOutput(PiiTokenizeFunction.DEAD_LETTERS),
                scored.getSideOutput(InferenceOperator.DEAD_LETTERS));
    deadLetters
        .sinkTo(edges.deadLetters())
        .uid(Uids.SINK_DLQ)
        .name("Kafka: " + config.topics().deadLetter());
  }

  /**
   * The Flink settings the job relies on, set on its environment so they hold on any cluster:
   * exactly-once checkpoints at the configured interval, aligned (in-flight raw mail must never be
   * persisted in a checkpoint), retained on cancellation, and no Kryo fallback.
   */
  public static Configuration flinkConfiguration(MailtriageConfig config) {
    MailtriageConfig.Checkpoint cp = config.checkpoint();
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.NAME, "mailtriage");
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(cp.intervalMs()));
    conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    conf.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, Duration.ofMillis(cp.timeoutMs()));
    conf.set(
        CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS, Duration.ofMillis(cp.minPauseMs()));
    conf.set(CheckpointingOptions.ENABLE_UNALIGNED, false);
    // Flink's 100 ms default, paid at each of the job's shuffles, was most of a P0's way from the
    // source to the urgent topic. Any timeout above 0 also runs a flusher thread per task that
    // wakes every interval, busy or idle (at 5 ms: 14 threads, about 10 % of a core here); at 0
    // each record leaves at once, and at this job's rates (emails, not millions of events) that
    // costs less than the wake-ups.
    conf.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(NETWORK_BUFFER_TIMEOUT_MS));
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, cp.storage());
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    return conf;
  }

  /**
   * Submits the job with its production Kafka edges. {@code --local-web-ui} runs it on an embedded
   * local Flink with the web UI on {@code rest.port} (8081), as the demo does.
   */
  public static void main(String[] args) throws Exception {
    JobSettings settings;
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(args);
      MailtriageConfig config = new ConfigLoader().load(arguments.config(), arguments.overrides());
      settings = JobSettings.resolve(config);
    } catch (ConfigException | KeyMaterialException e) {
      // One line, no stack: the message names the key or file and never a secret.
      System.err.println("mailtriage: " + e.getMessage());
      System.exit(2);
      return;
    }
    Configuration conf = flinkConfiguration(settings.config());
    StreamExecutionEnvironment env;
    if (arguments.localWebUi()) {
      conf.set(RestOptions.PORT, 8081);
      conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
      env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
    } else {
      env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    }
    new MailtriageJob(settings, JobEdges.kafka(settings.config(), false)).build(env);
    try {
      env.execute("mailtriage");
    } catch (Exception e) {
      if (!arguments.localWebUi()) {
        throw e;
      }
      // The embedded cluster's threads would keep a failed local run's JVM alive forever.
      System.err.println("mailtriage: local job failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }
}
