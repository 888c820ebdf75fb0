package io.mailtriage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What a downstream service sees: a {@code read_committed} consumer on every triage queue topic and
 * the DLQ, from the beginning, collecting each output record under the input coordinates it names
 * ({@code partition@offset} of {@code emails.raw}). Extra topics (e.g. an at-least-once one) are
 * collected apart, by the same coordinates.
 */
public final class CommittedOutput implements AutoCloseable {
  public static final String INPUT = "emails.raw";
  public static final List<String> QUEUES =
      List.of(
          "account",
          "account-security",
          "automated",
          "cards",
          "cash",
          "delivery-failures",
          "exchange",
          "fraud",
          "needs-review",
          "payments",
          "refunds",
          "top-ups",
          "transfers");

  private final ObjectMapper json = new ObjectMapper();
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<String> extraTopics;

  /** Every committed record of the queue topics and the DLQ, by input coordinates. */
  private final Map<String, List<JsonNode>> records = new HashMap<>();

  private final Map<String, List<JsonNode>> extra = new HashMap<>();

  public CommittedOutput(String bootstrap, List<String> extraTopics) {
    this.extraTopics = List.copyOf(extraTopics);
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false));
    List<TopicPartition> partitions = new ArrayList<>();
    List<String> topics = new ArrayList<>(QUEUES.stream().map(q -> "triage." + q).toList());
    topics.add("emails.dlq");
    topics.addAll(extraTopics);
    for (String topic : topics) {
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(p.topic(), p.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /**
   * Reads what is committed now; returns how many inputs have come out on the queues or the DLQ.
   */
  public int poll() {
    try {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        JsonNode node = json.readTree(r.value());
        assertThat(node.path("sourceTopic").asText()).isEqualTo(INPUT);
        String coordinates =
            node.path("sourcePartition").asInt() + "@" + node.path("sourceOffset").asLong();
        (extraTopics.contains(r.topic()) ? extra : records)
            .computeIfAbsent(coordinates, k -> new ArrayList<>())
            .add(node);
      }
    } catch (IOException e) {
      throw new AssertionError("output record is not JSON", e);
    }
    return records.size();
  }

  /** Queue and DLQ records by input coordinates (live view). */
  public Map<String, List<JsonNode>> records() {
    return records;
  }

  /** Records of the extra topics by input coordinates (live view). */
  public Map<String, List<JsonNode>> extra() {
    return extra;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
