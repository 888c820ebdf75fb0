package io.mailtriage.train.eval.forms;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.Tokenizer;
import java.util.List;

/**
 * The job's parser, Kafka records and PII step as the template sets' tests feed their mail through
 * them.
 */
final class TestMail {
  private static final PiiDetector DETECTOR = new PiiDetector();
  private static final Tokenizer TOKENIZER =
      new Tokenizer(new TenantKeys(TestKeys.ring(1)), TokenPolicy.defaults());

  private TestMail() {}

  /**
   * What the model reads of a parsed mail: its subject and body as the PII operator hands them on.
   */
  static ModelText.Result modelText(RawEmail e) {
    return ModelText.of(forModel(e.subject, e), forModel(e.body, e));
  }

  /**
   * The text as the PII operator hands it to the model: each finding replaced by its type
   * placeholder.
   */
  private static String forModel(String text, RawEmail e) {
    DetectionHints hints = new DetectionHints("GB", List.of(e.from.name));
    return TOKENIZER.tokenize(text, DETECTOR.detect(text, hints), "acme-bank", null).modelText();
  }

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
