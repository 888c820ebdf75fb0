package io.mailtriage.inference;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * How texts become head inputs; stored in the model card and checked on load.
 *
 * @param ngramSpec {@link NgramFeaturizer#SPEC} the model was trained with
 * @param useNgrams whether hashed n-grams feed the head (else none are fed)
 * @param buckets hash space of the n-gram features (rows of the sparse weight table)
 * @param useEmbedding whether the MiniLM embedding feeds the head (else zeros are fed)
 * @param encoder classpath resource of the encoder ONNX, null without embedding
 * @param encoderSha256 SHA-256 of those bytes, null without embedding
 * @param tokenizer classpath resource of the tokenizer, null without embedding
 * @param maxTokens encoder token window, special tokens included
 * @param pooling how token states become one vector
 * @param encoderBatching how texts are fed to the encoder (determinism contract)
 * @param maxChars text budget: only the first this-many characters (cut at a sentence, line or word
 *     end, see {@link FeatureExtractor#budget}) feed both featurizers; 0 (cards written before the
 *     budget existed) means the whole text
 * @param idfFile the n-grams' inverse document frequencies in the model directory ({@link
 *     IdfTable}), exactly when {@code ngramSpec} names idf; null otherwise (and in older cards)
 * @param idfSha256 SHA-256 of that file
 */
public record FeatureSpec(
    String ngramSpec,
    boolean useNgrams,
    int buckets,
    boolean useEmbedding,
    String encoder,
    String encoderSha256,
    String tokenizer,
    int maxTokens,
    String pooling,
    String encoderBatching,
    int maxChars,
    // Left out of cards without idf, which read as they did before the option.
    @JsonInclude(JsonInclude.Include.NON_NULL) String idfFile,
    @JsonInclude(JsonInclude.Include.NON_NULL) String idfSha256) {

  public static FeatureSpec of(
      boolean useNgrams, int buckets, boolean useEmbedding, int maxTokens) {
    return new FeatureSpec(
        NgramFeaturizer.SPEC,
        useNgrams,
        buckets,
        useEmbedding,
        useEmbedding ? SentenceEncoder.MODEL_RESOURCE : null,
        null,
        useEmbedding ? SentenceEncoder.TOKENIZER_RESOURCE : null,
        maxTokens,
        useEmbedding ? "mean over attention mask, L2-normalised" : null,
        useEmbedding ? "one text per encoder run, no padding" : null,
        0,
        null,
        null);
  }

  /** The n-gram options {@code ngramSpec} names; empty when this runtime does not know it. */
  public Optional<NgramFeaturizer.Options> ngramOptions() {
    return NgramFeaturizer.Options.parse(ngramSpec);
  }

  /**
   * @param idfFile the model directory's {@link IdfTable}, exactly when {@code options.idf()}
   */
  public FeatureSpec withNgramOptions(
      NgramFeaturizer.Options options, String idfFile, String idfSha256) {
    return new FeatureSpec(
        options.spec(),
        useNgrams,
        buckets,
        useEmbedding,
        encoder,
        encoderSha256,
        tokenizer,
        maxTokens,
        pooling,
        encoderBatching,
        maxChars,
        idfFile,
        idfSha256);
  }

  public FeatureSpec withMaxChars(int chars) {
    if (chars < 0) {
      throw new IllegalArgumentException("maxChars must be >= 0 (0: whole text), got " + chars);
    }
    return new FeatureSpec(
        ngramSpec,
        useNgrams,
        buckets,
        useEmbedding,
        encoder,
        encoderSha256,
        tokenizer,
        maxTokens,
        pooling,
        encoderBatching,
        chars,
        idfFile,
        idfSha256);
  }

  public FeatureSpec withEncoderSha256(String sha) {
    return new FeatureSpec(
        ngramSpec,
        useNgrams,
        buckets,
        useEmbedding,
        encoder,
        sha,
        tokenizer,
        maxTokens,
        pooling,
        encoderBatching,
        maxChars,
        idfFile,
        idfSha256);
  }
}
