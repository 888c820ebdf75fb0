package io.mailtriage.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A public post the writer copies into the mail with the company's answer under it, as an app
 * store, a review site or a map's listing shows them: the rating and title, the reviewer's name and
 * date, the review, then "Developer Response" or "Reply from …" and the answer; or the writer's own
 * "My review (3 stars): …" and "Your reply: …". The writer points at them as history: the review's
 * grumbles (logging out, the app crashing) and the answer's "please email us with your details" are
 * not what the writer asks now, and read beside the request they outweigh it. So are the writer's
 * lines that only say why they write ("Following up my review, as your team asked."). A review
 * without an answer under it stays: it is told apart from the writer's own complaint by the answer.
 */
final class Reviews {

  /**
   * The heading of the company's answer, without its colon: "Developer response", "Reply from Acme
   * Bank", "Response from the owner · 2 weeks ago", "Your reply", "Acme Bank replied (12 Nov)".
   */
  private static final Pattern ANSWER_HEADING =
      Pattern.compile(
          "(?:(?:(?:the )?(?:developer|developers|developer's|owner|owner's|company|company's"
              + "|business|business's|bank|bank's|official|seller|seller's|merchant|app team)"
              + " )?(?:response|reply|answer)(?: from [^,.!?]{1,40})?"
              + "|(?:your|their|its) (?:response|reply|answer)"
              + "|[^,.!?]{1,40} (?:replied|responded))"
              // A date, a time ago or a separator after it ("· 12 Nov", "(2 days ago)").
              + "(?:\\s*[(·,|•–—-].{0,30}|\\s+\\d.{0,30})?");

  /** A rating as a store or a review site writes it: stars, "3 out of 5", "2/5", "1 star". */
  private static final Pattern RATING =
      Pattern.compile(
          "[★☆✩✭⭐]|\\b[0-5](?:\\.\\d)? ?(?:/|out of) ?(?:5|five|10)\\b"
              + "|\\b(?:[1-5]|one|two|three|four|five)[- ]stars?\\b|\\brated [0-5]\\b");

  /**
   * A review the writer posted, named in a sentence ("my review", "my 2-star review", "left a
   * review", "wrote you a review"); "my account is under review" is no post.
   */
  private static final Pattern OWN_REVIEW =
      Pattern.compile(
          "\\b(?:my|left (?:a|an|you a)|wrote (?:a|an|you a)|posted (?:a|an)|gave (?:you )?a)"
              + "(?: [\\w-]+){0,2} review\\b|\\breview (?:i|that i) (?:left|wrote|posted)\\b");

  /** How a writer says the company's answer sent them here ("your team replied … asked me"). */
  private static final Pattern SENT_HERE =
      Pattern.compile(
          "\\b(?:repl\\w*|respon\\w*|answer\\w*|asked|suggest\\w*|requested|told me|said to)\\b");

  /** A review named by where it was posted or its stars ("App Store review", "2-star review"). */
  private static final Pattern POSTED_REVIEW =
      Pattern.compile("\\b(?:app|store|play|stars?|[1-5]-star|trustpilot|google) review\\b");

  /** How many lines above an answer's heading the review it answers may start. */
  private static final int REVIEW_LINES = 30;

  /** How long a line may be that introduces a copy ("This is what I wrote and what you said:"). */
  private static final int INTRODUCTION_CHARS = 100;

  private Reviews() {}

