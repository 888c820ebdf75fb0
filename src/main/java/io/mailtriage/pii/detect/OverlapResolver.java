package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drops candidates under their type's threshold and keeps a non-overlapping subset, chosen greedily
 * in a fixed order — higher confidence, then longer span, then earlier start, then {@link PiiType}
 * declaration order — so the result does not depend on recogniser order.
 */
final class OverlapResolver {

  static final Comparator<Finding> PRIORITY =
      Comparator.comparingDouble(Finding::confidence)
          .reversed()
          .thenComparing(Comparator.comparingInt(Finding::length).reversed())
          .thenComparingInt(Finding::start)
          .thenComparing(Finding::type);

  private OverlapResolver() {}

  static List<Finding> resolve(List<Finding> candidates, PiiSettings settings) {
    List<Finding> eligible = new ArrayList<>(candidates.size());
    for (Finding f : candidates) {
      if (f.confidence() >= settings.threshold(f.type())) {
        eligible.add(f);
      }
    }
    eligible.sort(PRIORITY);
    TreeMap<Integer, Finding> accepted = new TreeMap<>();
    for (Finding f : eligible) {
      Map.Entry<Integer, Finding> before = accepted.floorEntry(f.start());
      if (before != null && before.getValue().end() > f.start()) {
        continue;
      }
      Map.Entry<Integer, Finding> after = accepted.ceilingEntry(f.start());
      if (after != null && after.getKey() < f.end()) {
        continue;
      }
      accepted.put(f.start(), f);
    }
    return new ArrayList<>(accepted.values());
  }
}
