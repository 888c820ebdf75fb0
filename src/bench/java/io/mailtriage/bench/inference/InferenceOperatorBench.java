package io.mailtriage.bench.inference;

import io.mailtriage.inference.InferenceOperator;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.inference.OnnxModelProvider;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import io.mailtriage.train.TrainModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/**
 * What the Flink operator costs on top of the model: emails per CPU-second of the benchmark thread
 * through {@link InferenceOperator} (real {@link OnnxModelProvider}, the bundled model, in a keyed
 * two-input test harness) against the same model directory called bare through {@link
 * IntentModel#predict}, on the same texts, in the same JVM, for operator batch sizes 1, 8 and 32.
 * The served model runs the intent head and the spam head, so the bare baseline calls both heads
 * too; the intent head alone is printed for reference.
 *
 * <p>One ONNX Runtime thread runs on the calling thread, so the thread's CPU time is the per-core
 * cost and stays meaningful on a shared machine, where wall time (also printed) mostly measures the
 * neighbours. Bare and operator runs alternate round by round so drift hits both; each figure is
 * the median of its rounds. The harness copies each output record through its serializer, as a
 * chained Flink operator without object reuse does, so that cost is counted against the operator.
 *
 * <p>"short" are BANKING77 test texts; "long" join 8 consecutive ones, mostly past the 128-token
 * window, a stand-in for email bodies. Usage (from the project root): {@code InferenceOperatorBench
 * [--model DIR] [--texts N] [--rounds N]}.
 */
public final class InferenceOperatorBench {
  private static final int[] BATCHES = {1, 8, 32};
  private static final String INTENTS = "conf/intents.yaml";
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private InferenceOperatorBench() {}

  /** Emails per CPU-second and per wall-second of one timed run. */
  private record Rate(double cpu, double wall) {}

  /** Something that scores a list of texts end to end. */
  private interface Scorer {
    void score(List<String> texts) throws Exception;
  }

  static final String USAGE =
      String.join(
          "\n",
          "usage: benchmark-inference [--model DIR] [--texts N] [--rounds N]",
          "InferenceOperator (in Flink's test harness) vs bare ONNX Runtime on the same model and texts,",
          "emails/s per core, operator batch sizes 1/8/32, with the machine.");

  public static void main(String[] argv) {
    Cli.main(
        "benchmark-inference",
        USAGE,
        Set.of("model", "texts", "rounds"),
        argv,
        InferenceOperatorBench::bench);
  }

