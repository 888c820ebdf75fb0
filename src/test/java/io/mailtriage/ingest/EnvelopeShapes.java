package io.mailtriage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * JSON envelopes as a confused or hostile producer writes them: each field of the schema either
 * right or given a value of another type (number, boolean, array, object, null), a huge or
 * escaped-to-death string, or nesting thousands deep; duplicate keys, trailing garbage and
 * truncation on top.
 */
final class EnvelopeShapes {
  private static final String[] FIELDS = {
    "messageId",
    "from",
    "to",
    "cc",
    "subject",
    "text",
    "html",
    "receivedAt",
    "mailbox",
    "tenant",
    "headers",
    "attachments"
  };

  private EnvelopeShapes() {}

  static byte[] any(Random r) {
    StringBuilder s = new StringBuilder("{");
    boolean first = true;
    for (String field : FIELDS) {
      if (r.nextInt(FIELDS.length) == 0) {
        continue; // missing
      }
      if (!first) {
        s.append(',');
      }
      first = false;
      s.append('"').append(field).append("\":");
      if (r.nextInt(FIELDS.length) == 0) {
        value(s, r, 0);
      } else {
        right(s, field, r);
      }
    }
    if (r.nextInt(10) == 0) {
      s.append(first ? "" : ",").append("\"messageId\":\"<dup@x>\"");
    }
    s.append('}');
    switch (r.nextInt(12)) {
      case 0 -> s.append(" {}");
      case 1 -> s.setLength(r.nextInt(s.length() + 1));
      case 2 -> s.insert(0, "\uFEFF");
      default -> {}
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A value of the type the schema wants; now and then one the parser must refuse (1 in 16). */
  private static void right(StringBuilder s, String field, Random r) {
    boolean odd = r.nextInt(16) == 0;
    switch (field) {
      case "from" ->
          s.append("{\"email\":\"ann@example.net\",\"name\":")
              .append(odd ? "1" : "\"Ann\"")
              .append('}');
      case "to", "cc" ->
          s.append("[{\"email\":\"support@example.com\"}").append(odd ? ",null" : "").append(']');
      case "messageId" -> s.append(odd ? "\"<<>>\"" : "\"<m" + r.nextInt(1000) + "@example.net>\"");
      case "receivedAt" ->
          s.append(odd ? "\"2026-02-30T25:00:00+99:00\"" : "\"2026-03-02T08:00:00Z\"");
      case "headers" ->
          s.append("[{\"name\":\"References\",\"value\":\"")
              .append("<a@b> ".repeat(r.nextInt(odd ? 5000 : 5)))
              .append("\"}]");
      case "attachments" ->
          s.append("[{\"filename\":\"a.pdf\",\"contentType\":\"application/pdf\",\"size\":")
              .append(odd ? "-1" : "12")
              .append("}]");
      case "tenant" -> s.append(odd ? "\"no-such-tenant\"" : "\"demo\"");
      case "mailbox" -> s.append("\"support@example.com\"");
      default -> {
        if (odd) {
          string(s, r);
        } else {
          s.append("\"My card was stolen, please block it. Call me on +44 20 7946 0958.\"");
        }
      }
    }
  }

  /** Any JSON value, of any type, size and depth. */
  private static void value(StringBuilder s, Random r, int depth) {
    switch (r.nextInt(depth > 3 ? 6 : 9)) {
      case 0 -> s.append("null");
      case 1 -> s.append(r.nextBoolean());
      case 2 ->
          s.append(
              new String[] {
                    "0", "-0", "1e400", "-1e-400", "123456789012345678901234567890", "1.5", "NaN"
                  }
                  [r.nextInt(7)]);
      case 3, 4, 5 -> string(s, r);
      case 6 -> {
        s.append('[');
        for (int i = r.nextInt(4); i > 0; i--) {
          value(s, r, depth + 1);
          s.append(i > 1 ? "," : "");
        }
        s.append(']');
      }
      case 7 -> {
        s.append("{\"email\":");
        value(s, r, depth + 1);
        s.append('}');
      }
      default -> { // nested far past any sane depth (and past the JSON reader's own limit)
        int n = r.nextInt(4) == 0 ? 1 + r.nextInt(5000) : 1 + r.nextInt(50);
        s.append("[".repeat(n))
            .append("\"deep\"")
            .append("]".repeat(r.nextInt(4) == 0 ? n - 1 : n));
      }
    }
  }

  private static void string(StringBuilder s, Random r) {
    s.append('"');
    switch (r.nextInt(5)) {
      case 0 -> s.append("\\ud800\\u0000\\udfff\\\"\\\\");
      case 1 -> s.append("x".repeat(r.nextInt(1_000_000)));
      case 2 -> s.append("\\u00e4".repeat(r.nextInt(20_000)));
      case 3 ->
          s.append(
              "Mein Konto ist gesperrt, IBAN DE89 3704 0044 0532 0130 00, ruf an: +49 30 1234567");
      default -> s.append("");
    }
    s.append('"');
  }
}
