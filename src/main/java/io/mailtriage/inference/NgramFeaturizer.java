package io.mailtriage.inference;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashed sparse n-gram features: word 1–2-grams and character 3–5-grams (taken inside each word
 * padded by one space, so they capture prefixes/suffixes and survive typos). Each family is
 * weighted with sublinear term frequency 1+ln(tf) and L2-normalised on its own, so short and long
 * texts land on the same scale; IDF is left to the learned weights, which keeps the whole feature
 * map stateless (nothing but the bucket count has to travel with the model).
 *
 * <p>Hash: FNV-1a 64 over the UTF-8 bytes of a family-prefixed gram, finished with the MurmurHash3
 * 64-bit mixer, modulo the bucket count. Any change to this class changes {@link #SPEC}, which the
 * model card records and the runtime checks.
 */
public final class NgramFeaturizer {

  /** Identifies the feature definition; bump when normalisation, grams or hashing change. */
  public static final String SPEC =
      "ngram-v1:nfkc-lower;word1-2;char3-5-wb;sublinear-tf;l2-per-family;fnv1a64+fmix64";

  /** Texts are cut here before n-gram extraction so one huge email cannot blow up memory. */
  public static final int MAX_CHARS = 8_192;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  private final int buckets;

  public NgramFeaturizer(int buckets) {
    if (buckets < 2) {
      throw new IllegalArgumentException("bucket count must be >= 2, got " + buckets);
    }
    this.buckets = buckets;
  }

  /** Normalisation shared by both families: compatibility forms folded, lower-cased. */
  public static String normalise(String text) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return Normalizer.normalize(cut, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Sparse vector with ascending, distinct ids. Empty text gives an empty vector. */
  public SparseVector featurize(String text) {
    String norm = normalise(text);
    Map<Integer, Double> wordCounts = new HashMap<>();
    Map<Integer, Double> charCounts = new HashMap<>();
    Matcher m = WORD.matcher(norm);
    String prev = null;
    while (m.find()) {
      String w = m.group();
      wordCounts.merge(bucket("w1:" + w), 1.0, Double::sum);
      if (prev != null) {
        wordCounts.merge(bucket("w2:" + prev + ' ' + w), 1.0, Double::sum);
      }
      String padded = ' ' + w + ' ';
      for (int n = 3; n <= 5; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          charCounts.merge(bucket("c:" + padded.substring(i, i + n)), 1.0, Double::sum);
        }
      }
      prev = w;
    }
    Map<Integer, Double> merged = new HashMap<>();
    addNormalised(wordCounts, merged);
    addNormalised(charCounts, merged);
    int[] ids = merged.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] values = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      values[i] = (float) (double) merged.get(ids[i]);
    }
    return new SparseVector(ids, values);
  }

  private static void addNormalised(Map<Integer, Double> counts, Map<Integer, Double> into) {
    // Sum in id order so the float result never depends on HashMap iteration order.
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] w = new double[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      w[i] = 1.0 + Math.log(counts.get(ids[i]));
      norm += w[i] * w[i];
    }
    if (norm == 0) {
      return;
    }
    double inv = 1.0 / Math.sqrt(norm);
    for (int i = 0; i < ids.length; i++) {
      into.merge(ids[i], w[i] * inv, Double::sum);
    }
  }

  int bucket(String gram) {
    return (int) Long.remainderUnsigned(hash64(gram), buckets);
  }

  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    // FNV alone mixes the low bits poorly for short strings; fmix64 spreads them.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Ascending distinct bucket ids with their weights. */
  public record SparseVector(int[] ids, float[] values) {
    public SparseVector {
      if (ids.length != values.length) {
        throw new IllegalArgumentException("ids and values differ in length");
      }
    }

    public int size() {
      return ids.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SparseVector v
          && Arrays.equals(ids, v.ids)
          && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "SparseVector[" + ids.length + " entries]";
    }
  }
}