  private static int bench(Cli cli) throws Exception {
    Path model = Path.of(cli.optional("model").orElse("models/default"));
    if (!Files.isDirectory(model)) {
      throw new Cli.UsageException("--model: no such directory: " + model);
    }
    int n = (int) cli.number("texts", 640, 1);
    int rounds = (int) cli.number("rounds", 3, 1);
    List<String> all =
        CsvReader.readOrRefuse(Path.of("data/banking77/test.csv")).stream()
            .map(CsvReader.Row::text)
            .toList();
    List<String> longTexts = new ArrayList<>();
    for (int i = 0; i + 8 <= all.size() && longTexts.size() < n / 4; i += 8) {
      longTexts.add(String.join(" ", all.subList(i, i + 8)));
    }
    var sets =
        List.of(
            Map.entry("short", all.subList(0, Math.min(n, all.size()))),
            Map.entry("long", longTexts));

    String machine =
        InferenceBenchmark.machine()
            + ", "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version");
    System.out.println("machine: " + machine);
    System.out.println(
        "model: " + model + ", rounds: " + rounds + ", one ONNX Runtime thread, replay-safe");
    OnnxModelProvider provider =
        new OnnxModelProvider(Files.readString(Path.of(INTENTS)), INTENTS, 1);
    ModelAnnouncement announcement =
        new ModelAnnouncement(
            "bench",
            model.toString(),
            OnnxModelProvider.sha256(model.resolve(TrainModel.HEAD_FILE)),
            0L);
    for (int batch : BATCHES) {
      IntentModel.Options options = new IntentModel.Options(1, 1, batch, 3, true, true);
      Path spamDir = model.resolve(ModelLocation.SPAM_DIR);
      try (IntentModel intents = IntentModel.load(model, options);
          IntentModel spam =
              Files.isDirectory(spamDir) ? IntentModel.load(spamDir, options) : null;
          var harness = harness(announcement, provider, batch)) {
        Scorer intentOnly = texts -> inBatches(texts, batch, intents::predict);
        Scorer bare =
            texts ->
                inBatches(
                    texts,
                    batch,
                    chunk -> {
                      intents.predict(chunk);
                      if (spam != null) {
                        spam.predict(chunk);
                      }
                    });
        Scorer operator =
            texts -> {
              for (int i = 0; i < texts.size(); i++) {
                TokenizedEmail e = new TokenizedEmail();
                e.threadToken = "thread-" + i;
                e.modelText = texts.get(i);
                harness.processElement1(new StreamRecord<>(e, i));
              }
              if (harness.getOutput().size() != texts.size()) {
                throw new IllegalStateException(
                    "operator emitted " + harness.getOutput().size() + " of " + texts.size());
              }
              harness.getOutput().clear();
            };
        for (var set : sets) {
          List<String> texts =
              set.getValue().subList(0, set.getValue().size() / 32 * 32); // whole batches only
          List<String> warmUp = texts.subList(0, Math.min(128, texts.size()));
          for (Scorer s : List.of(intentOnly, bare, operator)) {
            s.score(warmUp); // JIT and ONNX Runtime arenas
          }
          List<Rate> intentRates = new ArrayList<>();
          List<Rate> bareRates = new ArrayList<>();
          List<Rate> operatorRates = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            intentRates.add(time(intentOnly, texts));
            bareRates.add(time(bare, texts));
            operatorRates.add(time(operator, texts));
          }
          Rate i = median(intentRates);
          Rate b = median(bareRates);
          Rate o = median(operatorRates);
          System.out.printf(
              "batch=%-2d texts=%-5s n=%-4d bare intent head %6.1f | bare both heads %6.1f | operator %6.1f"
                  + " emails/CPU-s; operator/bare %.3f (wall: bare %6.1f, operator %6.1f emails/s)  [%s]%n",
              batch,
              set.getKey(),
              texts.size(),
              i.cpu(),
              b.cpu(),
              o.cpu(),
              o.cpu() / b.cpu(),
              b.wall(),
              o.wall(),
              machine);
        }
      }
    }
    return Cli.OK;
  }

  private static KeyedTwoInputStreamOperatorTestHarness<
          String, TokenizedEmail, ModelAnnouncement, ScoredEmail>
      harness(ModelAnnouncement model, OnnxModelProvider provider, int maxBatch) throws Exception {
    // A delay no run reaches: every batch is a full one, as under load.
    var h =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new InferenceOperator(model, provider, maxBatch, 3_600_000L),
            (TokenizedEmail e) -> e.threadToken,
            (ModelAnnouncement m) -> "control",
            Types.STRING);
    h.open();
    return h;
  }

  private interface Chunk {
    void run(List<String> chunk) throws Exception;
  }

  /** Calls {@code model} once per {@code batch} texts, as the operator does with full batches. */
  private static void inBatches(List<String> texts, int batch, Chunk model) throws Exception {
    for (int from = 0; from < texts.size(); from += batch) {
      model.run(texts.subList(from, Math.min(texts.size(), from + batch)));
    }
  }

  private static Rate time(Scorer scorer, List<String> texts) throws Exception {
    long wall0 = System.nanoTime();
    long cpu0 = CPU.getCurrentThreadCpuTime();
    scorer.score(texts);
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wallSeconds = (System.nanoTime() - wall0) / 1e9;
    return new Rate(texts.size() / cpuSeconds, texts.size() / wallSeconds);
  }

  private static Rate median(List<Rate> rates) {
    double[] cpu = rates.stream().mapToDouble(Rate::cpu).sorted().toArray();
    double[] wall = rates.stream().mapToDouble(Rate::wall).sorted().toArray();
    return new Rate(cpu[cpu.length / 2], wall[wall.length / 2]);
  }
}
