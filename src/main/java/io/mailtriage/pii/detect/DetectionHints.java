package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-message context that the text alone does not carry.
 *
 * @param defaultRegion ISO 3166 alpha-2 region used to read national phone numbers (from the
 *     tenant); {@code null} or blank means only international (+CC) numbers are recognised
 * @param personNames display names known from the headers (From/To/Cc), e.g. "Jane Doe"
 */
public record DetectionHints(String defaultRegion, List<String> personNames) {

  /** More hint names than this are ignored: each name costs one pass over the text. */
  static final int MAX_NAMES = 32;

  private static final Pattern QUOTED_DISPLAY_NAME = Pattern.compile("\"([^\"<>]{1,100})\"\\s*<");
  private static final Pattern BARE_DISPLAY_NAME =
      Pattern.compile("(?:^|,)\\s*([\\p{L}][\\p{L} .'-]{0,98}[\\p{L}.])\\s*<");

  public DetectionHints {
    defaultRegion = defaultRegion == null || defaultRegion.isBlank()
        ? null : defaultRegion.trim().toUpperCase(Locale.ROOT);
    personNames = personNames == null ? List.of()
        : personNames.stream().filter(n -> n != null && !n.isBlank())
            .map(String::trim).distinct().limit(MAX_NAMES).toList();
  }

  public static DetectionHints none() {
    return new DetectionHints(null, List.of());
  }

  public static DetectionHints region(String region) {
    return new DetectionHints(region, List.of());
  }

  /**
   * Builds hints from raw address header values such as
   * {@code "Jane Doe" <jane@x.com>, Bob Stone <bob@y.org>}; only the display names are kept.
   */
  public static DetectionHints fromHeaders(String region, List<String> addressHeaders) {
    Set<String> names = new LinkedHashSet<>();
    for (String header : addressHeaders) {
      if (header == null || header.length() > 10_000) {
        continue;
      }
      Matcher quoted = QUOTED_DISPLAY_NAME.matcher(header);
      while (quoted.find()) {
        names.add(quoted.group(1).trim());
      }
      Matcher bare = BARE_DISPLAY_NAME.matcher(header);
      while (bare.find()) {
        names.add(bare.group(1).trim());
      }
    }
    return new DetectionHints(region, new ArrayList<>(names));
  }
}
