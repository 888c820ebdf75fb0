package io.mailtriage.sink;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.priority.TriageRecord;
import io.mailtriage.priority.TriageStats;
import java.io.Serializable;

/**
 * Every Kafka routing of the job, from one factory: the triage records (a topic per queue, with
 * headers) and the single-topic outputs, each keyed by a function of its record. Keys and deletions
 * are serializable because the sinks ship them to the TaskManagers.
 */
public final class Routings {
  private Routings() {}

  /** The record key (UTF-8) of a single-topic output, or null for round-robin partitioning. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T record);
  }

  /** True when a record deletes its key on a compacted topic (it is written with a null value). */
  @FunctionalInterface
  public interface Deletion<T> extends Serializable {
    boolean test(T record);
  }

  /** Triage records to the topic of their queue, keyed by thread token. */
  public static RecordRouting<TriageRecord> triage(MailtriageConfig.Topics topics) {
    return new TriageRouting(topics);
  }

  /** P0 records to the urgent topic, keyed and headed ({@code emailId}) by email id for dedupe. */
  public static RecordRouting<TriageRecord> urgent(MailtriageConfig.Topics topics) {
    return new UrgentRouting(topics);
  }

  /** Dead letters keyed by their source coordinates (unique per input record). */
  public static RecordRouting<DeadLetter> deadLetters(String topic) {
    return toTopic(topic, d -> d.sourceTopic + "/" + d.sourcePartition + "/" + d.sourceOffset);
  }

  /** Stats keyed by tenant and queue, so a dashboard consumer sees one desk's windows in order. */
  public static RecordRouting<TriageStats> stats(String topic) {
    return toTopic(topic, s -> s.tenant + "|" + s.queue);
  }

  /** Every record to {@code topic}, keyed by {@code key}. */
  public static <T> RecordRouting<T> toTopic(String topic, Key<T> key) {
    return new OneTopic<>(topic, key, r -> false);
  }

  /** Every record to a compacted {@code topic}: the latest record per key is the current value. */
  public static <T> RecordRouting<T> toCompactedTopic(
      String topic, Key<T> key, Deletion<T> deletion) {
    return new OneTopic<>(topic, key, deletion);
  }

  private static final class OneTopic<T> implements RecordRouting<T> {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final Key<T> key;
    private final Deletion<T> deletion;

    OneTopic(String topic, Key<T> key, Deletion<T> deletion) {
      this.topic = topic;
      this.key = key;
      this.deletion = deletion;
    }

    @Override
    public String topic(T record) {
      return topic;
    }

    @Override
    public String key(T record) {
      return key.of(record);
    }

    @Override
    public boolean isTombstone(T record) {
      return deletion.test(record);
    }
  }
}
