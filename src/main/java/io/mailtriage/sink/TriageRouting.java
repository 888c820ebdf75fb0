package io.mailtriage.sink;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.priority.TriageRecord;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Triage records go to the topic of their queue, keyed by thread token so a consumer sees one
 * thread in order; headers let a consumer filter without parsing the body.
 */
class TriageRouting implements RecordRouting<TriageRecord> {
  private static final long serialVersionUID = 1L;

  private final MailtriageConfig.Topics topics;

  TriageRouting(MailtriageConfig.Topics topics) {
    this.topics = topics;
  }

  @Override
  public String topic(TriageRecord r) {
    return topics.triageTopic(r.queue);
  }

  @Override
  public String key(TriageRecord r) {
    return r.threadToken;
  }

  @Override
  public void addHeaders(TriageRecord r, Headers headers) {
    header(headers, "priority", r.priority);
    header(headers, "queue", r.queue);
    header(headers, "model-version", r.modelVersion);
    header(headers, "schema-version", Integer.toString(r.schemaVersion));
  }

  private static void header(Headers headers, String name, String value) {
    if (value != null) {
      headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
