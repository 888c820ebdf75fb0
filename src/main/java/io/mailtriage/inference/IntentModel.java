package io.mailtriage.inference;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runtime intent classifier over a model directory ({@code model-card.json} + head ONNX): text →
 * {@link FeatureExtractor} → ONNX head → calibrated {@link Prediction}.
 *
 * <p>Replay safety ({@link Options#replaySafe()}, the default): each text runs alone through the
 * encoder and the head, so its label and confidence are bit-identical however it is batched — a
 * replay after failure routes every email exactly as before. Batched ONNX runs are not: the
 * quantized encoder shares one quantization scale across the padded batch, and even the head's
 * MatMul rounds differently for one row than for many. With replay safety off, texts are sorted by
 * length and run in padded batches of {@code batchSize}: faster, scores vary in the last digits.
 *
 * <p>Cascade: when the card has a {@link ModelCard.Cascade} (and {@link Options#cascade()} is on),
 * each text is first scored by the n-gram head alone; its answer stands when its confidence reaches
 * the card's threshold, and only the other texts run the sentence encoder and the full head. Each
 * text still runs alone through every session, so replay safety holds. Cards without a cascade are
 * served by the full head alone, as before. Thread-safe for concurrent {@link #predict} calls.
 * Close it to free the native sessions.
 */
public final class IntentModel implements AutoCloseable {

  /**
   * @param intraOpThreads ONNX Runtime threads inside one operator (1 suits one Flink slot per
   *     core)
   * @param interOpThreads threads across independent operators
   * @param batchSize texts per feature-extraction chunk, and per ONNX run when not replay-safe
   * @param topK intents listed in {@link Prediction#topK()}
   * @param replaySafe one text per ONNX run, so results never depend on batch neighbours
   * @param cascade use the card's cascade when it has one; off: the full head answers every text
   */
  public record Options(
      int intraOpThreads,
      int interOpThreads,
      int batchSize,
      int topK,
      boolean replaySafe,
      boolean cascade) {
    public static final Options DEFAULT = new Options(1, 1, 32, 3, true, true);

    public Options {
      if (intraOpThreads < 1 || interOpThreads < 1 || batchSize < 1 || topK < 1) {
        throw new IllegalArgumentException("thread counts, batch size and topK must be >= 1");
      }
    }

    public Options withCascade(boolean on) {
      return new Options(intraOpThreads, interOpThreads, batchSize, topK, replaySafe, on);
    }
  }

  private final ModelCard card;
  private final Options options;
  private final FeatureExtractor features;
  private final OrtSession head;

  /** The cascade's n-gram head; null when the card has none or the options turn it off. */
  private final OrtSession ngramHead;

  private final String[] labels;

  private IntentModel(
      ModelCard card,
      Options options,
      FeatureExtractor features,
      OrtSession head,
      OrtSession ngramHead) {
    this.card = card;
    this.options = options;
    this.features = features;
    this.head = head;
    this.ngramHead = ngramHead;
    this.labels = card.labels().toArray(String[]::new);
  }

  public static IntentModel load(Path dir) throws ModelLoadException {
    return load(dir, Options.DEFAULT);
  }

  /** Loads and validates a model directory; failures name the offending file in one line. */
  public static IntentModel load(Path dir, Options options) throws ModelLoadException {
    ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
    OrtSession session = openHead(dir.resolve(card.headFile()), card.headSha256(), card, options);
    OrtSession ngramSession = null;
    FeatureExtractor extractor = null;
    try {
      ModelCard.Cascade cascade = card.cascade();
      if (cascade != null && options.cascade()) {
        ngramSession =
            openHead(dir.resolve(cascade.headFile()), cascade.headSha256(), card, options);
      }
      FeatureSpec spec = card.features();
      float[] idf =
          spec.idfFile() == null
              ? null
              : IdfTable.read(dir.resolve(spec.idfFile()), spec.idfSha256(), spec.buckets());
      ModelCard.SupportWindow wide = card.supportWindow();
      extractor =
          new FeatureExtractor(
              spec,
              idf,
              wide == null ? spec.maxTokens() : wide.maxTokens(),
              options.intraOpThreads(),
              options.interOpThreads());
      String wanted = card.features().encoderSha256();
      if (wanted != null && !wanted.equals(extractor.encoderSha256())) {
        throw new ModelLoadException(
            dir.resolve(ModelCard.FILE_NAME)
                + ": card expects encoder "
                + card.features().encoder()
                + " with SHA-256 "
                + wanted
                + ", classpath has "
                + extractor.encoderSha256());
      }
      return new IntentModel(card, options, extractor, session, ngramSession);
    } catch (ModelLoadException | RuntimeException e) {
      closeQuietly(e, session, ngramSession, extractor);
      throw e;
    }
  }

  /** Reads a head ONNX, checks it against the card's checksum and the head contract. */
  private static OrtSession openHead(Path headPath, String sha256, ModelCard card, Options options)
      throws ModelLoadException {
    byte[] bytes = readChecked(headPath, sha256, "model file");
    OrtSession session;
    try (OrtSession.SessionOptions so =
        SentenceEncoder.sessionOptions(options.intraOpThreads(), options.interOpThreads())) {
      session = OrtEnvironment.getEnvironment().createSession(bytes, so);
    } catch (OrtException e) {
      throw new ModelLoadException(
          headPath
              + ": not a loadable ONNX model ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + ")");
    }
    try {
      checkContract(headPath, session, card);
      return session;
    } catch (ModelLoadException | RuntimeException e) {
      closeQuietly(e, session);
      throw e;
    }
  }

  /** A file of the model directory, refused unless its SHA-256 is the card's {@code sha256}. */
  static byte[] readChecked(Path file, String sha256, String what) throws ModelLoadException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ModelLoadException(file + ": " + what + " missing");
    } catch (IOException e) {
      throw new ModelLoadException(file + ": cannot read " + what + " (" + e + ")");
    }
    if (!SentenceEncoder.sha256(bytes).equals(sha256)) {
      throw new ModelLoadException(
          file + ": SHA-256 differs from the card's checksum (corrupt or replaced)");
    }
    return bytes;
  }

  private static void closeQuietly(Exception cause, AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      try {
        if (r != null) {
          r.close();
        }
      } catch (Exception suppressed) {
        cause.addSuppressed(suppressed);
      }
    }
  }

  /** The head must take our three inputs and emit one probability per card label. */
  private static void checkContract(Path headPath, OrtSession session, ModelCard card)
      throws ModelLoadException {
    try {
      Map<String, NodeInfo> in = session.getInputInfo();
      for (String name :
          List.of(HeadTensors.INPUT_IDS, HeadTensors.INPUT_WEIGHTS, HeadTensors.INPUT_EMBEDDING)) {
        if (!in.containsKey(name)) {
          throw new ModelLoadException(
              headPath + ": input " + name + " missing, has " + in.keySet());
        }
      }
      NodeInfo out = session.getOutputInfo().get(HeadTensors.OUTPUT);
      if (out == null || !(out.getInfo() instanceof TensorInfo ti) || ti.getShape().length != 2) {
        throw new ModelLoadException(
            headPath + ": output " + HeadTensors.OUTPUT + " [batch, classes] missing");
      }
      long classes = ti.getShape()[1];
      if (classes != card.labels().size()) {
        throw new ModelLoadException(
            headPath
                + ": model outputs "
                + classes
                + " classes but "
                + ModelCard.FILE_NAME
                + " lists "
                + card.labels().size()
                + " labels");
      }
      String buckets = session.getMetadata().getCustomMetadataValue("buckets").orElse(null);
      if (buckets == null || Integer.parseInt(buckets) != card.features().buckets()) {
        throw new ModelLoadException(
            headPath
                + ": hash bucket count "
                + buckets
                + " differs from the card's "
                + card.features().buckets());
      }
    } catch (OrtException | NumberFormatException e) {
      throw new ModelLoadException(headPath + ": cannot inspect model (" + e.getMessage() + ")");
    }
  }

  public ModelCard card() {
    return card;
  }

  public List<String> labels() {
    return List.of(labels);
  }

  /**
   * Scores texts; the result has one prediction per text, in order. Blank texts are not scored but
   * answered with {@link Prediction.Status#EMPTY_TEXT}.
   */
  public List<Prediction> predict(List<String> texts) throws OrtException {
    return predict(texts, null, null);
  }

  /**
   * {@link #predict}, reading the texts flagged in {@code support} (by index) with the card's
   * {@link ModelCard.SupportWindow} when it has one.
   */
  public List<Prediction> predict(List<String> texts, boolean[] support) throws OrtException {
    return predict(texts, null, card.supportWindow() == null ? null : support);
  }

  /**
   * The intent, spam and domain heads of a served model, in that order (spam and domain may be
   * absent: null, answered null): the intent and domain heads on {@code texts}, the spam head on
   * {@code messages}, the whole messages of those texts by index (see {@link TriageModel#score}).
   * The n-gram heads score first, so the intent model reads what its domain head takes for a
   * support request with its support window; without a domain head every text counts as one.
   */
  public static List<List<Prediction>> predictServed(
      IntentModel intents,
      IntentModel spam,
      IntentModel domain,
      List<String> texts,
      List<String> messages)
      throws OrtException {
    if (messages.size() != texts.size()) {
      throw new IllegalArgumentException(
          messages.size() + " messages for " + texts.size() + " texts");
    }
    List<List<Prediction>> heads =
        texts.equals(messages)
            ? predictBoth(spam, domain, texts)
            : Arrays.asList(
                spam == null ? null : spam.predict(messages),
                domain == null ? null : domain.predict(texts));
    List<Prediction> inDomain = heads.get(1);
    ModelCard.SupportWindow window = intents.card.supportWindow();
    boolean[] support = new boolean[texts.size()];
    for (int i = 0; i < support.length; i++) {
      support[i] =
          inDomain == null
              || window != null
                  && inDomain.get(i).probability(ModelLocation.DOMAIN_LABEL) >= window.inDomain();
    }
    return Arrays.asList(intents.predict(texts, support), heads.get(0), heads.get(1));
  }

  /**
   * Scores the same texts with two models, either of which may be absent (null, answered null),
   * featurizing each text once when both read the same n-grams and nothing else (the spam and the
   * domain head do): on a long message the n-grams are most of an n-gram head's cost. Otherwise
   * each model scores on its own, as {@link #predict}.
   */
  public static List<List<Prediction>> predictBoth(
      IntentModel first, IntentModel second, List<String> texts) throws OrtException {
    List<Features> grams = null;
    if (first != null && second != null) {
      FeatureSpec spec = first.card.features();
      if (!spec.useEmbedding()
          && spec.equals(second.card.features())
          && first.ngramHead == null
          && second.ngramHead == null) {
        // A missing text is answered EMPTY_TEXT without its features being read.
        grams = first.features.ngramsOf(texts.stream().map(t -> t == null ? "" : t).toList());
      }
    }
    return Arrays.asList(
        first == null ? null : first.predict(texts, grams, null),
        second == null ? null : second.predict(texts, grams, null));
  }

  /**
   * {@link #predict}, with each text's n-grams given ({@code grams}, by index) or extracted, and
   * the texts the encoder reads with its wide window ({@code wide}, by index; null: none).
   */
  private List<Prediction> predict(List<String> texts, List<Features> grams, boolean[] wide)
      throws OrtException {
    Prediction[] out = new Prediction[texts.size()];
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null || t.isBlank()) {
        out[i] = Prediction.emptyText();
      } else {
        pending.add(i);
      }
    }
    if (!options.replaySafe()) {
      // Similar lengths per batch keep padding, hence wasted encoder work, small.
      pending.sort(java.util.Comparator.comparingInt(i -> texts.get(i).length()));
    }
    for (int from = 0; from < pending.size(); from += options.batchSize()) {
      List<Integer> idx =
          pending.subList(from, Math.min(pending.size(), from + options.batchSize()));
      List<String> batch = idx.stream().map(texts::get).toList();
      List<Features> batchGrams =
          grams == null ? features.ngramsOf(batch) : idx.stream().map(grams::get).toList();
      List<Integer> undecided = new ArrayList<>();
      if (ngramHead == null) {
        for (int j = 0; j < idx.size(); j++) {
          undecided.add(j);
        }
      } else {
        float[][] first = score(ngramHead, batchGrams);
        for (int j = 0; j < idx.size(); j++) {
          if (max(first[j]) >= card.cascade().threshold()) {
            out[idx.get(j)] = toPrediction(first[j], batchGrams.get(j).truncated(), true);
          } else {
            undecided.add(j);
          }
        }
      }
      if (undecided.isEmpty()) {
        continue;
      }
      boolean[] wideHere = null;
      if (wide != null) {
        wideHere = new boolean[undecided.size()];
        for (int j = 0; j < wideHere.length; j++) {
          wideHere[j] = wide[idx.get(undecided.get(j))];
        }
      }
      List<Features> feats =
          features.withEmbeddings(
              undecided.stream().map(batch::get).toList(),
              undecided.stream().map(batchGrams::get).toList(),
              !options.replaySafe(),
              wideHere);
      float[][] probs = score(head, feats);
      for (int j = 0; j < undecided.size(); j++) {
        out[idx.get(undecided.get(j))] = toPrediction(probs[j], feats.get(j).truncated(), false);
      }
    }
    return Arrays.asList(out);
  }

  /** Runs the full ONNX head on already-extracted features: one probability row per input. */
  public float[][] scoreFeatures(List<Features> feats) throws OrtException {
    return score(head, feats);
  }

  /** One row per input; replay-safe: each text alone through the session. */
  private float[][] score(OrtSession session, List<Features> feats) throws OrtException {
    if (!options.replaySafe()) {
      return run(session, feats);
    }
    float[][] probs = new float[feats.size()][];
    for (int j = 0; j < feats.size(); j++) {
      probs[j] = run(session, List.of(feats.get(j)))[0];
    }
    return probs;
  }

  private static float max(float[] p) {
    float m = Float.NEGATIVE_INFINITY;
    for (float v : p) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static float[][] run(OrtSession session, List<Features> feats) throws OrtException {
    int b = feats.size();
    int len = 1; // ONNX needs a non-empty axis even if every text had no n-grams
    for (Features f : feats) {
      len = Math.max(len, f.ngrams().size());
    }
    long[] ids = new long[b * len];
    float[] weights = new float[b * len];
    float[] emb = new float[b * SentenceEncoder.DIM];
    for (int i = 0; i < b; i++) {
      Features f = feats.get(i);
      int[] fi = f.ngrams().ids();
      float[] fv = f.ngrams().values();
      for (int j = 0; j < fi.length; j++) {
        ids[i * len + j] = fi[j];
        weights[i * len + j] = fv[j];
      }
      System.arraycopy(f.embedding(), 0, emb, i * SentenceEncoder.DIM, SentenceEncoder.DIM);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {b, len});
        OnnxTensor tW =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(weights), new long[] {b, len});
        OnnxTensor tE =
            OnnxTensor.createTensor(
                env, FloatBuffer.wrap(emb), new long[] {b, SentenceEncoder.DIM});
        OrtSession.Result r =
            session.run(
                Map.of(
                    HeadTensors.INPUT_IDS,
                    tIds,
                    HeadTensors.INPUT_WEIGHTS,
                    tW,
                    HeadTensors.INPUT_EMBEDDING,
                    tE))) {
      return (float[][]) r.get(0).getValue();
    }
  }

  private Prediction toPrediction(float[] p, boolean truncated, boolean ngramsOnly) {
    Integer[] order = new Integer[p.length];
    for (int c = 0; c < p.length; c++) {
      order[c] = c;
    }
    // Ties broken by label index so the answer is a pure function of the probabilities.
    Arrays.sort(order, (a, c) -> p[a] != p[c] ? Float.compare(p[c], p[a]) : Integer.compare(a, c));
    List<Prediction.Scored> top = new ArrayList<>();
    for (int i = 0; i < Math.min(options.topK(), p.length); i++) {
      top.add(new Prediction.Scored(labels[order[i]], p[order[i]]));
    }
    return new Prediction(
        Prediction.Status.OK,
        labels[order[0]],
        p[order[0]],
        List.copyOf(top),
        truncated,
        ngramsOnly);
  }

  @Override
  public void close() throws OrtException {
    try {
      head.close();
    } finally {
      try {
        if (ngramHead != null) {
          ngramHead.close();
        }
      } finally {
        features.close();
      }
    }
  }
}
