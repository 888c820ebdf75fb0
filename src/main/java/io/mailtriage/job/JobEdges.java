package io.mailtriage.job;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.ingest.SourceRecordDeserializer;
import io.mailtriage.pii.ErasureAudit;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.SubjectKeyRecord;
import io.mailtriage.priority.TriageRecord;
import io.mailtriage.priority.TriageStats;
import io.mailtriage.sink.KafkaSinks;
import io.mailtriage.sink.Routings;
import java.util.Properties;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Everything the job reads and writes. {@link #kafka} builds the production edges; tests build the
 * same from their own (random) topics, bounded so that a run ends when the input is consumed.
 */
public record JobEdges(
    Source<SourceRecord, ?, ?> emails,
    Source<ErasureRequest, ?, ?> erasures,
    Source<ModelAnnouncement, ?, ?> modelControl,
    Sink<TriageRecord> triage,
    Sink<TriageStats> stats,
    Sink<DeadLetter> deadLetters,
    Sink<SubjectKeyRecord> subjectKeys,
    Sink<ErasureAudit> audit,
    Sink<TriageRecord> urgent) {

  /**
   * Kafka sources and Kafka sinks from configuration: exactly-once, except the urgent copy of P0
   * records (at-least-once, visible at once). With {@code bounded}, each source stops at the
   * offsets that were latest when the job started (tests and one-shot replays).
   */
  public static JobEdges kafka(MailtriageConfig config, boolean bounded) {
    MailtriageConfig.Topics topics = config.topics();
    return new JobEdges(
        source(
            config,
            topics.input(),
            new SourceRecordDeserializer(config.ingest().maxMessageBytes()),
            bounded),
        source(
            config,
            topics.erasure(),
            new ControlRecordDeserializer<>(ErasureRequest.class),
            bounded),
        source(
            config,
            topics.modelControl(),
            new ControlRecordDeserializer<>(ModelAnnouncement.class),
            bounded),
        KafkaSinks.exactlyOnce(config, "triage", Routings.triage(topics)),
        KafkaSinks.exactlyOnce(config, "stats", Routings.stats(topics.stats())),
        KafkaSinks.exactlyOnce(config, "dlq", Routings.deadLetters(topics.deadLetter())),
        // Wrapped subject keys on a compacted topic keyed by tenant and subject: the latest record
        // per
        // key is the subject's key, and an erasure's tombstone lets compaction delete every copy.
        KafkaSinks.exactlyOnce(
            config,
            "subject-keys",
            Routings.toCompactedTopic(
                topics.subjectKeys(),
                r -> r.tenant + "|" + r.subjectToken,
                r -> r.wrappedKey == null)),
        KafkaSinks.exactlyOnce(
            config,
            "audit",
            Routings.toTopic(topics.audit(), a -> a.tenant + "|" + a.subjectToken)),
        KafkaSinks.atLeastOnce(config, Routings.urgent(topics)));
  }

  private static <T> KafkaSource<T> source(
      MailtriageConfig config,
      String topic,
      KafkaRecordDeserializationSchema<T> deserializer,
      boolean bounded) {
    Properties props = new Properties();
    props.putAll(config.kafka().properties());
    // A record must be fetchable whole, or an oversized one would stall its partition.
    String fetch = Integer.toString(config.ingest().maxMessageBytes() + (1 << 20));
    props.putIfAbsent("max.partition.fetch.bytes", fetch);
    props.putIfAbsent("fetch.max.bytes", fetch);
    // Upstream producers may be transactional too: never read what they aborted.
    props.putIfAbsent("isolation.level", "read_committed");
    KafkaSourceBuilder<T> builder =
        KafkaSource.<T>builder()
            .setBootstrapServers(config.kafka().bootstrapServers())
            .setTopics(topic)
            .setGroupId(config.kafka().consumerGroup())
            .setProperties(props)
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(deserializer);
    if (bounded) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return builder.build();
  }
}
