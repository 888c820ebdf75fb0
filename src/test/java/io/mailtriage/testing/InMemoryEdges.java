package io.mailtriage.testing;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.ingest.SourceRecordDeserializer;
import io.mailtriage.job.JobEdges;
import io.mailtriage.pii.ErasureAudit;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.SubjectKeyRecord;
import io.mailtriage.priority.TriageRecord;
import io.mailtriage.priority.TriageStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.datagen.functions.FromElementsGeneratorFunction;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * The job's edges in memory, the way apache/flink-training tests its exercises: bounded sources
 * over records the test gives and sinks that keep what reaches them, so the whole graph of {@link
 * io.mailtriage.job.MailtriageJob} runs on a MiniCluster without Kafka, and ends when the input is
 * consumed. A sink is serialized into the job graph, so it adds to a registry shared in the JVM
 * under this run's id; read it back once {@code execute()} has returned, then {@link #close}.
 */
public final class InMemoryEdges implements AutoCloseable {
  private static final Map<String, Queue<Object>> COLLECTED = new ConcurrentHashMap<>();

  private final String run = UUID.randomUUID().toString();
  private final SourceRecordDeserializer deserializer;
  private final List<SourceRecord> emails = new ArrayList<>();
  private final List<ErasureRequest> erasures = new ArrayList<>();
  private final List<ModelAnnouncement> announcements = new ArrayList<>();

  /** Edges for a job that reads records up to {@code maxMessageBytes} (ingest.maxMessageBytes). */
  public InMemoryEdges(int maxMessageBytes) {
    this.deserializer = new SourceRecordDeserializer(maxMessageBytes);
  }

  /**
   * Adds a record to the input, as the Kafka source would hand it on (partition 0, the next offset,
   * stamped now); returns its offset, which every output names as {@code sourceOffset}.
   */
  public long email(byte[] value) {
    long offset = emails.size();
    emails.add(
        deserializer.toSourceRecord(
            new ConsumerRecord<>(
                "emails.raw",
                0,
                offset,
                System.currentTimeMillis(),
                TimestampType.CREATE_TIME,
                -1,
                value.length,
                null,
                value,
                new RecordHeaders(),
                Optional.empty())));
    return offset;
  }

  public void erasure(ErasureRequest request) {
    erasures.add(request);
  }

  public void announcement(ModelAnnouncement announcement) {
    announcements.add(announcement);
  }

  /** The edges to build the job with; the sources hold the records added so far. */
  public JobEdges edges() {
    return new JobEdges(
        source(SourceRecord.class, emails),
        source(ErasureRequest.class, erasures),
        source(ModelAnnouncement.class, announcements),
        new CollectingSink<>(run, "triage"),
        new CollectingSink<>(run, "stats"),
        new CollectingSink<>(run, "deadLetters"),
        new CollectingSink<>(run, "subjectKeys"),
        new CollectingSink<>(run, "audit"),
        new CollectingSink<>(run, "urgent"));
  }

  public List<TriageRecord> triage() {
    return collected("triage");
  }

  public List<TriageStats> stats() {
    return collected("stats");
  }

  public List<DeadLetter> deadLetters() {
    return collected("deadLetters");
  }

  public List<SubjectKeyRecord> subjectKeys() {
    return collected("subjectKeys");
  }

  public List<ErasureAudit> audit() {
    return collected("audit");
  }

  public List<TriageRecord> urgent() {
    return collected("urgent");
  }

  /** Everything every sink received, sink by sink. */
  public Map<String, List<Object>> all() {
    return Map.of(
        "triage", collected("triage"),
        "stats", collected("stats"),
        "deadLetters", collected("deadLetters"),
        "subjectKeys", collected("subjectKeys"),
        "audit", collected("audit"),
        "urgent", collected("urgent"));
  }

  @Override
  public void close() {
    COLLECTED.keySet().removeIf(k -> k.startsWith(run + "/"));
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> collected(String sink) {
    return List.copyOf(
        (Queue<T>) COLLECTED.getOrDefault(run + "/" + sink, new ConcurrentLinkedQueue<>()));
  }

  private static <T> Source<T, ?, ?> source(Class<T> type, List<T> records) {
    TypeInformation<T> info = TypeInformation.of(type);
    if (records.isEmpty()) {
      return new NoRecords<>(info);
    }
    return new DataGeneratorSource<>(
        new FromElementsGeneratorFunction<>(info, new ExecutionConfig(), records),
        records.size(),
        info);
  }

  /** Keeps every record it receives, in the registry under its run and name. */
  private record CollectingSink<T>(String run, String name) implements Sink<T> {
    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
      Queue<Object> into =
          COLLECTED.computeIfAbsent(run + "/" + name, k -> new ConcurrentLinkedQueue<>());
      return new SinkWriter<>() {
        @Override
        public void write(T element, Context context) {
          into.add(element);
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }

  /**
   * A bounded source that ends at once: an input the test sends nothing on (a generated source
   * needs at least one record).
   */
  private record NoRecords<T>(TypeInformation<T> type)
      implements Source<T, SourceSplit, Void>, ResultTypeQueryable<T> {
    @Override
    public Boundedness getBoundedness() {
      return Boundedness.BOUNDED;
    }

    @Override
    public TypeInformation<T> getProducedType() {
      return type;
    }

    @Override
    public SourceReader<T, SourceSplit> createReader(SourceReaderContext context) {
      return new SourceReader<>() {
        @Override
        public void start() {}

        @Override
        public InputStatus pollNext(ReaderOutput<T> output) {
          return InputStatus.END_OF_INPUT;
        }

        @Override
        public List<SourceSplit> snapshotState(long checkpointId) {
          return List.of();
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public void addSplits(List<SourceSplit> splits) {}

        @Override
        public void notifyNoMoreSplits() {}

        @Override
        public void close() {}
      };
    }

    @Override
    public SplitEnumerator<SourceSplit, Void> createEnumerator(
        SplitEnumeratorContext<SourceSplit> context) {
      return new SplitEnumerator<>() {
        @Override
        public void start() {}

        @Override
        public void handleSplitRequest(int subtaskId, String requesterHostname) {}

        @Override
        public void addSplitsBack(List<SourceSplit> splits, int subtaskId) {}

        @Override
        public void addReader(int subtaskId) {}

        @Override
        public Void snapshotState(long checkpointId) {
          return null;
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public SplitEnumerator<SourceSplit, Void> restoreEnumerator(
        SplitEnumeratorContext<SourceSplit> context, Void checkpoint) {
      return createEnumerator(context);
    }

    @Override
    public SimpleVersionedSerializer<SourceSplit> getSplitSerializer() {
      return new Nothing<>();
    }

    @Override
    public SimpleVersionedSerializer<Void> getEnumeratorCheckpointSerializer() {
      return new Nothing<>();
    }
  }

  /** Serializes the nothing a {@link NoRecords} source has: no split, no enumerator state. */
  private static final class Nothing<T> implements SimpleVersionedSerializer<T> {
    @Override
    public int getVersion() {
      return 1;
    }

    @Override
    public byte[] serialize(T obj) {
      return new byte[0];
    }

    @Override
    public T deserialize(int version, byte[] serialized) {
      return null;
    }
  }
}
