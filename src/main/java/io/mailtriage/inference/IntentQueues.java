package io.mailtriage.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code conf/intents.yaml}: which queue handles each intent and its base urgency. Validated
 * against a model's labels, so a retrained model with a new intent cannot silently drop mail.
 */
public final class IntentQueues {

  /** Where one prediction goes. */
  public record Route(String queue, double urgency) {}

  private final Map<String, Route> routes;
  private final double lowConfidenceThreshold;
  private final String reviewQueue;
  private final double emptyTextUrgency;

  private IntentQueues(
      Map<String, Route> routes, double threshold, String reviewQueue, double emptyTextUrgency) {
    this.routes = routes;
    this.lowConfidenceThreshold = threshold;
    this.reviewQueue = reviewQueue;
    this.emptyTextUrgency = emptyTextUrgency;
  }

  /**
   * Loads the file and checks it against {@code modelLabels}: every label must be mapped, and every
   * mapped intent must be a label (a typo there would otherwise go unnoticed).
   */
  public static IntentQueues load(Path file, List<String> modelLabels) throws IOException {
    String yaml;
    try {
      yaml = java.nio.file.Files.readString(file);
    } catch (IOException e) {
      throw new IOException(
          file + ": cannot read intent mapping (" + firstLine(e.getMessage()) + ")", e);
    }
    return parse(yaml, file.toString(), modelLabels);
  }

  /**
   * As {@link #load}, from the file's text: the job reads the file once at submission and ships the
   * text, so TaskManagers need no copy of conf/.
   */
  public static IntentQueues parse(String yaml, String file, List<String> modelLabels)
      throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IOException(
          file + ": cannot read intent mapping (" + firstLine(e.getMessage()) + ")", e);
    }
    if (root == null || !root.path("intents").isObject()) {
      throw new IOException(file + ": missing 'intents' mapping");
    }
    double threshold = root.path("lowConfidenceThreshold").asDouble(0.5);
    if (threshold < 0 || threshold > 1) {
      throw new IOException(file + ": lowConfidenceThreshold must be in [0,1], got " + threshold);
    }
    String review = root.path("reviewQueue").asText("needs-review");
    double emptyUrgency = root.path("emptyTextUrgency").asDouble(0.5);
    if (emptyUrgency < 0 || emptyUrgency > 1) {
      throw new IOException(file + ": emptyTextUrgency must be in [0,1], got " + emptyUrgency);
    }
    Set<String> known = Set.copyOf(modelLabels);
    Map<String, Route> routes = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("intents").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String intent = e.getKey();
      if (!known.contains(intent)) {
        unknown.add(intent);
        continue;
      }
      String queue = e.getValue().path("queue").asText("");
      JsonNode u = e.getValue().path("urgency");
      if (queue.isBlank() || !u.isNumber() || u.asDouble() < 0 || u.asDouble() > 1) {
        throw new IOException(
            file + ": intent " + intent + " needs a queue and an urgency in [0,1]");
      }
      routes.put(intent, new Route(queue, u.asDouble()));
    }
    if (!unknown.isEmpty()) {
      throw new IOException(
          file + ": unknown intent(s) not in the model: " + String.join(", ", unknown));
    }
    Set<String> missing = new TreeSet<>(known);
    missing.removeAll(routes.keySet());
    if (!missing.isEmpty()) {
      throw new IOException(
          file + ": model intent(s) without a queue: " + String.join(", ", missing));
    }
    return new IntentQueues(Map.copyOf(routes), threshold, review, emptyUrgency);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /**
   * Queue for a prediction: empty texts and low-confidence answers go to human review; a
   * low-confidence answer keeps its intent's urgency so a probable fraud report is still seen
   * first.
   */
  public Route route(Prediction p) {
    if (!p.ok()) {
      return new Route(reviewQueue, emptyTextUrgency);
    }
    if (p.confidence() < lowConfidenceThreshold) {
      return new Route(reviewQueue, routes.get(p.label()).urgency());
    }
    return routes.get(p.label());
  }

  /** Every queue a prediction can be routed to, the review queue included. */
  public Set<String> queues() {
    Set<String> all = new TreeSet<>();
    routes.values().forEach(r -> all.add(r.queue()));
    all.add(reviewQueue);
    return all;
  }
}
