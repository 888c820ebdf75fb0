package io.mailtriage.inference;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
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
    // Bucket ids are gathered as ints and counted after sorting, and each gram is hashed from the
    // text it lies in: a HashMap of boxed counts and a String per gram were most of the cost of
    // scoring a long mail. The features are bit for bit those of the definition (see #bucket).
    Ids words = new Ids();
    Ids chars = new Ids();
    Matcher m = WORD.matcher(norm);
    int prevStart = -1;
    int prevEnd = -1;
    StringBuilder joined = new StringBuilder(" ");
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      words.add(bucket(update(W1, norm, start, end)));
      if (prevStart >= 0) {
        long h = update(W2, norm, prevStart, prevEnd);
        h = (h ^ ' ') * FNV_PRIME;
        words.add(bucket(update(h, norm, start, end)));
      }
      if (options.charAcrossWords()) {
        joined.append(norm, start, end).append(' ');
      } else {
        addCharGrams(' ' + norm.substring(start, end) + ' ', chars);
      }
      prevStart = start;
      prevEnd = end;
    }
    if (options.charAcrossWords() && prevStart >= 0) {
      addCharGrams(joined.toString(), chars);
    }
    double[] w = words.weigh(idf);
    double[] c = chars.weigh(idf);
    int[] ids = new int[words.distinct + chars.distinct];
    float[] values = new float[ids.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < words.distinct || j < chars.distinct) {
      if (j == chars.distinct || i < words.distinct && words.ids[i] < chars.ids[j]) {
        ids[k] = words.ids[i];
        values[k++] = (float) w[i++];
      } else if (i == words.distinct || chars.ids[j] < words.ids[i]) {
        ids[k] = chars.ids[j];
        values[k++] = (float) c[j++];
      } else {
        ids[k] = words.ids[i];
        values[k++] = (float) (w[i++] + c[j++]);
      }
    }
    return new SparseVector(Arrays.copyOf(ids, k), Arrays.copyOf(values, k));
  }

  private void addCharGrams(String padded, Ids chars) {
    for (int n = options.charMin(); n <= 5; n++) {
      for (int i = 0; i + n <= padded.length(); i++) {
        chars.add(bucket(update(C, padded, i, i + n)));
      }
    }
  }

  /**
   * The bucket ids of one family, as added; {@link #weigh} sorts them into {@link #distinct}
   * ascending ids.
   */
  private static final class Ids {
    private int[] ids = new int[64];
    private int size;
    private int distinct;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    /**
     * Sorts and counts the ids, leaving each distinct id once at the front, and returns their
     * weights: sublinear tf (times idf), L2-normalised; none when the family's norm is 0.
     */
    double[] weigh(float[] idf) {
      Arrays.sort(ids, 0, size);
      double[] w = new double[size];
      double norm = 0;
      for (int from = 0; from < size; ) {
        int to = from + 1;
        while (to < size && ids[to] == ids[from]) {
          to++;
        }
        int id = ids[from];
        ids[distinct] = id;
        // Summed in id order, as the definition does.
        w[distinct] = (1.0 + Math.log(to - from)) * (idf == null ? 1.0 : idf[id]);
        norm += w[distinct] * w[distinct];
        distinct++;
        from = to;
      }
      if (norm == 0) {
        distinct = 0;
        return w;
      }
      double inv = 1.0 / Math.sqrt(norm);
      for (int i = 0; i < distinct; i++) {
        w[i] *= inv;
      }
      return w;
    }
  }

  /** The definition of a gram's bucket, which {@link #featurize} computes without the String. */
  int bucket(String gram) {
    return (int) Long.remainderUnsigned(hash64(gram), buckets);
  }

  /** The bucket of an FNV-1a state: finished with fmix64, then taken modulo the bucket count. */
  private int bucket(long fnv) {
    return (int) Long.remainderUnsigned(fmix64(fnv), buckets);
  }

  private static final long FNV_PRIME = 0x100000001b3L;

  /** FNV-1a states after the family prefixes "w1:", "w2:" and "c:". */
  private static final long W1 = update(0xcbf29ce484222325L, "w1:", 0, 3);

  private static final long W2 = update(0xcbf29ce484222325L, "w2:", 0, 3);
  private static final long C = update(0xcbf29ce484222325L, "c:", 0, 2);

  /**
   * FNV-1a state {@code h} fed the UTF-8 bytes of {@code s[from, to)} as {@code
   * String.getBytes(UTF_8)} encodes that substring (a surrogate without its partner inside the
   * range, as a char gram may cut a pair, is the byte '?').
   */
  private static long update(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        h = (h ^ ch) * FNV_PRIME;
      } else if (ch < 0x800) {
        h = (h ^ (0xc0 | ch >> 6)) * FNV_PRIME;
        h = (h ^ (0x80 | ch & 0x3f)) * FNV_PRIME;
      } else if (!Character.isSurrogate(ch)) {
        h = (h ^ (0xe0 | ch >> 12)) * FNV_PRIME;
        h = (h ^ (0x80 | ch >> 6 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | ch & 0x3f)) * FNV_PRIME;
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < to
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(ch, s.charAt(++i));
        h = (h ^ (0xf0 | cp >> 18)) * FNV_PRIME;
        h = (h ^ (0x80 | cp >> 12 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | cp >> 6 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | cp & 0x3f)) * FNV_PRIME;
      } else {
        h = (h ^ '?') * FNV_PRIME;
      }
    }
    return h;
  }

  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= FNV_PRIME;
    }
    return fmix64(h);
  }

  private static long fmix64(long h) {
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
