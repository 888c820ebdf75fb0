package io.mailtriage.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The n-gram inverse document frequencies of a model ({@link NgramFeaturizer.Options#idf()}): one
 * little-endian float32 per bucket, in bucket order, in the model directory under the name the card
 * gives ({@link FeatureSpec#idfFile()}), checked against the card's SHA-256 on load.
 */
public final class IdfTable {

  public static final String FILE_NAME = "ngram-idf.bin";

  private IdfTable() {}

  /** Smoothed idf from document frequencies: ln((1 + docs) / (1 + df)) + 1, never below 1. */
  public static float[] fromDocumentFrequencies(int[] df, int docs) {
    float[] idf = new float[df.length];
    for (int i = 0; i < df.length; i++) {
      idf[i] = (float) (Math.log((1.0 + docs) / (1.0 + df[i])) + 1.0);
    }
    return idf;
  }

  public static byte[] bytes(float[] idf) {
    ByteBuffer b = ByteBuffer.allocate(4 * idf.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : idf) {
      b.putFloat(x);
    }
    return b.array();
  }

  /** Reads the card's table; every failure is one line naming the file. */
  public static float[] read(Path file, String sha256, int buckets) throws ModelLoadException {
    byte[] raw = IntentModel.readChecked(file, sha256, "idf table");
    if (raw.length != 4L * buckets) {
      throw new ModelLoadException(
          file + ": holds " + raw.length / 4 + " weights, the card has " + buckets + " buckets");
    }
    float[] idf = new float[buckets];
    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(idf);
    for (float x : idf) {
      if (!(x > 0) || Float.isInfinite(x)) {
        throw new ModelLoadException(file + ": idf weights must be positive and finite");
      }
    }
    return idf;
  }
}
