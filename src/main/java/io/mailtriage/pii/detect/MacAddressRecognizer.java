package io.mailtriage.pii.detect;

/**
 * MAC addresses: six two-digit hex groups joined by ':' or '-', or three four-digit groups joined
 * by '.' (Cisco notation). All-zero and broadcast addresses are not device identifiers.
 */
final class MacAddressRecognizer extends Recognizer {

  private static final int SIX_GROUP_LENGTH = 17;
  private static final int DOTTED_LENGTH = 14;

  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(ContextRule.raise(30, 0, 0, 0.95, "mac", "hardware", "device", "wifi"));

  MacAddressRecognizer() {
    super(PiiType.MAC_ADDRESS, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    char[] t = s.text;
    int n = s.length;
    int resume = 0;
    for (int w = 0; w < s.wordCount && s.wordStarts[w] + DOTTED_LENGTH <= n; w++) {
      int i = s.wordStarts[w];
      if (i < resume
          || !Scan.isHex(t[i])
          || s.at(i - 1) == ':'
          || s.at(i - 1) == '-'
          || s.at(i - 1) == '.') {
        continue;
      }
      int end = -1;
      if (i + SIX_GROUP_LENGTH <= n && sixGroups(t, i)) {
        end = i + SIX_GROUP_LENGTH;
      } else if (dotted(t, i)) {
        end = i + DOTTED_LENGTH;
      }
      if (end < 0
          || s.isWordChar(end)
          || ((s.at(end) == ':' || s.at(end) == '-' || s.at(end) == '.')
              && Scan.isHex(s.at(end + 1)))) {
        continue;
      }
      if (!trivial(t, i, end)) {
        s.add(PiiType.MAC_ADDRESS, i, end, 0.85);
      }
      resume = end;
    }
  }

  private static boolean sixGroups(char[] t, int i) {
    char sep = t[i + 2];
    if (sep != ':' && sep != '-') {
      return false;
    }
    for (int g = 0; g < 6; g++) {
      int p = i + g * 3;
      if (!Scan.isHex(t[p]) || !Scan.isHex(t[p + 1]) || (g < 5 && t[p + 2] != sep)) {
        return false;
      }
    }
    return true;
  }

  private static boolean dotted(char[] t, int i) {
    for (int g = 0; g < 3; g++) {
      int p = i + g * 5;
      for (int k = 0; k < 4; k++) {
        if (!Scan.isHex(t[p + k])) {
          return false;
        }
      }
      if (g < 2 && t[p + 4] != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean trivial(char[] t, int start, int end) {
    boolean zeros = true;
    boolean ones = true;
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(t[i]);
      if (Scan.isHex(c)) {
        zeros &= c == '0';
        ones &= c == 'f';
      }
    }
    return zeros || ones;
  }
}
