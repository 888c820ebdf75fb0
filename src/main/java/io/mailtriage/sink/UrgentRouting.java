package io.mailtriage.sink;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.priority.TriageRecord;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * P0 records on the urgent topic, written at-least-once: keyed and headed ({@code emailId}) by the
 * email's id, so a consumer (a pager, say) dedupes a replayed record the way paging systems dedupe
 * on an incident key, without parsing the body. Same body and other headers as the queue topics.
 */
final class UrgentRouting extends TriageRouting {
  private static final long serialVersionUID = 1L;

  private final String topic;

  UrgentRouting(MailtriageConfig.Topics topics) {
    super(topics);
    this.topic = topics.urgent();
  }

  @Override
  public String topic(TriageRecord r) {
    return topic;
  }

  @Override
  public String key(TriageRecord r) {
    return r.emailId;
  }

  @Override
  public void addHeaders(TriageRecord r, Headers headers) {
    headers.add("emailId", r.emailId.getBytes(StandardCharsets.UTF_8));
    super.addHeaders(r, headers);
  }
}
