package io.mailtriage.pii.token;

import io.mailtriage.pii.detect.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and parses tokens written by {@link Tokenizer}. Grammar (see docs/pii.md):
 *
 * <pre>
 *   ⟦TYPE⟧                          redact
 *   ⟦TYPE:mask:PAYLOAD⟧             mask
 *   ⟦TYPE:kN:MODE:PAYLOAD⟧          MODE = det | fpe | fpe4 | hash
 *   ⟦TYPE:kN:sMODE:SID.PAYLOAD⟧     subject-bound: sdet | sfpe | sfpe4
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class TokenParser {

  public static final char OPEN = '⟦';
  public static final char CLOSE = '⟧';

  /** Longer bracketed spans are not tokens (bounds the work per '⟦' on hostile text). */
  private static final int MAX_TOKEN = 8192;

  private TokenParser() {}

  public static List<ParsedToken> find(String text) {
    List<ParsedToken> out = new ArrayList<>();
    int i = text.indexOf(OPEN);
    while (i >= 0) {
      int close = text.indexOf(CLOSE, i + 1);
      if (close < 0) {
        break;
      }
      int nextOpen = text.indexOf(OPEN, i + 1);
      if (nextOpen >= 0 && nextOpen < close) {
        i = nextOpen;
        continue;
      }
      Optional<ParsedToken> t =
          close - i <= MAX_TOKEN ? parse(text, i, close + 1) : Optional.empty();
      t.ifPresent(out::add);
      i = text.indexOf(OPEN, close + 1);
    }
    return out;
  }

  /** Parses one whole token such as {@code ⟦EMAIL:k1:det:AbC⟧}. */
  public static Optional<ParsedToken> parse(String token) {
    return parse(token, 0, token.length());
  }

  private static Optional<ParsedToken> parse(String text, int start, int end) {
    if (end - start < 3 || text.charAt(start) != OPEN || text.charAt(end - 1) != CLOSE) {
      return Optional.empty();
    }
    String body = text.substring(start + 1, end - 1);
    String[] parts = body.split(":", 4);
    PiiType type = typeOf(parts[0]);
    if (type == null) {
      return Optional.empty();
    }
    if (parts.length == 1) {
      return Optional.of(new ParsedToken(start, end, type, TokenMode.REDACT, 0, false, null, ""));
    }
    if (parts[1].equals("mask")) {
      String payload = body.substring(parts[0].length() + 6);
      return Optional.of(
          new ParsedToken(start, end, type, TokenMode.MASK, 0, false, null, payload));
    }
    if (parts.length != 4 || parts[1].length() < 2 || parts[1].charAt(0) != 'k') {
      return Optional.empty();
    }
    int version;
    try {
      version = Integer.parseInt(parts[1].substring(1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String code = parts[2];
    boolean subject = code.startsWith("s");
    if (subject) {
      code = code.substring(1);
    }
    boolean last4 = code.equals("fpe4");
    TokenMode mode = TokenMode.fromCode(last4 ? "fpe" : code);
    if (version < 1 || mode == null || !mode.needsKey() || (subject && !mode.reversible())) {
      return Optional.empty();
    }
    String payload = parts[3];
    String sid = null;
    if (subject) {
      int dot = payload.indexOf('.');
      if (dot <= 0) {
        return Optional.empty();
      }
      sid = payload.substring(0, dot);
      payload = payload.substring(dot + 1);
    }
    return Optional.of(new ParsedToken(start, end, type, mode, version, last4, sid, payload));
  }

  private static PiiType typeOf(String name) {
    for (PiiType t : PiiType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
