package io.mailtriage.inference;

import io.mailtriage.config.ConfigException;
import io.mailtriage.config.ConfigSection;
import java.nio.file.Path;
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
   *
   * @throws ConfigException with one line naming the file and the key
   */
  public static IntentQueues load(Path file, List<String> modelLabels) {
    return read(ConfigSection.load(file, ConfigSection.Values.QUOTED), modelLabels);
  }

  /**
   * As {@link #load}, from the file's text: the job reads the file once at submission and ships the
   * text, so TaskManagers need no copy of conf/.
   */
  public static IntentQueues parse(String yaml, String file, List<String> modelLabels) {
    return read(ConfigSection.parse(yaml, file, ConfigSection.Values.QUOTED), modelLabels);
  }

  private static IntentQueues read(ConfigSection root, List<String> modelLabels) {
    double threshold = root.probability("lowConfidenceThreshold", 0.5);
    String review = root.text("reviewQueue", "needs-review");
    double emptyUrgency = root.probability("emptyTextUrgency", 0.5);
    Set<String> known = Set.copyOf(modelLabels);
    ConfigSection intents = root.section("intents");
    Map<String, Route> routes = new LinkedHashMap<>();
    for (String intent : intents.keys()) {
      if (!known.contains(intent)) {
        throw intents.invalid(intent, "unknown intent (not a label of the model)");
      }
      ConfigSection route = intents.section(intent);
      routes.put(intent, new Route(route.text("queue"), route.probability("urgency")));
      route.done();
    }
    Set<String> missing = new TreeSet<>(known);
    missing.removeAll(routes.keySet());
    if (!missing.isEmpty()) {
      throw root.invalid(
          "intents", "model intent(s) without a queue: " + String.join(", ", missing));
    }
    root.done();
    return new IntentQueues(Map.copyOf(routes), threshold, review, emptyUrgency);
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
