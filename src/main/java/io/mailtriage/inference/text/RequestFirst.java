package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the request of a long mail before the story told around it. The encoder reads only the
 * model text's first tokens (32, about {@link #WINDOW_CHARS} chars of English): where a writer
 * tells a story, rants, writes a chatty letter, numbers their complaint's points or explains why
 * they loop the bank into a thread before they ask, the model reads the story and never reaches the
 * request. So in a message longer than that, the paragraph with the first sentence that asks the
 * bank for something (a question to it, "please", "could you", "I need", "how do I", a turn to the
 * request such as "Anyway, the reason I'm writing: …") is read first, and everything else after it
 * in its order; nothing is dropped. A paragraph longer than the window gives up only that sentence.
 * A message that fits the window, or whose first paragraph asks, keeps its lines as they are.
 *
 * <p>A request that says only that the writer asks ("Can you help?", "Please sort this out.") takes
 * the sentence before it along, which says what is wrong; a turn that only announces the request
 * ("The reason I'm writing.") takes the sentence after it. A question that only vents ("Does anyone
 * read these emails?", "How hard can it be?") asks nothing and stays where it is.
 *
 * <p>One pass over the message's sentences, each tested with a few literal {@code contains} on its
 * lower case: no pattern but for a point's label of a few chars, so a long mail costs what its
 * length does.
 */
final class RequestFirst {
  private RequestFirst() {}

  /**
   * How many chars of a message the encoder's window holds, about: 32 tokens less the two special
   * ones, at four chars and a bit a word piece of English.
   */
  static final int WINDOW_CHARS = 120;

  /** A request of this many words or fewer says that the writer asks, not what about. */
  private static final int BARE_REQUEST_WORDS = 4;

  /**
   * Words that ask the bank for something wherever they stand in a sentence; matched as whole words
   * on the sentence reduced to letters, digits and apostrophes.
   */
  private static final String[] ASKS = {
    "please",
    "pls",
    "plz",
    "could you",
    "can you",
    "would you",
    "will you",
    "could someone",
    "can someone",
    "i need",
    "we need",
    "needs",
    "i want",
    "we want",
    "wants to",
    "i'd like",
    "i would like",
    "we'd like",
    "we would like",
    "i wish to",
    "how do i",
    "how can i",
    "how do we",
    "how can we",
    "how to",
    "help me",
    "let me know",
    "tell me",
    "show me",
    "advise",
    "explain"
  };

  /**
   * Words that open a question, asked with or without its question mark: a question word with the
   * verb after it ("where is", "how do"), since a question word alone may open a story's clause
   * ("When we got back, …", "Where you write to us, …").
   */
  private static final String[] QUESTION_OPENINGS = {
    "how do ",
    "how can ",
    "how long ",
    "how much ",
    "how many ",
    "how is ",
    "how are ",
    "how does ",
    "what is ",
    "what's ",
    "what are ",
    "what do ",
    "what does ",
    "what can ",
    "what should ",
    "where is ",
    "where's ",
    "where are ",
    "where do ",
    "where can ",
    "when will ",
    "when do ",
    "when does ",
    "when can ",
    "when is ",
    "why is ",
    "why has ",
    "why was ",
    "why did ",
    "why do ",
    "why does ",
    "why are ",
    "why can't ",
    "why won't ",
    "which ",
    "who do ",
    "who can ",
    "is there ",
    "are there ",
    "is it ",
    "is my ",
    "are my ",
    "do you ",
    "does ",
    "do i ",
    "can i ",
    "could i ",
    "may i ",
    "am i ",
    "should i ",
    "has my ",
    "have you ",
    "has the "
  };

  /**
   * Words of a question that vents rather than asks: who reads the mail, how often the writer has
   * asked, what kind of bank this is.
   */
  private static final String[] VENTS = {
    "anyone",
    "anybody",
    "nobody",
    "no one",
    "how hard",
    "how difficult",
    "how many times",
    "how long do i have to",
    "how long must",
    "is this how",
    "what kind of",
    "what sort of",
    "too much to ask",
    "what is the point",
    "what's the point",
    "why do i bother",
    "why should i",
    "are you serious",
    "are you kidding",
    "are you joking",
    "you people",
    "seriously"
  };

  /**
   * Moves the sentences that carry the request of a cleaned message (one line a line, "" between
   * paragraphs) before the rest, where the message is longer than the window and something else
   * stands before them.
   */
  static void reorder(List<String> lines) {
    int chars = 0;
    for (String l : lines) {
      chars += l.length() + 1;
    }
    if (chars <= WINDOW_CHARS) {
      return;
    }
    List<List<String>> paragraphs = paragraphs(lines);
    int p = 0;
    int s = -1;
    for (; p < paragraphs.size() && s < 0; p++) {
      List<String> sentences = paragraphs.get(p);
      for (int k = 0; k < sentences.size(); k++) {
        // A bare request that opens its paragraph ("Please honour it this time. Your terms say:")
        // has nothing before it to say what it is about.
        boolean bareOpening = k == 0 && sentences.size() > 1 && isBare(sentences.get(k));
        if (!bareOpening && asks(sentences.get(k))) {
          s = k;
          break;
        }
      }
    }
    if (s < 0) {
      return;
    }
    p--;
    List<String> paragraph = paragraphs.get(p);
    int from = 0;
    int to = paragraph.size();
    if (length(paragraph) > WINDOW_CHARS) {
      // A paragraph longer than the window (a rant, a story run on into the question) gives up
      // only the request's sentences; a shorter one moves whole, what is wrong with the question.
      from = s;
      to = s + 1;
      String request = paragraph.get(s);
      if (MailCues.turnsToRequest(request.toLowerCase(Locale.ROOT))) {
        if (MailCues.words(request) <= 2 * BARE_REQUEST_WORDS && to < paragraph.size()) {
          to++;
        }
      } else if (from > 0 && isBare(request)) {
        from--;
      }
    } else if (p > 0 && paragraph.size() == 1 && isBare(paragraph.get(0))) {
      // What is wrong may end the paragraph above ("My transfer never arrived." / "Please help.").
      List<String> above = paragraphs.get(p - 1);
      paragraph = new ArrayList<>(paragraph);
      paragraph.add(0, above.remove(above.size() - 1));
      paragraphs.set(p, paragraph);
      to++;
    }
    if (p == 0 && from == 0) {
      return;
    }
    List<String> first = new ArrayList<>(paragraph.subList(from, to));
    paragraph.subList(from, to).clear();
    paragraphs.add(0, first);
    lines.clear();
    for (List<String> rest : paragraphs) {
      StringBuilder text = new StringBuilder();
      for (String sentence : rest) {
        if (!isLabel(sentence)) {
          text.append(text.isEmpty() ? "" : " ").append(sentence);
        }
      }
      if (!text.isEmpty()) {
        if (!lines.isEmpty()) {
          lines.add("");
        }
        lines.add(text.toString());
      }
    }
  }

  /**
   * The message's paragraphs, each as its sentences, its wrapped lines joined; a numbered or
   * bulleted point is a paragraph of its own.
   */
  private static List<List<String>> paragraphs(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i).strip() : "";
      if ((l.isEmpty() || opensPoint(l)) && !paragraph.isEmpty()) {
        out.add(new ArrayList<>(ModelText.sentences(paragraph)));
        paragraph.setLength(0);
      }
      if (!l.isEmpty()) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
      }
    }
    return out;
  }

  /**
   * Whether a line may open a point of a list ("1.", "(2)", "Para 3.", "- "), by its first char.
   */
  private static boolean opensPoint(String line) {
    char c = line.charAt(0);
    return "-*\u2022(".indexOf(c) >= 0
        || Character.isDigit(c)
        || line.regionMatches(true, 0, "para", 0, 4);
  }

  /** Whether a sentence asks the bank for something (see the class comment). */
  static boolean asks(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (MailCues.turnsToRequest(lower)) {
      return true;
    }
    String words = words(lower, 0);
    // "Please pass my thanks on to her" asks, but for a person, not of the bank's business.
    boolean thanks = lower.contains("thank") && lower.indexOf('?') < 0;
    for (String a : ASKS) {
      if (words.contains(" " + a + " ")) {
        return !thanks;
      }
    }
    // A lead-in up to a colon ("For the last time: where is my card") is not the question's
    // opening.
    int colon = lower.indexOf(':');
    String opening = colon > 0 ? words(lower, colon + 1) : words;
    boolean question =
        lower.indexOf('?') >= 0 || opensWithAny(opening.substring(1), QUESTION_OPENINGS);
    return question && !MailCues.containsAny(words, VENTS);
  }

  /**
   * A lower-case sentence from {@code start} on as its words, one space before and after each:
   * letters, digits and apostrophes kept ("’" as "'").
   */
  private static String words(String lower, int start) {
    StringBuilder out = new StringBuilder(lower.length() - start + 2).append(' ');
    for (int i = start; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
        out.append(c == '’' ? '\'' : c);
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  /**
   * Whether a request says only that the writer asks, not about what: a few words ("Can you
   * help?"), a courtesy ("Please get back to me soon."), or words that point back at what was said
   * before ("Can you return one of them?", "Please sort this out now.").
   */
  private static boolean isBare(String request) {
    int n = MailCues.words(request);
    return n <= BARE_REQUEST_WORDS
        || MailCues.isCourtesy(request)
        || (n <= 2 * BARE_REQUEST_WORDS + 2
            && MailCues.containsAny(words(lower(request), 0), BACK));
  }

  /** Words that point back at what was said before. */
  private static final String[] BACK = {
    " it ", " them ", " this ", " that ", " these ", " those ", " they "
  };

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static int length(List<String> sentences) {
    int n = 0;
    for (String s : sentences) {
      n += s.length() + 1;
    }
    return n;
  }

  /**
   * Whether a sentence is only a point's label ("Para 3.", "(2)", "2."): without the sentence it
   * numbered, it says nothing.
   */
  private static boolean isLabel(String sentence) {
    return sentence.length() <= LABEL_CHARS && MailCues.PARAGRAPH_LABEL.matcher(sentence).matches();
  }

  /** How long a point's label may be ("Paragraph 12."). */
  private static final int LABEL_CHARS = 14;

  private static boolean opensWithAny(String words, String[] openings) {
    for (String o : openings) {
      if (words.startsWith(o)) {
        return true;
      }
    }
    return false;
  }
}
