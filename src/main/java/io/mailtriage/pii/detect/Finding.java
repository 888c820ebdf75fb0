package io.mailtriage.pii.detect;

import java.util.Objects;

/**
 * One detected entity. Offsets are UTF-16 indices into the text passed to the detector (the
 * original, not the normalised copy); {@code end} is exclusive.
 */
public record Finding(PiiType type, int start, int end, double confidence) {

  public Finding {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span [" + start + "," + end + ")");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; callers must pass the same string the finding was detected in. */
  public String valueIn(String text) {
    return text.substring(start, end);
  }
}
