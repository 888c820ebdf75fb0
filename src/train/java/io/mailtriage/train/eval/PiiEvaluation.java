package io.mailtriage.train.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of a {@link PiiDetector} against a labelled JSON Lines set: {@code {"id",
 * "text", "region", "names": [...], "entities": [{"type", "value", "prefix"}]}}. Every occurrence
 * of an entity's value in the text (only those right after {@code prefix}, when given) is expected
 * as that type; a prediction counts as a true positive when it overlaps an unmatched expected span
 * of the same type.
 */
public final class PiiEvaluation {

  /** One labelled case. */
  public record Case(String id, String text, DetectionHints hints, List<Finding> expected) {}

  /** Counts for one type. */
  public static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    public int truePositives() {
      return truePositives;
    }

    public int falsePositives() {
      return falsePositives;
    }

    public int falseNegatives() {
      return falseNegatives;
    }

    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }
  }

  private PiiEvaluation() {}

  public static List<Case> read(Reader source) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    BufferedReader reader = new BufferedReader(source);
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String text = n.path("text").asText();
      List<String> names = new ArrayList<>();
      n.path("names").forEach(x -> names.add(x.asText()));
      List<Finding> expected = new ArrayList<>();
      for (JsonNode e : n.path("entities")) {
        PiiType type = PiiType.valueOf(e.path("type").asText());
        String value = e.path("value").asText();
        String prefix = e.path("prefix").asText("");
        int before = expected.size();
        for (int at = value.isEmpty() ? -1 : text.indexOf(prefix + value);
            at >= 0;
            at = text.indexOf(prefix + value, at + 1)) {
          int start = at + prefix.length();
          expected.add(new Finding(type, start, start + value.length(), 1.0));
        }
        if (expected.size() == before) {
          throw new IOException("eval line " + lineNo + ": value of " + type + " not in text");
        }
      }
      String region = n.hasNonNull("region") ? n.get("region").asText() : null;
      cases.add(
          new Case(
              n.path("id").asText(String.valueOf(lineNo)),
              text,
              new DetectionHints(region, names),
              expected));
    }
    return cases;
  }

  public static Map<PiiType, Counts> evaluate(PiiDetector detector, List<Case> cases) {
    return evaluate(detector, cases, null);
  }

  /**
   * @param errors receives one line per false positive / false negative (with the text excerpt, so
   *     only for labelled synthetic data), or null
   */
  public static Map<PiiType, Counts> evaluate(
      PiiDetector detector, List<Case> cases, java.util.function.Consumer<String> errors) {
    Map<PiiType, Counts> counts = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      counts.put(t, new Counts());
    }
    for (Case c : cases) {
      List<Finding> predicted = detector.detect(c.text(), c.hints());
      boolean[] matched = new boolean[c.expected().size()];
      for (Finding p : predicted) {
        int hit = -1;
        for (int i = 0; i < matched.length && hit < 0; i++) {
          Finding e = c.expected().get(i);
          if (!matched[i] && e.type() == p.type() && e.overlaps(p)) {
            hit = i;
          }
        }
        if (hit >= 0) {
          matched[hit] = true;
          counts.get(p.type()).truePositives++;
        } else {
          counts.get(p.type()).falsePositives++;
          report(errors, "FP", c, p);
        }
      }
      for (int i = 0; i < matched.length; i++) {
        if (!matched[i]) {
          counts.get(c.expected().get(i).type()).falseNegatives++;
          report(errors, "FN", c, c.expected().get(i));
        }
      }
    }
    return counts;
  }

  private static void report(
      java.util.function.Consumer<String> errors, String kind, Case c, Finding f) {
    if (errors != null) {
      errors.accept(
          kind
              + " "
              + c.id()
              + " "
              + f.type()
              + " \""
              + f.valueIn(c.text()).replace("\n", "\\n")
              + "\"");
    }
  }

  /** A fixed-width table: type, TP, FP, FN, precision, recall. */
  public static String format(Map<PiiType, Counts> counts) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                "%-15s %5s %5s %5s %9s %7s%n", "type", "tp", "fp", "fn", "precision", "recall"));
    counts.forEach(
        (type, c) -> {
          if (c.truePositives + c.falsePositives + c.falseNegatives > 0) {
            b.append(
                String.format(
                    java.util.Locale.ROOT,
                    "%-15s %5d %5d %5d %9.3f %7.3f%n",
                    type,
                    c.truePositives,
                    c.falsePositives,
                    c.falseNegatives,
                    c.precision(),
                    c.recall()));
          }
        });
    return b.toString();
  }
}
