package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A voicemail a phone system emails in: its subject, the lines that mark where the caller's words
 * are, and what in those words is the call's own and not the request. The system writes the
 * caller's number and the message's length into the subject; the caller greets, says who they are,
 * apologises for the line, gives a number to call back on and says goodbye. Read beside the
 * request, a number and "call me" read as a lost phone.
 */
final class Voicemails {

  /** The words by which a subject is about a voicemail or a call. */
  private static final String[] CALL_WORDS = {
    "voicemail", "voice mail", "voice message", "missed call", "new message from"
  };

  /** A message's length or a time, as a phone system writes it into the subject ("(1:55)"). */
  private static final Pattern LENGTH = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  /** The fields a phone system heads a voicemail with. */
  private static final Set<String> NOTICE_FIELDS =
      Set.of(
          "caller",
          "caller id",
          "caller name",
          "calling number",
          "call back",
          "callback",
          "duration",
          "length",
          "mailbox",
          "extension",
          "voicemail for");

  /** How many of a phone system's fields make its voicemail notice. */
  private static final int NOTICE = 2;

  /** A transcriber's note in brackets where it missed words ("[inaudible]", "[crosstalk]"). */
  private static final Pattern TRANSCRIBERS_NOTE = Pattern.compile("\\[[a-z][a-z ]{1,30}\\]");

