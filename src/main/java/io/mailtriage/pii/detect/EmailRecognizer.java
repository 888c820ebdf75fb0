package io.mailtriage.pii.detect;

import java.util.Locale;

/**
 * E-mail addresses, found by expanding around each '@' within RFC 5321 length limits rather than by
 * a whole-text regex, so the cost is linear even on inputs like "a@a.a@a.a@…"; and addresses
 * written out for a person to read back, which are the customer's address in clear all the same:
 * "@" set off by spaces ("jane.roe @ example.com"), "at" in brackets ("jane.roe[at]example.com",
 * "jane (at) example (dot) com") or as a word ("jane dot roe at example dot com", "jane.roe at
 * example.com"), the dots of the domain and the local part written as "dot" alone or in brackets.
 */
final class EmailRecognizer extends Recognizer {

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  /** Generic top-level labels common in customers' addresses; countries' labels are two letters. */
  private static final String[] GENERIC_TOP_LEVEL = {
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "email",
    "online", "app", "dev"
  };

  EmailRecognizer() {
    super(PiiType.EMAIL);
  }

  @Override
  public void scan(Scan s) {
    int floor = 0;
    for (int y = 0; y < s.symbolCount; y++) {
      int at = s.symbols[y];
      if (at >= floor && s.text[at] == '@') {
        // "jane.roe @ example.com": an '@' set off by spaces joins the words on either side.
        boolean spaced = s.at(at - 1) == ' ' && s.at(at + 1) == ' ' && s.isWordChar(at + 2);
        floor =
            spaced ? address(s, at - 1, at + 2, floor, 0.85) : address(s, at, at + 1, floor, 0.95);
      }
    }
    // Links carry the address of the mail they were sent to with its '@' percent-encoded
    // ("?email=jane.roe%40example.com"); a link is rare in a text, so one search finds them.
    floor = 0;
    for (int at = s.indexOf("%40", 0); at >= 0; at = s.indexOf("%40", at + 3)) {
      if (at >= floor) {
        floor = address(s, at, at + 3, floor, 0.9);
      }
    }
    scanWrittenOut(s);
  }

  /**
   * Adds the address whose local part ends at {@code localEnd} and whose domain starts at {@code
   * domainStart}, if both are valid; returns where the next address may start.
   */
  private static int address(Scan s, int localEnd, int domainStart, int floor, double confidence) {
    char[] t = s.text;
    int ls = localEnd;
    int leftLimit = Math.max(floor, localEnd - MAX_LOCAL);
    while (ls > leftLimit && isLocalChar(t[ls - 1])) {
      ls--;
    }
    ls = afterQuery(t, ls, localEnd);
    while (ls < localEnd && t[ls] == '.') {
      ls++;
    }
    if (ls == localEnd || t[localEnd - 1] == '.') {
      return floor;
    }
    int de = domainStart;
    int rightLimit = Math.min(s.length, domainStart + MAX_DOMAIN);
    while (de < rightLimit && isDomainChar(t[de])) {
      de++;
    }
    while (de > domainStart && (t[de - 1] == '.' || t[de - 1] == '-')) {
      de--;
    }
    if (!validLocal(t, ls, localEnd) || !validDomain(t, domainStart, de)) {
      return floor;
    }
    s.add(PiiType.EMAIL, ls, de, confidence);
    return de;
  }

  /**
   * Where the local part starts when it is the value of a link's query parameter: after the last
   * '?', '&' or '=' once a '?' or '&' shows a query ("…/track?email=jane@…"). The RFC allows them
   * in a local part, but a customer's address holds none, and '=' alone is kept for the forwarding
   * addresses of mailing lists ("SRS0=x=example.com=jane@…").
   */
  private static int afterQuery(char[] t, int ls, int localEnd) {
    boolean query = false;
    int cut = ls;
    for (int k = ls; k < localEnd; k++) {
      char c = t[k];
      query |= c == '?' || c == '&';
      if (c == '?' || c == '&' || c == '=') {
        cut = k + 1;
      }
    }
    return query ? cut : ls;
  }

