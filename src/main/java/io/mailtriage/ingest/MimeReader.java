package io.mailtriage.ingest;

import io.mailtriage.deadletter.DeadLetterReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.field.DateTimeFieldImpl;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.MultipartImpl;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * The raw RFC 5322 / MIME form, read with mime4j's DOM builder in lenient mode. The builder and its
 * monitor are built once and reused, so an instance serves one thread (one operator subtask).
 */
final class MimeReader {
  static final String TENANT_HEADER = "X-Mailtriage-Tenant";

  static final String HEADER_NOT_UTF8 = "header-not-utf8";
  static final String INVALID_BASE64 = "invalid-base64";
  static final String INVALID_QUOTED_PRINTABLE = "invalid-quoted-printable";
  static final String MULTIPART_UNTERMINATED = "multipart-unterminated";
  static final String MESSAGE_ID_MISSING = "message-id-missing";
  static final String DATE_MISSING = "date-missing";
  static final String DATE_INVALID = "date-invalid";
  static final String BODY_ENCRYPTED = "body-encrypted";
  static final String HEADER_SEPARATOR_MISSING = "header-separator-missing";
  static final String HEADER_FOLD_BROKEN = "header-fold-broken";
  static final String HEADER_MISSING = "header-missing";
  static final String MULTIPART_BOUNDARY_MISMATCH = "multipart-boundary-mismatch";
  static final String MULTIPART_WITHOUT_PARTS = "multipart-without-parts";
  static final String MULTIPART_UNDECLARED = "multipart-undeclared";

  /**
   * How many multiparts of one mail are read again with the boundary their delimiter lines use
   * ({@link #withDelimitersAsWritten}): each costs a parse of the whole mail.
   */
  static final int MAX_BOUNDARY_REPAIRS = 3;

  /** Real mail has a few dozen headers; thousands mean a hostile or broken record. */
  static final int MAX_HEADER_COUNT = 1000;

  /** A folded header (e.g. a huge To list) may be long, but not unbounded. */
  static final int MAX_HEADER_LEN = 256 * 1024;

  /**
   * mime4j applies this to header lines; body lines (often one long HTML line) are bounded only by
   * the record size, which is what we want.
   */
  static final int MAX_LINE_LEN = MAX_HEADER_LEN;

  /**
   * Legitimate mail nests multiparts (and forwarded messages) three or four deep; deeper is treated
   * as malformed.
   */
  static final int MAX_DEPTH = 30;

  /**
   * More encoded words than this in charsets the JVM does not know make a message malformed: mime4j
   * looks each one up again, about a millisecond apiece, and a 256 kB subject holds 20,000.
   */
  static final int MAX_UNKNOWN_CHARSET_WORDS = 50;

