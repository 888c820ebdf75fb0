package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies each recogniser's {@link ContextRule}s to the candidates of its type, in one place after
 * all recognisers ran, so the recognisers only grade their own evidence (valid, possible, shaped)
 * and the context words, windows and effects are declared, not coded per class.
 *
 * <p>A candidate's window before starts at the head of its chain: candidates of the same type
 * separated only by a short gap without digits, full stops or line breaks ("call 020 7946 0321 or
 * 07700 900456, or 07700 900789") share the context of the first one.
 *
 * <p>Immutable and thread-safe.
 */
final class ContextEnhancer {

  /** Longest gap, in chars, between two candidates of one chain. */
  private static final int CHAIN_GAP = 20;

  /** Abbreviations of "number", after which a full stop ends no sentence. */
  private static final WordSet NUMBER_ABBREVIATIONS = WordSet.of("no", "nr", "nos", "num");

  private final Map<PiiType, List<ContextRule>> rules;

  ContextEnhancer(List<Recognizer> recognizers) {
    Map<PiiType, List<ContextRule>> byType = new EnumMap<>(PiiType.class);
    for (Recognizer r : recognizers) {
      if (!r.context().isEmpty()) {
        byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).addAll(r.context());
      }
    }
    byType.replaceAll((t, l) -> List.copyOf(l));
    this.rules = byType;
  }

  /** The candidates of the scan with their confidence moved by the rules that fire. */
  List<Finding> enhance(Scan s) {
    List<Finding> in = s.candidates;
    List<Finding> out = new ArrayList<>(in.size());
    for (int k = 0; k < in.size(); k++) {
      Finding f = in.get(k);
      List<ContextRule> forType = rules.get(f.type());
      if (forType == null) {
        out.add(f);
        continue;
      }
      int head = chainHead(s, in, k);
      double c = f.confidence();
      for (ContextRule r : forType) {
        // A rule that could not move this confidence is not looked for (a signature's floor under a
        // valid number): the look-up is the cost.
        double moved = r.apply(c);
        if (moved != c && fires(s, r, head, f.end())) {
          c = moved;
        }
      }
      out.add(
          c == f.confidence()
              ? f
              : new Finding(f.type(), f.start(), f.end(), Math.max(0.0, Math.min(1.0, c))));
    }
    return out;
  }

  private static boolean fires(Scan s, ContextRule r, int start, int end) {
    int from = Math.max(0, start - r.before);
    if (r.sameSentence) {
      for (int i = start - 1; i >= from; i--) {
        if (s.text[i] == '\n' || sentenceEnd(s, r, i)) {
          from = i + 1;
          break;
        }
      }
    }
    return r.occursIn(s, from, start)
        || (r.after > 0 && r.occursIn(s, end, Math.min(s.length, end + r.after)))
        || (r.signatures && s.signatures().contains(start));
  }

  /**
   * Whether {@code i} ends a sentence: a '!', '?' or full stop followed by a space, unless the full
   * stop closes an abbreviation: a capitalised word of one to three letters ("Tel. 030 …", "No.
   * 4"), one of the rule's own words ("ver. 10.0.0.1", "ref. 112-4567890") or an abbreviation of
   * "number" ("invoice no. 0151 …"). A full stop inside a number or a host name has no space after
   * it.
   */
  private static boolean sentenceEnd(Scan s, ContextRule r, int i) {
    char c = s.text[i];
    if ((c != '.' && c != '!' && c != '?') || !Character.isWhitespace(s.at(i + 1))) {
      return false;
    }
    int letters = 0;
    while (letters < 4 && s.isAsciiLetter(i - 1 - letters)) {
      letters++;
    }
    boolean shortWord = letters > 0 && letters < 4 && !s.isWordChar(i - 1 - letters);
    return c != '.'
        || !shortWord
        || !(Character.isUpperCase(s.text[i - letters])
            || NUMBER_ABBREVIATIONS.contains(s.lower, i - letters, i)
            || r.occursIn(s, i - letters, i));
  }

  /**
   * The start of the chain candidate {@code k} ends: walks back over earlier candidates of the same
   * type that end at most {@link #CHAIN_GAP} chars before the current head, across a gap of words,
   * spaces and list punctuation only. Recognisers add candidates in text order, so the walk looks
   * at the few candidates just before {@code k}.
   */
  private static int chainHead(Scan s, List<Finding> in, int k) {
    Finding f = in.get(k);
    int head = f.start();
    for (int j = k - 1; j >= 0 && k - j <= 8; j--) {
      Finding g = in.get(j);
      if (g.type() != f.type() || g.end() > head) {
        continue;
      }
      if (head - g.end() > CHAIN_GAP) {
        break;
      }
      if (!plainGap(s, g.end(), head)) {
        break;
      }
      head = g.start();
    }
    return head;
  }

  private static boolean plainGap(Scan s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.text[i];
      if (c == '\n' || c == '.' || DigitGroups.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
