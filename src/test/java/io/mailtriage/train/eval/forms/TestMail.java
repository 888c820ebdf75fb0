package io.mailtriage.train.eval.forms;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.SourceRecord;
import java.util.List;

/** The job's parser and Kafka records as the template sets' tests feed their mail to it. */
final class TestMail {
  private TestMail() {}

  /** The job's parser with one tenant, {@code acme-bank}, whose mailbox is {@code mailbox}. */
  static EmailParser parser(String mailbox) {
    return new EmailParser(
        new MailtriageConfig.Ingest(10 * 1024 * 1024, 100_000, 300_000),
        new MailtriageConfig.Tenants(
            "demo", List.of(new MailtriageConfig.Tenant("acme-bank", "GB", List.of(mailbox)))));
  }

  static SourceRecord record(byte[] value) {
    SourceRecord r = new SourceRecord();
    r.topic = "emails.raw";
    r.value = value;
    r.size = value.length;
    r.sha256 = "0".repeat(64);
    r.kafkaTimestamp = 1_717_400_000_000L;
    return r;
  }
}
