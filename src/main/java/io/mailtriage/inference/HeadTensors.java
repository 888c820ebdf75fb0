package io.mailtriage.inference;

/**
 * The tensor names of a classifier head (head.onnx): what the serving side feeds and reads. The
 * training side's ONNX writer names its graph's inputs and output after these, so serving never
 * depends on training code.
 */
public final class HeadTensors {
  /** INT64 [batch, n-grams]: hashed n-gram bucket ids. */
  public static final String INPUT_IDS = "ngram_ids";

  /** FLOAT [batch, n-grams]: the weight of each id (0 for padding). */
  public static final String INPUT_WEIGHTS = "ngram_weights";

  /** FLOAT [batch, 384]: the sentence embedding. */
  public static final String INPUT_EMBEDDING = "embedding";

  /** FLOAT [batch, classes]: calibrated class probabilities. */
  public static final String OUTPUT = "probabilities";

  private HeadTensors() {}
}
