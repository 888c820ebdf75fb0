package io.mailtriage.pii.detect;

/**
 * Credentials: cloud access key ids (AKIA…), well-known token prefixes (GitHub, Slack, Stripe,
 * Google API keys), PEM private-key blocks, JWTs, values after a "password:" keyword, and long
 * mixed-case high-entropy strings.
 */
final class SecretRecognizer extends Recognizer {

  private static final String[] AWS_PREFIXES = {
    "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"
  };

  /** Prefix and minimum total length of vendor tokens. */
  private static final String[] TOKEN_PREFIXES = {
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxr-",
    "sk_live_",
    "rk_live_",
    "sk_test_",
    "AIza",
    "sk-"
  };

  private static final String PEM_BEGIN = "-----begin ";
  private static final String PEM_END = "-----end ";
  private static final int MAX_PEM = 16_384;
  private static final int MIN_ENTROPY_LENGTH = 32;
  private static final int MAX_TOKEN = 1024;
  private static final int MAX_KEY_NAME = 48;

  /** A key word near a high-entropy string makes it a secret rather than an id. */
  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              40,
              0,
              0,
              0.85,
              "key",
              "token",
              "secret",
              "password",
              "api",
              "credential",
              "bearer",
              "auth",
              "passwd"));

  /** Letters, digits and {@code _-+/=.}: the chars of keys, tokens and base64. */
  private static final boolean[] TOKEN_CHARS = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      TOKEN_CHARS[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "_-+/=.".indexOf(c) >= 0;
    }
  }

  SecretRecognizer() {
    super(PiiType.SECRET, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    pem(s);
    passwords(s);
    namedValues(s);
    // Every kind of token needs ASCII letters or digits, and the first of those in a run of
    // token chars either starts a word or follows a non-ASCII letter or digit inside a word. So
    // the runs worth a look are found from the word starts, without testing each char of the text.
    char[] t = s.text;
    int n = s.length;
    int resume = 0;
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      if (i < resume) {
        continue;
      }
      while (true) {
        while (i < n && !isTokenChar(t[i]) && s.isWordChar(i)) {
          i++;
        }
        if (i >= n || !isTokenChar(t[i])) {
          break;
        }
        int start = i;
        while (start > 0 && isTokenChar(t[start - 1])) {
          start--;
        }
        int end = i;
        while (end < n && isTokenChar(t[end])) {
          end++;
        }
        token(s, start, end);
        resume = end;
        i = end;
      }
    }
  }

  /** One maximal run of token characters. */
  private static void token(Scan s, int start, int end) {
    char[] t = s.text;
    int len = end - start;
    while (len > 0 && (t[start + len - 1] == '.' || t[start + len - 1] == '-')) {
      len--;
    }
    if (len < 16 || len > MAX_TOKEN) {
      return;
    }
    int stop = start + len;
    // "AWS_ACCESS_KEY_ID=AKIA…", "token=ghp_…": the value assigned in a configuration line is the
    // token, glued to its key by '=' (base64's '=' only pads the end). A key's name is short, so
    // a long run is searched only near its start.
    for (int k = start + 1; k < Math.min(stop - 1, start + MAX_KEY_NAME); k++) {
      if (t[k] == '=' && Scan.isWordChar(t[k - 1]) && t[k + 1] != '=') {
        token(s, k + 1, end);
        return;
      }
    }
    if (len == 20 && startsWithAny(t, start, AWS_PREFIXES) && upperAlnum(t, start, stop)) {
      s.add(PiiType.SECRET, start, stop, 0.95);
      return;
    }
    if (startsWithAny(t, start, TOKEN_PREFIXES) && len >= 24) {
      s.add(PiiType.SECRET, start, stop, 0.9);
      return;
    }
    if (len >= 30
        && t[start] == 'e'
        && t[start + 1] == 'y'
        && t[start + 2] == 'J'
        && jwt(t, start, stop)) {
      s.add(PiiType.SECRET, start, stop, 0.95);
      return;
    }
    if (len >= MIN_ENTROPY_LENGTH
        && entropyCandidate(t, start, stop)
        && mixedClasses(t, start, stop)
        && entropy(t, start, stop) >= 4.0) {
      s.add(PiiType.SECRET, start, stop, 0.6);
    }
  }

  private static void pem(Scan s) {
    int from = 0;
    int searchedWithoutEnd = 0;
    while (true) {
      int b = s.indexOf(PEM_BEGIN, from);
      if (b < 0) {
        return;
      }
      int headerEnd = s.indexOf("-----", b + PEM_BEGIN.length(), b + 80);
      if (headerEnd < 0) {
        from = b + 1;
        continue;
      }
      if (!new String(s.lower, b, headerEnd - b).contains("private key")) {
        from = headerEnd;
        continue;
      }
      int limit = Math.min(s.length, b + MAX_PEM);
      // Bounded by the block limit, and never re-reading a range already known to hold no
      // END line, so a flood of BEGIN headers stays linear.
      int e = s.indexOf(PEM_END, Math.max(headerEnd, searchedWithoutEnd - PEM_END.length()), limit);
      if (e < 0) {
        searchedWithoutEnd = limit;
      }
      int end;
      if (e >= 0) {
        int close = s.indexOf("-----", e + PEM_END.length(), limit);
        end = close >= 0 ? close + 5 : e + PEM_END.length();
      } else {
        // Truncated block: cover the base64 body that follows the header.
        end = headerEnd + 5;
        while (end < limit
            && (isTokenChar(s.text[end])
                || s.text[end] == '/'
                || s.text[end] == '+'
                || s.text[end] == '='
                || Character.isWhitespace(s.text[end]))) {
          end++;
        }
      }
      s.add(PiiType.SECRET, b, end, 0.99);
      from = end;
    }
  }

  /**
   * The last part of a configuration key that names a password ("DB_PASSWORD=…", "smtp_pass: …",
   * "spring.datasource.password=…"), glued to the rest of the key by '_' or '.' (by '.' only "pass"
   * and its longer forms): the keyword pass sees only words, and after '_' none starts.
   */
  private static final java.util.Set<String> CONFIG_KEY_ENDS =
      java.util.Set.of("pass", "password", "passwd", "pwd", "secret");

  /**
   * "Password" in other scripts, as the scan's lower-case copy holds it (Cyrillic in both cases).
   */
  private static final String[] SCRIPT_LABELS =
      java.util.stream.Stream.of("비밀번호", "パスワード", "密码", "密碼", "รหัสผ่าน", "пароль", "Пароль")
          .map(Signatures::asScanned)
          .toArray(String[]::new);

  /** "password: hunter2", "my pwd is hunter2", "PIN code = 1234": the value after the keyword. */
  private static void passwords(Scan s) {
    int[] hits = s.hits(Keywords.PASSWORD);
    for (int h = 0; h < hits.length; h += 2) {
      int key = hits[h];
      int keyEnd = hits[h + 1];
      if (s.regionEquals(key, "pin") && keyEnd - key == 3) {
        pin(s, keyEnd);
      } else if (keyEnd - key > 4
          || s.regionEquals(key, "pwd")
          // "pw" and "pass" are said of much else (initials, a unit, a verb): only a label's
          // count, "pw: …", "pass=…", and "pass" only as a credential pair's second label
          // ("user: … / pass: …"), not a ticket's ("boarding pass: BA117").
          || (labelled(s, keyEnd) && (keyEnd - key == 2 || !afterWord(s, key)))) {
        valueAfter(s, keyEnd);
      }
    }
    // The password labels of Korean, Japanese, Chinese, Thai and Cyrillic forms, which the keyword
    // index (words that open with a Latin letter) does not hold; only as labels, "비밀번호: …".
    for (String label : SCRIPT_LABELS) {
      for (int at = s.indexOf(label, 0); at >= 0; at = s.indexOf(label, at + 1)) {
        if (labelled(s, at + label.length())) {
          valueAfter(s, at + label.length());
        }
      }
    }
    // One search for the rare '_' and the keyword hits after a '.', rather than a search of the
    // whole text for each way such a key's last part opens: these ran on every mail.
    for (int at = s.indexOf('_', 0); at >= 0; at = s.indexOf('_', at + 1)) {
      configKey(s, at);
    }
    for (int h = 0; h < hits.length; h += 2) {
      if (s.at(hits[h] - 1) == '.' && s.regionEquals(hits[h], "pass")) {
        configKey(s, hits[h] - 1);
      }
    }
  }

  /** The value of a key whose last part, a {@link #CONFIG_KEY_ENDS}, follows {@code at}. */
  private static void configKey(Scan s, int at) {
    int end = at + 1;
    while (s.isAsciiLetter(end)) {
      end++;
    }
    int i = end;
    while (i < s.length && s.text[i] == ' ') {
      i++;
    }
    // Only a key that is assigned: "my_password_manager" is a name, not a setting.
    if (s.isWordChar(at - 1)
        && (s.at(i) == '=' || s.at(i) == ':')
        && CONFIG_KEY_ENDS.contains(new String(s.lower, at + 1, end - at - 1))) {
      valueAfter(s, end);
    }
  }

  /**
   * "access token: 88e03c3b…", "API key = 9f2c…": a long value given to a token's or key's name,
   * even one of a single case (a hex token) that the entropy test leaves alone.
   */
  private static void namedValues(Scan s) {
    int[] hits = s.hits(Keywords.SECRET_NAME);
    char[] t = s.text;
    for (int h = 0; h < hits.length; h += 2) {
      int i = hits[h + 1];
      // Scan.at reads a space past the text's end: the loops stop at the end themselves.
      while (i < s.length && s.at(i) == ' ') {
        i++;
      }
      if (s.at(i) != ':' && s.at(i) != '=') {
        continue;
      }
      i++;
      while (i < s.length && (s.at(i) == ' ' || s.at(i) == '"' || s.at(i) == '\'')) {
        i++;
      }
      int start = i;
      boolean letter = false;
      boolean digit = false;
      while (i < s.length && i - start < MAX_TOKEN && isTokenChar(t[i])) {
        letter |= Scan.isAsciiLetter(t[i]);
        digit |= t[i] >= '0' && t[i] <= '9';
        i++;
      }
      while (i > start && (t[i - 1] == '.' || t[i - 1] == '-')) {
        i--;
      }
      if (i - start >= 16 && letter && digit && !s.isWordChar(i)) {
        s.add(PiiType.SECRET, start, i, 0.8);
      }
    }
  }

  /** "my password is …" in the languages of the password's names: "mi contraseña es …". */
  private static final String[] COPULAS = {
    "is ", "was ", "es ", "est ", "ist ", "é ", "è ", "är ", "er ", "ialah ", "adalah "
  };

  /** The copulas a clause about who set the password can end with ("kata laluan saya ialah …"). */
  private static final String[] CLAUSE_COPULAS = {"is ", "was ", "ialah ", "adalah "};

  /**
   * The words that open a clause about who set or sent the password between its name and the copula
   * ("the password I set was …", "the passcode they gave me was …"), and the Malay and Indonesian
   * "my" that follows the name ("kata laluan saya ialah …"); a noun there ("the password reset
   * email was sent") names something else.
   */
  private static final java.util.Set<String> CLAUSE_SUBJECTS =
      java.util.Set.of("i", "you", "we", "they", "he", "she", "it", "u", "saya", "aku");

  /** The most words such a clause holds ("they gave me"). */
  private static final int CLAUSE_WORDS = 3;

  /**
   * "ATM PIN: 4821", "my card PIN is 7294", "PIN 3047": a card's or a payment app's PIN is four to
   * six digits given to the word. Bare, only four: "Bengaluru PIN 560034" is an Indian postcode.
   */
  private static void pin(Scan s, int keyEnd) {
    int i = keyEnd;
    while (i < s.length && s.at(i) == ' ') {
      i++;
    }
    boolean given = false;
    if (s.at(i) == ':' || s.at(i) == '=') {
      given = true;
      i++;
    } else if (s.regionEquals(i, "is ") || s.regionEquals(i, "was ")) {
      given = true;
      i = s.indexOf(" ", i, s.length) + 1;
    }
    if (i == keyEnd) {
      return;
    }
    while (i < s.length && s.at(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < s.length && s.text[i] >= '0' && s.text[i] <= '9') {
      i++;
    }
    int digits = i - start;
    if (digits >= 4 && (given ? digits <= 6 : digits == 4) && !s.isWordChar(i)) {
      s.add(PiiType.SECRET, start, i, 0.8);
    }
  }

  /**
   * Where the copula starts after a clause about who set the password ("I set ", "they gave me "),
   * or {@code i} when none opens at {@code i}.
   */
  private static int copulaAfterClause(Scan s, int i) {
    int w = i;
    for (int words = 0; words < CLAUSE_WORDS; words++) {
      int end = w;
      while (s.isAsciiLetter(end)) {
        end++;
      }
      if (end == w
          || s.at(end) != ' '
          || (words == 0 && !CLAUSE_SUBJECTS.contains(new String(s.lower, w, end - w)))) {
        return i;
      }
      w = end + 1;
      for (String c : CLAUSE_COPULAS) {
        if (s.regionEquals(w, c)) {
          return w;
        }
      }
    }
    return i;
  }

  /** Whether a word of letters ends right before {@code key}, spaces aside. */
  private static boolean afterWord(Scan s, int key) {
    int i = key - 1;
    while (i >= 0 && s.text[i] == ' ') {
      i--;
    }
    return i >= 0 && Character.isLetter(s.text[i]);
  }

  /** Whether a ':' or '=' follows {@code keyEnd}, spaces aside. */
  private static boolean labelled(Scan s, int keyEnd) {
    int i = keyEnd;
    while (i < s.length && s.at(i) == ' ') {
      i++;
    }
    return s.at(i) == ':' || s.at(i) == '=';
  }

  private static void valueAfter(Scan s, int keyEnd) {
    char[] t = s.text;
    int i = keyEnd;
    int limit = Math.min(s.length, i + 16);
    // A dash stands for the colon in forms and signatures: "Password - …", "Passwort:- …".
    while (i < limit
        && (t[i] == ' '
            || t[i] == ':'
            || t[i] == '='
            || t[i] == '\t'
            || (t[i] == '-' && s.at(i + 1) == ' '))) {
      i++;
    }
    int copula = copulaAfterClause(s, i);
    if (copula > i) {
      i = copula;
      limit = Math.min(s.length, i + 16);
    }
    for (String c : COPULAS) {
      if (s.regionEquals(i, c)) {
        i += c.length();
        break;
      }
    }
    while (i < limit && t[i] == ' ') {
      i++;
    }
    if (i == keyEnd || s.regionEquals(i, "reset") || s.regionEquals(i, "the ")) {
      return;
    }
    // A quoted value: "was 'warszawa1987'".
    if (i < s.length && (t[i] == '\'' || t[i] == '"')) {
      i++;
    }
    int start = i;
    while (i < s.length && i - start < 64 && t[i] > ' ' && !Character.isWhitespace(t[i])) {
      i++;
    }
    // Trailing sentence punctuation; '!' and '?' stay since passwords often end in them.
    while (i > start && ".,;)\"'".indexOf(t[i - 1]) >= 0) {
      i--;
    }
    if (i - start >= 4 && hasDigitOrSymbol(t, start, i)) {
      s.add(PiiType.SECRET, start, i, 0.8);
    }
  }

  /**
   * Dotted names, paths and URL pieces have high char entropy too; a key is one unbroken run with
   * at most the occasional '/' of base64.
   */
  private static boolean entropyCandidate(char[] t, int start, int end) {
    if (start > 0 && (t[start - 1] == ':' || t[start - 1] == '@')) {
      return false;
    }
    int slashes = 0;
    for (int i = start; i < end; i++) {
      if (t[i] == '.') {
        return false;
      }
      if (t[i] == '/') {
        slashes++;
      }
    }
    return slashes * 16 <= end - start && t[start] != '/';
  }

  private static boolean hasDigitOrSymbol(char[] t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(t[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean jwt(char[] t, int start, int end) {
    int dots = 0;
    int seg = 0;
    for (int i = start; i < end; i++) {
      if (t[i] == '.') {
        if (seg < 4) {
          return false;
        }
        dots++;
        seg = 0;
      } else if (t[i] == '+' || t[i] == '/' || t[i] == '=') {
        return false;
      } else {
        seg++;
      }
    }
    return dots == 2 && seg >= 4;
  }

  private static boolean startsWithAny(char[] t, int start, String[] prefixes) {
    for (String p : prefixes) {
      boolean match = start + p.length() <= t.length;
      for (int k = 0; match && k < p.length(); k++) {
        match = t[start + k] == p.charAt(k);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static boolean upperAlnum(char[] t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Needs upper, lower and digits: rules out words, hex digests and plain numbers. */
  private static boolean mixedClasses(char[] t, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = start; i < end; i++) {
      char c = t[i];
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
    }
    return upper && lower && digit;
  }

  /** Shannon entropy in bits per char over the ASCII range. */
  static double entropy(char[] t, int start, int end) {
    int[] counts = new int[128];
    for (int i = start; i < end; i++) {
      counts[t[i] & 0x7f]++;
    }
    double h = 0;
    double n = end - start;
    for (int c : counts) {
      if (c > 0) {
        double p = c / n;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    return h;
  }

  private static boolean isTokenChar(char c) {
    return c < 0x80 && TOKEN_CHARS[c];
  }
}
