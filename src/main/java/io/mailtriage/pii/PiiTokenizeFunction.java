package io.mailtriage.pii;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.ingest.Address;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.ServiceSenders;
import io.mailtriage.keys.SubjectKey;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.SubjectKeyLookup;
import io.mailtriage.pii.token.SubjectKeys;
import io.mailtriage.pii.token.TokenizedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy boundary: a raw email comes in, a {@link TokenizedEmail} goes out, and nothing else
 * of the raw email survives — it is not put in state, and no log line or dead letter quotes it.
 *
 * <p>Keyed by tenant and sender subject token. The only state is the subject's data key, wrapped
 * under the tenant key (crypto-shredding, GDPR Art. 17): every reversible token of the sender's
 * mail is encrypted under it. An {@link ErasureRequest} (second input, same key) deletes it, so
 * none of the subject's earlier tokens can be re-identified again; the erasure is recorded on the
 * audit output and a tombstone removes the published copy from the compacted subject-key topic. The
 * key expires {@code pii.subjectKeyTtlDays} after the subject's last email (retention limit).
 */
public class PiiTokenizeFunction
    extends KeyedCoProcessFunction<String, RawEmail, ErasureRequest, TokenizedEmail> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PiiTokenizeFunction.class);
  private static final Pattern REPLY_PREFIX =
      Pattern.compile(
          "^\\s*((re|fw|fwd|aw|sv|wg)\\s*(\\[\\d+\\])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  public static final String STAGE = "pii";

  public static final OutputTag<SubjectKeyRecord> SUBJECT_KEYS =
      new OutputTag<>("pii-subject-keys") {};
  public static final OutputTag<ErasureAudit> AUDIT = new OutputTag<>("pii-erasure-audit") {};
  public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("pii-dead-letters") {};

  /**
   * Keyed state name of the subject's wrapped data key; the savepoint tools read and erase it too.
   */
  public static final String SUBJECT_KEY_STATE = "wrapped-subject-key";

  private final MailtriageConfig.Pii pii;
  private final MailtriageConfig.Tenants tenants;

  private transient PiiRuntime runtime;
  private transient ValueState<byte[]> wrappedSubjectKey;
  private transient Map<PiiType, Counter> findings;
  private transient Counter tokenized;
  private transient Counter failures;
  private transient Counter erasures;
  private transient Counter subjectKeysCreated;

  public PiiTokenizeFunction(MailtriageConfig.Pii pii, MailtriageConfig.Tenants tenants) {
    this.pii = pii;
    this.tenants = tenants;
  }

  @Override
  public void open(OpenContext openContext) {
    runtime = PiiRuntime.open(pii);
    ValueStateDescriptor<byte[]> descriptor =
        new ValueStateDescriptor<>(
            SUBJECT_KEY_STATE, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(Duration.ofDays(pii.subjectKeyTtlDays()))
            .setUpdateType(StateTtlConfig.UpdateType.OnReadAndWrite)
            .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
            .build());
    wrappedSubjectKey = getRuntimeContext().getState(descriptor);

    MetricGroup group = getRuntimeContext().getMetricGroup().addGroup("stage", STAGE);
    findings = new EnumMap<>(PiiType.class);
    for (PiiType type : PiiType.values()) {
      findings.put(type, group.addGroup("type", type.name()).counter("findings"));
    }
    tokenized = group.counter("recordsTokenized");
    failures = group.counter("failures");
    erasures = group.counter("erasures");
    subjectKeysCreated = group.counter("subjectKeysCreated");
  }

  @Override
  public void processElement1(RawEmail raw, Context ctx, Collector<TokenizedEmail> out)
      throws Exception {
    TokenizedEmail email;
    try {
      email = tokenize(raw, subjectKey(raw, ctx));
    } catch (RuntimeException e) {
      // Never the message: it could quote the input. The class name is enough to find the bug.
      failures.inc();
      LOG.warn("tokenization failed for {} ({})", raw, e.getClass().getName());
      ctx.output(DEAD_LETTERS, deadLetter(raw, e));
      return;
    }
    tokenized.inc();
    out.collect(email);
  }

  @Override
  public void processElement2(ErasureRequest request, Context ctx, Collector<TokenizedEmail> out)
      throws Exception {
    boolean found = wrappedSubjectKey.value() != null;
    wrappedSubjectKey.clear();
    erasures.inc();
    long now = System.currentTimeMillis();

    SubjectKeyRecord tombstone = new SubjectKeyRecord();
    tombstone.tenant = request.tenant;
    tombstone.subjectToken = request.subjectToken;
    tombstone.createdAt = now;
    ctx.output(SUBJECT_KEYS, tombstone);

    ErasureAudit audit = new ErasureAudit();
    audit.tenant = request.tenant;
    audit.subjectToken = request.subjectToken;
    audit.requestId = request.requestId;
    audit.requestedAt = request.requestedAt;
    audit.erasedAt = now;
    audit.keyFound = found;
    ctx.output(AUDIT, audit);
    LOG.info(
        "erased subject key of {} in tenant {} (key found: {})",
        request.subjectToken,
        request.tenant,
        found);
  }

  /**
   * The sender's data key: unwrapped from state, or created, stored and published on first contact.
   */
  private SubjectKey subjectKey(RawEmail raw, Context ctx) throws Exception {
    if (raw.subjectToken == null || raw.subjectToken.isEmpty()) {
      return null;
    }
    SubjectKeys keys = runtime.subjectKeys();
    byte[] wrapped = wrappedSubjectKey.value();
    if (wrapped != null) {
      return keys.unwrap(raw.tenant, raw.subjectToken, wrapped);
    }
    SubjectKey key = keys.newSubjectKey(raw.subjectToken);
    wrapped = keys.wrap(raw.tenant, key);
    wrappedSubjectKey.update(wrapped);
    subjectKeysCreated.inc();

    SubjectKeyRecord published = new SubjectKeyRecord();
    published.tenant = raw.tenant;
    published.subjectToken = raw.subjectToken;
    published.wrappedKey = java.util.Base64.getEncoder().encodeToString(wrapped);
    published.keyVersion = "k" + SubjectKeys.wrappedVersion(wrapped);
    published.createdAt = System.currentTimeMillis();
    ctx.output(SUBJECT_KEYS, published);
    return key;
  }

  private TokenizedEmail tokenize(RawEmail raw, SubjectKey subject) {
    String tenant = raw.tenant;
    DetectionHints hints = hints(raw, tenants);
    SubjectKeyLookup lookup = subject == null ? null : SubjectKeyLookup.all(subject);
    List<PiiType> types = new ArrayList<>();

    TokenizedText subjectLine = scrub(nullToEmpty(raw.subject), hints, tenant, lookup, types);
    TokenizedText body = scrub(nullToEmpty(raw.body), hints, tenant, lookup, types);

    TokenizedEmail e = new TokenizedEmail();
    e.tenant = tenant;
    e.mailbox = mailbox(raw, lookup);
    // No usable From (a web-form relay, a broken client): the sender is unknown, not escalated.
    e.senderToken =
        raw.subjectToken == null || raw.subjectToken.isEmpty() ? null : raw.subjectToken;
    e.emailId =
        runtime.opaqueId(
            tenant, "message", raw.messageId != null ? raw.messageId : "raw:" + raw.rawSha256);
    e.threadToken = runtime.opaqueId(tenant, "thread", threadRoot(raw, e.senderToken));
    e.subject = subjectLine.tokenized();
    e.body = body.tokenized();
    e.modelText = modelText(subjectLine, body);
    e.piiTypes = types.stream().map(PiiType::name).toArray(String[]::new);
    e.receivedAt = raw.receivedAt;
    e.receivedAtClamped = raw.receivedAtClamped;
    e.ingestedAt = System.currentTimeMillis();
    e.attachmentCount = raw.attachments == null ? 0 : raw.attachments.length;
    e.autoSubmitted = raw.autoSubmitted;
    e.serviceSender = raw.from != null && ServiceSenders.isService(raw.from.email);
    e.sourceTopic = raw.sourceTopic;
    e.sourcePartition = raw.sourcePartition;
    e.sourceOffset = raw.sourceOffset;
    return e;
  }

  /** What the detector knows of a mail beyond its text: the tenant's phone regions, the names. */
  public static DetectionHints hints(RawEmail raw, MailtriageConfig.Tenants tenants) {
    MailtriageConfig.Tenant known = tenants.find(raw.tenant).orElse(null);
    return known == null
        ? new DetectionHints(null, personNames(raw))
        : new DetectionHints(known.phoneRegion(), personNames(raw), known.phoneRegions());
  }

  /**
   * {@link TokenizedEmail#modelText} of a tokenized subject and body. The subject is always the
   * first line (a line break in it becomes a space), so the model-text step downstream can tell it
   * from the body.
   */
  public static String modelText(TokenizedText subject, TokenizedText body) {
    return subject.modelText().replace('\r', ' ').replace('\n', ' ').strip()
        + "\n"
        + body.modelText();
  }

  private TokenizedText scrub(
      String text,
      DetectionHints hints,
      String tenant,
      SubjectKeyLookup lookup,
      List<PiiType> types) {
    List<Finding> found = runtime.detector().detect(text, hints);
    for (Finding f : found) {
      findings.get(f.type()).inc();
      types.add(f.type());
    }
    return runtime.tokenizer().tokenize(text, found, tenant, lookup);
  }

  /**
   * Display names of every address header: the strongest hint for names in greetings and sign-offs.
   */
  private static List<String> personNames(RawEmail raw) {
    List<String> names = new ArrayList<>();
    addName(names, raw.from);
    for (Address[] list : new Address[][] {raw.to, raw.cc}) {
      if (list != null) {
        for (Address a : list) {
          addName(names, a);
        }
      }
    }
    return names;
  }

  private static void addName(List<String> names, Address a) {
    if (a != null && a.name != null && !a.name.isBlank()) {
      names.add(a.name.strip());
    }
  }

  /**
   * The tenant's own support mailbox stays readable; any other address is a person's and is
   * tokenized.
   */
  private String mailbox(RawEmail raw, SubjectKeyLookup lookup) {
    if (raw.mailbox == null) {
      return null;
    }
    boolean own =
        tenants
            .find(raw.tenant)
            .map(t -> t.mailboxes().stream().anyMatch(m -> m.equalsIgnoreCase(raw.mailbox)))
            .orElse(false);
    if (own) {
      return raw.mailbox.toLowerCase(Locale.ROOT);
    }
    return runtime.tokenizer().token(PiiType.EMAIL, raw.mailbox, raw.tenant);
  }

  /**
   * The thread's root message: the first References entry, else In-Reply-To, else the message
   * itself; mail without any ids falls back to the normalised subject of the same sender.
   */
  static String threadRoot(RawEmail raw, String senderToken) {
    if (raw.references != null && raw.references.length > 0) {
      return "id:" + raw.references[0];
    }
    if (raw.inReplyTo != null && !raw.inReplyTo.isBlank()) {
      return "id:" + raw.inReplyTo;
    }
    if (raw.messageId != null && !raw.messageId.isBlank()) {
      return "id:" + raw.messageId;
    }
    String subject = REPLY_PREFIX.matcher(nullToEmpty(raw.subject)).replaceFirst("");
    return "subject:"
        + subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        + "|"
        + nullToEmpty(senderToken);
  }

  private static DeadLetter deadLetter(RawEmail raw, RuntimeException e) {
    return DeadLetter.of(
        DeadLetterReason.PROCESSING_ERROR,
        "PII tokenization failed: " + e.getClass().getSimpleName(),
        STAGE,
        raw.sourceTopic,
        raw.sourcePartition,
        raw.sourceOffset,
        raw.rawSha256,
        raw.rawSize);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
