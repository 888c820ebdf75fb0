package io.mailtriage.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.Prediction;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines classifier: {@code {"id":…,"text":…}} per stdin line → {@code {"id":…,"label":…,
 * "confidence":…,"queue":…,…}} per stdout line, in order. A malformed line yields
 * {@code {"id":…,"error":…}} and processing continues.
 */
public final class Classify {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Classify() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = TrainModel.parseArgs(argv);
        if (!a.containsKey("model")) {
            System.err.println("usage: classify --model DIR [--intents conf/intents.yaml] [--batch N]");
            System.exit(2);
        }
        int batch = Integer.parseInt(a.getOrDefault("batch", "32"));
        IntentModel.Options opts = new IntentModel.Options(1, 1, batch, 3, true);
        try (IntentModel model = IntentModel.load(Path.of(a.get("model")), opts)) {
            IntentQueues queues = IntentQueues.load(Path.of(a.getOrDefault("intents", "conf/intents.yaml")),
                    model.labels());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            run(model, queues, in, out, batch);
            out.flush();
        } catch (ModelLoadException e) {
            System.err.println("classify: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads lines in groups (whatever is already buffered, up to {@code batch}) so interactive use stays responsive. */
    static void run(IntentModel model, IntentQueues queues, BufferedReader in, PrintWriter out, int batch)
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

    /** One output JSON line per input line. */
    public static List<String> classifyLines(IntentModel model, IntentQueues queues, List<String> lines)
            throws Exception {
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
            IntentQueues.Route route = queues.route(p);
            if (p.ok()) {
                r.put("label", p.label());
                r.put("confidence", Math.round(p.confidence() * 1e4) / 1e4);
            } else {
                r.putNull("label");
                r.put("confidence", 0.0);
                r.put("status", p.status().name());
            }
            r.put("queue", route.queue());
            r.put("urgency", route.urgency());
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