  /** The charset of an RFC 2047 encoded word, as mime4j reads it (up to the next '?'). */
  private static final Pattern ENCODED_WORD_CHARSET =
      Pattern.compile("=\\?([^?\\s]{1,64})\\?[BbQq]\\?");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The transfer encodings read here, by their names stripped of what clients and gateways write
   * around them ({@link #transferEncoding}): uuencode (x-uuencode, x-uue), which mime4j does not
   * decode, included.
   */
  private static final Map<String, String> TRANSFER_ENCODINGS =
      Map.of(
          "base64", "base64",
          "quotedprintable", "quoted-printable",
          "uuencode", "x-uuencode",
          "uue", "x-uuencode");

  /** A MIME type safe to name in a dead-letter message. */
  private static final Pattern MIME_TYPE = Pattern.compile("[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}");

  /**
   * Machine-readable reports (RFC 3464 delivery status, RFC 8098 read receipts, RFC 6533 their
   * UTF-8 forms): listed as attachments, and read as the text only when the mail has no other,
   * which is what a mail client shows of a bounce without a human-readable part.
   */
  private static final Set<String> REPORTS =
      Set.of(
          "message/delivery-status",
          "message/disposition-notification",
          "message/global-delivery-status",
          "message/global-disposition-notification");

  /** The text types read as text, in the order an alternative is preferred. */
  private static final List<String> READABLE = List.of("text/plain", "text/html", "text/enriched");

  /**
   * Text types that are files to a reader (calendars, cards, tables, markup and code for a
   * program), not text to read, even shown inline. Other text types read as plain text when inline
   * and unnamed (RFC 2046 4.1.1: an unknown subtype of text is read as text/plain), as mail clients
   * show them.
   */
  private static final Set<String> TEXT_FILES =
      Set.of(
          "text/calendar",
          "text/x-vcalendar",
          "text/vcard",
          "text/x-vcard",
          "text/directory",
          "text/csv",
          "text/x-csv",
          "text/comma-separated-values",
          "text/x-comma-separated-values",
          "text/tab-separated-values",
          "text/rtf",
          "text/richtext",
          "text/xml",
          "text/xml-external-parsed-entity",
          "text/css",
          "text/javascript",
          "text/ecmascript",
          "text/x-javascript",
          "text/rfc822-headers",
          "text/x-rfc822-headers");

  /**
   * A From that is only a person's name ("From: Jane Doe"): kept as a name hint for PII detection.
   */
  private static final Pattern BARE_NAME = Pattern.compile("\\p{L}[\\p{L} .'-]{0,98}[\\p{L}.]");

  private final MimeConfig config =
      new MimeConfig.Builder()
          .setStrictParsing(false)
          .setMaxHeaderCount(MAX_HEADER_COUNT)
          .setMaxHeaderLen(MAX_HEADER_LEN)
          .setMaxLineLen(MAX_LINE_LEN)
          .build();
  private final DefaultMessageBuilder builder = new DefaultMessageBuilder();
  private final Monitor monitor = new Monitor();

  /** Parts of this record read by {@link #asMultipart}, at most {@link #MAX_BOUNDARY_REPAIRS}. */
  private int undeclaredMultiparts;

  /**
   * S/MIME signed parts of this record read by {@link #signedContent}, at most {@link #MAX_SIGNED}.
   */
  private int signedParts;

  /** How many opaque-signed parts of one mail are opened: each is a parse of what it holds. */
  static final int MAX_SIGNED = 3;

  MimeReader() {
    builder.setMimeEntityConfig(config);
    builder.setDecodeMonitor(monitor);
    // Bodies are decoded in Parts: mime4j's base64 decoder drops a last group that lacks its
    // padding, the last one or two bytes of the text.
    builder.setContentDecoding(false);
  }

  Draft read(byte[] raw, String rawSha256, Set<String> warnings) throws Reject {
    monitor.warnings = warnings;
    undeclaredMultiparts = 0;
    signedParts = 0;
    try {
      Message message;
      try {
        byte[] bytes = repairHeaderBytes(repairHeaderBlock(crLineEnds(raw), warnings), warnings);
        checkNesting(bytes);
        checkEncodedWords(bytes);
        message = builder.parseMessage(new ByteArrayInputStream(bytes));
        message = withDelimitersAsWritten(message, bytes, warnings);
      } catch (IOException e) {
        // mime4j limit violations (header count and length) arrive as MimeIOException.
        throw new Reject(
            DeadLetterReason.MALFORMED_MIME,
            "cannot parse MIME (" + e.getClass().getSimpleName() + ")");
      }
      try {
        return extract(message, rawSha256, warnings);
      } finally {
        message.dispose();
      }
    } finally {
      // The monitor outlives this call; it must not keep (or write to) this record's warnings.
      monitor.warnings = null;
    }
  }

  /**
   * Refuses nesting deeper than {@link #MAX_DEPTH} before the DOM is built. mime4j reads a nested
   * part through one boundary stream per enclosing level, so building the DOM costs depth × size:
   * 210 kB nested 4,000 deep took seconds, and a 10 MB record nested as deep as it fits would hold
   * a subtask for hours; forwarded messages nested 30,000 deep overflowed the stack. This token
   * pass stops at the first level too deep, having read at most {@link #MAX_DEPTH} levels, so its
   * cost stays linear in the size.
   */
  private void checkNesting(byte[] bytes) throws IOException, Reject {
    MimeTokenStream tokens = new MimeTokenStream(config);
    tokens.parse(new ByteArrayInputStream(bytes));
    int depth = 0;
    try {
      for (EntityState s = tokens.getState(); s != EntityState.T_END_OF_STREAM; s = tokens.next()) {
        if (s == EntityState.T_START_MULTIPART || s == EntityState.T_START_MESSAGE) {
          // The top-level message is one level of its own.
          if (++depth > MAX_DEPTH + 1) {
            throw new Reject(
                DeadLetterReason.MALFORMED_MIME, "MIME nesting deeper than " + MAX_DEPTH);
          }
        } else if (s == EntityState.T_END_MULTIPART || s == EntityState.T_END_MESSAGE) {
          depth--;
        }
      }
    } catch (MimeException e) {
      throw new Reject(
          DeadLetterReason.MALFORMED_MIME,
          "cannot parse MIME (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * The message read again where a multipart has no part because its delimiter lines use another
   * boundary than the one it declares (a boundary of the same name with a character more or less,
   * one in single quotes, which RFC 2045 does not know as quotes): its delimiter lines are written
   * with the declared boundary, as a reader that guesses the boundary from them sees the mail.
   * Warning {@link #MULTIPART_BOUNDARY_MISMATCH}; at most {@link #MAX_BOUNDARY_REPAIRS} times.
   */
  private Message withDelimitersAsWritten(Message message, byte[] bytes, Set<String> warnings)
      throws IOException, Reject {
    for (int round = 0; round < MAX_BOUNDARY_REPAIRS; round++) {
      MultipartImpl empty = withoutParts(message, 0);
      ContentTypeField ct = empty == null ? null : contentType(empty.getParent());
      String declared = ct == null ? null : ct.getBoundary();
      String used = empty == null ? null : delimiterBoundary(empty.getPreamble());
      if (declared == null || declared.isEmpty() || used == null || used.equals(declared)) {
        return message;
      }
      Matcher m =
          Pattern.compile("(?m)^--" + Pattern.quote(used) + "(--)?[ \\t]*$")
              .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
      bytes =
          m.replaceAll(Matcher.quoteReplacement("--" + declared) + "$1")
              .getBytes(StandardCharsets.ISO_8859_1);
      checkNesting(bytes);
      message.dispose();
      // Said of the multipart read without its delimiters; the new parse says it again if it holds.
      warnings.remove(MULTIPART_UNTERMINATED);
      message = builder.parseMessage(new ByteArrayInputStream(bytes));
      warnings.add(MULTIPART_BOUNDARY_MISMATCH);
    }
    return message;
  }

  /**
   * A part of another type (text/html) that declares a boundary and holds delimiter lines of it,
   * read as the multipart/mixed it is, as a reader guessing from the delimiters sees it; null where
   * it holds none (a boundary parameter alone means nothing), after {@link #MAX_BOUNDARY_REPAIRS}
   * such parts in a mail, or where the boundary cannot be written in a header. Its nesting is
   * checked first, so each costs a pass over the part.
   */
  private Message asMultipart(byte[] content, String boundary) throws Reject {
    if (undeclaredMultiparts >= MAX_BOUNDARY_REPAIRS
        || boundary.isEmpty()
        || boundary.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20)
        || !delimiterLine(boundary)
            .matcher(new String(content, StandardCharsets.ISO_8859_1))
            .find()) {
      return null;
    }
    undeclaredMultiparts++;
    byte[] head =
        ("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = Arrays.copyOf(head, head.length + content.length);
    System.arraycopy(content, 0, bytes, head.length, content.length);
    return nested(bytes);
  }

  /** A MIME entity found inside a part, parsed after its nesting is checked. */
  private Message nested(byte[] bytes) throws Reject {
    try {
      checkNesting(bytes);
      return builder.parseMessage(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new Reject(
          DeadLetterReason.MALFORMED_MIME,
          "cannot parse MIME (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The types an RTF document is sent as. */
  private static final Set<String> RTF = Set.of("text/rtf", "application/rtf");

  /** The types Outlook's TNEF stream is sent as. */
  private static final Set<String> TNEF = Set.of("application/ms-tnef", "application/vnd.ms-tnef");

  /**
   * The MIME entity an S/MIME opaque-signed part carries, parsed, or null where the part holds no
   * signed content (enveloped data) or the mail has had its share of them: each is a parse.
   */
  private Message signedContent(byte[] content) throws Reject {
    byte[] entity = signedParts < MAX_SIGNED ? SmimeSigned.content(content) : null;
    if (entity == null) {
      return null;
    }
    signedParts++;
    return nested(entity);
  }

  /** The first multipart of the tree without any part, or null. */
  private static MultipartImpl withoutParts(Entity entity, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    Body body = entity.getBody();
    if (body instanceof MultipartImpl mp) {
      if (mp.getBodyParts().isEmpty()) {
        return mp;
      }
      for (Entity child : mp.getBodyParts()) {
        MultipartImpl found = withoutParts(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
    } else if (body instanceof Message forwarded) {
      return withoutParts(forwarded, depth + 1);
    }
    return null;
  }

  /**
   * A delimiter line as RFC 2046 writes it: "--", a boundary of 1 to 70 characters not ending in a
   * space, then the part's header fields or the blank line of a part without any.
   */
  private static final Pattern DELIMITER =
      Pattern.compile("(?m)^--([^\\r\\n]{0,69}[^\\s])[ \\t]*\\r?\\n(?:\\r?\\n|[^\\s:]+[ \\t]*:)");

  /**
   * The boundary of the first delimiter line of a multipart's content whose boundary comes again in
   * a later delimiter or the closing one, or null: one such line alone may be a rule of dashes in
   * the text. Only the first few are tried, each costing a scan of the content.
   */
  private static String delimiterBoundary(String content) {
    if (content == null) {
      return null;
    }
    Matcher m = DELIMITER.matcher(content);
    for (int tried = 0; tried < 10 && m.find(); tried++) {
      Matcher again = delimiterLine(m.group(1)).matcher(content);
      if (again.find(m.end())) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A delimiter or closing delimiter line of this boundary. */
  private static Pattern delimiterLine(String boundary) {
    return Pattern.compile("(?m)^--" + Pattern.quote(boundary) + "(--)?[ \\t]*\\r?$");
  }

  /**
   * Refuses mail stuffed with encoded words in unknown charsets ({@link
   * #MAX_UNKNOWN_CHARSET_WORDS}).
   */
  private static void checkEncodedWords(byte[] bytes) throws Reject {
    Matcher m = ENCODED_WORD_CHARSET.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    int unknown = 0;
    while (m.find()) {
      if (Charsets.lookup(m.group(1)) == null && ++unknown > MAX_UNKNOWN_CHARSET_WORDS) {
        throw new Reject(
            DeadLetterReason.MALFORMED_MIME,
            "more than " + MAX_UNKNOWN_CHARSET_WORDS + " encoded words in unknown charsets");
      }
    }
  }

  private Draft extract(Message m, String rawSha256, Set<String> warnings) throws Reject {
    Draft d = new Draft();
    RawEmail e = d.email;
    e.format = "mime";

    e.from = sender(m, d);
    e.to = addresses(m.getTo());
    e.cc = addresses(m.getCc());
    String subject = fieldBody(m, "Subject");
    e.subject = subject == null ? null : decodeHeader(subject);

    e.messageId = MessageIds.normalize(m.getMessageId());
    if (e.messageId == null) {
      warnings.add(MESSAGE_ID_MISSING);
      // Stable across replays, so downstream de-duplication still works for id-less mail.
      e.messageId = rawSha256 == null ? null : "sha256-" + rawSha256 + "@mailtriage.invalid";
    }
    e.autoSubmitted =
        AutoSubmitted.kind(
            name -> {
              String value = fieldBody(m, name);
              return value == null ? null : MimeUtil.unfold(value);
            },
            e.from == null ? null : e.from.email,
            e.subject);
    e.inReplyTo = MessageIds.first(fieldBody(m, "In-Reply-To"));
    e.references = MessageIds.parseList(fieldBody(m, "References"));

    Field dateField = m.getHeader().getField("Date");
    Date date = dateField == null ? null : date(dateField, m.getHeader());
    if (date != null) {
      d.receivedAt = date.getTime();
    } else {
      d.missingDateWarning = dateField == null ? DATE_MISSING : DATE_INVALID;
    }

    String tenant = fieldBody(m, TENANT_HEADER);
    d.namedTenant = tenant == null || tenant.isBlank() ? null : tenant.strip();
    for (Field f : m.getHeader().getFields("Delivered-To")) {
      addMailbox(d.mailboxCandidates, f.getBody());
    }
    for (Address a : e.to) {
      d.mailboxCandidates.add(a.email);
    }
    for (Address a : e.cc) {
      d.mailboxCandidates.add(a.email);
    }

    Parts parts = new Parts(warnings, monitor, this);
    parts.walk(m, 0);
    e.body =
        !parts.text.isEmpty()
            ? parts.text.toString()
            : !parts.report.isEmpty() ? parts.report.toString() : parts.enclosed.toString();
    e.attachments = parts.attachments.toArray(new AttachmentMeta[0]);

    if (parts.encrypted()) {
      warnings.add(BODY_ENCRYPTED);
    }
    boolean noSubject = e.subject == null || e.subject.isBlank();
    if (e.body.isBlank() && noSubject) {
      throw new Reject(DeadLetterReason.MISSING_FIELD, noTextReason(parts));
    }
    return d;
  }

  /**
   * Why a mail without subject has nothing to read: encrypted, or only attachments (their types
   * named, e.g. application/ms-tnef, an Outlook winmail.dat that holds no body). Types are kept to
   * the token characters of RFC 2045 and bounded in number and length, so the message cannot carry
   * input text.
   */
  private static String noTextReason(Parts parts) {
    if (parts.encrypted()) {
      return "message has no subject and its body is encrypted";
    }
    Set<String> types = new TreeSet<>();
    for (AttachmentMeta a : parts.attachments) {
      if (types.size() < 5 && a.contentType != null && MIME_TYPE.matcher(a.contentType).matches()) {
        types.add(a.contentType);
      }
    }
    return types.isEmpty()
        ? "message has neither body text nor subject"
        : "message has no subject and no readable text, only attachments ("
            + String.join(", ", types)
            + ")";
  }

  /** Collects the readable text and attachment metadata of an entity tree. */
  private static final class Parts {
    final StringBuilder text = new StringBuilder();
    final List<AttachmentMeta> attachments = new ArrayList<>();

    /** The text of the machine-readable reports met ({@link #REPORTS}). */
    final StringBuilder report = new StringBuilder();

    /**
     * The body of the TNEF streams ({@code winmail.dat}) and the text of the RTF parts that are no
     * file met: the mail's text where it has no other, as Outlook sends a TNEF stream beside a
     * plain part that holds the same text.
     */
    final StringBuilder enclosed = new StringBuilder();

    private final BodyText.Found found = new BodyText.Found(attachments);
    private final Set<String> warnings;

    private final DecodeMonitor monitor;

    /** Reads a part that holds a multipart it does not declare. */
    private final MimeReader reader;

    Parts(Set<String> warnings, DecodeMonitor monitor, MimeReader reader) {
      this.warnings = warnings;
      this.monitor = monitor;
      this.reader = reader;
    }

    /** Whether an encrypted part (PGP or S/MIME) was met: its content cannot be read. */
    boolean encrypted() {
      return found.encrypted;
    }

    void walk(Entity entity, int depth) throws Reject {
      if (depth > MAX_DEPTH) {
        throw new Reject(
            DeadLetterReason.MALFORMED_MIME, "multipart nesting deeper than " + MAX_DEPTH);
      }
      Body body = entity.getBody();
      if (body instanceof Multipart mp) {
        List<Entity> children = mp.getBodyParts();
        if (children.isEmpty()) {
          // No delimiter line (the boundary missing, or one of the parent's): what it holds is
          // text, as mail clients show it.
          warnings.add(MULTIPART_WITHOUT_PARTS);
          if (mp instanceof MultipartImpl impl && impl.getPreambleRaw() != null) {
            byte[] raw = impl.getPreambleRaw().toByteArray();
            appendText(BodyText.plain(Charsets.decode(raw, null, warnings), false, false, found));
          }
          return;
        }
        found.encrypted |= "encrypted".equalsIgnoreCase(mp.getSubType());
        if ("alternative".equalsIgnoreCase(mp.getSubType())) {
          alternative(children, depth);
        } else {
          for (Entity child : children) {
            walk(child, depth + 1);
          }
        }
        return;
      }
      ContentTypeField contentType = contentType(entity);
      String declared = contentType == null ? null : contentType.getMimeType();
      // A Content-Type without its subtype ("text; charset=us-ascii") names no type: the part has
      // the default type mime4j gives it, text/plain (RFC 2045 5.2), as mail clients read it.
      String type = (declared == null ? entity.getMimeType() : declared).toLowerCase(Locale.ROOT);
      if (body instanceof Message forwarded) {
        // Listed like any attachment, its size not measured (-1); its text is read as a reader
        // opening it would, below a forward header the model text step knows as history.
        attachments.add(new AttachmentMeta(entity.getFilename(), type, -1));
        forwarded(forwarded, depth);
        return;
      }
      if (!(body instanceof SingleBody single)) {
        return;
      }
      String boundary =
          contentType != null ? contentType.getBoundary() : untypedBoundary(entity, single);
      Message undeclared =
          boundary == null ? null : reader.asMultipart(decoded(entity, single), boundary);
      if (undeclared != null) {
        warnings.add(MULTIPART_UNDECLARED);
        try {
          if (undeclared.getBody() instanceof Multipart mp && alternatives(mp.getBodyParts())) {
            alternative(mp.getBodyParts(), depth + 1);
          } else {
            walk(undeclared, depth + 1);
          }
        } finally {
          undeclared.dispose();
        }
        return;
      }
      // A named part is a file unless it says to be shown inline, as mail clients do with text.
      String disposition = entity.getDispositionType();
      boolean attached =
          "attachment".equalsIgnoreCase(disposition)
              || (entity.getFilename() != null && !"inline".equalsIgnoreCase(disposition));
      // A text type of its own is read only where nothing names it a file: no file name, not even
      // the Content-Type's "name" (text/x-log; name=app.log).
      boolean unknownText =
          type.startsWith("text/")
              && !TEXT_FILES.contains(type)
              && !type.startsWith("text/vnd.")
              && parameter(entity, "name") == null;
      if (!attached && (READABLE.contains(type) || unknownText)) {
        byte[] raw = decoded(entity, single);
        if (transferEncoding(entity).equals("x-uuencode")) {
          raw = BodyText.uudecode(raw);
        }
        String charset = parameter(entity, "charset");
        if (type.equals("text/html") && (charset == null || !Charsets.known(charset))) {
          // A label no one knows (Outlook's "CHINESEBIG5") gives way to the charset the page's
          // own meta tag names, as a browser reads the page.
          String meta = HtmlText.metaCharset(raw);
          if (charset == null) {
            charset = meta;
          } else if (meta != null && Charsets.known(meta)) {
            warnings.add(Charsets.UNKNOWN_CHARSET);
            charset = meta;
          }
        } else if (type.equals("text/html")) {
          // A label and a meta tag that contradict each other: the bytes say which is right.
          String meta = HtmlText.metaCharset(raw);
          if (meta != null && Charsets.known(meta)) {
            charset = Charsets.htmlCharset(raw, charset, meta, warnings);
          }
        }
        String decoded = Charsets.decode(raw, charset, warnings);
        appendText(
            switch (looksLikeHtml(type, decoded) ? "text/html" : type) {
              case "text/html" -> HtmlText.toText(decoded);
              case "text/enriched" -> BodyText.enriched(decoded);
              default ->
                  BodyText.plain(
                      decoded,
                      "flowed".equalsIgnoreCase(parameter(entity, "format")),
                      "yes".equalsIgnoreCase(parameter(entity, "delsp")),
                      found);
            });
      } else {
        byte[] content = decoded(entity, single);
        attachments.add(new AttachmentMeta(entity.getFilename(), type, content.length));
        if (type.endsWith("pkcs7-mime")) {
          // Opaque-signed mail holds the sender's MIME entity in clear; enveloped data is
          // encrypted.
          Message signed = reader.signedContent(content);
          if (signed == null) {
            found.encrypted = true;
            return;
          }
          try {
            walk(signed, depth + 1);
          } finally {
            signed.dispose();
          }
          return;
        }
        if (TNEF.contains(type)) {
          Tnef.Body inside = Tnef.body(content);
          String read =
              inside == null
                  ? ""
                  : inside.text() != null && !inside.text().isBlank()
                      ? BodyText.plain(inside.text(), false, false, found)
                      : inside.html() != null
                          ? HtmlText.toText(inside.html())
                          : inside.rtf() != null
                              ? BodyText.plain(inside.rtf(), false, false, found)
                              : "";
          enclose(read);
        }
        // A mail whose only text is an RTF document (a client that sent its rich text as is): no
        // file, as nothing names it one.
        if (RTF.contains(type)
            && !attached
            && parameter(entity, "name") == null
            && RtfText.isRtf(content)) {
          enclose(BodyText.plain(RtfText.toText(content), false, false, found));
        }
        if (REPORTS.contains(type)) {
          String fields =
              BodyText.plain(Charsets.decode(content, "utf-8", warnings), false, false, found);
          if (!fields.isBlank()) {
            report.append(report.isEmpty() ? "" : "\n\n").append(fields.strip());
          }
        }
      }
    }

    /**
     * Whether the parts of a multipart whose type was never written are a plain text and an HTML
     * one, the alternatives of one text (read as one, not twice).
     */
    private static boolean alternatives(List<Entity> parts) {
      Set<String> types = new TreeSet<>();
      for (Entity part : parts) {
        types.add(part.getMimeType().toLowerCase(Locale.ROOT));
      }
      return parts.size() == 2 && types.equals(Set.of("text/html", "text/plain"));
    }

    /**
     * The boundary of a part without any Content-Type whose content opens with a delimiter line and
     * holds the closing one, a multipart whose mailer left its header out (Constant Contact's
     * newsletters), or null: text that quotes a multipart further down is text.
     */
    private String untypedBoundary(Entity entity, SingleBody single) throws Reject {
      if (entity.getHeader() != null && entity.getHeader().getField("Content-Type") != null) {
        return null;
      }
      String content = new String(decoded(entity, single), StandardCharsets.ISO_8859_1);
      String boundary = delimiterBoundary(content);
      if (boundary == null || !content.stripLeading().startsWith("--" + boundary)) {
        return null;
      }
      Matcher closing = delimiterLine(boundary).matcher(content);
      while (closing.find()) {
        if (closing.group(1) != null) {
          return boundary;
        }
      }
      return null;
    }

    /**
     * The alternatives carry the same content: read the first, in order of preference, that yields
     * text. Some clients send an empty text/plain next to the real HTML, or one that only says to
     * view the mail in HTML: a plain text less than half as long as the HTML's gives way to it.
     */
    private void alternative(List<Entity> children, int depth) throws Reject {
      Parts chosen = null;
      for (Entity candidate : byPreference(children)) {
        Parts p = new Parts(warnings, monitor, reader);
        p.walk(candidate, depth + 1);
        if (p.text.isEmpty()) {
          continue;
        }
        if (chosen != null && chosen.text.length() * 2 >= p.text.length()) {
          break;
        }
        chosen = p;
        if (!"text/plain".equalsIgnoreCase(candidate.getMimeType())) {
          break;
        }
      }
      if (chosen != null) {
        appendText(chosen.text.toString());
        attachments.addAll(chosen.attachments);
        found.encrypted |= chosen.encrypted();
      }
    }

    /**
     * A forwarded message's text below "Forwarded message" and its From, Date and Subject, the
     * block mail clients write for an inline forward.
     */
    private void forwarded(Message m, int depth) throws Reject {
      Parts inner = new Parts(warnings, monitor, reader);
      inner.walk(m, depth + 1);
      attachments.addAll(inner.attachments);
      found.encrypted |= inner.encrypted();
      StringBuilder block = new StringBuilder("---------- Forwarded message ---------");
      for (String name : new String[] {"From", "Date", "Subject"}) {
        String value = fieldBody(m, name);
        if (value != null && !value.isBlank()) {
          block.append('\n').append(name).append(": ");
          block.append(decodeHeader(value).strip());
        }
      }
      if (!inner.text.isEmpty()) {
        appendText(block.append("\n\n").append(inner.text).toString());
      }
    }

    /** Plain text first, then HTML and enriched text, then nested multiparts. */
    private static List<Entity> byPreference(List<Entity> children) {
      List<Entity> ordered = new ArrayList<>();
      for (String wanted : READABLE) {
        for (Entity child : children) {
          if (wanted.equalsIgnoreCase(child.getMimeType()) && child.getFilename() == null) {
            ordered.add(child);
          }
        }
      }
      for (Entity child : children) {
        if (child.isMultipart()) {
          ordered.add(child);
        }
      }
      return ordered;
    }

    private void enclose(String read) {
      if (!read.isBlank()) {
        enclosed.append(enclosed.isEmpty() ? "" : "\n\n").append(read.strip());
      }
    }

    private void appendText(String s) {
      if (s.isBlank()) {
        return;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(s.strip());
    }

    /** The part's content, its transfer encoding (base64, quoted-printable) undone. */
    private byte[] decoded(Entity entity, SingleBody body) throws Reject {
      try (InputStream in = body.getInputStream()) {
        byte[] raw = in.readAllBytes();
        String encoding = transferEncoding(entity);
        if (MimeUtil.isBase64Encoding(encoding) && writtenAsText(raw)) {
          warnings.add(INVALID_BASE64);
          return raw;
        }
        if (MimeUtil.isBase64Encoding(encoding)) {
          return new Base64InputStream(new ByteArrayInputStream(padded(raw)), monitor)
              .readAllBytes();
        }
        if (MimeUtil.isQuotedPrintableEncoded(encoding)) {
          return new QuotedPrintableInputStream(new ByteArrayInputStream(raw), monitor)
              .readAllBytes();
        }
        return raw;
      } catch (IOException e) {
        throw new Reject(
            DeadLetterReason.MALFORMED_MIME,
            "cannot read body part (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /**
   * The transfer encoding a part names, read as mail clients read a name written with junk around
   * it: quoted, a parameter or comment after it ({@code base64; x}, {@code base64 (binary)}), an
   * {@code x-} before it, its words joined by a hyphen or underscore or not at all ({@code
   * base-64}, {@code quoted_printable}). Read as written, such a name left base64 or
   * quoted-printable undecoded, the encoded lines taken for the customer's text. Other names are
   * returned as mime4j gives them (lower case): 7bit, 8bit, binary and unknown names leave the
   * bytes as they are.
   */
  static String transferEncoding(Entity entity) {
    String written = entity.getContentTransferEncoding();
    String name = written.toLowerCase(Locale.ROOT).replace("\"", "").strip();
    int end = 0;
    while (end < name.length() && ";( \t".indexOf(name.charAt(end)) < 0) {
      end++;
    }
    name = name.substring(0, end);
    name = (name.startsWith("x-") ? name.substring(2) : name).replace("-", "").replace("_", "");
    return TRANSFER_ENCODINGS.getOrDefault(name, written);
  }

  /**
   * Whether content declared base64 is written as text: most of its lines have a space or tab
   * between their characters, which no base64 line has (a client that labelled its plain text
   * base64). Decoded, it would become bytes no reader could read; it is read as written, warning
   * {@link #INVALID_BASE64}.
   */
  private static boolean writtenAsText(byte[] raw) {
    int lines = 0;
    int spaced = 0;
    int start = 0;
    for (int i = 0; i <= raw.length; i++) {
      if (i == raw.length || raw[i] == '\n') {
        String line = new String(raw, start, i - start, StandardCharsets.ISO_8859_1).strip();
        if (!line.isEmpty()) {
          lines++;
          if (line.indexOf(' ') >= 0 || line.indexOf('\t') >= 0) {
            spaced++;
          }
        }
        start = i + 1;
      }
    }
    return spaced * 2 > lines;
  }

  /**
   * Whether a part is HTML: declared so, or plain text that is markup ({@link HtmlText#isMarkup}).
   */
  private static boolean looksLikeHtml(String type, String decoded) {
    return type.equals("text/html") || (type.equals("text/plain") && HtmlText.isMarkup(decoded));
  }

  /** A Content-Type parameter as written, or null. */
  private static String parameter(Entity entity, String name) {
    ContentTypeField ct = contentType(entity);
    if (ct == null) {
      return null;
    }
    String value = ct.getParameter(name);
    return value != null ? value : rfc2231(ct.getParameters(), name);
  }

  /** RFC 2231 allows at most this many sections of one parameter here (a charset needs two). */
  private static final int MAX_SECTIONS = 64;

  /**
   * A parameter written as RFC 2231 says, which mime4j reads for file names only: in sections
   * ({@code charset*0="iso-8859"; charset*1="-2"}) or extended ({@code
   * charset*=us-ascii'en'utf-8}), percent-escapes decoded in the charset the first extended section
   * names; null where it is not there.
   */
  private static String rfc2231(Map<String, String> parameters, String name) {
    String key = name.toLowerCase(Locale.ROOT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String charset = null;
    for (int i = 0; i < MAX_SECTIONS; i++) {
      String whole = i == 0 ? parameters.get(key + "*") : null;
      String plain = parameters.get(key + "*" + i);
      String escaped = whole != null ? whole : parameters.get(key + "*" + i + "*");
      if (plain != null) {
        bytes.writeBytes(plain.getBytes(StandardCharsets.UTF_8));
      } else if (escaped != null) {
        if (i == 0) {
          // charset'language'text
          int quote = escaped.indexOf('\'');
          int second = quote < 0 ? -1 : escaped.indexOf('\'', quote + 1);
          charset = quote > 0 && second > 0 ? escaped.substring(0, quote) : null;
          escaped = second < 0 ? escaped : escaped.substring(second + 1);
        }
        percentDecoded(escaped, bytes);
      }
      if (whole != null || plain == null && escaped == null) {
        break;
      }
    }
    Charset cs = charset == null ? null : Charsets.lookup(charset);
    return bytes.size() == 0 ? null : bytes.toString(cs == null ? StandardCharsets.UTF_8 : cs);
  }

  private static void percentDecoded(String text, ByteArrayOutputStream bytes) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** A type followed by a parameter without the ';' between them. */
  private static final Pattern UNSEPARATED_PARAMETER =
      Pattern.compile("\\s*([^\\s;/]+/[^\\s;]+)\\s+([^\\s;=]+\\s*=.*)", Pattern.DOTALL);

  /**
   * The part's Content-Type, or null. "TEXT/PLAIN charset=US-ASCII", its parameter not separated by
   * ';', is read as mail clients read it, type and parameter apart: mime4j would take all of it for
   * the type, and a text part would become an attachment of an unknown type.
   */
  private static ContentTypeField contentType(Entity entity) {
    Field f = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
    if (!(f instanceof ContentTypeField ct)) {
      return null;
    }
    Matcher m = UNSEPARATED_PARAMETER.matcher(MimeUtil.unfold(f.getBody()));
    if (ct.getParameter("charset") != null || !m.matches()) {
      return ct;
    }
    return ContentTypeFieldLenientImpl.PARSER.parse(
        new RawField("Content-Type", m.group(1) + "; " + m.group(2)), DecodeMonitor.SILENT);
  }

  /**
   * Base64 with its final padding restored where encoders left it off (two or three characters in
   * the last group), so that the last bytes are decoded rather than dropped.
   */
  private static byte[] padded(byte[] base64) {
    int chars = 0;
    for (byte b : base64) {
      if (b == '=') {
        return base64; // padded already (or broken in a way padding cannot mend)
      }
      if ((b >= 'A' && b <= 'Z')
          || (b >= 'a' && b <= 'z')
          || (b >= '0' && b <= '9')
          || b == '+'
          || b == '/') {
        chars++;
      }
    }
    int missing = chars % 4 == 2 ? 2 : chars % 4 == 3 ? 1 : 0;
    if (missing == 0) {
      return base64;
    }
    byte[] out = Arrays.copyOf(base64, base64.length + missing);
    Arrays.fill(out, base64.length, out.length, (byte) '=');
    return out;
  }

  /**
   * The Date header's instant, or null. RFC 5322's parser first: it reads a day padded with a space
   * ("Mon, 2 Sep 2002", as many mailers write it, which mime4j's lenient parser refuses) and the
   * obsolete zone names (EST is five hours behind UTC, where the lenient parser reads UTC). The
   * lenient parser then takes what RFC 5322 does not know, such as zone names like CEST (read as
   * UTC).
   */
  private static Date date(Field f, Header header) {
    Date date = date(f.getBody(), header);
    return date == null || date.getTime() >= 0 ? date : yearsSince1900(f.getBody(), date, header);
  }

  /** {@code header} holds the Received fields that choose among a zone name's meanings; or null. */
  private static Date date(String body, Header header) {
    Date strict = strict(body);
    if (strict != null) {
      return strict;
    }
    // Before the lenient parser, which reads "4:12 PM" as 04:12 and takes "CEST" and "GMT+1" for
    // UTC, and refuses the rest of these forms.
    String form = rfc5322Form(body);
    Date rewritten = strict(form);
    if (rewritten != null) {
      return rewritten;
    }
    Matcher zone = ZONE_NAME.matcher(form);
    List<String> meanings =
        zone.find() ? AMBIGUOUS_ZONES.get(zone.group(1).toUpperCase(Locale.ROOT)) : null;
    Date chosen =
        meanings == null
            ? null
            : nearest(form.substring(0, zone.start()).strip(), meanings, header);
    if (chosen != null) {
      return chosen;
    }
    Field f = new RawField("Date", body);
    Date lenient = DateTimeFieldLenientImpl.PARSER.parse(f, DecodeMonitor.SILENT).getDate();
    return lenient != null ? lenient : asctime(body);
  }

  /**
   * Zone names that name several zones: IST is India's (+0530), Ireland's summer (+0100) and
   * Israel's (+0200) time.
   */
  private static final Map<String, List<String>> AMBIGUOUS_ZONES =
      Map.of("IST", List.of("+0530", "+0100", "+0200"));

  /**
   * The date read at the offset of {@code offsets} that puts it nearest the instant the first
   * server on its way (the last Received field) stamped on the mail, seconds to minutes after its
   * Date in the mail of the world; null where no Received field has a date to choose by.
   */
  private static Date nearest(String withoutZone, List<String> offsets, Header header) {
    List<Field> received = header == null ? List.of() : header.getFields("Received");
    Date stamped = null;
    for (int i = received.size() - 1; i >= 0 && stamped == null; i--) {
      String body = MimeUtil.unfold(received.get(i).getBody());
      int semicolon = body.lastIndexOf(';');
      stamped = semicolon < 0 ? null : date(body.substring(semicolon + 1), null);
    }
    if (stamped == null) {
      return null;
    }
    Date best = null;
    for (String offset : offsets) {
      Date d = strict(withoutZone + " " + offset);
      if (d != null
          && (best == null
              || Math.abs(d.getTime() - stamped.getTime())
                  < Math.abs(best.getTime() - stamped.getTime()))) {
        best = d;
      }
    }
    return best;
  }

  private static Date strict(String body) {
    return DateTimeFieldImpl.PARSER
        .parse(new RawField("Date", body), DecodeMonitor.SILENT)
        .getDate();
  }

  private static final String MONTHS =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b\\.?,?");

  /** A word before a comma at the start, a weekday in any language. */
  private static final Pattern LEADING_WORD = Pattern.compile("^[^\\s\\d,:]{1,24},\\s*");

  /**
   * A numeric date, day first, as Europe and Korea write it: "27 6 2001", "27.06.2001",
   * "27-06-2001" (year first is {@link #YEAR_FIRST}).
   */
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})(?:\\.\\s?|\\s|-)(\\d{1,2})(?:\\.\\s?|\\s|-)(\\d{4})\\b");

  /** A numeric date with slashes, "27/6/2001" or the US "6/27/2001". */
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

  /**
   * A month's name between the day and the year, in any language: "27 juin 2001", "5. März 2026".
   */
  private static final Pattern FOREIGN_MONTH =
      Pattern.compile("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,12})\\.?\\s+(\\d{4})\\b");

  /**
   * The months' names and abbreviations of the languages of European and Turkish mailers, from the
   * JDK's locale data (no two of them name different months).
   */
  private static final Map<String, Integer> FOREIGN_MONTHS = foreignMonths();

  private static Map<String, Integer> foreignMonths() {
    Map<String, Integer> names = new java.util.HashMap<>();
    for (String language :
        List.of("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "tr")) {
      java.text.DateFormatSymbols symbols =
          java.text.DateFormatSymbols.getInstance(Locale.forLanguageTag(language));
      for (String[] months : List.of(symbols.getMonths(), symbols.getShortMonths())) {
        for (int i = 0; i < 12; i++) {
          String name = months[i].toLowerCase(Locale.ROOT).replace(".", "");
          if (!name.isEmpty()) {
            names.put(name, i + 1);
          }
        }
      }
    }
    return Map.copyOf(names);
  }

  /** "27 Jun 2001" from the day, the month's number and the year, or the three as written. */
  private static String dayMonthYear(String day, String month, String year) {
    int number = Integer.parseInt(month);
    return number < 1 || number > 12
        ? Matcher.quoteReplacement(day + " " + month + " " + year)
        : day + " " + Month.of(number).getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + year;
  }

  /** A numeric date, year first: "2002/09/14", ISO 8601's "2002-09-14" (its "T" after it). */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:T|\\b)");

  /** The month's name first, as US mailers write it: "September 14, 2002". */
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /** A month's full name or abbreviation with a dot: "14 September 2002", "14 Sept. 2002". */
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b" + MONTHS + "(?=\\s)");

  private static final Pattern TWELVE_HOUR =
      Pattern.compile("(?i)\\b(\\d{1,2})(:\\d{2}(?::\\d{2})?)\\s*([ap])\\.?m\\b\\.?");

  /**
   * An offset written after a zone name or with a colon: "GMT+1", "UTC-05:00", "+02:00"; or with a
   * plus before its minus, "+-0500", where a mailer printed a sign before a negative number.
   */
  private static final Pattern OFFSET =
      Pattern.compile("(?i)(?:\\b(?:GMT|UTC)\\s*)?\\+?([+-])(\\d{1,2})(?::?(\\d{2}))?\\s*$");

  /**
   * Zone names that mailers write and RFC 5322 does not know, with their offsets. IST is left out:
   * it names India's, Ireland's and Israel's time alike.
   */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("Z", "+0000"),
          Map.entry("UTC", "+0000"),
          Map.entry("WET", "+0000"),
          Map.entry("WEST", "+0100"),
          Map.entry("BST", "+0100"),
          Map.entry("CET", "+0100"),
          Map.entry("MET", "+0100"),
          Map.entry("CEST", "+0200"),
          Map.entry("MEST", "+0200"),
          Map.entry("EET", "+0200"),
          Map.entry("EEST", "+0300"),
          Map.entry("MSK", "+0300"),
          Map.entry("SGT", "+0800"),
          Map.entry("HKT", "+0800"),
          Map.entry("AWST", "+0800"),
          Map.entry("JST", "+0900"),
          Map.entry("KST", "+0900"),
          Map.entry("AEST", "+1000"),
          Map.entry("AEDT", "+1100"),
          Map.entry("NZST", "+1200"),
          Map.entry("NZDT", "+1300"),
          Map.entry("AKST", "-0900"),
          Map.entry("AKDT", "-0800"),
          Map.entry("HST", "-1000"));

  private static final Pattern ZONE_NAME = Pattern.compile("(?<=[\\d\\s])([A-Za-z]{1,4})\\s*$");

  /**
   * A Date as other mailers write it, rewritten in RFC 5322's form: the weekday dropped (it may
   * stand anywhere), a numeric date ("2002/09/14", ISO 8601's "2002-09-14T02:29:32Z") or one with
   * the month's name first or in full as day, month, year; "at" before the time dropped; a 12-hour
   * time made a 24-hour one; an offset written after "GMT" or with a colon, and the zone names of
   * {@link #ZONES}, as an offset; no zone at all read as UTC.
   */
  private static String rfc5322Form(String body) {
    String s =
        MimeUtil.unfold(body).replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip();
    // A weekday in another language or charset ("수," read from EUC-KR bytes as windows-1252).
    s = LEADING_WORD.matcher(s).replaceFirst("");
    s = WEEKDAY.matcher(s).replaceAll("");
    s = DAY_FIRST.matcher(s).replaceFirst(m -> dayMonthYear(m.group(1), m.group(2), m.group(3)));
    Matcher slashed = SLASHED.matcher(s);
    if (slashed.find()) {
      int first = Integer.parseInt(slashed.group(1));
      int second = Integer.parseInt(slashed.group(2));
      // Day or month first? Read only where a number over 12 says which it is.
      s =
          first > 12
              ? slashed.replaceFirst(m -> dayMonthYear(m.group(1), m.group(2), m.group(3)))
              : second > 12
                  ? slashed.replaceFirst(m -> dayMonthYear(m.group(2), m.group(1), m.group(3)))
                  : s;
    }
    s =
        FOREIGN_MONTH
            .matcher(s)
            .replaceFirst(
                m -> {
                  Integer month = FOREIGN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                  return month == null
                      ? Matcher.quoteReplacement(m.group())
                      : dayMonthYear(m.group(1), String.valueOf(month), m.group(3));
                });
    Matcher ymd = YEAR_FIRST.matcher(s);
    if (ymd.find()) {
      int month = Integer.parseInt(ymd.group(2));
      if (month < 1 || month > 12) {
        return body;
      }
      String name = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ROOT);
      s =
          s.substring(0, ymd.start())
              + ymd.group(3)
              + " "
              + name
              + " "
              + ymd.group(1)
              + " "
              + s.substring(ymd.end());
    }
    s = MONTH_FIRST.matcher(s).replaceAll("$2 $1 $3");
    s = MONTH_NAME.matcher(s).replaceAll(m -> m.group(1));
    s = s.replaceAll("(?i)\\bat\\b", " ").replaceAll("(\\d:\\d\\d)\\.\\d+", "$1");
    Matcher twelve = TWELVE_HOUR.matcher(s);
    if (twelve.find()) {
      int hour =
          Integer.parseInt(twelve.group(1)) % 12 + (twelve.group(3).equalsIgnoreCase("p") ? 12 : 0);
      s =
          s.substring(0, twelve.start())
              + String.format(Locale.ROOT, "%02d", hour)
              + twelve.group(2)
              + " "
              + s.substring(twelve.end());
    }
    s = s.replaceAll("\\s+", " ").strip();
    Matcher offset = OFFSET.matcher(s);
    Matcher zone = ZONE_NAME.matcher(s);
    if (offset.find()) {
      String minutes = offset.group(3) == null ? "00" : offset.group(3);
      s =
          s.substring(0, offset.start()).strip()
              + " "
              + offset.group(1)
              + String.format(Locale.ROOT, "%02d", Integer.parseInt(offset.group(2)))
              + minutes;
    } else if (zone.find()) {
      String name = zone.group(1).toUpperCase(Locale.ROOT);
      String known = ZONES.get(name);
      s = known != null ? s.substring(0, zone.start()).strip() + " " + known : s;
    } else {
      s = s + " +0000";
    }
    return s;
  }

  /** C's asctime() form, "Sat Sep 21 08:18:08 2002", which some mailers put in the Date header. */
  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEE MMM d HH:mm:ss yyyy")
          .toFormatter(Locale.ROOT);

  /**
   * An asctime() date, which names no zone: read as UTC, as the lenient parser reads such dates.
   */
  private static Date asctime(String body) {
    try {
      String spaced = MimeUtil.unfold(body).strip().replaceAll("\\s+", " ");
      return Date.from(LocalDateTime.parse(spaced, ASCTIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Weekday, day, month and a year of the first two centuries, as a Date header writes them. */
  private static final Pattern EARLY_YEAR =
      Pattern.compile(
          "\\s*([A-Za-z]{3})[a-z]*,?\\s+(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(0?1\\d\\d)\\b.*",
          Pattern.DOTALL);

  /**
   * A date of the first or second century whose weekday is that of the same day 1900 years on
   * ("Thu, 22 Aug 0102": 22 August 2002 was a Thursday) is that day: mailers with a year-2000 bug
   * wrote the years since 1900. Otherwise the date is kept as read (and clamped as pre-1970).
   */
  private static Date yearsSince1900(String body, Date date, Header header) {
    String unfolded = MimeUtil.unfold(body);
    Matcher m = EARLY_YEAR.matcher(unfolded);
    if (!m.matches()) {
      return date;
    }
    int year = Integer.parseInt(m.group(4)) + 1900;
    int day = Integer.parseInt(m.group(2));
    for (int month = 1; month <= 12; month++) {
      String name = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ROOT);
      if (name.equalsIgnoreCase(m.group(3))
          && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
        DayOfWeek weekday = LocalDate.of(year, month, day).getDayOfWeek();
        if (weekday.getDisplayName(TextStyle.SHORT, Locale.ROOT).equalsIgnoreCase(m.group(1))) {
          Date shifted =
              date(unfolded.substring(0, m.start(4)) + year + unfolded.substring(m.end(4)), header);
          return shifted == null ? date : shifted;
        }
      }
    }
    return date;
  }

  /**
   * A mail whose lines end in CR alone (classic Mac OS clients) with its line ends made LF: mime4j
   * knows only LF and CRLF, and would read the whole mail as one header line. Only when there is no
   * LF at all, so that CR bytes inside the body of an ordinary mail are left as they are.
   */
  private static byte[] crLineEnds(byte[] raw) {
    boolean cr = false;
    for (byte b : raw) {
      if (b == '\n') {
        return raw;
      }
      cr |= b == '\r';
    }
    if (!cr) {
      return raw;
    }
    byte[] out = raw.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\r') {
        out[i] = '\n';
      }
    }
    return out;
  }

  /**
   * An unstructured header's text: unfolded, its RFC 2047 encoded words decoded, their charset
   * labels read as the wider charsets clients mean by them (an "iso-8859-1" word with a euro sign).
   */
  private static String decodeHeader(String raw) {
    String words = ENCODED_WORD_LANGUAGE.matcher(MimeUtil.unfold(raw)).replaceAll("$1$2");
    return DecoderUtil.decodeEncodedWords(words, DecodeMonitor.SILENT, null, Charsets.WIDER);
  }

  /**
   * The language tag RFC 2231 (section 5) allows after an encoded word's charset ("=?utf-8*de?Q?"),
   * which mime4j takes for part of the charset name and leaves the word as written.
   */
  private static final Pattern ENCODED_WORD_LANGUAGE =
      Pattern.compile("(=\\?[^?*\\s]{1,64})\\*[^?\\s]{1,64}(\\?[BbQq]\\?)");

  private static String fieldBody(Message m, String name) {
    Field f = m.getHeader().getField(name);
    return f == null ? null : f.getBody();
  }

  private static void addMailbox(List<String> out, String headerValue) {
    if (headerValue == null || headerValue.isBlank()) {
      return;
    }
    Mailbox mb = LenientAddressParser.DEFAULT.parseMailbox(headerValue);
    if (mb != null && mb.getAddress() != null) {
      out.add(mb.getAddress());
    }
  }

  /**
   * The first From mailbox, or null with {@link Draft#senderWarning} set when there is no From or
   * no parsable address in it. A display name alone is kept: it still helps PII detection find the
   * name in the text.
   */
  /**
   * An address as list archives (Mailman's pipermail) write it to hide it from harvesters, " at "
   * for its "@". The domain must have a dot, so "Ann at Home" stays a name.
   */
  private static final String ARCHIVED =
      "([^\\s@<>()\",;:]{1,64}) at ([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,10})";

  /**
   * The archived address with the name in a comment after it: "ann.lee at example.net (Ann Lee)".
   */
  private static final Pattern ARCHIVED_ADDRESS =
      Pattern.compile(ARCHIVED + "(?:\\s*\\(([^()]{0,200})\\))?");

  /** The name first, the archived address in angle brackets: "Ann Lee <ann.lee at example.net>". */
  private static final Pattern ARCHIVED_NAME_FIRST =
      Pattern.compile(
          "(?:\"((?:[^\"\\\\]|\\\\.){0,200})\"|([^<>\"]{0,200}?))\\s*<\\s*" + ARCHIVED + "\\s*>");

  private static Address sender(Message m, Draft d) {
    Field field = m.getHeader().getField("From");
    MailboxList from = field == null ? null : m.getFrom();
    Mailbox first = from == null || from.isEmpty() ? null : from.get(0);
    if (first != null && EmailParser.isAddress(first.getAddress())) {
      return address(first);
    }
    if (field != null) {
      // "From: Lee, Ann <ann@example.net>": a display name with an unquoted comma reads as two
      // addresses, the first without a domain; read as one mailbox, it is the name and address
      // the sender's client meant.
      Mailbox whole = LenientAddressParser.DEFAULT.parseMailbox(MimeUtil.unfold(field.getBody()));
      if (whole != null && EmailParser.isAddress(whole.getAddress())) {
        return address(whole);
      }
      String written = MimeUtil.unfold(field.getBody()).strip();
      Matcher archived = ARCHIVED_ADDRESS.matcher(written);
      if (archived.matches()
          && EmailParser.isAddress(archived.group(1) + "@" + archived.group(2))) {
        return new Address(
            displayName(archived.group(3)), archived.group(1) + "@" + archived.group(2));
      }
      Matcher nameFirst = ARCHIVED_NAME_FIRST.matcher(written);
      if (nameFirst.matches()
          && EmailParser.isAddress(nameFirst.group(3) + "@" + nameFirst.group(4))) {
        String name =
            nameFirst.group(1) != null
                ? nameFirst.group(1).replaceAll("\\\\(.)", "$1")
                : nameFirst.group(2).strip();
        return new Address(
            name.isEmpty() ? null : displayName(name),
            nameFirst.group(3) + "@" + nameFirst.group(4));
      }
    }
    d.senderWarning =
        field == null || field.getBody().isBlank()
            ? EmailParser.FROM_MISSING
            : EmailParser.FROM_INVALID;
    String name = first != null ? first.getName() : null;
    if (name == null && field != null) {
      Matcher bare = BARE_NAME.matcher(decodeHeader(field.getBody()).strip());
      name = bare.matches() ? bare.group() : null;
    }
    return name == null || name.isBlank() ? null : new Address(name, null);
  }

  private static Address address(Mailbox mb) {
    return new Address(displayName(mb.getName()), mb.getAddress());
  }

  /**
   * A display name as mime4j decoded it, read as its sender's client meant it: encoded words it
   * left as written (a language tag) decoded, and C1 control characters, which an "iso-8859-1" word
   * gives where the client wrote windows-1252 ('O=92Brien'), read as windows-1252 ('O’Brien'), the
   * wider charset the subject is read in too.
   */
  private static String displayName(String name) {
    if (name == null) {
      return null;
    }
    String decoded = name.contains("=?") ? decodeHeader(name) : name;
    StringBuilder out = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      out.append(
          c >= 0x80 && c <= 0x9F ? new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0) : c);
    }
    return out.toString();
  }

  private static Address[] addresses(AddressList list) {
    if (list == null) {
      return new Address[0];
    }
    MailboxList flat = list.flatten();
    List<Address> out = new ArrayList<>(flat.size());
    for (Mailbox mb : flat) {
      if (mb.getAddress() != null) {
        out.add(address(mb));
      }
    }
    return out.toArray(new Address[0]);
  }

  /** A Content-Type or Content-Disposition parameter at a line's start: {@code boundary="x"}. */
  private static final Pattern PARAMETER_LINE = Pattern.compile("[A-Za-z0-9_.*-]{1,64}[ \t]*=");

  /** A header field's start: a name (no whitespace, no colon), then a colon. */
  private static final Pattern FIELD_START = Pattern.compile("[^\\s:]+[ \t]*:.*", Pattern.DOTALL);

  /**
   * The top-level header block as its writer meant it, where a broken client wrote it otherwise:
   *
   * <ul>
   *   <li>a line that is no field (no {@code Name:}) between two fields continues the field above,
   *       its fold's leading space lost, where the field is open (its value empty or ending in
   *       {@code ;} or {@code ,}) or the line is a parameter ({@code name=value}): {@code
   *       Content-Type: multipart/alternative;} over {@code boundary="..."}, which mime4j would
   *       drop, and the multipart with it (warning {@link #HEADER_FOLD_BROKEN}); other such lines
   *       stay broken fields, dropped, so no text is read into a field;
   *   <li>the lines below the last field that are no field and no continuation of one are the text,
   *       the blank line between them left out, as Python's parser reads them (warning {@link
   *       #HEADER_SEPARATOR_MISSING}), a line of spaces where the blank line should be among them;
   *       a line that is no field above the first field stays a broken field, and so does an mbox
   *       "From " line anywhere, so no field is ever read as text;
   *   <li>a record whose first lines hold no field at all has no header: all of it is the text
   *       (warning {@link #HEADER_MISSING}), when it is text (see {@link #isText}), so random bytes
   *       are not read as a customer's words.
   * </ul>
   */
  private static byte[] repairHeaderBlock(byte[] raw, Set<String> warnings) {
    int end = headerEnd(raw);
    List<Integer> at = new ArrayList<>();
    List<Integer> broken = new ArrayList<>();
    List<Integer> folds = new ArrayList<>();
    boolean fields = false;
    boolean firstBroken = false;
    boolean open = false;
    for (int i = 0; i < end; ) {
      int eol = i;
      while (eol < end && raw[eol] != '\n') {
        eol++;
      }
      String line = new String(raw, i, eol - i, StandardCharsets.ISO_8859_1);
      if (line.isEmpty() || line.equals("\r")) {
        break;
      }
      // A line of spaces or tabs is a fold too (RFC 5322's obsolete syntax), as mime4j reads it.
      boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
      boolean envelope = line.startsWith("From ") || line.startsWith(">From ");
      String value = line.strip();
      boolean opens = value.endsWith(";") || value.endsWith(",");
      if (envelope) {
        // mbox's separator line (some stores put it below fields they add), no field's fold
      } else if (FIELD_START.matcher(line).matches()) {
        at.addAll(folds);
        folds.clear();
        broken.clear();
        fields = true;
        open = opens || value.endsWith(":");
      } else if (!fields) {
        firstBroken |= !continuation;
      } else if (continuation) {
        open = opens;
      } else {
        if (open || PARAMETER_LINE.matcher(line).lookingAt()) {
          folds.add(i);
          open = opens;
        } else {
          open = false;
        }
        broken.add(i);
      }
      i = eol + 1;
    }
    if (!fields) {
      if (!firstBroken || !isText(raw)) {
        return raw;
      }
      warnings.add(HEADER_MISSING);
      return insert(raw, List.of(-1));
    }
    if (!at.isEmpty()) {
      warnings.add(HEADER_FOLD_BROKEN);
    }
    if (!broken.isEmpty()) {
      warnings.add(HEADER_SEPARATOR_MISSING);
      at.add(-broken.get(0) - 1);
    }
    return at.isEmpty() ? raw : insert(raw, at);
  }

  /**
   * The bytes with a space put in at each position of {@code at}, in ascending order, and a line
   * end where the position is written as {@code -position - 1}.
   */
  private static byte[] insert(byte[] raw, List<Integer> at) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length + at.size());
    int from = 0;
    for (int a : at) {
      int pos = a < 0 ? -a - 1 : a;
      out.write(raw, from, pos - from);
      out.write(a < 0 ? '\n' : ' ');
      from = pos;
    }
    out.write(raw, from, raw.length - from);
    return out.toByteArray();
  }

  /**
   * Whether a record is text rather than binary: no NUL byte, and fewer than one in a hundred of
   * the other control bytes that text does not hold (all C0 but tab, line ends and form feed).
   */
  private static boolean isText(byte[] raw) {
    int control = 0;
    for (byte b : raw) {
      if (b == 0) {
        return false;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return control * 100L < raw.length;
  }

  /**
   * mime4j reads header bytes as UTF-8 (RFC 6532). Headers in some legacy 8-bit charset would come
   * out as U+FFFD; re-encoding the top-level header block from windows-1252 keeps names readable.
   * Headers of nested parts are left alone: they rarely carry more than a file name.
   */
  private static byte[] repairHeaderBytes(byte[] raw, Set<String> warnings) {
    int end = headerEnd(raw);
    boolean eightBit = false;
    for (int i = 0; i < end && !eightBit; i++) {
      eightBit = raw[i] < 0;
    }
    if (!eightBit) {
      return raw;
    }
    byte[] header = Arrays.copyOf(raw, end);
    if (Charsets.strict(header, StandardCharsets.UTF_8) != null) {
      return raw;
    }
    warnings.add(HEADER_NOT_UTF8);
    byte[] fixed = new String(header, WINDOWS_1252).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[fixed.length + raw.length - end];
    System.arraycopy(fixed, 0, out, 0, fixed.length);
    System.arraycopy(raw, end, out, fixed.length, raw.length - end);
    return out;
  }

  /** Index just after the blank line that ends the header block, or the length if there is none. */
  private static int headerEnd(byte[] raw) {
    for (int i = 0; i + 1 < raw.length; i++) {
      if (raw[i] == '\n') {
        if (raw[i + 1] == '\n') {
          return i + 2;
        }
        if (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return raw.length;
  }

  /**
   * Records mime4j's lenient-mode repairs as warning codes. mime4j reports them as free text; only
   * the kinds that change what we read are mapped, and the text itself is never kept (it can quote
   * input bytes).
   */
  private static final class Monitor extends DecodeMonitor {
    Set<String> warnings;

    @Override
    public boolean warn(String message, String dropDesc) {
      if (warnings != null && message != null) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("base64") || m.contains("padding character")) {
          warnings.add(INVALID_BASE64);
        } else if (m.contains("malformed encoded value") || m.contains("unexpected ==")) {
          // The quoted-printable decoder's complaints, which do not name the encoding. Its note on
          // "=" before a bare LF is left out: LF line ends are normal in stored mail.
          warnings.add(INVALID_QUOTED_PRINTABLE);
        } else if (m.contains("ended prematurely")) {
          warnings.add(MULTIPART_UNTERMINATED);
        }
      }
      // false: repair and go on (lenient); failures we care about are decided by the parser.
      return false;
    }

    @Override
    public boolean isListening() {
      return true;
    }
  }
}
