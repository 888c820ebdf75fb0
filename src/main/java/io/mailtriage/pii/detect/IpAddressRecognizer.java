package io.mailtriage.pii.detect;

/**
 * IPv4 and IPv6 addresses, parsed and range-checked by hand; an IPv4 address with a port
 * ("198.51.100.7:22") without the port. Dotted quads right after a version keyword ("version
 * 1.2.3.4", "release 10.0.0.1") are kept at low confidence so the default threshold drops them;
 * "v10.0.0.1" is never a candidate because it is glued to a letter.
 */
final class IpAddressRecognizer extends Recognizer {

  /**
   * An address word raises; a version word right before a dotted quad makes it a version string.
   */
  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              30,
              0,
              0,
              0.95,
              "ip",
              "address",
              "addr",
              "host",
              "server",
              "login from",
              "logged in",
              "connection",
              "from",
              "listen",
              "bind",
              "loopback",
              "ipv6",
              "interface"),
          ContextRule.cap(
              25,
              0.3,
              "version",
              "ver",
              "v",
              "release",
              "build",
              "firmware",
              "update",
              "upgrade",
              "patch",
              "sdk",
              "app",
              "os",
              "ios",
              "android",
              "rev",
              "revision",
              // The numbers of a document's parts: "section 4.2.1.7", "clause 12.4.1.3".
              "section",
              "clause",
              "paragraph",
              "chapter",
              "article"),
          // Applied after the cap: "IP" right before the number names it an address whatever
          // version word came earlier in its sentence ("the app says my IP 203.0.113.9 …").
          ContextRule.raise(14, 0, 0, 0.95, "ip", "ipv4", "ipv6"));

  IpAddressRecognizer() {
    super(PiiType.IP_ADDRESS, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    plain(s);
  }

  /**
   * The full stops of a defanged address, written so that no mail client makes it a link: "[.]",
   * "(.)", "{.}" ("203[.]0[.]113[.]9", "81.2.69[.]142", "hxxp://198.51.100[.]7/"). The walk of
   * {@link #plain} stops at one; an address is read on from its first octet there, so no search of
   * the whole text looks for them.
   */
  private static final String[] DEFANGED_DOTS = {"[.]", "(.)", "{.}"};

  /** The length of the full stop at {@code i}: 1 for '.', 3 for a defanged one, else 0. */
  private static int defangedDot(Scan s, int i) {
    if (s.at(i) == '.') {
      return 1;
    }
    for (String dot : DEFANGED_DOTS) {
      if (s.regionEquals(i, dot)) {
        return 3;
      }
    }
    return 0;
  }

  /** The end of four octets from {@code start} with full stops plain or defanged, or -1. */
  private static int ipv4Defanged(Scan s, int start) {
    int i = start;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        int dot = defangedDot(s, i);
        if (dot == 0) {
          return -1;
        }
        i += dot;
      }
      int ps = i;
      int value = 0;
      while (s.isDigit(i) && i - ps < 3) {
        value = value * 10 + (s.text[i] - '0');
        i++;
      }
      if (i == ps || value > 255 || (i - ps > 1 && s.text[ps] == '0')) {
        return -1;
      }
    }
    return s.isWordChar(i) || (s.at(i) == '.' && s.isDigit(i + 1)) || defangedDot(s, i) == 3
        ? -1
        : i;
  }

  /** Addresses written plainly. */
  private void plain(Scan s) {
    char[] t = s.text;
    int n = s.length;
    Scan.Starts starts = s.new Starts();
    int i = 0;
    while (i < n) {
      // An address begins with a hex digit that starts a word, or with a colon ("::1").
      int start = starts.next(i);
      if (start < 0) {
        break;
      }
      char c = t[start];
      if (!(Scan.isHex(c) || c == ':')
          || s.isWordChar(start - 1)
          || s.at(start - 1) == '.'
          || s.at(start - 1) == ':') {
        i = start + 1;
        continue;
      }
      if (Scan.isAsciiLetter(c) && !ipv6Opening(t, start, starts.nextSymbol(start + 1))) {
        // Most words that start with a-f ("be", "deal") end here, without walking them.
        i = start + 1;
        continue;
      }
      i = start;
      int colons = 0;
      while (i < n && (Scan.isHex(t[i]) || t[i] == ':' || t[i] == '.')) {
        if (t[i] == ':') {
          colons++;
        }
        i++;
      }
      if (colons == 0
          && i < n
          && (t[i] == '[' || t[i] == '(' || t[i] == '{')
          && s.isDigit(start)
          && defangedDot(s, i) == 3) {
        // An IPv4 address whose full stops are defanged, as security alerts and reports write it.
        int defanged = ipv4Defanged(s, start);
        if (defanged > 0) {
          s.add(PiiType.IP_ADDRESS, start, defanged, 0.85);
          i = defanged;
          continue;
        }
      }
      int end = i;
      while (end > start
          && (t[end - 1] == '.' || (t[end - 1] == ':' && end - start >= 2 && t[end - 2] != ':'))) {
        end--;
        // "64 bytes from 192.0.2.7: icmp_seq=1": a colon closing the address is no port's.
        colons -= t[end] == ':' ? 1 : 0;
      }
      // Compressed forms are short ("::1", "::"); anything else under 7 chars is a time or a ratio.
      boolean compressed = t[start] == ':';
      if (s.isWordChar(i) || (end - start < 7 && !compressed)) {
        continue;
      }
      if (colons >= 2) {
        int groups = ipv6Groups(t, start, end);
        if (groups > 0) {
          // "::" alone (unspecified) is an address only where an address word vouches for it.
          s.add(PiiType.IP_ADDRESS, start, end, end - start == 2 ? 0.3 : groups >= 3 ? 0.85 : 0.6);
        }
      } else if (colons == 0 && ipv4(t, start, end)) {
        s.add(PiiType.IP_ADDRESS, start, end, 0.85);
      } else if (colons == 1) {
        // "198.51.100.7:22": the address without its port.
        int colon = start;
        while (t[colon] != ':') {
          colon++;
        }
        if (port(t, colon + 1, end) && ipv4(t, start, colon)) {
          s.add(PiiType.IP_ADDRESS, start, colon, 0.85);
        }
      }
    }
  }

  static boolean ipv4(char[] t, int start, int end) {
    int parts = 0;
    int i = start;
    while (i < end) {
      int ps = i;
      int value = 0;
      while (i < end && DigitGroups.isDigit(t[i]) && i - ps < 3) {
        value = value * 10 + (t[i] - '0');
        i++;
      }
      int len = i - ps;
      if (len == 0 || value > 255 || (len > 1 && t[ps] == '0')) {
        return false;
      }
      parts++;
      if (i == end) {
        break;
      }
      if (t[i] != '.' || parts == 4) {
        return false;
      }
      i++;
      if (i == end) {
        return false;
      }
    }
    return parts == 4;
  }

  /** One to five digits, a port number. */
  private static boolean port(char[] t, int start, int end) {
    if (end - start < 1 || end - start > 5) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!DigitGroups.isDigit(t[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a run starting with a hex letter can still be an address: only an IPv6 one, whose first
   * group of at most four hex digits ends in ':' ({@link #ipv6Groups} rejects the rest). {@code
   * symbol} is the first symbol after {@code start}: a ':' there is the only one that can end the
   * group, since the symbols are no hex digits.
   */
  private static boolean ipv6Opening(char[] t, int start, int symbol) {
    if (symbol - start > 4 || t[symbol] != ':') {
      return false;
    }
    for (int j = start + 1; j < symbol; j++) {
      if (!Scan.isHex(t[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Validates an IPv6 address (optionally with a trailing dotted IPv4 part); returns the number of
   * explicit groups, or 0 if invalid.
   */
  static int ipv6Groups(char[] t, int start, int end) {
    int groups = 0;
    boolean compressed = false;
    int i = start;
    if (end - start >= 2 && t[i] == ':' && t[i + 1] == ':') {
      compressed = true;
      i += 2;
    } else if (t[i] == ':') {
      return 0;
    }
    while (i < end) {
      int gs = i;
      while (i < end && Scan.isHex(t[i])) {
        i++;
      }
      if (i < end && t[i] == '.') {
        // Embedded IPv4 tail counts as two groups and must end the address.
        if (!ipv4(t, gs, end)) {
          return 0;
        }
        groups += 2;
        i = end;
        break;
      }
      int len = i - gs;
      if (len == 0 || len > 4) {
        return 0;
      }
      groups++;
      if (i == end) {
        break;
      }
      // t[i] == ':'
      if (i + 1 < end && t[i + 1] == ':') {
        if (compressed) {
          return 0;
        }
        compressed = true;
        i += 2;
      } else {
        i++;
        if (i == end) {
          return 0;
        }
      }
    }
    if (compressed ? groups > 7 : groups != 8) {
      return 0;
    }
    return Math.max(groups, 1);
  }
}
