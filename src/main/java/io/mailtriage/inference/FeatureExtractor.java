package io.mailtriage.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text → {@link Features}, the single feature path shared by training, evaluation, the classify CLI
 * and the streaming operator, so a model is always scored on exactly the features it was trained
 * on.
 */
public final class FeatureExtractor implements AutoCloseable {

  /** Null when the model is embedding only. */
  private final NgramFeaturizer ngrams;

  /** Null when the model is n-gram only: nothing heavy is loaded then. */
  private final SentenceEncoder encoder;

  /** {@link FeatureSpec#maxChars()}: 0 reads the whole text. */
  private final int maxChars;

  /** Embeddings by (budgeted) text, filled as texts are met; null when not caching (serving). */
  private Map<String, SentenceEncoder.Embedded> cache;

  public FeatureExtractor(FeatureSpec spec, int intraOpThreads, int interOpThreads) {
    this(spec, null, intraOpThreads, interOpThreads);
  }

  /**
   * @param idf the model's {@link IdfTable}, exactly when the spec's n-gram options name idf
   */
  public FeatureExtractor(FeatureSpec spec, float[] idf, int intraOpThreads, int interOpThreads) {
    this(spec, idf, spec.maxTokens(), intraOpThreads, interOpThreads);
  }

  /**
   * @param wideTokens the encoder's wider window for the texts {@link #withEmbeddings} is told to
   *     read wide ({@link ModelCard.SupportWindow}); the spec's window when there is none
   */
  public FeatureExtractor(
      FeatureSpec spec, float[] idf, int wideTokens, int intraOpThreads, int interOpThreads) {
    this.maxChars = spec.maxChars();
    this.ngrams =
        spec.useNgrams()
            ? new NgramFeaturizer(
                spec.buckets(),
                spec.ngramOptions()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "unknown n-gram spec " + spec.ngramSpec())),
                idf)
            : null;
    this.encoder =
        spec.useEmbedding()
            ? new SentenceEncoder(
                OrtEnvironment.getEnvironment(),
                spec.maxTokens(),
                wideTokens,
                intraOpThreads,
                interOpThreads)
            : null;
  }

  /** Encoder ONNX SHA-256, or null for an n-gram-only extractor. */
  public String encoderSha256() {
    return encoder == null ? null : encoder.modelSha256();
  }

  /**
   * Remembers every embedding in {@code cache} and reuses the ones it already holds: the trainer
   * keeps one per encoder, window and budget across runs, since the encoder is most of a run's
   * time. Only for replay-safe extraction, whose embeddings do not depend on the other texts.
   */
  public void cacheEmbeddingsIn(Map<String, SentenceEncoder.Embedded> cache) {
    this.cache = cache;
  }

  /** Replay-safe extraction: each text's features are independent of the others. */
  public List<Features> extract(List<String> texts) throws OrtException {
    return extract(texts, false);
  }

  /**
   * @param paddedEncoderBatch run the encoder on all texts as one padded batch: faster, but a
   *     text's embedding then depends slightly on its batch neighbours (see {@link
   *     SentenceEncoder})
   */
  public List<Features> extract(List<String> whole, boolean paddedEncoderBatch)
      throws OrtException {
    return withEmbeddings(whole, ngramsOf(whole), paddedEncoderBatch, null);
  }

  /**
   * The cheap half of {@link #extract}: each text's hashed n-grams with an all-zero embedding, what
   * a head fitted without the encoder reads; the encoder does not run. {@link Features#truncated()}
   * says only whether the text budget or the n-gram window cut the text.
   */
  public List<Features> ngramsOf(List<String> whole) {
    List<Features> out = new ArrayList<>(whole.size());
    for (String t : whole) {
      String text = budget(t, maxChars);
      boolean cut =
          text.length() < t.length() || ngrams != null && text.length() > NgramFeaturizer.MAX_CHARS;
      NgramFeaturizer.SparseVector grams =
          ngrams == null
              ? new NgramFeaturizer.SparseVector(new int[0], new float[0])
              : ngrams.featurize(text);
      out.add(new Features(grams, new float[SentenceEncoder.DIM], cut));
    }
    return out;
  }

  /**
   * Completes {@link #ngramsOf} features of the same texts with their sentence embedding (and the
   * encoder window's truncation flag); as they are when the model has no encoder.
   *
   * @param wide the texts (by index) the encoder reads with its wide window; null: none
   */
  public List<Features> withEmbeddings(
      List<String> whole, List<Features> ngramFeatures, boolean paddedEncoderBatch, boolean[] wide)
      throws OrtException {
    if (encoder == null) {
      return ngramFeatures;
    }
    List<String> texts = new ArrayList<>(whole.size());
    for (String t : whole) {
      texts.add(budget(t, maxChars));
    }
    List<SentenceEncoder.Embedded> embedded =
        paddedEncoderBatch
            ? encoder.embedPadded(texts, wide)
            : cache != null && wide == null ? cachedEmbeddings(texts) : encoder.embed(texts, wide);
    List<Features> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Features f = ngramFeatures.get(i);
      SentenceEncoder.Embedded e = embedded.get(i);
      out.add(new Features(f.ngrams(), e.vector(), f.truncated() || e.truncated()));
    }
    return out;
  }

  private List<SentenceEncoder.Embedded> cachedEmbeddings(List<String> texts) throws OrtException {
    List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
    List<SentenceEncoder.Embedded> fresh = encoder.embed(missing);
    for (int i = 0; i < missing.size(); i++) {
      cache.put(missing.get(i), fresh.get(i));
    }
    return texts.stream().map(cache::get).toList();
  }

  /**
   * The beginning of a text that the model reads: at most {@code maxChars} characters, ended at the
   * last sentence or line end in the budget's final quarter, else at the last whitespace in its
   * second half, else mid-word. The subject and the first sentences carry an email's request;
   * tokenizing and hashing the rest of a long body costs time the encoder's window throws away.
   */
  public static String budget(String text, int maxChars) {
    if (maxChars <= 0 || text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    for (int i = maxChars; i > maxChars - maxChars / 4; i--) {
      char c = text.charAt(i - 1);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return text.substring(0, i);
      }
    }
    for (int i = maxChars; i > maxChars / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.substring(0, i);
      }
    }
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return text.substring(0, end);
  }

  @Override
  public void close() throws OrtException {
    if (encoder != null) {
      encoder.close();
    }
  }
}
