package io.mailtriage.sink;

import java.io.Serializable;
import org.apache.kafka.common.header.Headers;

/** Where a record of one type goes in Kafka: its topic, key and headers. The value is JSON. */
public interface RecordRouting<T> extends Serializable {
  String topic(T record);

  /** Record key (UTF-8), or null for round-robin partitioning. */
  String key(T record);

  /** True when the record is a deletion on a compacted topic: it is written with a null value. */
  default boolean isTombstone(T record) {
    return false;
  }

  /** Adds the record's Kafka headers; nothing by default. */
  default void addHeaders(T record, Headers headers) {}
}