  /**
   * Addresses whose "at" is written as a word or in brackets. A bracketed "at" ("[at]", "(at)",
   * "{at}") is said only of addresses; a bare "at" is said of much else ("sign in at example.com"),
   * so there the address must show it is one: a dot written as a word, or a dot, underscore or
   * digit in the local part ("jane.roe at example.com", not "in at example.com").
   */
  private static void scanWrittenOut(Scan s) {
    int[] hits = s.hits(Keywords.EMAIL_AT);
    int floor = 0;
    int y = nextBracketedAt(s, 0);
    for (int h = 0; h < hits.length || y < s.symbolCount; ) {
      // The "at" words and the '@' signs in brackets ("jane.roe[@]example.com", "(@)"), in order:
      // both stand between a local part and a domain that may be written out.
      int as;
      if (y < s.symbolCount && (h >= hits.length || s.symbols[y] < hits[h])) {
        as = s.symbols[y];
        y = nextBracketedAt(s, y + 1);
      } else {
        as = hits[h];
        h += 2;
      }
      int ae = s.text[as] == '@' ? as + 1 : hits[h - 1];
      if (as < floor) {
        continue;
      }
      // Hyphens around "at" bracket it only as a word of its own ("jane -at- example -dot- org"):
      // "stay-at-home.com" is a domain.
      boolean wrapped =
          closes(s.at(as - 1), s.at(ae))
              || (s.at(as - 1) == '-'
                  && s.at(ae) == '-'
                  && s.at(as - 2) == ' '
                  && s.at(ae + 1) == ' ');
      // An '@' vouches for the address as brackets do; unwrapped, its domain is defanged.
      boolean bracketed = wrapped || s.text[as] == '@';
      int left = wrapped ? as - 1 : as;
      int right = wrapped ? ae + 1 : ae;
      if (!bracketed
          && (s.at(left - 1) != ' ' || s.at(right) != ' ' || !dotAfterWord(s, right + 1))) {
        continue;
      }
      int localEnd = s.at(left - 1) == ' ' ? left - 1 : left;
      int domainStart = s.at(right) == ' ' ? right + 1 : right;
      // The local part, read back over its labels and the dots between them.
      boolean spelled = false;
      boolean marked = false;
      int ls = localEnd;
      int segmentEnd = localEnd;
      while (true) {
        int k = segmentEnd;
        while (k > Math.max(0, localEnd - MAX_LOCAL) && isLocalChar(s.text[k - 1])) {
          k--;
        }
        if (k == segmentEnd) {
          break;
        }
        ls = k;
        for (int i = k; i < segmentEnd; i++) {
          char c = s.text[i];
          marked |= c == '.' || c == '_' || (c >= '0' && c <= '9');
        }
        int dot = spelledDotBefore(s, k);
        // The whole local part, dots written out included, stays within the RFC's length: a
        // text of "(.)" after "(.)" is read back no further than one address could reach.
        if (dot < 0 || localEnd - dot > MAX_LOCAL) {
          break;
        }
        spelled = true;
        segmentEnd = dot;
      }
      if (ls == localEnd
          || !Character.isLetter(s.text[ls])
          || s.text[localEnd - 1] == '.'
          || !validLocal(s.text, ls, localEnd)
          || (!bracketed
              && !spelled
              && !marked
              && SENTENCE_WORDS.contains(s.lower, ls, localEnd))) {
        continue;
      }
      // The domain: labels joined by dots, plain or written out.
      int labels = 0;
      int de = domainStart;
      int labelStart = domainStart;
      boolean alphabeticLast = false;
      while (labels < 8) {
        int k = labelStart;
        while (k < s.length && k - labelStart < 64 && isLabelChar(s.text[k])) {
          k++;
        }
        if (k == labelStart || s.text[labelStart] == '-' || s.text[k - 1] == '-') {
          break;
        }
        labels++;
        de = k;
        alphabeticLast = k - labelStart >= 2 && alphabetic(s.text, labelStart, k);
        if (s.at(k) == '.' && isLabelChar(s.at(k + 1))) {
          labelStart = k + 1;
          continue;
        }
        int dot = spelledDotAfter(s, k);
        if (dot < 0 || !isLabelChar(s.at(dot))) {
          break;
        }
        spelled = true;
        labelStart = dot;
      }
      if (labels < 2
          || !alphabeticLast
          || s.isWordChar(de)
          || !(bracketed || ((spelled || marked) && commonTopLevel(s, de)))) {
        continue;
      }
      s.add(PiiType.EMAIL, ls, de, 0.85);
      floor = de;
    }
  }

