package io.mailtriage.pii.token;

import io.mailtriage.pii.detect.PiiType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TokenMode} for each type, and for FPE types whether the last four digits stay in
 * clear. Immutable, thread-safe.
 */
public final class TokenPolicy {

  /** Types whose values are digit strings and may use {@link TokenMode#FPE}. */
  public static final Set<PiiType> FPE_TYPES =
      Collections.unmodifiableSet(EnumSet.of(PiiType.CREDIT_CARD, PiiType.PHONE, PiiType.US_SSN));

  private final Map<PiiType, TokenMode> modes;
  private final Set<PiiType> keepLast4;

  private TokenPolicy(Map<PiiType, TokenMode> modes, Set<PiiType> keepLast4) {
    this.modes = Collections.unmodifiableMap(new EnumMap<>(modes));
    EnumSet<PiiType> k = EnumSet.noneOf(PiiType.class);
    k.addAll(keepLast4);
    this.keepLast4 = Collections.unmodifiableSet(k);
  }

  /**
   * Cards and phones FPE (cards keep their last four digits), secrets redacted (they must not be
   * recoverable from the pipeline at all), credential URLs hashed, everything else deterministic.
   */
  public static TokenPolicy defaults() {
    Map<PiiType, TokenMode> m = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      m.put(t, TokenMode.DETERMINISTIC);
    }
    m.put(PiiType.CREDIT_CARD, TokenMode.FPE);
    m.put(PiiType.PHONE, TokenMode.FPE);
    m.put(PiiType.SECRET, TokenMode.REDACT);
    m.put(PiiType.URL, TokenMode.HASH);
    return new TokenPolicy(m, EnumSet.of(PiiType.CREDIT_CARD));
  }

  /** Every type redacted: what to use when no key material is configured. */
  public static TokenPolicy redactAll() {
    Map<PiiType, TokenMode> m = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      m.put(t, TokenMode.REDACT);
    }
    return new TokenPolicy(m, EnumSet.noneOf(PiiType.class));
  }

  public TokenPolicy with(PiiType type, TokenMode mode) {
    if (mode == TokenMode.FPE && !FPE_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "FPE applies to digit types " + FPE_TYPES + ", not " + type);
    }
    Map<PiiType, TokenMode> m = new EnumMap<>(modes);
    m.put(type, mode);
    return new TokenPolicy(m, keepLast4);
  }

  public TokenPolicy keepLast4(PiiType type, boolean keep) {
    EnumSet<PiiType> k = EnumSet.noneOf(PiiType.class);
    k.addAll(keepLast4);
    if (keep) {
      k.add(type);
    } else {
      k.remove(type);
    }
    return new TokenPolicy(modes, k);
  }

  public TokenMode mode(PiiType type) {
    return modes.get(type);
  }

  public boolean keepsLast4(PiiType type) {
    return keepLast4.contains(type);
  }

  public boolean needsKeys() {
    return modes.values().stream().anyMatch(TokenMode::needsKey);
  }
}
