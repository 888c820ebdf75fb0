package io.mailtriage.pii;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.keys.Crypto;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiSettings;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.SubjectKeys;
import io.mailtriage.pii.token.TokenMode;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PII machinery built from configuration: key ring, tenant keys, detector, tokenizer and
 * subject keys. Built once per operator in {@code open()} (never per record) and by the
 * command-line tools, so the job and the tools tokenize identically.
 *
 * <p>Key bytes live only in this object's memory: they are never in the job graph, state, logs or
 * exception messages (a {@link KeyMaterialException} names the source, not the secret).
 */
public final class PiiRuntime {
  private final KeyRing ring;
  private final TenantKeys tenantKeys;
  private final PiiDetector detector;
  private final Tokenizer tokenizer;
  private final SubjectKeys subjectKeys;

  private PiiRuntime(KeyRing ring, MailtriageConfig.Pii pii) {
    this.ring = ring;
    this.tenantKeys = new TenantKeys(ring);
    this.detector = new PiiDetector(settings(pii));
    this.tokenizer = new Tokenizer(tenantKeys, policy(pii));
    this.subjectKeys = new SubjectKeys(tenantKeys);
  }

  /** Opens a {@code pii} section that {@link #validate} accepted when the job was submitted. */
  public static PiiRuntime open(MailtriageConfig.Pii pii) {
    return new PiiRuntime(MasterKeys.load(pii.keys()), pii);
  }

  /**
   * Checks the type names, modes and thresholds of the {@code pii} section, which only this package
   * can read; fails with a {@link ConfigException} whose one line names the file and the key.
   */
  public static void validate(MailtriageConfig config) {
    MailtriageConfig.Pii pii = config.pii();
    for (Map.Entry<String, String> m : pii.modes().entrySet()) {
      String key = "pii.modes." + m.getKey();
      piiType(config, m.getKey(), key);
      if (!enumHas(TokenMode.class, m.getValue().toUpperCase(Locale.ROOT))) {
        throw config.invalid(key, "expected one of deterministic, fpe, hash, mask, redact");
      }
    }
    List<String> keep = pii.keepLast4();
    for (int i = 0; i < keep.size(); i++) {
      piiType(config, keep.get(i), "pii.keepLast4[" + i + "]");
    }
    for (Map.Entry<String, Double> t : pii.thresholds().entrySet()) {
      String key = "pii.thresholds." + t.getKey();
      piiType(config, t.getKey(), key);
      if (t.getValue() < 0 || t.getValue() > 1) {
        throw config.invalid(key, "must be between 0 and 1");
      }
    }
  }

  private static void piiType(MailtriageConfig config, String name, String key) {
    if (!enumHas(PiiType.class, name)) {
      throw config.invalid(key, "unknown PII type (see README: EMAIL, PHONE, CREDIT_CARD, ...)");
    }
  }

  private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The detector settings of the {@code pii} section (thresholds over the defaults). */
  public static PiiSettings settings(MailtriageConfig.Pii pii) {
    PiiSettings settings = PiiSettings.defaults();
    for (Map.Entry<String, Double> t : pii.thresholds().entrySet()) {
      settings = settings.withThreshold(PiiType.valueOf(t.getKey()), t.getValue());
    }
    return settings;
  }

  static TokenPolicy policy(MailtriageConfig.Pii pii) {
    TokenPolicy policy = TokenPolicy.defaults();
    for (Map.Entry<String, String> m : pii.modes().entrySet()) {
      policy =
          policy.with(
              PiiType.valueOf(m.getKey()),
              TokenMode.valueOf(m.getValue().toUpperCase(Locale.ROOT)));
    }
    for (String type : pii.keepLast4()) {
      policy = policy.keepLast4(PiiType.valueOf(type), true);
    }
    return policy;
  }

  public KeyRing ring() {
    return ring;
  }

  public TenantKeys tenantKeys() {
    return tenantKeys;
  }

  public PiiDetector detector() {
    return detector;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public SubjectKeys subjectKeys() {
    return subjectKeys;
  }

  /**
   * A keyed, irreversible 128-bit identifier (base64url) for a value that must be joinable but
   * never revealed: email ids and thread roots.
   */
  public String opaqueId(String tenant, String kind, String value) {
    byte[] key = tenantKeys.key(ring.versions().first(), tenant, TenantKeys.Purpose.HASH);
    byte[] mac = Crypto.hmac(key, Crypto.utf8(kind + "\u0000" + value));
    return Crypto.b64(Arrays.copyOf(mac, 16));
  }
}
