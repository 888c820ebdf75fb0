package io.mailtriage.train.onnx;

import static io.mailtriage.inference.HeadTensors.INPUT_EMBEDDING;
import static io.mailtriage.inference.HeadTensors.INPUT_IDS;
import static io.mailtriage.inference.HeadTensors.INPUT_WEIGHTS;
import static io.mailtriage.inference.HeadTensors.OUTPUT;

import io.mailtriage.inference.LinearHead;
import io.mailtriage.inference.SentenceEncoder;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serialises a {@link LinearHead} as an ONNX model (IR 8, opset 17):
 *
 * <pre>
 *   ngram_ids INT64 [B,L], ngram_weights FLOAT [B,L], embedding FLOAT [B,384]
 *   sparse  = ReduceSum(Gather(W_sparse, ngram_ids) * Unsqueeze(ngram_weights, 2), axis 1)
 *   logits  = sparse + MatMul(embedding, W_dense) + bias
 *   probabilities FLOAT [B,K] = Softmax(logits / temperature, axis 1)
 * </pre>
 *
 * Padding positions carry weight 0 and any valid id, so they add exactly zero. Field numbers follow
 * onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, ...).
 */
public final class OnnxHeadWriter {

  private static final int FLOAT = 1;
  private static final int INT64 = 7;
  private static final int ATTR_INT = 2;

  private OnnxHeadWriter() {}

  /**
   * @param metadata stored as ONNX metadata_props so the runtime can cross-check the card
   */
  public static byte[] write(LinearHead head, Map<String, String> metadata) {
    int k = head.classes();
    ProtoWriter graph = new ProtoWriter();
    node(
        graph,
        "Gather",
        "gather",
        new String[] {"W_sparse", INPUT_IDS},
        "gathered",
        Map.of("axis", 0L));
    node(
        graph,
        "Unsqueeze",
        "unsqueeze",
        new String[] {INPUT_WEIGHTS, "axis2"},
        "weights3",
        Map.of());
    node(graph, "Mul", "weigh", new String[] {"gathered", "weights3"}, "weighted", Map.of());
    node(
        graph,
        "ReduceSum",
        "sum_ngrams",
        new String[] {"weighted", "axis1"},
        "sparse_logits",
        Map.of("keepdims", 0L));
    node(
        graph,
        "MatMul",
        "dense",
        new String[] {INPUT_EMBEDDING, "W_dense"},
        "dense_logits",
        Map.of());
    node(
        graph,
        "Add",
        "add_parts",
        new String[] {"sparse_logits", "dense_logits"},
        "sum_logits",
        Map.of());
    node(graph, "Add", "add_bias", new String[] {"sum_logits", "bias"}, "logits", Map.of());
    node(graph, "Div", "calibrate", new String[] {"logits", "temperature"}, "scaled", Map.of());
    node(graph, "Softmax", "softmax", new String[] {"scaled"}, OUTPUT, Map.of("axis", 1L));
    graph.string(2, "mailtriage_intent_head");
    graph.message(5, floatTensor("W_sparse", new long[] {head.buckets(), k}, head.sparse()));
    graph.message(5, floatTensor("W_dense", new long[] {SentenceEncoder.DIM, k}, head.dense()));
    graph.message(5, floatTensor("bias", new long[] {k}, head.bias()));
    graph.message(5, floatTensor("temperature", new long[] {}, new float[] {head.temperature()}));
    graph.message(5, longTensor("axis1", new long[] {1}));
    graph.message(5, longTensor("axis2", new long[] {2}));
    graph.message(11, valueInfo(INPUT_IDS, INT64, "batch", "ngrams"));
    graph.message(11, valueInfo(INPUT_WEIGHTS, FLOAT, "batch", "ngrams"));
    graph.message(11, valueInfo(INPUT_EMBEDDING, FLOAT, "batch", SentenceEncoder.DIM));
    graph.message(12, valueInfo(OUTPUT, FLOAT, "batch", k));

    ProtoWriter model = new ProtoWriter();
    model.int64(1, 8); // ir_version
    model.string(2, "mailtriage");
    model.string(3, "1");
    model.message(7, graph);
    model.message(8, new ProtoWriter().string(1, "").int64(2, 17)); // default domain, opset 17
    for (Map.Entry<String, String> e : new TreeMap<>(metadata).entrySet()) {
      model.message(14, new ProtoWriter().string(1, e.getKey()).string(2, e.getValue()));
    }
    return model.toByteArray();
  }

  private static void node(
      ProtoWriter graph,
      String op,
      String name,
      String[] inputs,
      String output,
      Map<String, Long> intAttrs) {
    ProtoWriter n = new ProtoWriter();
    for (String in : inputs) {
      n.string(1, in);
    }
    n.string(2, output);
    n.string(3, name);
    n.string(4, op);
    intAttrs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            a ->
                n.message(
                    5,
                    new ProtoWriter()
                        .string(1, a.getKey())
                        .int64(3, a.getValue())
                        .int64(20, ATTR_INT)));
    graph.message(1, n);
  }

  private static ProtoWriter floatTensor(String name, long[] dims, float[] data) {
    ProtoWriter t = new ProtoWriter();
    for (long d : dims) {
      t.int64(1, d);
    }
    t.int64(2, FLOAT);
    t.string(8, name);
    t.bytes(9, ProtoWriter.rawFloats(data));
    return t;
  }

  private static ProtoWriter longTensor(String name, long[] data) {
    ProtoWriter t = new ProtoWriter();
    t.int64(1, data.length);
    t.int64(2, INT64);
    t.string(8, name);
    t.bytes(9, ProtoWriter.rawLongs(data));
    return t;
  }

  /** Tensor value info; each dim is a symbolic name (String) or a fixed size (Integer). */
  private static ProtoWriter valueInfo(String name, int elemType, Object... dims) {
    ProtoWriter shape = new ProtoWriter();
    for (Object d : dims) {
      ProtoWriter dim = new ProtoWriter();
      if (d instanceof String param) {
        dim.string(2, param);
      } else {
        dim.int64(1, ((Number) d).longValue());
      }
      shape.message(1, dim);
    }
    ProtoWriter tensor = new ProtoWriter().int64(1, elemType).message(2, shape);
    return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensor));
  }
}
