package io.mailtriage.pii.detect;

import java.util.List;
import java.util.Locale;

/**
 * Per-message context that the text alone does not carry.
 *
 * @param defaultRegion ISO 3166 alpha-2 region used to read national phone numbers (from the
 *     tenant); {@code null} or blank means only international (+CC) numbers are recognised
 * @param personNames display names known from the headers (From/To/Cc), e.g. "Jane Doe"
 * @param phoneRegions further ISO 3166 alpha-2 regions the tenant's customers write national phone
 *     numbers in (configured per tenant); empty means the detector's broad default list
 */
public record DetectionHints(
    String defaultRegion, List<String> personNames, List<String> phoneRegions) {

  /** More hint names than this are ignored: each name costs one pass over the text. */
  static final int MAX_NAMES = 32;

  public DetectionHints {
    defaultRegion =
        defaultRegion == null || defaultRegion.isBlank()
            ? null
            : defaultRegion.trim().toUpperCase(Locale.ROOT);
    personNames =
        personNames == null
            ? List.of()
            : personNames.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::trim)
                .distinct()
                .limit(MAX_NAMES)
                .toList();
    phoneRegions =
        phoneRegions == null
            ? List.of()
            : phoneRegions.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(r -> r.trim().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
  }

  /** Hints with the default list of phone regions. */
  public DetectionHints(String defaultRegion, List<String> personNames) {
    this(defaultRegion, personNames, List.of());
  }

  public static DetectionHints none() {
    return new DetectionHints(null, List.of());
  }

  public static DetectionHints region(String region) {
    return new DetectionHints(region, List.of());
  }
}