  /**
   * The index in {@code s.symbols} of the next '@' between brackets from {@code y} ("[@]", "(@)",
   * "{@}", "<@>") or before a defanged domain ("@example(.)jp"), or {@code s.symbolCount}.
   */
  private static int nextBracketedAt(Scan s, int y) {
    while (y < s.symbolCount) {
      int at = s.symbols[y];
      if (s.text[at] == '@'
          && (closes(s.at(at - 1), s.at(at + 1)) || defangedLabelAfter(s, at + 1))) {
        return y;
      }
      y++;
    }
    return y;
  }

  /**
   * Whether the domain label from {@code i} is followed by a full stop in brackets, as a defanged
   * link writes it ("h.tanaka@example(.)jp"): the plain reading stops there.
   */
  private static boolean defangedLabelAfter(Scan s, int i) {
    int k = i;
    while (k < s.length && k - i < 64 && isLabelChar(s.text[k])) {
      k++;
    }
    return k > i && (wrappedStop(s, k) || wrappedStop(s, k + 1) && s.at(k) == ' ');
  }

  /**
   * Words that stand before a bare "at" in a sentence and are no one's mailbox: particles, pronouns
   * and copulas ("signing in at example dot com", "find us at shop dot example dot com"). A local
   * part with a dot, an underscore or a digit, or with its dots written out, is read all the same.
   */
  private static final WordSet SENTENCE_WORDS =
      WordSet.of(
          "in",
          "on",
          "up",
          "out",
          "off",
          "back",
          "me",
          "us",
          "you",
          "him",
          "her",
          "them",
          "it",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "am",
          "here",
          "there",
          "online",
          "now",
          "today",
          "only",
          "also",
          "site",
          "page",
          "website",
          "available",
          "found",
          "listed");

  /**
   * Whether the word from {@code i} is followed by a dot, plain or written out: the first test of a
   * bare "at", which most often comes before a word that is no domain ("at the", "at 5 pm").
   */
  private static boolean dotAfterWord(Scan s, int i) {
    int k = i;
    while (k < s.length && isLabelChar(s.text[k])) {
      k++;
    }
    return k > i && ((s.at(k) == '.' && isLabelChar(s.at(k + 1))) || spelledDotAfter(s, k) >= 0);
  }

