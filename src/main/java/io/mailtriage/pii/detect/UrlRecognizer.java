package io.mailtriage.pii.detect;

import java.util.Locale;
import java.util.Set;

/**
 * URLs that carry credentials: a password in the user-info part or a secret-looking query or
 * fragment parameter (token, api_key, signature, …). Plain links are not personal data and are left
 * alone.
 */
final class UrlRecognizer extends Recognizer {

  private static final int MAX_URL = 4096;
  private static final int MAX_SCHEME = 20;
  private static final Set<String> SECRET_PARAMS =
      Set.of(
          "token",
          "access_token",
          "refresh_token",
          "id_token",
          "auth_token",
          "api_key",
          "apikey",
          "key",
          "secret",
          "client_secret",
          "password",
          "passwd",
          "pwd",
          "pass",
          "auth",
          "authorization",
          "sig",
          "signature",
          "x-amz-signature",
          "x-amz-credential",
          "x-amz-security-token",
          "session",
          "sessionid",
          "session_id",
          "sid",
          "jwt",
          "code",
          "otp",
          "reset_token",
          "invite",
          "magic",
          "login_token",
          "ticket",
          "hash");

  UrlRecognizer() {
    super(PiiType.URL);
  }

  @Override
  public void scan(Scan s) {
    char[] t = s.text;
    int n = s.length;
    for (int i = 1; i + 3 < n; i++) {
      if (t[i] != ':' || t[i + 1] != '/' || t[i + 2] != '/') {
        continue;
      }
      int start = i;
      while (start > 0 && i - start < MAX_SCHEME && isSchemeChar(t[start - 1])) {
        start--;
      }
      if (start == i || !s.isAsciiLetter(start)) {
        continue;
      }
      int end = i + 3;
      int limit = Math.min(n, start + MAX_URL);
      while (end < limit && isUrlChar(t[end])) {
        end++;
      }
      while (end > i + 3 && ".,;:!?)]}'\"".indexOf(t[end - 1]) >= 0) {
        end--;
      }
      double conf = credentialScore(s, i + 3, end);
      if (conf > 0) {
        s.add(PiiType.URL, start, end, conf);
      }
      i = end;
    }
  }

  private static double credentialScore(Scan s, int authorityStart, int end) {
    char[] t = s.text;
    int authorityEnd = authorityStart;
    while (authorityEnd < end
        && t[authorityEnd] != '/'
        && t[authorityEnd] != '?'
        && t[authorityEnd] != '#') {
      authorityEnd++;
    }
    int atSign = -1;
    for (int k = authorityStart; k < authorityEnd; k++) {
      if (t[k] == '@') {
        atSign = k;
      }
    }
    if (atSign > authorityStart) {
      for (int k = authorityStart; k < atSign; k++) {
        if (t[k] == ':' && k + 1 < atSign) {
          return 0.95;
        }
      }
    }
    for (int k = authorityEnd; k < end; k++) {
      if (t[k] != '?' && t[k] != '&' && t[k] != '#' && t[k] != ';') {
        continue;
      }
      int ns = k + 1;
      int ne = ns;
      while (ne < end && t[ne] != '=' && t[ne] != '&' && t[ne] != '#') {
        ne++;
      }
      if (ne < end
          && t[ne] == '='
          && ne + 1 < end
          && t[ne + 1] != '&'
          && ne - ns <= 32
          && SECRET_PARAMS.contains(new String(t, ns, ne - ns).toLowerCase(Locale.ROOT))) {
        return 0.9;
      }
    }
    return 0;
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '.'
        || c == '-';
  }

  private static boolean isUrlChar(char c) {
    return c > ' '
        && c != '<'
        && c != '>'
        && c != '"'
        && c != '\u007f'
        && c != '\uFFFD'
        && !Character.isWhitespace(c)
        && c != '⟦'
        && c != '⟧';
  }
}
