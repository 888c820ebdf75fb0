package io.mailtriage.ingest;

import io.mailtriage.config.MailtriageConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Configuration and records shared by the ingest tests. */
final class TestRecords {
  /** Kafka timestamp of every test record: after all sample Date headers. */
  static final long KAFKA_TS = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

  static final MailtriageConfig.Ingest INGEST =
      new MailtriageConfig.Ingest(10 * 1024 * 1024, 100_000, 300_000);

  static final MailtriageConfig.Tenants TENANTS = tenants("demo");

  private TestRecords() {}

  static MailtriageConfig.Tenants tenants(String defaultTenant) {
    return new MailtriageConfig.Tenants(
        defaultTenant,
        List.of(
            new MailtriageConfig.Tenant("demo", "US", List.of("support@example.com")),
            new MailtriageConfig.Tenant("acme-bank", "GB", List.of("help@acme-bank.example"))));
  }

  static EmailParser parser() {
    return new EmailParser(INGEST, TENANTS);
  }

  static SourceRecord record(byte[] value) {
    SourceRecord r = new SourceRecord();
    r.topic = "emails.raw";
    r.partition = 0;
    r.offset = 42;
    r.kafkaTimestamp = KAFKA_TS;
    r.value = value;
    r.size = value == null ? 0 : value.length;
    r.sha256 = sha256(value == null ? new byte[0] : value);
    return r;
  }

  static SourceRecord record(String value) {
    return record(value.getBytes(StandardCharsets.UTF_8));
  }

  static SourceRecord file(Path path) {
    try {
      return record(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A minimal valid MIME mail with the given extra headers (each ending in a newline) and body. */
  static String mime(String extraHeaders, String body) {
    return "From: Ann Lee <ann.lee@example.net>\nTo: support@example.com\nSubject: Help\n"
        + "Message-ID: <t1@example.net>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n"
        + extraHeaders
        + "\n"
        + body;
  }
}
