package io.mailtriage.bench.inference;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.Prediction;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throughput of the production path ({@link IntentModel#predict}) on real BANKING77 test texts, one
 * ONNX Runtime thread, which ONNX Runtime runs on the calling thread: emails per CPU-second of that
 * thread is the per-core rate and stays meaningful on a shared, busy machine, where the wall-clock
 * rate (also printed) mostly measures the neighbours. Replay-safe mode runs every text alone
 * whatever the batch size; "batched" mode (length-sorted, padded ONNX batches of 1/8/32) shows what
 * that determinism costs.
 *
 * <p>"long" texts join 8 consecutive test texts so that most exceed the token window, a stand-in
 * for email bodies.
 */
public final class InferenceBenchmark {

  private InferenceBenchmark() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: benchmark-model [--model DIR] [--test FILE.csv] [--texts N]",
          "       benchmark-model --mail DIR [--support SET [--config FILE]] [--baseline DIR] [--current DIR]",
          "                       [--model DIR] [--texts N] [--rounds N]",
          "Emails/s per core of the intent model (default models/default on data/banking77/test.csv),",
          "replay-safe and batched, batch sizes 1/8/32, short and long texts, with the machine.",
          "--mail: the served model (intent and spam heads) on real raw messages under DIR, side by side in",
          "alternating rounds: --model on its model text with the full head alone and with its cascade (when",
          "the card has one), and the --baseline model on the whole readable text (the path before the",
          "model-text step), and the --current model as the job serves it now (model text, its cascade),",
          "so a candidate meets it in the same run, and the model-text step alone (ModelText.of).",
          "--support: also on the email-form set SET",
          "(e.g. data/eval-mail) as the job's PII step hands it on (--config: the job configuration,",
          "default conf/mailtriage.yaml), with accuracy.");

  public static void main(String[] argv) {
    Cli.main(
        "benchmark-model",
        USAGE,
        Set.of(
            "model", "test", "texts", "mail", "baseline", "current", "rounds", "support", "config"),
        argv,
        InferenceBenchmark::bench);
  }

  private static int bench(Cli cli) throws Exception {
    if (cli.optional("mail").isPresent()) {
      return MailModelBenchmark.run(cli);
    }
    Path modelDir = Path.of(cli.optional("model").orElse("models/default"));
    if (!Files.isDirectory(modelDir)) {
      throw new Cli.UsageException("--model: no such directory: " + modelDir);
    }
    Path test = cli.file("test", "data/banking77/test.csv");
    int n = (int) cli.number("texts", 1000, 1);
    String machine = machine();
    List<String> all = CsvReader.readOrRefuse(test).stream().map(CsvReader.Row::text).toList();
    List<String> shortTexts = all.subList(0, Math.min(n, all.size()));
    List<String> longTexts = new ArrayList<>();
    for (int i = 0; i + 8 <= all.size() && longTexts.size() < n / 4; i += 8) {
      longTexts.add(String.join(" ", all.subList(i, i + 8)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    System.out.println("machine: " + machine);
    for (boolean replaySafe : new boolean[] {true, false}) {
      for (int batch : new int[] {1, 8, 32}) {
        IntentModel.Options o = new IntentModel.Options(1, 1, batch, 3, replaySafe, true);
        try (IntentModel model = IntentModel.load(modelDir, o)) {
          for (var set : List.of(Map.entry("short", shortTexts), Map.entry("long", longTexts))) {
            List<String> texts = set.getValue();
            model.predict(
                texts.subList(
                    0, Math.min(200, texts.size()))); // warm-up: JIT and ONNX Runtime arenas
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            List<Prediction> p = model.predict(texts);
            double wallRate = texts.size() / ((System.nanoTime() - t0) / 1e9);
            double cpuRate = texts.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            long cut = p.stream().filter(Prediction::truncated).count();
            System.out.printf(
                "%-11s batch=%-2d texts=%-5s n=%-4d truncated=%-4d %7.1f emails/CPU-s"
                    + " (wall %7.1f emails/s)  [%s]%n",
                replaySafe ? "replay-safe" : "batched",
                batch,
                set.getKey(),
                texts.size(),
                cut,
                cpuRate,
                wallRate,
                machine);
          }
        }
      }
    }
    return Cli.OK;
  }

  static String machine() {
    String model = "unknown CPU";
    try {
      model =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .orElse(model);
    } catch (IOException e) {
      // Not Linux: report the CPU as unknown rather than failing the benchmark.
    }
    String load = "load average unknown";
    try {
      load = "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    } catch (IOException e) {
      // Not Linux: say so instead of failing.
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + model
        + ", JVM "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", "
        + load;
  }
}
