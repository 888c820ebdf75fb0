package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chat pasted into a mail holds besides the question passed on: its speakers' lines (a time
 * and speaker before each turn, or over it: "Mum, [21:18]", "[08:21] Ava says:", or a name and
 * colon alone: "Me: …"), the turns of a bank's chat assistant, the other turns' chatter, which
 * speaks of nothing a bank does, and the writer's talk of the chat around it.
 */
final class Chats {

  /** A line that is only a speaker and a time, the turn under it ("Mum, [21:18]"). */
  private static final Pattern SPEAKER_OVER_TURN =
      Pattern.compile(
          "^([^\\d:\\[\\]]{1,40}?)[,\\s]\\s*\\[?\\d{1,2}[:.]\\d{2}(?:\\s?[ap]m)?\\]?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words of a bank's business: a turn that holds one asks the bank something, a turn without any
   * is the chat's own ("Anyone coming on Sunday?").
   */
  private static final Set<String> MONEY_WORDS =
      Set.of(
          "account",
          "accounts",
          "atm",
          "atms",
          "balance",
          "bank",
          "banking",
          "banks",
          "card",
          "cards",
          "cash",
          "charge",
          "charged",
          "charges",
          "cheque",
          "check",
          "contactless",
          "currency",
          "currencies",
          "debit",
          "declined",
          "deposit",
          "deposited",
          "exchange",
          "fee",
          "fees",
          "funds",
          "interest",
          "loan",
          "money",
          "overdraft",
          "passcode",
          "password",
          "pay",
          "paid",
          "payment",
          "payments",
          "pending",
          "pin",
          "rate",
          "rates",
          "refund",
          "refunded",
          "savings",
          "statement",
          "top-up",
          "topup",
          "transaction",
          "transactions",
          "transfer",
          "transferred",
          "transfers",
          "withdraw",
          "withdrawal",
          "withdrawn",
          "salary",
          "wallet",
          "euro",
          "euros",
          "dollars",
          "pounds",
          "verify",
          "identity",
          "app");

  /**
   * A line that is a time, a speaker and "says:" or a colon with nothing after it, the turn under
   * it ("[08:21] Ava says:", "14:02 You:").
   */
  private static final Pattern SPEAKER_SAYS =
      Pattern.compile(
          "^\\[?\\d{1,2}[:.]\\d{2}(?:\\s?[ap]m)?\\]?\\s+([^\\d:\\[\\]]{1,40}?)"
              + "(?:\\s+(?:says|said|wrote))?\\s*:$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A line that is a speaker and their words without a time ("Penny: Hello!", "Me: human please"):
   * a name, a placeholder or a role of up to four words, capitalised, and a colon. A form's fields
   * and a header block look the same; only several turns of two speakers make it a chat.
   */
  private static final Pattern UNTIMED_LINE =
      Pattern.compile(
          "^((?:<[A-Z_]+>|\\p{Lu}[\\p{L}'’-]*)(?:\\s+[\\p{L}<>()'’_-]+){0,3}):\\s+\\S.*$");

  /** How many untimed speaker lines make a chat, and how many of them each of two speakers says. */
  private static final int UNTIMED_LINES = 4;

  private static final int UNTIMED_TURNS_EACH = 2;

  /** The words that name a chat, its assistant or its record. */
  private static final Set<String> CHAT_WORDS =
      Set.of("chat", "chats", "chatbot", "bot", "assistant", "conversation", "transcript");

  /** The names a chat window gives the writer's own side. */
  private static final Set<String> WRITER_NAMES = Set.of("me", "you", "i", "customer", "visitor");

  /**
   * What a bank's chat assistant says and a customer does not: its greeting that offers help, its
   * misses, its hand-over to agents and its close. A side whose name says nothing is the service's
   * where its turns say these.
   */
  private static final String[] ASSISTANTS_WORDS = {
    "how can i help",
    "can i help you",
    "how may i help",
    "how may i assist",
    "virtual assistant",
    "i'm still learning",
    "didn't quite get that",
    "did not understand",
    "didn't understand",
    "rephrase your question",
    "you can ask me",
    "you're asking about",
    "articles that might help",
    "i can help with",
    "our agents",
    "in the queue",
    "the chat has ended",
    "this conversation helpful",
    "choose a topic"
  };

  /** A chat's turn: who said it, on which side, its lines (from, to) in the mail and its words. */
  private record Turn(String speaker, int side, int from, int to, List<String> words) {
    Turn onSide(int s) {
      return new Turn(speaker, s, from, to, words);
    }
  }

  private Chats() {}

  /**
   * A chat pasted into the mail, each turn's words without its date, time and speaker: the
   * service's side's turns left out (an assistant, agent or system by its name, or a side that
   * talks as a bank's chat assistant does, never the writer's "Me" / "You"), and where some turns
   * speak of the bank's business and others do not, the others (the chatter around a relative's
   * question, a "human please") too. Its turns are timed lines ("[18:15] Bot: …"), a speaker and
   * time over each turn ("Mum, [21:18]", "[08:21] Ava says:") or, in a chat with the service,
   * untimed lines ("Penny: …", "Me: …"); a turn runs on over its lines up to a blank line or the
   * next turn. Not a chat: the lines as they are.
   */
  static List<String> writersTurns(List<String> in) {
    List<Turn> turns = timed(in);
    if (turns.size() < TIMED_TURNS) {
      turns = untimed(in);
      if (turns.isEmpty()) {
        return in;
      }
    }
    boolean[] service = serviceSides(turns);
    boolean money = false;
    for (Turn turn : turns) {
      money |= !service[turn.side] && isAboutMoney(String.join(" ", turn.words));
    }
    boolean withService = false;
    for (boolean s : service) {
      withService |= s;
    }
    List<String> out = new ArrayList<>(in.size());
    int t = 0;
    for (int i = 0; i < in.size(); i++) {
      if (t < turns.size() && turns.get(t).from == i) {
        Turn turn = turns.get(t++);
        if (!service[turn.side] && (!money || isAboutMoney(String.join(" ", turn.words)))) {
          out.addAll(turn.words);
        }
        i = turn.to - 1;
      } else if (!withService) {
        out.add(in.get(i));
      } else {
        String line = withoutTalkOfTheChat(in.get(i));
        if (!line.isEmpty() || in.get(i).isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /**
   * A line of the writer's beside a chat with the service without its sentences about the chat ("I
   * tried your chat assistant first, here's the conversation:"): they say where the question is,
   * not what it is, and the assistant's name reads as a virtual card's.
   */
  private static String withoutTalkOfTheChat(String line) {
    StringBuilder out = new StringBuilder();
    boolean cut = false;
    for (String sentence : ModelText.sentences(line.strip())) {
      if (isAboutTheChat(sentence.toLowerCase(Locale.ROOT))) {
        cut = true;
      } else {
        out.append(out.isEmpty() ? "" : " ").append(sentence.strip());
      }
    }
    return cut ? out.toString() : line;
  }

  /**
   * Whether a sentence or subject (lower case) speaks of a chat ("Question (the chat didn't work)",
   * "your virtual assistant") and of nothing a bank does; "app", where the chat is held, is no
   * business of its own here.
   */
  static boolean isAboutTheChat(String lower) {
    boolean chat = false;
    for (String w : lower.split("[^\\p{L}\\p{N}-]+")) {
      chat |= CHAT_WORDS.contains(w);
    }
    return chat && !isAboutMoney(lower.replaceAll("\\bapps?\\b", ""));
  }

  /** How many timed turns make a chat transcript. */
  private static final int TIMED_TURNS = 3;

  /** The turns of a timed chat: a timed line with its words, or a speaker line over its words. */
  private static List<Turn> timed(List<String> in) {
    List<Turn> turns = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String t = head(in.get(i));
      String speaker;
      List<String> words = new ArrayList<>();
      Matcher m = MailCues.CHAT_LINE.matcher(t);
      Matcher says = SPEAKER_SAYS.matcher(t);
      if (m.matches()) {
        speaker = MailCues.chatSpeaker(m);
        words.add(in.get(i).strip().substring(m.start(3)));
      } else if (isSpeakerLine(t)) {
        speaker = speakerOf(t);
      } else if (says.matches()) {
        speaker = says.group(1);
      } else {
        continue;
      }
      int k = runOn(in, i + 1, words, false);
      turns.add(new Turn(speaker.strip(), side(speakers, speaker), i, k, words));
      i = k - 1;
    }
    alternateIfOneName(turns, speakers);
    return turns;
  }

  /**
   * Where every turn has one speaker's name (two names made the same placeholder, "[08:21]
   * &lt;PERSON&gt; says:" for both), the turns alternate between two sides.
   */
  private static void alternateIfOneName(List<Turn> turns, List<String> speakers) {
    if (speakers.size() == 1) {
      for (int i = 0; i < turns.size(); i++) {
        turns.set(i, turns.get(i).onSide(i % 2));
      }
    }
  }

  /** The lines of a turn from {@code k} on, up to a blank line or the next turn: where it ends. */
  private static int runOn(List<String> in, int k, List<String> words, boolean untimed) {
    while (k < in.size() && !in.get(k).isBlank() && !isTurnLine(head(in.get(k)), untimed)) {
      words.add(in.get(k).strip());
      k++;
    }
    return k;
  }

  private static boolean isTurnLine(String t, boolean untimed) {
    if (untimed) {
      return UNTIMED_LINE.matcher(t).matches() && !MailCues.isHeader(t.toLowerCase(Locale.ROOT));
    }
    return MailCues.CHAT_LINE.matcher(t).matches()
        || isSpeakerLine(t)
        || SPEAKER_SAYS.matcher(t).matches();
  }

  /**
   * The turns of an untimed chat with the service ("Penny: …" / "Me: …"): at least four lines, two
   * sides with two turns each, none a header's name, and a side the service's by its name or talk.
   * Else none: a form's fields, a header block and people's words quoted by name are no chat.
   */
  private static List<Turn> untimed(List<String> in) {
    List<Turn> turns = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String t = head(in.get(i));
      if (!isTurnLine(t, true)) {
        continue;
      }
      String speaker = t.substring(0, t.indexOf(':'));
      List<String> words = new ArrayList<>();
      words.add(in.get(i).strip().substring(speaker.length() + 1).strip());
      int k = runOn(in, i + 1, words, true);
      turns.add(new Turn(speaker, side(speakers, speaker), i, k, words));
      i = k - 1;
    }
    alternateIfOneName(turns, speakers);
    int[] count = new int[Math.max(2, speakers.size())];
    for (Turn turn : turns) {
      count[turn.side]++;
    }
    int talking = 0;
    for (int c : count) {
      talking += c >= UNTIMED_TURNS_EACH ? 1 : 0;
    }
    if (turns.size() < UNTIMED_LINES || talking < 2) {
      return List.of();
    }
    for (boolean s : serviceSides(turns)) {
      if (s) {
        return turns;
      }
    }
    return List.of();
  }

  /** The index of a speaker's side: each name (case aside) is a side of its own. */
  private static int side(List<String> speakers, String speaker) {
    String s = speaker.strip().toLowerCase(Locale.ROOT);
    int at = speakers.indexOf(s);
    if (at < 0) {
      speakers.add(s);
      at = speakers.size() - 1;
    }
    return at;
  }

  /**
   * Which sides are the service's: an assistant, agent or system by its name, or a side whose turns
   * talk as a bank's chat assistant does, but never the writer's own ("Me", "You"): in a family's
   * chat the writer's "Me" beside a relative asking makes no one the service. Where that would
   * leave out every side, none is.
   */
  private static boolean[] serviceSides(List<Turn> turns) {
    int sides = 0;
    for (Turn turn : turns) {
      sides = Math.max(sides, turn.side + 1);
    }
    boolean[] service = new boolean[sides];
    boolean[] writer = new boolean[sides];
    boolean[] talk = new boolean[sides];
    for (Turn turn : turns) {
      service[turn.side] |= MailCues.isServiceSpeaker(turn.speaker);
      writer[turn.side] |= isWriter(turn.speaker);
      talk[turn.side] |= talksAsAnAssistant(String.join(" ", turn.words));
    }
    boolean all = true;
    for (int s = 0; s < sides; s++) {
      service[s] = !writer[s] && (service[s] || talk[s]);
      all &= service[s];
    }
    return all ? new boolean[sides] : service;
  }

  private static boolean isWriter(String speaker) {
    return WRITER_NAMES.contains(speaker.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean talksAsAnAssistant(String words) {
    String t = words.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String w : ASSISTANTS_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String head(String line) {
    String t = line.strip();
    return t.length() <= MailCues.HEAD ? t : t.substring(0, MailCues.HEAD);
  }

  /** Whether a line is a speaker and a time over the turn under it ("Auntie Ros, [21:34]"). */
  static boolean isSpeakerLine(String line) {
    return SPEAKER_OVER_TURN.matcher(line.strip()).matches();
  }

  /** The speaker of a {@link #isSpeakerLine speaker line}. */
  static String speakerOf(String line) {
    java.util.regex.Matcher m = SPEAKER_OVER_TURN.matcher(line.strip());
    return m.matches() ? m.group(1) : "";
  }

  /** Whether a chat turn speaks of the bank's business: a word of it, "top up", a currency sign. */
  static boolean isAboutMoney(String turn) {
    String t = turn.toLowerCase(Locale.ROOT);
    if (t.contains("top up") || t.contains("topped up")) {
      return true;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("$€£¥".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    for (String w : t.split("[^\\p{L}\\p{N}-]+")) {
      if (MONEY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
