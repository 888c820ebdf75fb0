package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of questions copied from the bank's help page ("what to include") and answered one by one:
 * "Q: …" over "A: …", "question -&gt; answer" on a line, or a numbered or bulleted question with
 * the answer on the lines under it. The questions are the bank's words, the same in every such
 * mail, and read beside the answers they outweigh them; the answers to the name, account, date and
 * contact questions are data. What the writer needs is the answer to the prompt that asks them to
 * describe it, and that alone is read.
 */
final class Questionnaire {

  private Questionnaire() {}

  /** How many answered questions in a row make a questionnaire. */
  private static final int QUESTIONS = 3;

  /**
   * What a prompt that asks for the request says, in lower case: "Please describe your question",
   * "Details of your enquiry", "Tell us how we can help", "Your question".
   */
  private static final String[] MESSAGE_PROMPTS = {
    "describe",
    "details of your",
    "your question",
    "your enquiry",
    "your inquiry",
    "your query",
    "your request",
    "your message",
    "how we can help",
    "how can we help",
    "what can we help",
    "what we can help",
  };

  /** The arrows that set an answer after its question on one line. */
  private static final String[] ARROWS = {" -> ", " → ", " => "};

  /** One answered question: its lines {@code from} to {@code to} (exclusive), and the answer. */
  private record Pair(int from, int to, String question, List<String> answer) {}

  /**
   * The lines with a questionnaire replaced by the answer to its describe-your-question prompt, and
   * the line that introduces it ("As requested, my answers are below:") left out; other lines, and
   * mails with no such questionnaire, as they are.
   */
  static List<String> answers(List<String> in) {
    int i = 0;
    while (i < in.size()) {
      if (in.get(i).isBlank()) {
        // Each blank run is crossed once here, not once from every line above it.
        i++;
        continue;
      }
      List<Pair> run = new ArrayList<>();
      int k = i;
      for (Pair p = pairAt(in, i); p != null; p = pairAt(in, ModelText.nextNonBlank(in, k))) {
        run.add(p);
        k = p.to;
      }
      Pair message = run.size() >= QUESTIONS ? messagePair(run) : null;
      if (message != null) {
        int from = run.get(0).from;
        int intro = ModelText.previousNonBlank(in, from);
        if (intro >= 0 && in.get(intro).strip().endsWith(":")) {
          from = intro;
        }
        List<String> out = new ArrayList<>(in.subList(0, from));
        out.addAll(message.answer);
        out.add("");
        out.addAll(in.subList(k, in.size()));
        return out;
      }
      i = run.isEmpty() ? i + 1 : k;
    }
    return in;
  }

  /** The first pair of the run whose question asks for the request, or null. */
  private static Pair messagePair(List<Pair> run) {
    for (Pair p : run) {
      String q = p.question.toLowerCase(Locale.ROOT).replaceAll("[?:\\s]+$", "");
      // "What is your question about?" asks for a topic, not the question.
      if (q.endsWith(" about")) {
        continue;
      }
      for (String prompt : MESSAGE_PROMPTS) {
        if (q.contains(prompt)) {
          return p;
        }
      }
      if (MailCues.isMessageField(q + ": x")) {
        return p;
      }
    }
    return null;
  }

  /** The answered question at line {@code i}, or null. */
  private static Pair pairAt(List<String> in, int i) {
    if (i < 0) {
      return null;
    }
    String t = in.get(i).strip();
    for (String arrow : ARROWS) {
      int a = t.indexOf(arrow);
      if (a > 0 && a + arrow.length() < t.length()) {
        return new Pair(
            i, i + 1, t.substring(0, a), List.of(t.substring(a + arrow.length()).strip()));
      }
    }
    int next = i + 1 < in.size() ? i + 1 : -1;
    if (startsWithLabel(t, "q")) {
      int a = ModelText.nextNonBlank(in, i + 1);
      if (a < 0 || !startsWithLabel(in.get(a).strip(), "a")) {
        return null;
      }
      List<String> answer = new ArrayList<>();
      answer.add(in.get(a).strip().substring(2).strip());
      int end = answerLines(in, a + 1, answer);
      return new Pair(i, end, t.substring(2).strip(), answer);
    }
    // "4. Details of your enquiry?" or "* Topic:", the answer on the lines right under it.
    if (MailCues.LIST_ITEM.matcher(t).lookingAt()
        && (t.endsWith("?") || t.endsWith(":"))
        && next >= 0
        && !in.get(next).isBlank()
        && !isQuestionLine(in.get(next).strip())) {
      List<String> answer = new ArrayList<>();
      int end = answerLines(in, next, answer);
      return new Pair(i, end, t.replaceFirst("^\\S+\\s+", ""), answer);
    }
    return null;
  }

  /** Adds the lines from {@code from} up to a blank line or the next question; returns the end. */
  private static int answerLines(List<String> in, int from, List<String> answer) {
    int k = from;
    while (k < in.size() && !in.get(k).isBlank() && !isQuestionLine(in.get(k).strip())) {
      answer.add(in.get(k).strip());
      k++;
    }
    return k;
  }

  private static boolean isQuestionLine(String t) {
    return startsWithLabel(t, "q")
        || MailCues.LIST_ITEM.matcher(t).lookingAt() && (t.endsWith("?") || t.endsWith(":"));
  }

  /** Whether the line opens with a one-letter label: "Q:" or "A:", either case. */
  private static boolean startsWithLabel(String t, String letter) {
    return t.length() > 2 && t.substring(0, 2).equalsIgnoreCase(letter + ":");
  }
}
