package io.mailtriage.inference;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashed sparse n-gram features: word 1–2-grams and character 3–5-grams (by default taken inside
 * each word padded by one space, so they capture prefixes/suffixes and survive typos). Each family
 * is weighted with sublinear term frequency 1+ln(tf) and L2-normalised on its own, so short and
 * long texts land on the same scale. {@link Options} vary the shortest char gram, let char grams
 * run across word boundaries, and multiply each weight by an inverse document frequency learned
 * from the training texts (a table per bucket that travels in the model directory); without them
 * the feature map is stateless, nothing but the bucket count travels with the model.
 *
 * <p>Hash: FNV-1a 64 over the UTF-8 bytes of a family-prefixed gram, finished with the MurmurHash3
 * 64-bit mixer, modulo the bucket count. Any change to this class changes {@link #SPEC}, which the
 * model card records and the runtime checks; the options are part of the spec string, so a runtime
 * that does not know them refuses such a card instead of scoring it on other features.
 */
public final class NgramFeaturizer {

  /** Identifies the feature definition; bump when normalisation, grams or hashing change. */
  public static final String SPEC =
      "ngram-v1:nfkc-lower;word1-2;char3-5-wb;sublinear-tf;l2-per-family;fnv1a64+fmix64";

  /** Texts are cut here before n-gram extraction so one huge email cannot blow up memory. */
  public static final int MAX_CHARS = 8_192;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  private static final Pattern OPTIONS_SPEC =
      Pattern.compile(
          "ngram-v1:nfkc-lower;word1-2;char([1-5])-5(-wb)?;sublinear-tf(-idf)?;"
              + "l2-per-family;fnv1a64\\+fmix64");

  /**
   * What a model may choose about its n-grams; {@link #spec()} names them in the card.
   *
   * @param charMin shortest char gram (the longest is 5)
   * @param charAcrossWords char grams over the words joined by single spaces (bridging word
   *     boundaries, punctuation left out), instead of inside each padded word
   * @param idf each weight times the bucket's inverse document frequency (a table of the model)
   */
  public record Options(int charMin, boolean charAcrossWords, boolean idf) {
    public static final Options DEFAULT = new Options(3, false, false);

    public Options {
      if (charMin < 1 || charMin > 5) {
        throw new IllegalArgumentException("char grams must start at 1..5, got " + charMin);
      }
    }

    /** The card's {@code ngramSpec}; {@link #SPEC} for the default options. */
    public String spec() {
      return "ngram-v1:nfkc-lower;word1-2;char"
          + charMin
          + "-5"
          + (charAcrossWords ? "" : "-wb")
          + ";sublinear-tf"
          + (idf ? "-idf" : "")
          + ";l2-per-family;fnv1a64+fmix64";
    }

    /** The options a spec string names; empty when this runtime does not know the spec. */
    public static Optional<Options> parse(String spec) {
      Matcher m = OPTIONS_SPEC.matcher(spec == null ? "" : spec);
      if (!m.matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new Options(Integer.parseInt(m.group(1)), m.group(2) == null, m.group(3) != null));
    }
  }

  private final int buckets;
  private final Options options;

  /** Per bucket, null without {@link Options#idf()}. */
  private final float[] idf;

  public NgramFeaturizer(int buckets) {
    this(buckets, Options.DEFAULT, null);
  }

  /**
   * @param idf one inverse document frequency per bucket, exactly when {@code options.idf()}
   */
  public NgramFeaturizer(int buckets, Options options, float[] idf) {
    if (buckets < 2) {
      throw new IllegalArgumentException("bucket count must be >= 2, got " + buckets);
    }
    if (options.idf() != (idf != null) || idf != null && idf.length != buckets) {
      throw new IllegalArgumentException(
          options.idf()
              ? "idf needs one weight per bucket (" + buckets + ")"
              : "idf weights given to options without idf");
    }
    this.buckets = buckets;
    this.options = options;
    this.idf = idf == null ? null : idf.clone();
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
    StringBuilder joined = new StringBuilder(" ");
    while (m.find()) {
      String w = m.group();
      wordCounts.merge(bucket("w1:" + w), 1.0, Double::sum);
      if (prev != null) {
        wordCounts.merge(bucket("w2:" + prev + ' ' + w), 1.0, Double::sum);
      }
      if (options.charAcrossWords()) {
        joined.append(w).append(' ');
      } else {
        addCharGrams(' ' + w + ' ', charCounts);
      }
      prev = w;
    }
    if (options.charAcrossWords() && prev != null) {
      addCharGrams(joined.toString(), charCounts);
    }
    Map<Integer, Double> merged = new HashMap<>();
    addNormalised(wordCounts, merged, idf);
    addNormalised(charCounts, merged, idf);
    int[] ids = merged.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] values = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      values[i] = (float) (double) merged.get(ids[i]);
    }
    return new SparseVector(ids, values);
  }

  private void addCharGrams(String padded, Map<Integer, Double> charCounts) {
    for (int n = options.charMin(); n <= 5; n++) {
      for (int i = 0; i + n <= padded.length(); i++) {
        charCounts.merge(bucket("c:" + padded.substring(i, i + n)), 1.0, Double::sum);
      }
    }
  }

  private static void addNormalised(
      Map<Integer, Double> counts, Map<Integer, Double> into, float[] idf) {
    // Sum in id order so the float result never depends on HashMap iteration order.
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] w = new double[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      w[i] = (1.0 + Math.log(counts.get(ids[i]))) * (idf == null ? 1.0 : idf[ids[i]]);
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
