package io.mailtriage.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads msg-id lists (Message-ID, In-Reply-To, References) into bare ids without angle brackets.
 */
final class MessageIds {
  /**
   * References of a long thread can list hundreds of ids; the newest ones are what threading needs,
   * so only the last this-many are kept.
   */
  static final int MAX_REFERENCES = 50;

  private MessageIds() {}

  /** Strips whitespace and one pair of angle brackets; null or blank gives null. */
  static String normalize(String id) {
    if (id == null) {
      return null;
    }
    String s = id.strip();
    if (s.startsWith("<") && s.endsWith(">") && s.length() >= 2) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }

  /**
   * Ids in order of appearance, keeping the last {@link #MAX_REFERENCES}. Bracketed ids are taken
   * as such; a value without brackets (seen from some clients) is split on whitespace and commas.
   */
  static String[] parseList(String value) {
    if (value == null || value.isBlank()) {
      return new String[0];
    }
    Deque<String> ids = new ArrayDeque<>();
    if (value.indexOf('<') >= 0) {
      int i = 0;
      while (true) {
        int open = value.indexOf('<', i);
        if (open < 0) {
          break;
        }
        int close = value.indexOf('>', open);
        if (close < 0) {
          break;
        }
        add(ids, normalize(value.substring(open, close + 1)));
        i = close + 1;
      }
    } else {
      for (String token : value.split("[\\s,]+")) {
        add(ids, normalize(token));
      }
    }
    return ids.toArray(new String[0]);
  }

  /** The first id of a list, or null. */
  static String first(String value) {
    String[] ids = parseList(value);
    return ids.length == 0 ? null : ids[0];
  }

  private static void add(Deque<String> ids, String id) {
    if (id == null) {
      return;
    }
    ids.addLast(id);
    if (ids.size() > MAX_REFERENCES) {
      ids.removeFirst();
    }
  }
}
