package io.mailtriage.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import one.profiler.AsyncProfiler;
import one.profiler.Counter;

/**
 * A CPU profile of this JVM (async-profiler, from the test classpath) over the measured part of a
 * run, split by pipeline stage: each sample goes to the stage of the innermost frame that names one
 * (a MIME parser frame under the parse operator is parse; a POJO serializer frame under any
 * operator is Flink's record serialization), GC and JIT threads to themselves, the rest to "other".
 */
final class StageProfile {
  /** Sampling interval in CPU nanoseconds: each sample stands for this much CPU time. */
  static final long INTERVAL_NS = 5_000_000;

  /** Stage and the frame prefixes or substrings that identify it, checked in this order. */
  private static final List<Map.Entry<String, List<String>>> STAGES =
      List.of(
          Map.entry(
              "model (features, encoder, ONNX heads)",
              List.of(
                  "onnxruntime",
                  "ai/djl/",
                  "tokenizers::",
                  "io/mailtriage/inference/FeatureExtractor",
                  "io/mailtriage/inference/NgramFeaturizer",
                  "io/mailtriage/inference/SentenceEncoder",
                  "io/mailtriage/inference/IntentModel",
                  "io/mailtriage/inference/OnnxTriageModel",
                  "io/mailtriage/inference/IntentQueues")),
          Map.entry("model text (ModelText)", List.of("io/mailtriage/inference/text/")),
          Map.entry("inference operator (batching)", List.of("io/mailtriage/inference/")),
          Map.entry(
              "ingest: source deserializer & parse",
              List.of("io/mailtriage/ingest/", "org/apache/james/")),
          Map.entry("subject token", List.of("io/mailtriage/pii/SubjectTokenFunction")),
          Map.entry(
              "PII detection & tokenization",
              List.of("io/mailtriage/pii/", "io/mailtriage/keys/", "com/google/i18n/")),
          Map.entry(
              "priority (thread, sender, policy, windows)", List.of("io/mailtriage/priority/")),
          Map.entry("sink: output JSON", List.of("io/mailtriage/sink/", "com/fasterxml/jackson/")),
          Map.entry(
              "Flink record (de)serialization",
              List.of(
                  "org/apache/flink/api/common/typeutils/",
                  "org/apache/flink/api/java/typeutils/runtime/",
                  "org/apache/flink/runtime/io/network/api/serialization/",
                  "org/apache/flink/core/memory/",
                  "org/apache/flink/types/",
                  "org/apache/flink/streaming/runtime/streamrecord/StreamElementSerializer")),
          Map.entry(
              "checkpointing",
              List.of(
                  "org/apache/flink/runtime/checkpoint/",
                  "SubtaskCheckpointCoordinator",
                  "AsyncCheckpointRunnable",
                  "CheckpointBarrier")),
          Map.entry(
              "state backend",
              List.of(
                  "org/rocksdb/",
                  "rocksdb::",
                  "org/apache/flink/state/rocksdb/",
                  "org/apache/flink/contrib/streaming/state/",
                  "org/apache/flink/runtime/state/")),
          Map.entry(
              "Kafka clients (source fetch, sink send)",
              List.of("org/apache/kafka/", "org/apache/flink/connector/kafka/")));

  private final AsyncProfiler profiler;

  private StageProfile(AsyncProfiler profiler) {
    this.profiler = profiler;
  }

  /** Starts sampling CPU (perf events, else the interval timer) in every thread of this JVM. */
  static StageProfile start() throws IOException {
    AsyncProfiler p = AsyncProfiler.getInstance();
    try {
      p.execute("start,event=cpu,interval=" + INTERVAL_NS + ",threads");
    } catch (IllegalStateException | IOException e) {
      p.execute("start,event=itimer,interval=" + INTERVAL_NS + ",threads");
    }
    return new StageProfile(p);
  }

  /**
   * Stops, writes {@code dir/flame.html} and {@code dir/collapsed.txt}, and returns CPU
   * milliseconds per stage, leaving out the calling thread (the benchmark's own).
   */
  Map<String, Double> stop(Path dir) throws IOException {
    profiler.stop();
    Files.createDirectories(dir);
    String collapsed = profiler.dumpCollapsed(Counter.SAMPLES);
    Files.writeString(dir.resolve("collapsed.txt"), collapsed);
    profiler.execute("flamegraph,title=mailtriage job,file=" + dir.resolve("flame.html"));
    return byStage(collapsed, "[" + Thread.currentThread().getName() + " tid=");
  }

  /**
   * CPU milliseconds per stage of a collapsed-stack profile taken at {@link #INTERVAL_NS}, without
   * the stacks whose thread frame starts with {@code skipThread}.
   */
  static Map<String, Double> byStage(String collapsed, String skipThread) {
    Map<String, Double> ms = new LinkedHashMap<>();
    for (var s : STAGES) {
      ms.put(s.getKey(), 0.0);
    }
    ms.put("JVM: GC", 0.0);
    ms.put("JVM: JIT", 0.0);
    ms.put("other (Flink runtime, network stack, JVM, native)", 0.0);
    for (String line : collapsed.split("\n")) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      if (line.startsWith(skipThread)) {
        continue;
      }
      long samples = Long.parseLong(line.substring(space + 1).strip());
      ms.merge(
          stageOf(line.substring(0, space).split(";")), samples * INTERVAL_NS / 1e6, Double::sum);
    }
    return ms;
  }

  static String stageOf(String[] frames) {
    String thread = frames.length > 0 ? frames[0] : "";
    if (thread.startsWith("[GC Thread") || thread.startsWith("[G1 ")) {
      return "JVM: GC";
    }
    if (thread.startsWith("[C1 Compiler") || thread.startsWith("[C2 Compiler")) {
      return "JVM: JIT";
    }
    for (int i = frames.length - 1; i >= 0; i--) {
      for (var s : STAGES) {
        for (String marker : s.getValue()) {
          if (frames[i].contains(marker)) {
            return s.getKey();
          }
        }
      }
    }
    return "other (Flink runtime, network stack, JVM, native)";
  }
}
