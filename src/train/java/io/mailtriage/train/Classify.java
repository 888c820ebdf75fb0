package io.mailtriage.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.ConfigException;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.Prediction;
import io.mailtriage.tools.Cli;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON Lines classifier: {@code {"id":…,"text":…}} per stdin line → {@code {"id":…,"label":…,
 * "confidence":…,"queue":…,…}} per stdout line, in order. A malformed line yields {@code
 * {"id":…,"error":…}} and processing continues.
 */
public final class Classify {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Classify() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: classify --model DIR [--intents FILE] [--batch N]",
          "Reads JSON Lines {\"id\":...,\"text\":...} on stdin and writes one prediction line each:",
          "label, confidence, queue and urgency. The queue comes from --intents (default",
          "conf/intents.yaml); without a mapping that covers the model's labels, the queue is the label.");
  static final String DEFAULT_INTENTS = "conf/intents.yaml";

  public static void main(String[] argv) {
    Cli.main("classify", USAGE, Set.of("model", "intents", "batch"), argv, Classify::classify);
  }

  private static int classify(Cli cli) throws Exception {
    Path dir = cli.directory("model");
    Path intents = cli.optionalFile("intents");
    int batch = (int) cli.number("batch", 32, 1);
    IntentModel.Options opts = new IntentModel.Options(1, 1, batch, 3, true, true);
    try (IntentModel model = IntentModel.load(dir, opts)) {
      IntentQueues queues = queues(intents, model.labels());
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      PrintWriter out =
          new PrintWriter(
              new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
      run(model, queues, in, out, batch);
      out.flush();
    } catch (ModelLoadException e) {
      throw new Cli.UsageException(
          "--model: " + e.getMessage().lines().findFirst().orElse("not a model"));
    }
    return Cli.OK;
  }

  /**
   * The intent mapping to route with: the one named by --intents, which must cover the model's
   * labels; else the default file if it does; else null (queue = label), so a model trained on any
   * label set can be tried without writing a mapping first.
   */
  static IntentQueues queues(Path intents, List<String> labels) throws Cli.UsageException {
    if (intents != null) {
      try {
        return IntentQueues.load(intents, labels);
      } catch (ConfigException e) {
        throw new Cli.UsageException("--intents: " + e.getMessage());
      }
    }
    Path fallback = Path.of(DEFAULT_INTENTS);
    if (Files.isRegularFile(fallback)) {
      try {
        return IntentQueues.load(fallback, labels);
      } catch (ConfigException e) {
        System.err.println(
            "classify: " + DEFAULT_INTENTS + " does not cover this model's labels; queue = label");
      }
    }
    return null;
  }

  /**
   * Reads lines in groups (whatever is already buffered, up to {@code batch}) so interactive use
   * stays responsive.
   */
  static void run(
      IntentModel model, IntentQueues queues, BufferedReader in, PrintWriter out, int batch)
      throws Exception {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      lines.add(line);
      if (lines.size() >= batch || !in.ready()) {
        for (String result : classifyLines(model, queues, lines)) {
          out.println(result);
        }
        out.flush();
        lines.clear();
      }
    }
    for (String result : classifyLines(model, queues, lines)) {
      out.println(result);
    }
  }

  /** One output JSON line per input line; with {@code queues} null, the queue is the label. */
  public static List<String> classifyLines(
      IntentModel model, IntentQueues queues, List<String> lines) throws Exception {
    ObjectNode[] results = new ObjectNode[lines.size()];
    List<Integer> valid = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode r = JSON.createObjectNode();
      results[i] = r;
      JsonNode node;
      try {
        node = JSON.readTree(lines.get(i));
      } catch (Exception e) {
        r.putNull("id");
        r.put("error", "not valid JSON");
        continue;
      }
      if (node == null || !node.isObject()) {
        r.putNull("id");
        r.put("error", "expected a JSON object with id and text");
        continue;
      }
      r.set("id", node.has("id") ? node.get("id") : JSON.nullNode());
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        r.put("error", "field text missing or not a string");
        continue;
      }
      valid.add(i);
      texts.add(text.asText());
    }
    List<Prediction> preds = model.predict(texts);
    for (int j = 0; j < valid.size(); j++) {
      Prediction p = preds.get(j);
      ObjectNode r = results[valid.get(j)];
      IntentQueues.Route route = queues == null ? null : queues.route(p);
      if (p.ok()) {
        r.put("label", p.label());
        r.put("confidence", Math.round(p.confidence() * 1e4) / 1e4);
      } else {
        r.putNull("label");
        r.put("confidence", 0.0);
        r.put("status", p.status().name());
      }
      if (route != null) {
        r.put("queue", route.queue());
        r.put("urgency", route.urgency());
      } else if (p.ok()) {
        r.put("queue", p.label());
      } else {
        r.putNull("queue");
      }
      if (p.truncated()) {
        r.put("truncated", true);
      }
    }
    List<String> out = new ArrayList<>(lines.size());
    for (ObjectNode r : results) {
      out.add(JSON.writeValueAsString(r));
    }
    return out;
  }
}
