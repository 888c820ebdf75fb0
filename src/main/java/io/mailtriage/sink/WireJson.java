package io.mailtriage.sink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON mapping used for every record the job writes to Kafka, so the output topics, the
 * JSON Schemas in docs/schemas and the tests all agree on field names and nulls.
 */
public final class WireJson {
  private WireJson() {}

  /**
   * A new mapper: callers build it once in {@code open()} and keep it (it is thread-safe once
   * built).
   */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