  /**
   * Blanks every copied review that has the company's answer under it, the answer, and the line
   * that introduces them; and the writer's sentences that only say a review's answer sent them.
   */
  static void leaveOut(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!isAnswerHeading(lines.get(i))) {
        continue;
      }
      int reviewEnd = ModelText.previousNonBlank(lines, i);
      if (reviewEnd < 0) {
        continue;
      }
      int reviewStart = reviewEnd;
      while (reviewStart > 0
          && reviewEnd - reviewStart < REVIEW_LINES
          && !lines.get(reviewStart - 1).isBlank()) {
        reviewStart--;
      }
      int intro = ModelText.previousNonBlank(lines, reviewStart);
      boolean introduces = intro >= 0 && introducesCopy(lines.get(intro));
      if (!isReview(lines.subList(reviewStart, reviewEnd + 1))
          && !(introduces && mentionsReview(lines.get(intro)))) {
        continue;
      }
      int answerEnd = paragraphEnd(lines, i);
      if (answerEnd == i + 1 && !hasTextAfterHeading(lines.get(i))) {
        // "Developer Response" alone over its paragraph: the answer is the paragraph under it.
        int next = ModelText.nextNonBlank(lines, i + 1);
        answerEnd = next < 0 ? answerEnd : paragraphEnd(lines, next);
      }
      blank(lines, introduces ? intro : reviewStart, answerEnd);
      i = answerEnd - 1;
    }
    // Also where the copy was quoted with "> " and is cut as history already.
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, withoutSentHere(lines.get(i)));
    }
  }

  /**
   * Whether a subject (lower case) only says the mail follows up the writer's review ("Following up
   * my app review", "Play Store review - emailing as asked"): why they write, not what they ask.
   */
  static boolean isAboutTheReview(String lower) {
    String s = lower.replace('’', '\'');
    return s.contains("review")
        && s.indexOf('?') < 0
        && (OWN_REVIEW.matcher(s).find() || POSTED_REVIEW.matcher(s).find())
        && !Chats.isAboutMoney(s.replaceAll("\\bapp\\b", ""));
  }

  /** Whether a line heads the company's answer to a post: the heading alone, or before a colon. */
  static boolean isAnswerHeading(String line) {
    String t = line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (t.length() > 80 && t.indexOf(':') < 0) {
      return false;
    }
    int colon = t.indexOf(':');
    String heading = colon >= 0 ? t.substring(0, colon) : t;
    if (heading.length() > 80) {
      return false;
    }
    return ANSWER_HEADING.matcher(heading.strip()).matches();
  }

  /** Whether lines hold a public post: a rating, or "review" in their first line. */
  private static boolean isReview(List<String> lines) {
    for (String l : lines) {
      if (RATING.matcher(MailCues.HEAD < l.length() ? l.substring(0, MailCues.HEAD) : l).find()) {
        return true;
      }
    }
    return mentionsReview(lines.get(0));
  }

  private static boolean mentionsReview(String line) {
    String t = line.toLowerCase(Locale.ROOT);
    return t.contains("review") || RATING.matcher(t).find();
  }

  /** A short line that ends with a colon and asks nothing: it introduces what is under it. */
  private static boolean introducesCopy(String line) {
    String t = line.strip();
    return t.endsWith(":")
        && t.length() <= INTRODUCTION_CHARS
        && t.indexOf('?') < 0
        && !MailCues.turnsToRequest(t.toLowerCase(Locale.ROOT));
  }

  private static boolean hasTextAfterHeading(String line) {
    int colon = line.indexOf(':');
    return colon >= 0 && !line.substring(colon + 1).isBlank();
  }

  private static int paragraphEnd(List<String> lines, int from) {
    int end = from;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      end++;
    }
    return end;
  }

  private static void blank(List<String> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      lines.set(k, "");
    }
  }

  /**
   * The line without its sentences that only say the answer to the writer's review sent them here
   * ("Emailing as your reply to my review suggested."): a sentence that asks or speaks of money is
   * the request, and stays.
   */
  private static String withoutSentHere(String line) {
    if (line.isBlank() || !line.toLowerCase(Locale.ROOT).contains("review")) {
      return line;
    }
    StringBuilder kept = new StringBuilder();
    boolean dropped = false;
    for (String sentence : ModelText.sentences(line)) {
      String s = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean sentHere =
          s.indexOf('?') < 0
              && OWN_REVIEW.matcher(s).find()
              && SENT_HERE.matcher(s).find()
              // The review is of the app: "app" alone is no money question here.
              && !Chats.isAboutMoney(s.replaceAll("\\bapp\\b", ""));
      dropped |= sentHere;
      if (!sentHere && !s.isEmpty()) {
        kept.append(kept.isEmpty() ? "" : " ").append(sentence.strip());
      }
    }
    return dropped ? kept.toString() : line;
  }
}
