package io.mailtriage.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail written for the customer by someone else (an accountant, an attorney, a debt adviser, a
 * carer, a relative) who hands over the customer's own words after a line that says so: "Our client
 * has asked us to put this to you:", "She asked me to type this up for her:", "His question, in his
 * words, was the following." The words after that line are the request; the writer's own paragraphs
 * around them say who they are and how to reply ("I am her appointed deputy.", "Please write to
 * this office quoting our reference."), and read beside a short request their "client", "reference"
 * and "budget" pull the reading to other intents. A paragraph of the writer's that asks something
 * of its own (holds a question) stays, after the customer's words.
 */
final class RelayedWords {
  private RelayedWords() {}

  /** Someone other than the writer: the customer, a client, a relative. */
  private static final Pattern THIRD_PARTY =
      Pattern.compile(
          "\\b(they|their|them|he|his|him|she|her|client|client's|clients|customer|customer's"
              + "|uncle|uncle's|aunt|aunt's|mother|mother's|father|father's|mum|mum's|dad|dad's"
              + "|son|son's|daughter|daughter's|husband|husband's|wife|wife's|partner|partner's"
              + "|grandmother|grandfather|nan|nan's|gran|gran's|grandma|grandad)\\b");

  /** That words are handed on: asked, put, passed, raised, typed, written down, in their words. */
  private static final Pattern HANDS_ON =
      Pattern.compile(
          "\\b(asks|asked|question|questions|words|pass this on|pass on|passed|send on|sent on"
              + "|typed|wrote|written|dictated|instructed|would like to know|wants to know)\\b");

  /** How a sentence that asks the reader opens ("Can you tell me what my son asked you:"). */
  private static final Pattern ASKS_THE_READER =
      Pattern.compile(
          "(can|could|would|will|please|what|why|how|when|where|do|does|is|are|did)\\b");

  /** The longest introducing sentence: a longer one says more than that words follow. */
  private static final int MAX_INTRO_CHARS = 160;

  /**
   * Keeps the customer's words that a writer hands on, and those of the writer's other paragraphs
   * that ask something, after them; the lines are left as they are where no introducing line is
   * found, or nothing follows it.
   */
  static void only(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i);
      if (t.isEmpty()) {
        continue;
      }
      int after = wordsStart(t);
      if (after < 0) {
        continue;
      }
      int from;
      int to;
      String inLine = t.substring(after).strip();
      List<String> words = new java.util.ArrayList<>();
      if (!inLine.isEmpty()) {
        words.add(inLine);
        from = i;
        to = i + 1;
        while (to < lines.size() && !lines.get(to).isEmpty()) {
          words.add(lines.get(to++));
        }
      } else {
        from = i + 1;
        while (from < lines.size() && lines.get(from).isEmpty()) {
          from++;
        }
        to = from;
        while (to < lines.size() && !lines.get(to).isEmpty()) {
          words.add(lines.get(to++));
        }
      }
      if (words.isEmpty()) {
        return;
      }
      List<String> kept = new java.util.ArrayList<>(words);
      askingParagraphs(lines, 0, i, kept);
      askingParagraphs(lines, to, lines.size(), kept);
      lines.clear();
      lines.addAll(kept);
      return;
    }
  }

  /**
   * Adds the paragraphs of {@code lines[from, to)} that hold a question, a blank line before each.
   */
  private static void askingParagraphs(List<String> lines, int from, int to, List<String> out) {
    int p = from;
    while (p < to) {
      if (lines.get(p).isEmpty()) {
        p++;
        continue;
      }
      int end = p;
      boolean asks = false;
      while (end < to && !lines.get(end).isEmpty()) {
        asks |= lines.get(end).contains("?");
        end++;
      }
      if (asks) {
        out.add("");
        out.addAll(lines.subList(p, end));
      }
      p = end;
    }
  }

  /**
   * Where the handed-on words start in a line whose last sentence, up to its colon, introduces them
   * ("They asked me to pass this on: …", "The client would like to know the following."), or -1.
   * The line's length when the words are in the paragraph under it.
   */
  static int wordsStart(String line) {
    String t = line.length() <= MailCues.HEAD * 2 ? line : line.substring(0, MailCues.HEAD * 2);
    int colon = -1;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ':' && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        colon = i;
        break;
      }
    }
    int introEnd;
    int wordsAt;
    String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (colon > 0) {
      introEnd = colon;
      wordsAt = colon + 1;
    } else if (line.length() == t.length()
        && (lower.endsWith("the following.") || lower.endsWith("the following"))) {
      introEnd = t.length();
      wordsAt = t.length();
    } else {
      return -1;
    }
    int start = 0;
    for (int i = introEnd - 2; i > 0; i--) {
      char c = lower.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && lower.charAt(i + 1) == ' ') {
        start = i + 1;
        break;
      }
    }
    String intro = lower.substring(start, introEnd).strip();
    if (intro.isEmpty()
        || intro.length() > MAX_INTRO_CHARS
        || intro.endsWith("?")
        || ASKS_THE_READER.matcher(intro).lookingAt()) {
      return -1;
    }
    boolean relays =
        (THIRD_PARTY.matcher(intro).find() && HANDS_ON.matcher(intro).find())
            || intro.contains("been asked to");
    return relays ? wordsAt : -1;
  }
}
