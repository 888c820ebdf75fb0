package io.mailtriage.inference.bench;

import ai.onnxruntime.OrtEnvironment;
import io.mailtriage.inference.CsvReader;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.SentenceEncoder;
import io.mailtriage.inference.train.TrainModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Throughput of the production path ({@link IntentModel#predict}) on real BANKING77 test texts,
 * one ONNX Runtime thread, so emails/s is per core. Batch sizes 1/8/32 change only the head's
 * batching (the encoder runs one text at a time for replay safety); the last rows measure what
 * that safety costs against a length-sorted padded encoder batch of 32.
 *
 * <p>"long" texts join 8 consecutive test texts so that most exceed the token window, a stand-in
 * for email bodies.
 */
public final class InferenceBenchmark {

    private InferenceBenchmark() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = TrainModel.parseArgs(argv);
        Path modelDir = Path.of(a.getOrDefault("model", "models/default"));
        Path test = Path.of(a.getOrDefault("test", "data/banking77/test.csv"));
        int n = Integer.parseInt(a.getOrDefault("texts", "1000"));
        String machine = machine();
        List<String> shortTexts = CsvReader.readLabelled(test).stream().map(CsvReader.Row::text).limit(n).toList();
        List<String> longTexts = new ArrayList<>();
        for (int i = 0; i + 8 <= shortTexts.size() && longTexts.size() < n / 4; i += 8) {
            longTexts.add(String.join(" ", shortTexts.subList(i, i + 8)));
        }
        System.out.println("machine: " + machine);
        for (int batch : new int[] {1, 8, 32}) {
            try (IntentModel model = IntentModel.load(modelDir, new IntentModel.Options(1, 1, batch, 3))) {
                for (var set : List.of(Map.entry("short", shortTexts), Map.entry("long", longTexts))) {
                    List<String> texts = set.getValue();
                    model.predict(texts.subList(0, Math.min(50, texts.size()))); // warm-up
                    long t0 = System.nanoTime();
                    model.predict(texts);
                    double rate = texts.size() / ((System.nanoTime() - t0) / 1e9);
                    System.out.printf("predict batch=%-2d texts=%-5s n=%-4d %8.1f emails/s/core  [%s]%n", batch,
                            set.getKey(), texts.size(), rate, machine);
                }
            }
        }
        int maxTokens = Integer.parseInt(a.getOrDefault("max-tokens", "128"));
        try (SentenceEncoder enc = new SentenceEncoder(OrtEnvironment.getEnvironment(), maxTokens, 1, 1)) {
            for (var set : List.of(Map.entry("short", shortTexts), Map.entry("long", longTexts))) {
                List<String> texts = set.getValue();
                enc.embed(texts.subList(0, Math.min(50, texts.size())));
                long t0 = System.nanoTime();
                enc.embed(texts);
                double one = texts.size() / ((System.nanoTime() - t0) / 1e9);
                List<String> sorted = texts.stream().sorted(Comparator.comparingInt(String::length)).toList();
                t0 = System.nanoTime();
                for (int i = 0; i < sorted.size(); i += 32) {
                    enc.embedPadded(sorted.subList(i, Math.min(sorted.size(), i + 32)));
                }
                double padded = texts.size() / ((System.nanoTime() - t0) / 1e9);
                System.out.printf("encoder-only texts=%-5s window=%d one-per-run %8.1f | sorted padded x32 %8.1f emails/s/core  [%s]%n",
                        set.getKey(), maxTokens, one, padded, machine);
            }
        }
    }

    static String machine() {
        String model = "unknown CPU";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(model);
        } catch (IOException e) {
            // Not Linux: report the CPU as unknown rather than failing the benchmark.
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + model;
    }
}
