package io.mailtriage.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetterReason;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses one input record into a {@link RawEmail} or a dead-letter reason. The form is decided by
 * the first non-whitespace byte: an opening brace means a JSON envelope, anything else raw RFC 5322
 * / MIME. MIME. The full contract, including every bad-input outcome, is docs/input-contract.md.
 *
 * <p>Plain Java, no Flink: build one per operator subtask in {@code open()} and reuse it. Not
 * thread-safe (the MIME builder is reused). {@link #parse} never throws.
 */
public final class EmailParser {
  static final String DATE_IN_FUTURE = "date-in-future";
  static final String DATE_BEFORE_EPOCH = "date-before-epoch";
  static final String BODY_TRUNCATED = "body-truncated";

  /**
   * No sender (a web-form relay, a broken client): triaged with an unknown sender, never escalated
   * by it.
   */
  static final String FROM_MISSING = "from-missing";

  /** A sender that is not a mail address: treated like a missing one. */
  static final String FROM_INVALID = "from-invalid";

  /** RFC 3339 date-time, the shape the schema's receivedAt pattern also demands. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /**
   * Deliberately loose (one @, no whitespace): mail addresses are validated by delivery, not here.
   */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final int maxBodyChars;
  private final long maxFutureSkewMs;
  private final TenantResolver tenants;
  private final ObjectReader envelopeReader;
  private final MimeReader mime = new MimeReader();

  public EmailParser(MailtriageConfig.Ingest ingest, MailtriageConfig.Tenants tenants) {
    this.maxBodyChars = ingest.maxBodyChars();
    this.maxFutureSkewMs = ingest.maxFutureSkewMs();
    this.tenants = new TenantResolver(tenants);
    // Strict binding so the parser accepts what the JSON Schema accepts: no "123" for a number or
    // 123 for a string, no trailing garbage, no duplicate keys (which value would win is
    // ambiguous).
    this.envelopeReader =
        JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build()
            .readerFor(EmailEnvelope.class);
  }

  /** Parses one record; the coordinates, digest and size are left for the caller to copy. */
  public ParseResult parse(SourceRecord record) {
    boolean json = false;
    try {
      if (record.oversized) {
        throw new Reject(
            DeadLetterReason.TOO_LARGE,
            "record of " + record.size + " bytes exceeds ingest.maxMessageBytes");
      }
      byte[] value = withoutBom(record.value);
      int start = firstNonWhitespace(value);
      if (start < 0) {
        throw new Reject(DeadLetterReason.EMPTY_MESSAGE, "record is empty or whitespace only");
      }
      json = value[start] == '{';
      Set<String> warnings = new LinkedHashSet<>();
      Draft draft = json ? readJson(value) : mime.read(value, record.sha256, warnings);
      return ParseResult.ok(finish(draft, record, warnings));
    } catch (Reject r) {
      return ParseResult.failure(r.reason, r.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A library bug on odd input must cost one record, not the job. Class name only: exception
      // messages of parsers routinely quote the input.
      return ParseResult.failure(
          json ? DeadLetterReason.MALFORMED_JSON : DeadLetterReason.MALFORMED_MIME,
          "unexpected " + e.getClass().getSimpleName() + " while parsing");
    }
  }

  private RawEmail finish(Draft d, SourceRecord record, Set<String> warnings) throws Reject {
    RawEmail e = d.email;
    TenantResolver.Resolution r =
        tenants.resolve(record.tenantHeader, d.namedTenant, d.mailboxCandidates);
    e.tenant = r.tenant();
    if (e.mailbox == null) {
      e.mailbox = r.mailbox();
    }

    // The Kafka timestamp is the reference: deterministic on replay, unlike the wall clock.
    long reference =
        record.kafkaTimestamp >= 0 ? record.kafkaTimestamp : System.currentTimeMillis();
    if (d.receivedAt == null) {
      e.receivedAt = reference;
      e.receivedAtClamped = true;
      if (d.missingDateWarning != null) {
        warnings.add(d.missingDateWarning);
      }
    } else if (d.receivedAt > reference + maxFutureSkewMs) {
      e.receivedAt = reference;
      e.receivedAtClamped = true;
      warnings.add(DATE_IN_FUTURE);
    } else if (d.receivedAt < 0) {
      // Real mail has Date headers like "1 Jan 102": before 1970 no Kafka record or event-time
      // window can carry it, so it is clamped like a missing date.
      e.receivedAt = reference;
      e.receivedAtClamped = true;
      warnings.add(DATE_BEFORE_EPOCH);
    } else {
      e.receivedAt = d.receivedAt;
    }

    if (e.body.length() > maxBodyChars) {
      int cut = maxBodyChars;
      if (Character.isHighSurrogate(e.body.charAt(cut - 1))) {
        cut--; // never split a surrogate pair
      }
      e.body = e.body.substring(0, cut);
      e.bodyTruncated = true;
      warnings.add(BODY_TRUNCATED);
    }
    if (d.senderWarning != null) {
      warnings.add(d.senderWarning);
    }
    e.warnings = warnings.toArray(new String[0]);
    return e;
  }

  private Draft readJson(byte[] value) throws Reject {
    EmailEnvelope env;
    try {
      env = envelopeReader.readValue(value);
    } catch (StreamReadException e) {
      throw new Reject(DeadLetterReason.MALFORMED_JSON, "not valid JSON" + at(e));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException syntax) {
        // A syntax error met while binding a nested object arrives wrapped.
        throw new Reject(DeadLetterReason.MALFORMED_JSON, "not valid JSON" + at(syntax));
      }
      String path = path(e);
      if (path.isEmpty()) {
        throw new Reject(DeadLetterReason.MALFORMED_JSON, "not a single JSON object" + at(e));
      }
      throw new Reject(DeadLetterReason.INVALID_FIELD, "wrong type for " + path);
    } catch (IOException e) {
      throw new Reject(
          DeadLetterReason.MALFORMED_JSON,
          "unreadable JSON (" + e.getClass().getSimpleName() + ")");
    }
    if (env == null) {
      throw new Reject(DeadLetterReason.MALFORMED_JSON, "not a JSON object");
    }
    return fromEnvelope(env);
  }

  private static Draft fromEnvelope(EmailEnvelope env) throws Reject {
    Draft d = new Draft();
    RawEmail e = d.email;
    e.format = "json";
    e.messageId = MessageIds.normalize(env.messageId);
    if (e.messageId == null) {
      throw new Reject(DeadLetterReason.MISSING_FIELD, "missing messageId");
    }
    e.from = sender(env.from, d);
    e.to = parties(env.to, "to");
    e.cc = parties(env.cc, "cc");
    boolean hasText = env.text != null && !env.text.isBlank();
    boolean hasHtml = env.html != null && !env.html.isBlank();
    if (!hasText && !hasHtml) {
      throw new Reject(DeadLetterReason.MISSING_FIELD, "missing text or html body");
    }
    e.body = hasText ? env.text.strip() : HtmlText.toText(env.html);
    e.subject = env.subject;
    e.mailbox = env.mailbox == null || env.mailbox.isBlank() ? null : env.mailbox.strip();
    d.namedTenant = env.tenant;

    if (env.receivedAt != null) {
      d.receivedAt = instant(env.receivedAt);
    }
    threading(env.headers, e);
    e.autoSubmitted =
        AutoSubmitted.kind(
            name -> header(env.headers, name), env.from == null ? null : env.from.email, e.subject);
    e.attachments = attachments(env.attachments);

    if (e.mailbox != null) {
      d.mailboxCandidates.add(e.mailbox);
    }
    for (Address a : e.to) {
      d.mailboxCandidates.add(a.email);
    }
    for (Address a : e.cc) {
      d.mailboxCandidates.add(a.email);
    }
    return d;
  }

  private static Long instant(String value) throws Reject {
    if (!RFC3339.matcher(value).matches()) {
      throw new Reject(DeadLetterReason.INVALID_FIELD, "receivedAt is not an RFC 3339 date-time");
    }
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new Reject(DeadLetterReason.INVALID_FIELD, "receivedAt is not a valid date-time");
    }
  }

  private static void threading(EmailEnvelope.Header[] headers, RawEmail e) throws Reject {
    e.references = new String[0];
    if (headers == null) {
      return;
    }
    for (int i = 0; i < headers.length; i++) {
      EmailEnvelope.Header h = headers[i];
      if (h == null) {
        throw new Reject(DeadLetterReason.INVALID_FIELD, "headers[" + i + "] is null");
      }
      if (h.name == null || h.value == null) {
        throw new Reject(
            DeadLetterReason.MISSING_FIELD, "missing headers[" + i + "].name or value");
      }
      if (h.name.equalsIgnoreCase("In-Reply-To")) {
        e.inReplyTo = MessageIds.first(h.value);
      } else if (h.name.equalsIgnoreCase("References")) {
        e.references = MessageIds.parseList(h.value);
      }
    }
  }

  /** The first envelope header of that name (checked by {@link #threading}), or null. */
  private static String header(EmailEnvelope.Header[] headers, String name) {
    if (headers != null) {
      for (EmailEnvelope.Header h : headers) {
        if (h.name.equalsIgnoreCase(name)) {
          return h.value;
        }
      }
    }
    return null;
  }

  private static AttachmentMeta[] attachments(EmailEnvelope.Attachment[] in) throws Reject {
    if (in == null) {
      return new AttachmentMeta[0];
    }
    AttachmentMeta[] out = new AttachmentMeta[in.length];
    for (int i = 0; i < in.length; i++) {
      EmailEnvelope.Attachment a = in[i];
      if (a == null) {
        throw new Reject(DeadLetterReason.INVALID_FIELD, "attachments[" + i + "] is null");
      }
      long size = a.size == null ? 0 : a.size;
      if (size < 0) {
        throw new Reject(DeadLetterReason.INVALID_FIELD, "attachments[" + i + "].size is negative");
      }
      out[i] = new AttachmentMeta(a.filename, a.contentType, size);
    }
    return out;
  }

  private static Address[] parties(EmailEnvelope.Party[] in, String field) throws Reject {
    if (in == null) {
      return new Address[0];
    }
    Address[] out = new Address[in.length];
    for (int i = 0; i < in.length; i++) {
      if (in[i] == null) {
        throw new Reject(DeadLetterReason.INVALID_FIELD, field + "[" + i + "] is null");
      }
      out[i] = party(in[i], field + "[" + i + "]");
    }
    return out;
  }

  /** One {@code @}, no whitespace: the shape of a mail address, in both forms. */
  static boolean isAddress(String value) {
    return value != null && EMAIL.matcher(value).matches();
  }

  /**
   * The envelope's sender, or null with {@link Draft#senderWarning} set when it has no usable
   * address. A display name alone is kept: it still helps PII detection find the name in the text.
   */
  private static Address sender(EmailEnvelope.Party p, Draft d) {
    if (p == null || p.email == null || p.email.isBlank()) {
      d.senderWarning = FROM_MISSING;
    } else if (!isAddress(p.email)) {
      d.senderWarning = FROM_INVALID;
    } else {
      return new Address(p.name, p.email);
    }
    return p == null || p.name == null || p.name.isBlank() ? null : new Address(p.name, null);
  }

  private static Address party(EmailEnvelope.Party p, String field) throws Reject {
    if (p.email == null || p.email.isBlank()) {
      throw new Reject(DeadLetterReason.MISSING_FIELD, "missing " + field + ".email");
    }
    if (!isAddress(p.email)) {
      throw new Reject(DeadLetterReason.INVALID_FIELD, field + ".email is not an address");
    }
    return new Address(p.name, p.email);
  }

  /**
   * The JSON path of a binding error. Safe to publish: unknown properties are skipped, not
   * reported, so the path only ever names fields of {@link EmailEnvelope} and array indices.
   */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String at(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  /**
   * Drops a leading UTF-8 byte order mark, which Windows tools put in front of both forms; left in,
   * it would hide the opening brace of an envelope and garble the first header name of a mail.
   */
  private static byte[] withoutBom(byte[] value) {
    boolean bom =
        value != null
            && value.length >= 3
            && value[0] == (byte) 0xEF
            && value[1] == (byte) 0xBB
            && value[2] == (byte) 0xBF;
    return bom ? Arrays.copyOfRange(value, 3, value.length) : value;
  }

  private static int firstNonWhitespace(byte[] value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length; i++) {
      byte b = value[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return i;
      }
    }
    return -1;
  }
}
