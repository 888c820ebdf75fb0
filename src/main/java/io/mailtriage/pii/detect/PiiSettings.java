package io.mailtriage.pii.detect;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which types to detect and the minimum confidence each must reach to be reported. Immutable and
 * thread-safe; use {@link #defaults()} and the {@code with…} methods to derive variants.
 */
public final class PiiSettings {

  private static final double DEFAULT_THRESHOLD = 0.5;

  private final Set<PiiType> enabled;
  private final Map<PiiType, Double> thresholds;

  private PiiSettings(Set<PiiType> enabled, Map<PiiType, Double> thresholds) {
    EnumSet<PiiType> copy = EnumSet.noneOf(PiiType.class);
    copy.addAll(enabled);
    this.enabled = Collections.unmodifiableSet(copy);
    this.thresholds = Collections.unmodifiableMap(new EnumMap<>(thresholds));
  }

  /** All types enabled; threshold 0.5 except PERSON (0.6), whose sources are noisier. */
  public static PiiSettings defaults() {
    Map<PiiType, Double> t = new EnumMap<>(PiiType.class);
    for (PiiType type : PiiType.values()) {
      t.put(type, DEFAULT_THRESHOLD);
    }
    t.put(PiiType.PERSON, 0.6);
    return new PiiSettings(EnumSet.allOf(PiiType.class), t);
  }

  public PiiSettings withThreshold(PiiType type, double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
    }
    Map<PiiType, Double> t = new EnumMap<>(thresholds);
    t.put(type, threshold);
    return new PiiSettings(enabled, t);
  }

  public PiiSettings withOnly(Set<PiiType> types) {
    return new PiiSettings(types, thresholds);
  }

  public boolean isEnabled(PiiType type) {
    return enabled.contains(type);
  }

  public double threshold(PiiType type) {
    return thresholds.get(type);
  }
}
