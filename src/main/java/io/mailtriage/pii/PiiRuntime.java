package io.mailtriage.pii;

import io.mailtriage.config.MailtriageConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The PII machinery built from configuration: key ring, tenant keys, detector, tokenizer, subject
 * keys and dead-letter sealer. Built once per operator in {@code open()} (never per record) and by
 * the command-line tools, so the job and the tools tokenize identically.
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
  private final DeadLetterSealer sealer;

  private PiiRuntime(KeyRing ring, MailtriageConfig.Pii pii) {
    this.ring = ring;
    this.tenantKeys = new TenantKeys(ring);
    this.detector = new PiiDetector(settings(pii));
    this.tokenizer = new Tokenizer(tenantKeys, policy(pii));
    this.subjectKeys = new SubjectKeys(tenantKeys);
    this.sealer = new DeadLetterSealer(ring);
  }

  public static PiiRuntime open(MailtriageConfig.Pii pii) {
    return new PiiRuntime(loadKeys(pii.keys()), pii);
  }

  /** Loads the master keys from the one configured source; fails with a one-line, secret-free message. */
  public static KeyRing loadKeys(MailtriageConfig.Keys keys) {
    if (keys.env() != null) {
      return KeyRing.fromEnvironment(keys.env());
    }
    char[] password;
    if (keys.keystorePasswordEnv() != null) {
      String value = System.getenv(keys.keystorePasswordEnv());
      if (value == null) {
        throw new KeyMaterialException("environment variable " + keys.keystorePasswordEnv() + " is not set");
      }
      password = value.toCharArray();
    } else {
      try {
        password = Files.readString(Path.of(keys.keystorePasswordFile()), StandardCharsets.UTF_8).strip().toCharArray();
      } catch (IOException e) {
        throw new KeyMaterialException("cannot read keystore password file " + keys.keystorePasswordFile());
      }
    }
    try {
      return KeyRing.fromKeystore(Path.of(keys.keystore()), password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  static PiiSettings settings(MailtriageConfig.Pii pii) {
    PiiSettings settings = PiiSettings.defaults();
    for (Map.Entry<String, Double> t : pii.thresholds().entrySet()) {
      settings = settings.withThreshold(PiiType.valueOf(t.getKey()), t.getValue());
    }
    return settings;
  }

  static TokenPolicy policy(MailtriageConfig.Pii pii) {
    TokenPolicy policy = TokenPolicy.defaults();
    for (Map.Entry<String, String> m : pii.modes().entrySet()) {
      policy = policy.with(PiiType.valueOf(m.getKey()), TokenMode.valueOf(m.getValue().toUpperCase(Locale.ROOT)));
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

  public DeadLetterSealer sealer() {
    return sealer;
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