  /** Where a sentence runs on into another without its full stop: a capital after a lower word. */
  private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll})\\s+(?=\\p{Lu})");

  /** A number the caller gives, as the PII step leaves it or in digits. */
  private static final Pattern NUMBER = Pattern.compile("<phone>|\\d[\\d ]{5,20}\\d");

  /**
   * How a caller asks to be called back on the number they give ("if someone could call me back on
   * …", "you can get me on …", "my number is …", "it's … if you need the number").
   */
  private static final Pattern CALL_BACK =
      Pattern.compile(
          "\\b(call|ring|phone|get|reach|contact|text)\\b.{0,40}?\\bme\\b"
              + "|\\bmy (mobile |phone |home |work )?number\\b|\\bthe number\\b"
              + "|\\bit'?s <phone>|\\b(on|at) <phone>");

  /**
   * How a caller says who they are and why they call, before saying what they need ("it's … here",
   * "… speaking", "my name is …", "this message is for the bank", "I'm calling about my account").
   */
  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "\\bspeaking\\b|\\bmy name is\\b|\\bthis is\\b|\\bit'?s <person>|\\bit'?s [^,.?!]{1,40}\\bhere\\b"
              + "|\\bmessage is for\\b|\\bleave a message\\b|\\bcustomer of yours\\b"
              + "|\\bcalling (about|from|regarding)\\b|\\bholding for\\b");

  /** Words that, said in a sentence, make it more than a greeting, an introduction or goodbye. */
  private static final Pattern LOSS =
      Pattern.compile(
          "\\b(lost|lose|stolen|stole|missing|hacked|fraud|scam|new|change|changed)\\b");

  /**
   * The words of what a caller says around the request: greetings, hesitations, goodbyes, and sorry
   * for the line they are on ("Sorry, I'm in the car.", "Sorry, bit of a noisy line.").
   */
  private static final Set<String> SPOKEN =
      Set.of(
          "hi",
          "hiya",
          "hello",
          "hey",
          "yeah",
          "yes",
          "good",
          "morning",
          "afternoon",
          "evening",
          "um",
          "uh",
          "er",
          "erm",
          "oh",
          "okay",
          "ok",
          "right",
          "so",
          "well",
          "anyway",
          "thanks",
          "thank",
          "you",
          "cheers",
          "bye",
          "ta",
          "great",
          "lovely",
          "sorry",
          "bit",
          "of",
          "a",
          "an",
          "noisy",
          "bad",
          "line",
          "signal",
          "i",
          "m",
          "am",
          "in",
          "the",
          "car",
          "driving",
          "on",
          "train",
          "then",
          "that",
          "s",
          "it",
          "all",
          "much",
          "many");

  private Voicemails() {}

  /**
   * Whether a subject (lower case, as received) is a phone system's: a voicemail or call with the
   * caller's number or the message's length ("New voicemail from &lt;PHONE&gt; (1:55)",
   * "[Voicemail] Support - 1:38").
   */
  static boolean isSystemSubject(String lower) {
    boolean call = false;
    for (String w : CALL_WORDS) {
      call |= lower.contains(w);
    }
    return call && (lower.contains("<phone>") || LENGTH.matcher(lower).find());
  }

  /**
   * Whether a line is a heading between rule marks over or under a transcription ("---
   * Transcription ---", "=== End of voicemail transcript ==="); a chat's ("--- chat transcript
   * ---") is not.
   */
  static boolean isTranscriptionHeading(String lower) {
    String t = lower.strip();
    if (t.length() < 8
        || "-=*~#".indexOf(t.charAt(0)) < 0
        || "-=*~#".indexOf(t.charAt(t.length() - 1)) < 0) {
      return false;
    }
    String inner = t.replaceAll("^[-=*~#\\s]+|[-=*~#\\s]+$", "").replaceFirst("^end of\\s+", "");
    return MailCues.isTranscriptLabel(inner);
  }

  /**
   * Whether a line labels the caller's words in a phone system's voicemail notice ("Message:"
   * alone, over the transcription), the notice's fields ({@link #isNotice}) about it.
   */
  static boolean isMessageLabel(String lower, List<String> lines) {
    return lower.strip().equals("message:") && isNotice(lines);
  }

  /** Whether a mail holds a phone system's fields: the caller, the length, the mailbox. */
  private static boolean isNotice(List<String> lines) {
    int fields = 0;
    for (String line : lines) {
      String t = line.strip().toLowerCase(Locale.ROOT);
      int colon = t.indexOf(':');
      if (colon > 0 && colon < 20 && NOTICE_FIELDS.contains(t.substring(0, colon).strip())) {
        if (++fields >= NOTICE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The caller's request in a voicemail's transcription: its sentences but the caller's greeting,
   * introduction, sorry for the line, call-back number and goodbye, and the transcriber's notes;
   * the transcription as it is where nothing else would be left.
   */
  static List<String> callersRequest(List<String> words) {
    String said = TRANSCRIBERS_NOTE.matcher(String.join(" ", words)).replaceAll(" ");
    StringBuilder out = new StringBuilder();
    for (String sentence : ModelText.sentences(said.replaceAll("\\s+", " ").strip())) {
      // A transcriber writes no full stop where it did not hear one: "… is accepted You can get
      // me on …" is two sentences.
      if (isCallsOwn(lower(sentence))) {
        continue;
      }
      for (String part : RUN_ON.split(sentence.strip())) {
        if (!isCallBack(lower(part))) {
          out.append(out.isEmpty() ? "" : " ").append(part);
        }
      }
    }
    return out.isEmpty() ? words : new ArrayList<>(List.of(out.toString()));
  }

  private static String lower(String sentence) {
    return sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Whether a sentence (lower case) gives a number to call back on, and says nothing else. */
  private static boolean isCallBack(String s) {
    return !LOSS.matcher(s).find()
        && NUMBER.matcher(s).find()
        && CALL_BACK.matcher(s).find()
        && !Chats.isAboutMoney(s);
  }

  /** Whether a transcribed sentence (lower case) is the call's own and not the request. */
  private static boolean isCallsOwn(String s) {
    if (LOSS.matcher(s).find()) {
      return false;
    }
    if (isCallBack(s)) {
      return true;
    }
    if (INTRODUCTION.matcher(s).find() && s.indexOf('?') < 0) {
      return !Chats.isAboutMoney(s.replaceAll("\\b(account|bank)\\b", ""));
    }
    for (String w : s.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !SPOKEN.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
