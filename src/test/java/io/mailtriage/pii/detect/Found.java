package io.mailtriage.pii.detect;

import java.util.List;

/** Test helper: detection results as "TYPE:value" strings, easy to assert on. */
final class Found {

  private static final PiiDetector DETECTOR = new PiiDetector();

  private Found() {}

  static List<String> in(String text) {
    return in(text, DetectionHints.region("US"));
  }

  static List<String> in(String text, DetectionHints hints) {
    return DETECTOR.detect(text, hints).stream()
        .map(f -> f.type() + ":" + f.valueIn(text))
        .toList();
  }

  static List<String> ofType(PiiType type, String text) {
    return ofType(type, text, DetectionHints.region("US"));
  }

  static List<String> ofType(PiiType type, String text, DetectionHints hints) {
    return DETECTOR.detect(text, hints).stream()
        .filter(f -> f.type() == type)
        .map(f -> f.valueIn(text))
        .toList();
  }
}
