package io.mailtriage.inference.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a writer says about how they communicate and how they want to be answered: the assistive
 * tool they write with ("I type with a head switch", "I use a screen reader"), the condition behind
 * it, their access needs and reasonable adjustments, the ways to reach them and not ("Replies by
 * email please", "Please don't ring me - I can't speak on the phone"), and the tool's own footer
 * ("-- typed with EyeWrite --"). These tell the bank how to answer, not what the writer asks; read
 * beside a short request they outweigh it, and their "phone" reads as a phone lost or stolen, which
 * pages the mail. A sentence that asks, or speaks of a loss or of money, is the request and stays.
 */
final class AccessNeeds {

  /**
   * Words of assistive technology, of a condition it serves, and of the needs and adjustments a
   * writer asks the bank to note (lower case, matched as whole words or phrases).
   */
  private static final Pattern ACCESS =
      Pattern.compile(
          "\\b(?:screen[- ]?readers?|voiceover|talkback|braille|eye[- ]?gaze|eye[- ]tracking"
              + "|with my eyes|head[- ]?switch(?:es)?|switch access|communication (?:aid|device)s?"
              + "|aac|word prediction|text relay|relay service|sign language|bsl|captions"
              + "|subtitles|screen magnifier|cerebral palsy|motor neurone|mnd|blind|deaf|deafblind"
              + "|partially sighted|visually impaired|sight loss|hard of hearing|hearing impair\\w*"
              + "|speech impair\\w*|non-?verbal|disabilit\\w*|(?:i am|i'm) disabled"
              + "|dyslexi\\w*|reasonable adjustments?|accessibility|accessible formats?"
              + "|(?:communication|access|accessibility) needs?|large print|plain text)\\b");

  /**
   * How a writer says which way to answer or reach them, or which not: "replies by email", "answer
   * in writing", "contact me by text", "please don't ring me", "I can't speak on the phone", "no
   * phone calls", "email or text only". What happened on a call ("I raised it by telephone") is the
   * writer's story, not a preference, and none of these.
   */
  private static final Pattern PREFERENCE =
      Pattern.compile(
          "\\b(?:repl(?:y|ies)|respond|responses|answer|answers"
              + "|(?:contact|reach|e-?mail|text|write to|get back to) me)\\b[^.!?]{0,20}?"
              + "(?:\\b(?:by|via|through) (?:e-?mail|text|sms|post|letter|video|message)"
              + "|\\bin writing)\\b"
              + "|\\b(?:do not|don't|dont|never|no need to) (?:phone|call|ring|text|contact)\\b"
              + "|\\b(?:cannot|can't|cant|can not|unable to|not able to)"
              + " (?:use|speak on|talk on|hear on|speak|talk|hear|answer)\\b[^.!?]{0,15}?"
              + "\\b(?:phone|telephone|calls?)\\b"
              + "|\\bno (?:phone |telephone )?calls\\b"
              + "|\\b(?:e-?mail|text|sms|post|letters?|writing)(?: or [\\w-]+)? only\\b");

  /** Words of a request that a sentence about the writer's needs does not hold. */
  private static final Pattern REQUEST =
      Pattern.compile(
          "\\b(?:lost|lose|losing|stolen|stole|missing|hacked|fraud\\w*|scam\\w*|someone"
              + "|card|cards|payment|payments|paid|pay|transfer\\w*|money|cash|atm|refund\\w*"
              + "|top-?up\\w*|topped|pin|balance|charged?|charges|fees?|exchange|currenc\\w*"
              + "|loan|overdraft|salary|transactions?|statements?|deposit\\w*|withdraw\\w*"
              + "|declined|blocked|frozen|locked|cheques?|benefits?|app|verif\\w*|identity|passw\\w*"
              + "|passcode|log ?in|sign ?in|signed)\\b|[$€£¥]");

  /**
   * A tool's footer between dashes or brackets ("-- typed with EyeWrite --", "[composed on my
   * communication aid]").
   */
  private static final Pattern TOOL_FOOTER =
      Pattern.compile(
          "[-–—\\[(]+\\s*(?:composed|written|typed|sent|made|dictated)"
              + " (?:with|using|on|by|via) [^.!?]{1,40}?\\s*[-–—\\])]+");

  private AccessNeeds() {}

  /** Leaves out, line by line, the sentences about how the writer communicates and is answered. */
  static void leaveOut(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (TOOL_FOOTER.matcher(line.strip().toLowerCase(Locale.ROOT)).matches()) {
        lines.set(i, "");
        continue;
      }
      StringBuilder kept = null;
      List<String> sentences = ModelText.sentences(line);
      for (int k = 0; k < sentences.size(); k++) {
        String sentence = sentences.get(k);
        if (isAboutCommunicating(sentence)) {
          if (kept == null) {
            kept = new StringBuilder();
            for (int j = 0; j < k; j++) {
              kept.append(kept.isEmpty() ? "" : " ").append(sentences.get(j).strip());
            }
          }
        } else if (kept != null) {
          kept.append(kept.isEmpty() ? "" : " ").append(sentence.strip());
        }
      }
      if (kept != null) {
        lines.set(i, kept.toString());
      }
    }
  }

  /**
   * Whether a sentence only says how the writer communicates or wants to be answered: it names
   * their tool, condition or needs, or a way to reach them with a preference, and asks nothing.
   */
  static boolean isAboutCommunicating(String sentence) {
    String s = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    s = BRACKETS.matcher(s).replaceAll("");
    if (s.isEmpty() || s.length() > MailCues.HEAD || s.indexOf('?') >= 0) {
      return false;
    }
    // This runs on every sentence of every mail: the request's words are looked for only where
    // the rest holds.
    int colon = s.indexOf(':');
    if (colon >= 0 && !s.substring(colon + 1).isBlank()) {
      // "I require an answer, in writing, to the following: …": what follows the colon decides.
      return isAboutCommunicating(s.substring(colon + 1)) && !REQUEST.matcher(s).find();
    }
    return (ACCESS.matcher(s).find() || PREFERENCE.matcher(s).find()) && !REQUEST.matcher(s).find();
  }

  /** Brackets around a whole note: "[Written with GazeType.]". */
  private static final Pattern BRACKETS = Pattern.compile("^[\\[(]+|[\\])]+$");
}