  /**
   * Whether the domain ending at {@code end} ends in a country's label or a common generic one: a
   * bare "at" before "shop dot example" is no address.
   */
  private static boolean commonTopLevel(Scan s, int end) {
    int start = end;
    while (start > 0 && Scan.isAsciiLetter(s.text[start - 1])) {
      start--;
    }
    if (end - start == 2) {
      return true;
    }
    for (String tld : GENERIC_TOP_LEVEL) {
      if (end - start == tld.length() && s.regionEquals(start, tld)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(char open, char close) {
    return (open == '[' && close == ']')
        || (open == '(' && close == ')')
        || (open == '{' && close == '}')
        || (open == '<' && close == '>');
  }

  /** "dot" between brackets, angle brackets or hyphens ("[dot]", "<dot>", "-dot-"). */
  private static boolean wrapsDot(Scan s, int open) {
    char o = s.at(open);
    char c = s.at(open + 4);
    return (closes(o, c) || (o == '-' && c == '-')) && s.regionEquals(open + 1, "dot");
  }

  /** A full stop between brackets, as a link is defanged ("[.]", "(.)", "{.}"). */
  private static boolean wrappedStop(Scan s, int open) {
    return s.at(open + 1) == '.' && closes(s.at(open), s.at(open + 2));
  }

  private static boolean isLabelChar(char c) {
    return c < 0x80 ? (Scan.isWordChar(c) && c != '_') || c == '-' : Character.isLetterOrDigit(c);
  }

  /**
   * The end of a dot written out that starts at {@code i} (" dot ", " DOT ", "[dot]", " (dot) "),
   * or -1.
   */
  private static int spelledDotAfter(Scan s, int i) {
    int k = s.at(i) == ' ' ? i + 1 : i;
    if (wrapsDot(s, k)) {
      return s.at(k + 5) == ' ' ? k + 6 : k + 5;
    }
    if (wrappedStop(s, k)) {
      return s.at(k + 3) == ' ' ? k + 4 : k + 3;
    }
    if (k == i + 1 && s.regionEquals(k, "dot") && s.at(k + 3) == ' ' && sameCase(s, k)) {
      return k + 4;
    }
    // "period", as American speech reads a dot out.
    if (k == i + 1 && s.regionEquals(k, "period") && s.at(k + 6) == ' ' && sameCase(s, k)) {
      return k + 7;
    }
    return -1;
  }

  /** The start of a dot written out that ends at {@code i}, or -1: the mirror of the above. */
  private static int spelledDotBefore(Scan s, int i) {
    int k = s.at(i - 1) == ' ' ? i - 1 : i;
    if (wrapsDot(s, k - 5)) {
      return s.at(k - 6) == ' ' ? k - 6 : k - 5;
    }
    if (wrappedStop(s, k - 3)) {
      return s.at(k - 4) == ' ' ? k - 4 : k - 3;
    }
    if (k == i - 1 && s.regionEquals(k - 3, "dot") && s.at(k - 4) == ' ' && sameCase(s, k - 3)) {
      return k - 4;
    }
    if (k == i - 1 && s.regionEquals(k - 6, "period") && s.at(k - 7) == ' ' && sameCase(s, k - 6)) {
      return k - 7;
    }
    return -1;
  }

  /**
   * "dot" or "DOT" ("period" or "PERIOD"), not "Dot": a capitalised word is the start of a name or
   * a sentence.
   */
  private static boolean sameCase(Scan s, int i) {
    char a = s.text[i];
    return Character.isLowerCase(a)
        ? Character.isLowerCase(s.text[i + 1])
        : Character.isUpperCase(s.text[i + 1]);
  }

  private static boolean isLocalChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "._%+-'!#$&*=?^`{|}~/".indexOf(c) >= 0;
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDomainChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean validLocal(char[] t, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (t[i] == '.' && t[i - 1] == '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphabetic(char[] t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Character.isLetter(t[k])) {
        return false;
      }
    }
    return true;
  }

  /** An internationalised label in its ASCII form: "xn--" and letters or digits ("xn--p1ai"). */
  private static boolean punycode(char[] t, int start, int end) {
    if (end - start < 5
        || t[start] != 'x'
        || t[start + 1] != 'n'
        || t[start + 2] != '-'
        || t[start + 3] != '-') {
      return false;
    }
    for (int k = start + 4; k < end; k++) {
      if (!Character.isLetterOrDigit(t[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least two labels, each 1..63 chars not starting or ending with '-', and a top-level label of
   * two or more letters or in punycode.
   */
  /**
   * Extensions of image and document files that no top-level domain has: a file named for a screen
   * density or a version ("logo@2x.png", "report@v2.pdf") is no address.
   */
  private static final java.util.Set<String> FILE_EXTENSIONS =
      java.util.Set.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "heic", "bmp", "tif", "tiff", "pdf", "doc",
          "docx", "xls", "xlsx", "csv", "txt", "pptx");

  private static boolean fileExtension(char[] t, int start, int end) {
    return end - start <= 5
        && FILE_EXTENSIONS.contains(new String(t, start, end - start).toLowerCase(Locale.ROOT));
  }

  static boolean validDomain(char[] t, int start, int end) {
    int labels = 0;
    int labelStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || t[i] == '.') {
        int len = i - labelStart;
        if (len == 0 || len > 63 || t[labelStart] == '-' || t[i - 1] == '-') {
          return false;
        }
        labels++;
        if (i == end
            && (len < 2
                || !(alphabetic(t, labelStart, end) || punycode(t, labelStart, end))
                || fileExtension(t, labelStart, end))) {
          return false;
        }
        labelStart = i + 1;
      }
    }
    return labels >= 2;
  }
}
