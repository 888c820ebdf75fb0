package io.mailtriage.inference.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which mail clients and writers mark the parts of a message that are not the new
 * message: reply attributions, forward separators, reply header blocks, mobile footers, greetings,
 * sign-offs and disclaimers, in the languages support mail commonly arrives in. Every check reads
 * at most {@link #HEAD} chars of a line, so a line of any length costs a bounded amount here.
 */
final class MailCues {
  /**
   * How much of a line the line checks read. Longer lines are never a footer, header or greeting.
   */
  static final int HEAD = 200;

  private MailCues() {}

  /**
   * The words before the date and name of an attribution line ("On … wrote:", "Am … schrieb …:").
   */
  private static final Set<String> ATTRIBUTION_OPENERS =
      Set.of("on", "am", "le", "el", "il", "em", "op", "den", "w", "dnia", "в", "pe", "dne", "la");

  /**
   * Words that open an attribution line and say "quoting" themselves, without a verb at the end
   * ("Quoting <PERSON> <<EMAIL>>:", Horde and other webmail).
   */
  private static final String[] QUOTING_LEADS = {"quoting", "zitat von", "citando", "cytuję"};

  /** The verbs that end an attribution line, before its colon. */
  private static final String[] ATTRIBUTION_VERBS = {
    "wrote",
    "writes",
    "schrieb",
    "a écrit",
    "escribió",
    "escribio",
    "ha scritto",
    "scrisse",
    "escreveu",
    "schreef",
    "skrev",
    "napisał",
    "napisała",
    "napisał(a)",
    "kirjoitti",
    "написал",
    "написала",
    "написал(а)",
    "a scris",
    "napsal",
    "napsala",
    "pisze",
    "пишет",
    "yazdı",
    "írta",
    "작성",
    "写道",
    "寫道"
  };

  /** Lines that open forwarded or original history, once stripped of their dashes. */
  private static final String[] HISTORY_MARKERS = {
    "original message",
    "forwarded message",
    "begin forwarded message",
    "forwarded by",
    "ursprüngliche nachricht",
    "original-nachricht",
    "weitergeleitete nachricht",
    "message d'origine",
    "message d’origine",
    "message transféré",
    "mensaje original",
    "mensaje reenviado",
    "messaggio originale",
    "messaggio inoltrato",
    "mensagem original",
    "mensagem encaminhada",
    "oorspronkelijk bericht",
    "doorgestuurd bericht",
    "ursprungligt meddelande",
    "vidarebefordrat meddelande",
    "opprinnelig melding",
    "videresendt melding",
    "wiadomość oryginalna",
    "przekazana wiadomość",
    "исходное сообщение",
    "пересылаемое сообщение",
    // An automatic acknowledgement's quote of the message it answers ("your message" only
    // between dashes: alone it is a web form's field).
    "your message",
    "your original message",
    "you wrote"
  };

  /** Header names that open a reply header block (Outlook's "From:/Sent:/To:/Subject:"). */
  private static final Set<String> FROM_HEADERS =
      Set.of(
          "from",
          "von",
          "de",
          "van",
          "da",
          "från",
          "fra",
          "od",
          "от",
          "发件人",
          "寄件者",
          "lähettäjä",
          "feladó",
          "kimden",
          "de la");

  /** The other header names of such a block. */
  private static final Set<String> OTHER_HEADERS =
      Set.of(
          "sent",
          "date",
          "to",
          "cc",
          "bcc",
          "subject",
          "reply-to",
          "gesendet",
          "datum",
          "an",
          "betreff",
          "envoyé",
          "envoyé le",
          "à",
          "objet",
          "enviado",
          "enviado el",
          "fecha",
          "para",
          "asunto",
          "inviato",
          "data",
          "a",
          "oggetto",
          "assunto",
          "verzonden",
          "aan",
          "onderwerp",
          "skickat",
          "till",
          "ämne",
          "sendt",
          "til",
          "emne",
          "wysłano",
          "do",
          "temat",
          "отправлено",
          "кому",
          "тема",
          "发送时间",
          "收件人",
          "主题",
          "lähetetty",
          "vastaanottaja",
          "aihe",
          "enviada",
          "odesláno",
          "odoslané",
          "komu",
          "kopie",
          "předmět",
          "predmet",
          "elküldve",
          "címzett",
          "tárgy",
          "gönderildi",
          "kime",
          "konu",
          "trimis",
          "către",
          "subiect");

  /** Openings of the footer a phone or a mail app adds ("Sent from my iPhone"). */
  private static final String[] MOBILE_FOOTERS = {
    "sent from my ",
    "sent from outlook",
    "sent from mail for",
    "sent from yahoo",
    "sent from samsung",
    "sent from the ",
    "sent from aol",
    "sent from proton",
    "sent via ",
    "sent using ",
    "sent with ",
    "sent on the go",
    "get outlook for",
    "envoyé de mon",
    "envoyé depuis",
    "von meinem",
    "gesendet von",
    "enviado desde mi",
    "enviado desde",
    "enviado do meu",
    "enviado de meu",
    "enviado do",
    "inviato da",
    "verzonden vanaf",
    "verzonden met",
    "verstuurd vanaf",
    "skickat från",
    "sendt fra",
    "wysłane z",
    "odesláno z",
    "odoslané z",
    "отправлено с",
    "从我的",
    "iphoneから送信"
  };

  /** Greeting openings; the rest of a greeting line may only be names or filler. */
  private static final String[] GREETINGS = {
    "to whom it may concern",
    "good morning",
    "good afternoon",
    "good evening",
    "good day",
    // The same greetings without "good", as people type them on a phone ("Morning all,").
    "morning",
    "afternoon",
    "evening",
    "dear sir or madam",
    "dear sir/madam",
    "dear",
    "hello",
    "hi",
    "hey",
    "hiya",
    "howdy",
    "greetings",
    "hallo",
    "guten tag",
    "guten morgen",
    "sehr geehrte damen und herren",
    "sehr geehrte",
    "sehr geehrter",
    "liebe",
    "lieber",
    "bonjour",
    "bonsoir",
    "salut",
    "madame, monsieur",
    "hola",
    "buenos días",
    "buenos dias",
    "buenas tardes",
    "estimados",
    "estimado",
    "estimada",
    "buongiorno",
    "buonasera",
    "ciao",
    "gentile",
    "gentili",
    "olá",
    "ola",
    "oi",
    "bom dia",
    "boa tarde",
    "prezados",
    "prezado",
    "prezada",
    "caro",
    "cara",
    "hej",
    "hei",
    "goedemorgen",
    "goedemiddag",
    "beste",
    "geachte",
    "dzień dobry",
    "witam",
    "здравствуйте",
    "добрый день"
  };

  /** Words that may follow a greeting word without making the line a sentence. */
  private static final Set<String> GREETING_FILLER =
      Set.of(
          "there",
          "team",
          "all",
          "everyone",
          "everybody",
          "support",
          "sir",
          "madam",
          "sirs",
          "or",
          "and",
          "customer",
          "service",
          "services",
          "care",
          "folks",
          "guys",
          "the",
          "bank",
          "banking",
          "help",
          "desk",
          "helpdesk",
          "again",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "friends",
          "y'all",
          "you",
          "damen",
          "herren",
          "und",
          "monsieur",
          "madame",
          "señor",
          "señora",
          "senhor",
          "senhora",
          "signore",
          "signora");

  /** Sign-offs, lower case; a sign-off line may add a name after it ("Thanks, <PERSON>"). */
  private static final String[] SIGN_OFFS = {
    "thanks",
    "thank you",
    "thanks!",
    "many thanks",
    "thanks a lot",
    "thanks so much",
    "thank you so much",
    "thank you very much",
    "thanks very much",
    "thanks in advance",
    "thank you in advance",
    "thanks again",
    "thank you again",
    "many thanks in advance",
    "with thanks",
    "thx",
    "ty",
    "tia",
    "cheers",
    "regards",
    // How translations and non-native writers render "Saludos", "Grüße", "Saygılar" at the close.
    "greetings",
    "warm greetings",
    "best greetings",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "kindest regards",
    "with regards",
    "with kind regards",
    "with best regards",
    "best wishes",
    "with best wishes",
    "warm wishes",
    "warmest wishes",
    "kind wishes",
    // A family letter's close, as older customers and carers sign to a bank they know well.
    "love",
    "love to all",
    "lots of love",
    "much love",
    "all my love",
    "with love",
    "fondly",
    "best",
    "all the best",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours faithfully",
    "faithfully",
    "yours truly",
    "respectfully",
    "cordially",
    "take care",
    "br",
    "kr",
    "rgds",
    "brgds",
    "appreciate it",
    "appreciate your help",
    "thanks for your help",
    "thank you for your help",
    "thanks for the help",
    "thank you for your time",
    "thanks for your time",
    "looking forward to your reply",
    "looking forward to hearing from you",
    "i look forward to your reply",
    "i look forward to hearing from you",
    "talk soon",
    "have a nice day",
    "have a good day",
    "have a great day",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "lg",
    "mfg",
    "gruß",
    "grüße",
    "danke",
    "vielen dank",
    "cordialement",
    "bien cordialement",
    "salutations",
    "merci",
    "merci beaucoup",
    "bien à vous",
    "saludos",
    "un saludo",
    "saludos cordiales",
    "atentamente",
    "gracias",
    "muchas gracias",
    "cordiali saluti",
    "saluti",
    "distinti saluti",
    "grazie",
    "grazie mille",
    "atenciosamente",
    "abraços",
    "obrigado",
    "obrigada",
    "cumprimentos",
    "met vriendelijke groet",
    "vriendelijke groeten",
    "groeten",
    "bedankt",
    "med vänlig hälsning",
    "med vänliga hälsningar",
    "vänliga hälsningar",
    "hälsningar",
    "tack",
    "med venlig hilsen",
    "venlig hilsen",
    "mvh",
    "hilsen",
    "tak",
    "mange tak",
    "takk",
    "pozdrawiam",
    "z poważaniem",
    "dziękuję",
    "с уважением",
    "спасибо"
  };

  /** Label words of signature contact lines ("Tel: <PHONE>", "M +44 …"). */
  private static final Set<String> CONTACT_LABELS =
      Set.of(
          "tel",
          "tel.",
          "telephone",
          "phone",
          "ph",
          "mobile",
          "mob",
          "mob.",
          "cell",
          "cellphone",
          "fax",
          "email",
          "e-mail",
          "mail",
          "web",
          "website",
          "www",
          "m",
          "t",
          "e",
          "p",
          "f",
          "w",
          "o",
          "d",
          "direct",
          "office",
          "work",
          "home",
          "address",
          "call",
          "me",
          "on",
          "at",
          "or",
          "and",
          "skype",
          "whatsapp",
          "linkedin",
          "handy",
          "téléphone",
          "portable",
          "teléfono",
          "móvil",
          "telefono",
          "cellulare",
          "telefone",
          "celular",
          "telefoon",
          "mobiel",
          "telefon",
          "mobil",
          "tlf",
          "tfn");

  /** Lower-case words inside names and titles ("Head of Finance", "Ludwig van Beethoven"). */
  private static final Set<String> NAME_CONNECTORS =
      Set.of(
          "of", "and", "the", "for", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le",
          "y", "e", "z", "dos", "das", "bin", "al", "plc", "ltd", "ltd.", "inc", "inc.", "llc",
          "gmbh", "ag", "sa", "s.a.", "bv", "b.v.", "srl", "s.l.", "co.");

  /** Lower-case street words of addresses in the languages above. */
  private static final Set<String> STREET_WORDS =
      Set.of(
          "rue",
          "avenue",
          "boulevard",
          "chemin",
          "via",
          "viale",
          "piazza",
          "calle",
          "avenida",
          "plaza",
          "rua",
          "straße",
          "strasse",
          "weg",
          "platz",
          "laan",
          "straat",
          "gatan",
          "vej",
          "ulica",
          "ul.",
          "road",
          "street");

  /** Phrases of legal disclaimers and confidentiality notices; two in one paragraph make it one. */
  private static final String[] DISCLAIMER_CUES = {
    "confidential",
    "privileged",
    "intended recipient",
    "intended solely",
    "intended only for",
    "intended exclusively",
    "in error",
    "notify the sender",
    "notify us immediately",
    "delete it from your",
    "delete this e-mail",
    "delete this email",
    "delete this message",
    "destroy all copies",
    "disclaimer",
    "dissemination",
    "distribution or copying",
    "virus",
    "liability",
    "legally binding",
    "registered office",
    "registered in ",
    "company number",
    "authorised and regulated",
    "authorized and regulated",
    "print this",
    "before printing",
    "originated from outside",
    "outside of the organization",
    "outside of the organisation",
    "outside your organization",
    "outside your organisation",
    "do not click",
    "recognize the sender",
    "recognise the sender",
    "vertraulich",
    "irrtümlich",
    "empfänger",
    "confidentiel",
    "destinataire",
    "confidencial",
    "destinatario",
    "riservat",
    "vertrouwelijk",
    "konfidentiell",
    "poufn",
    // External-sender banners in other wordings and languages.
    "external sender",
    "externen absender",
    "expéditeur externe",
    "extérieur de l'organisation",
    "extérieur de votre organisation",
    "outside the company",
    "outside of the company",
    "outside your company",
    "think before you click",
    "open attachments",
    "öffnen sie keine",
    "ne cliquez pas",
    "often get email from",
    "learn why this is important",
    // Scan stamps and print notices.
    "has been scanned",
    "has been checked for",
    "malware",
    "consider the environment",
    // Disclaimers that name neither confidentiality nor errors.
    "named recipient",
    "recipient only",
    "views expressed",
    "views given",
    "may not be those of"
  };

  /** Openings that make a paragraph a notice on their own ("CONFIDENTIALITY NOTICE: …"). */
  private static final String[] DISCLAIMER_HEADINGS = {
    "disclaimer",
    "confidentiality notice",
    "confidentiality:",
    "legal notice",
    "important notice",
    "caution:",
    "caution -",
    "[external]",
    // "[Extern]", "[Externe Mail]", "[EXTERNAL SENDER]".
    "[extern",
    "this message came from",
    "this email came from",
    "this e-mail came from",
    "external email",
    "external sender",
    "this email originated",
    "this e-mail originated",
    "this message originated",
    "please consider the environment",
    "think before you print",
    "think green",
    "[ext]",
    "scanned by",
    "virus-free",
    "this email has been scanned",
    "this e-mail has been scanned",
    "this email has been checked",
    "this e-mail has been checked"
  };

  /**
   * "On Tue, 4 Jun 2024 at 09:12, <PERSON> <<EMAIL>> wrote:" and its kin; {@code lower} is a line
   * head.
   */
  static boolean isAttribution(String lower) {
    String t = lower.strip();
    if (!(t.endsWith(":") || t.endsWith("：")) || t.length() > 2 * HEAD) {
      return false;
    }
    t = t.substring(0, t.length() - 1).strip();
    // A client writes the address in angle brackets after the name: "<PERSON> <<EMAIL>>".
    boolean address =
        t.endsWith("<<email>>")
            || (t.endsWith(">") && t.substring(t.lastIndexOf('<')).contains("@"));
    boolean writer = t.contains("<email>") || t.contains("@") || t.contains("<person>");
    for (String q : QUOTING_LEADS) {
      if (t.startsWith(q + " ") && writer) {
        return true;
      }
    }
    // Clients that write the date and the writer's address and no verb at all ("2026年11月4日 12:34
    // <PERSON> <<EMAIL>>:"): a date and an address before the colon are an attribution in any
    // language.
    if (address && writer && hasDigit(t)) {
      return true;
    }
    boolean verb = false;
    for (String v : ATTRIBUTION_VERBS) {
      int at = t.lastIndexOf(v);
      // The verb ends the line, or only the writer's name and address follow it ("Am … schrieb Anna
      // <…>:").
      if (at >= 0
          && (at == 0 || !Character.isLetter(t.charAt(at - 1)))
          && t.length() - at - v.length() <= 120) {
        verb = true;
        break;
      }
    }
    if (!verb) {
      return false;
    }
    return ATTRIBUTION_OPENERS.contains(firstWord(t))
        || t.contains("<email>")
        || t.contains("@")
        || t.contains("<person>")
        || hasDigit(t);
  }

  /**
   * Whether a line opens with an attribution that names the writer's address and runs straight into
   * the quoted text ("On Sun, 4 Oct 2026 at 20:32, <PERSON><<EMAIL>> wrote: Dear …"), as Yahoo's
   * phone apps write it with the history indented, not quoted, under it.
   */
  static boolean isAttributionRunningOn(String lower) {
    // Asked of every line of every mail: most have no colon, and each verb's test needs one.
    if (lower.indexOf(':') < 0) {
      return false;
    }
    for (String v : ATTRIBUTION_VERBS_COLON) {
      int at = lower.indexOf(v);
      if (at > 0) {
        String attribution = lower.substring(0, at + v.length());
        return (attribution.contains("<email>") || attribution.contains("@"))
            && isAttribution(attribution);
      }
    }
    return false;
  }

  /** {@link #ATTRIBUTION_VERBS}, each with its colon. */
  private static final String[] ATTRIBUTION_VERBS_COLON =
      Arrays.stream(ATTRIBUTION_VERBS).map(v -> v + ":").toArray(String[]::new);

  /** Whether a line can be the first half of an attribution line that a client wrapped. */
  static boolean opensAttribution(String lower) {
    return ATTRIBUTION_OPENERS.contains(firstWord(lower.strip())) && !lower.strip().endsWith(":");
  }

  /**
   * Whether a line can be the last words of an attribution that a client wrapped: short, a colon.
   */
  static boolean closesAttribution(String lower) {
    String t = lower.strip();
    return t.length() <= 40 && (t.endsWith(":") || t.endsWith("："));
  }

  /**
   * "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded
   * message:".
   */
  static boolean isHistoryMarker(String lower) {
    String t = trimRule(lower);
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return false;
    }
    boolean dashed = lower.strip().startsWith("-");
    for (String m : HISTORY_MARKERS) {
      if ((t.equals(m) && (dashed || !m.equals("your message")))
          || (t.startsWith(m) && m.startsWith("forwarded by") && dashed)) {
        return true;
      }
    }
    // Help desks word their reply line freely ("Please type your reply above this line").
    return t.length() <= 80 && (t.endsWith("above this line") || t.endsWith("above this line."));
  }

  /**
   * The name of a header-like line ("From: …" → "from"), or null. Reads "*From:*" too (HTML bold).
   */
  static String headerName(String lower) {
    String t = lower.strip();
    int start = 0;
    while (start < t.length() && t.charAt(start) == '*') {
      start++;
    }
    int limit = Math.min(t.length(), start + 24);
    for (int i = start; i < limit; i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '：') {
        String name = t.substring(start, i).replace("*", "").strip();
        return name.isEmpty() ? null : name;
      }
      if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '*')) {
        return null;
      }
    }
    return null;
  }

  static boolean isFromHeader(String lower) {
    String name = headerName(lower);
    return name != null && FROM_HEADERS.contains(name);
  }

  static boolean isOtherHeader(String lower) {
    String name = headerName(lower);
    return name != null && OTHER_HEADERS.contains(name);
  }

  static boolean isHeader(String lower) {
    return isFromHeader(lower) || isOtherHeader(lower);
  }

  static boolean isMobileFooter(String lower) {
    String t = lower.strip();
    if (t.length() > 90) {
      return false;
    }
    for (String f : MOBILE_FOOTERS) {
      if (t.startsWith(f)) {
        return true;
      }
    }
    return false;
  }

  /** What a writer calls their own writing's faults when they apologise for them in advance. */
  private static final String[] WRITING_FAULTS = {
    "typos", "errors", "mistakes", "brevity", "spelling", "autocorrect"
  };

  private static final String[] APOLOGIES = {
    "excuse",
    "forgive",
    "pardon",
    "apologies for",
    "apologise for",
    "apologize for",
    "sorry for",
    "sorry about"
  };

  /** How a writer says that the mail was spoken, not typed. */
  private static final String[] DICTATION = {
    "dictat",
    "voice-to-text",
    "voice to text",
    "speech-to-text",
    "speech to text",
    "voice recognition",
    "voice typ",
    "voice-typ"
  };

  /**
   * A line about how the mail was written, not what it asks: that it was dictated or voice typed
   * ("Dictated but not read", "Sent by voice-to-text"), or an apology in advance for its typos,
   * errors or brevity, as phones and busy writers sign mail. An apology for one mistake ("Sorry for
   * the mistake, I paid …") is the writer's story and no such line.
   */
  static boolean isTypingNote(String lower) {
    String t = lower.strip();
    if (t.length() > 90) {
      return false;
    }
    return containsAny(t, DICTATION)
        || (containsAny(t, APOLOGIES) && containsAny(t, WRITING_FAULTS));
  }

  /**
   * The line of a calendar's invitation that offers the answers, "Yes", "Maybe" and "No" in that
   * order with only marks between them ("Going? Yes - Maybe - No more options").
   */
  private static final Pattern INVITATION_ANSWERS =
      Pattern.compile("\\byes\\W{1,6}maybe\\W{1,6}no\\b");

  /** How calendars open an invitation's subject, longest first. */
  private static final String[] INVITATION_PREFIXES = {
    "updated invitation with note:", "updated invitation:", "invitation:"
  };

  /** The length of a calendar invitation's subject prefix ("Invitation:") at the start, or -1. */
  static int invitationPrefixLength(String lower) {
    for (String p : INVITATION_PREFIXES) {
      if (lower.startsWith(p)) {
        return p.length();
      }
    }
    return -1;
  }

  static boolean isInvitationAnswerLine(String lower) {
    return INVITATION_ANSWERS.matcher(lower).find();
  }

  /** A time of day in a line: "10:15", "9.30", "14:00". */
  static final Pattern TIME_OF_DAY = Pattern.compile("(?<![\\d:.])\\d{1,2}[:.][0-5]\\d(?![\\d:.])");

  /** Whether a line holds a web link ("https://…", "http://…"). */
  static boolean hasWebLink(String line) {
    return line.contains("https://") || line.contains("http://");
  }

  /** The number of words in {@code s}: runs of chars other than whitespace. */
  static int words(String s) {
    int n = 0;
    boolean gap = true;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && gap) {
        n++;
      }
      gap = space;
    }
    return n;
  }

  /**
   * A line of only rule characters ("____", "=====", "*****"), which separates and says nothing.
   */
  static boolean isRule(String t) {
    if (t.length() < 3) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("-_=*~#+".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The length of the greeting that opens the line (through its comma or "!"), or -1. */
  static int greetingLength(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String g : GREETINGS) {
      if (!lower.startsWith(g)
          || (lower.length() > g.length() && Character.isLetter(lower.charAt(g.length())))) {
        continue;
      }
      int end = g.length();
      // The greeting runs to its comma, "!" or the end of the line; what lies between must be names
      // or filler.
      int stop = end;
      while (stop < lower.length() && ",!:;.".indexOf(lower.charAt(stop)) < 0 && stop - end <= 40) {
        stop++;
      }
      if (stop - end > 40 || !nameOrFiller(line.substring(end, stop))) {
        return -1;
      }
      stop = afterPunctuation(lower, stop);
      // "Hello Acme, Northwind, Contoso,": a greeting to several, each name closed by its comma.
      int next = stop;
      while (next < lower.length()) {
        while (next < lower.length() && ",!:;.".indexOf(lower.charAt(next)) < 0) {
          next++;
        }
        String name = line.substring(stop, next);
        if (next == lower.length()
            || lower.charAt(next) != ','
            || name.strip().split("\\s+").length > 3
            || !nameOrFiller(name)) {
          break;
        }
        next = afterPunctuation(lower, next);
        stop = next;
      }
      return stop;
    }
    return -1;
  }

  private static int afterPunctuation(String lower, int at) {
    while (at < lower.length()
        && (",!:;.".indexOf(lower.charAt(at)) >= 0 || lower.charAt(at) == ' ')) {
      at++;
    }
    return at;
  }

  private static boolean nameOrFiller(String words) {
    for (String w : words.strip().split("[\\s/]+")) {
      if (w.isEmpty()) {
        continue;
      }
      // "Dear [Bank Name] Team,": a template's slot, unfilled, stands for the name.
      String bare = w.charAt(0) == '[' && w.length() > 1 ? w.substring(1) : w;
      boolean name = Character.isUpperCase(bare.codePointAt(0)) || isPlaceholder(w);
      if (!name && !GREETING_FILLER.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      // "I" opens a sentence ("Hi I lost my card"), it is not a name.
      if (w.equals("I")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the whole line is a sign-off, with at most a short name after it. */
  static boolean isSignOff(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (lower.length() > 60) {
      return false;
    }
    for (String s : SIGN_OFFS) {
      if (!lower.startsWith(s)) {
        continue;
      }
      String rest = line.strip().substring(s.length());
      if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
        continue;
      }
      rest = rest.replaceAll("^[\\s,.!\\-–—:;]+", "").replaceAll("[\\s,.!]+$", "");
      if (rest.isEmpty() || (rest.split("\\s+").length <= 3 && nameOrFiller(rest))) {
        return true;
      }
    }
    // A close no list knows ("With friendly greetings", "Thanks and regards, <PERSON>").
    String t = line.strip();
    int comma = t.indexOf(',');
    String rest = comma < 0 ? "" : t.substring(comma + 1).replaceAll("[\\s,.!]+$", "").strip();
    return Closings.isClosing(comma < 0 ? t : t.substring(0, comma))
        && (rest.isEmpty() || (rest.split("\\s+").length <= 3 && nameOrFiller(rest)));
  }

  /**
   * "Tel: <PHONE>", "<PERSON> | <EMAIL>", "M: <PHONE>": placeholders, or a number the detector did
   * not take for a phone ("0151 23453116"), with label words only.
   */
  static boolean isContactLine(String line) {
    if (line.length() > HEAD) {
      return false;
    }
    boolean placeholder = false;
    int digits = 0;
    for (String w : webAddressesAsPlaceholders(line).split("[\\s|,;:/()\\[\\]·•]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (isPlaceholder(w) || isPlaceholder(w.replaceAll("[.,]$", ""))) {
        placeholder = true;
      } else if (w.matches("[+\\-.\\d]{1,20}")) {
        digits += w.replaceAll("\\D", "").length();
      } else if (!CONTACT_LABELS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return placeholder || digits >= 7;
  }

  /** The line with each web address (bare or in angle brackets) written as {@code <URL>}. */
  private static String webAddressesAsPlaceholders(String line) {
    StringBuilder b = new StringBuilder();
    for (String w : line.strip().split("\\s+")) {
      String bare = w.startsWith("<") && w.endsWith(">") ? w.substring(1, w.length() - 1) : w;
      b.append(isWebAddress(bare) ? "<URL>" : w).append(' ');
    }
    return b.toString();
  }

  /**
   * A web address as signatures write them: "https://…", "www.…", or a host name with a path
   * ("linkedin.example/company/acme"). The detector leaves plain addresses in the text.
   */
  static boolean isWebAddress(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
      return lower.length() > 8;
    }
    int slash = lower.indexOf('/');
    String host = slash < 0 ? lower : lower.substring(0, slash);
    return slash > 0 && host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  }

  /** Social networks a signature links to. */
  private static final Set<String> SOCIAL_NETWORKS =
      Set.of(
          "linkedin",
          "twitter",
          "instagram",
          "facebook",
          "youtube",
          "xing",
          "tiktok",
          "mastodon",
          "bluesky");

  /** The words around them on a signature's line ("Follow us on LinkedIn", "X"). */
  private static final Set<String> SOCIAL_FILLER =
      Set.of("x", "follow", "us", "on", "find", "connect", "with", "and", "me");

  /**
   * A signature line that says nothing: an inline image's reference ("[cid:image001.png@…]",
   * "[image: logo]") or links to social networks ("LinkedIn | Twitter", "Follow us on LinkedIn").
   */
  static boolean isSignatureDecoration(String line) {
    if (line.length() <= 4 * HEAD && LINKED_LABEL.matcher(line.strip()).matches()) {
      return true;
    }
    if (line.length() > HEAD) {
      return false;
    }
    String t = line.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.length() > 80) {
      return false;
    }
    if ((t.startsWith("[cid:") || t.startsWith("[image")) && t.endsWith("]")) {
      return true;
    }
    boolean network = false;
    for (String w : t.split("[\\s|,:/·•]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!SOCIAL_NETWORKS.contains(w) && !SOCIAL_FILLER.contains(w)) {
        return false;
      }
      network |= SOCIAL_NETWORKS.contains(w);
    }
    return network;
  }

  /**
   * A short line of capitalised words ("Jane Doe", "Head of Finance", "Acme Ltd."): a name, title
   * or company. Every word must be capitalised, a placeholder or a connector, so "My card was
   * declined" is not one.
   */
  static boolean isNameLine(String line) {
    // Pronouns after a name ("Jane Doe (she/her)") are part of the name line.
    // The pattern is tried at every char of a line, and only a line with a slash can hold pronouns.
    String t =
        line.indexOf('/') < 0 ? line.strip() : PRONOUNS.matcher(line.strip()).replaceFirst("");
    if (!isFragment(t)) {
      return false;
    }
    for (String w : t.split("\\s+")) {
      if (hasDigit(w)) {
        return false;
      }
      boolean capital =
          Character.isUpperCase(w.codePointAt(0)) || isPlaceholder(w.replaceAll("[,.]$", ""));
      // Dotted lower-case abbreviations of company forms: "Sp. z o.o.", "s.r.o.", "e.V.".
      boolean dotted = w.matches("(\\p{Ll}\\.)+\\p{L}?\\.?");
      if (!capital && !dotted && !NAME_CONNECTORS.contains(w) && !"&|-–·".contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Pronouns written after a name: "(she/her)", "she/they", "(he/him/his)". */
  private static final Pattern PRONOUNS =
      Pattern.compile(
          "\\s*\\(?\\b(she|he|they|ze|xe)/(her|him|them|they|she|he|hers|his|theirs|zir)"
              + "(/\\p{L}+)?\\)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A postal address line of a signature ("Hauptstraße 5, 10115 Berlin", "18 rue de la Paix, 75002
   * Paris").
   */
  static boolean isAddressLine(String line) {
    String t = line.strip();
    if (!isFragment(t) || !hasDigit(t)) {
      return false;
    }
    for (String w : t.split("[\\s,]+")) {
      if (w.isEmpty()
          || hasDigit(w)
          || Character.isUpperCase(w.codePointAt(0))
          || isPlaceholder(w)) {
        continue;
      }
      // Short abbreviations of flats, floors and streets ("lok. 3", "apt. 4", "ul.").
      boolean abbreviation = w.endsWith(".") && w.length() <= 5;
      if (!NAME_CONNECTORS.contains(w) && !STREET_WORDS.contains(w) && !abbreviation) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is not a sentence: short, few words, not ending in a question, exclamation, colon
   * or a full stop after a long word ("Hauptstraße 5, 10115 Berlin", "Contoso Foods S.L.").
   * Signatures are made of such lines.
   */
  private static boolean isFragment(String t) {
    if (t.isEmpty() || t.length() > 60 || t.endsWith("?") || t.endsWith("!") || t.endsWith(":")) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 8) {
      return false;
    }
    return !t.endsWith(".") || words[words.length - 1].length() <= 4;
  }

  /**
   * Phrases of the footer a service's notification ends with, saying why the mail came or how to
   * keep it out of spam ("You are receiving this because you moderate …", "You have received this
   * email because … shared a file with you", "To make sure our emails arrive, …"): one makes a
   * paragraph a notice.
   */
  private static final String[] NOTIFICATION_FOOTERS = {
    "you are receiving this",
    "you're receiving this",
    "you received this email because",
    "you received this message because",
    "you received this notification because",
    "you have received this email because",
    "you have received this message because",
    "you've received this email because",
    "you've received this message because",
    "you are subscribed to",
    "to make sure our emails arrive",
    "to ensure our emails arrive",
    "add us to your address book"
  };

  /** Whether a text holds a notification's footer ("You are receiving this because …"). */
  static boolean isNotificationFooter(String lower) {
    return containsAny(lower, NOTIFICATION_FOOTERS);
  }

  /**
   * Whether a paragraph is a legal disclaimer, a confidentiality or external-sender notice, or a
   * notification's footer.
   */
  static boolean isDisclaimer(String paragraphLower) {
    if (isNotificationFooter(paragraphLower)) {
      return true;
    }
    String head = paragraphLower.strip();
    for (String h : DISCLAIMER_HEADINGS) {
      if (head.startsWith(h) || trimRule(head).startsWith(h)) {
        return true;
      }
    }
    int cues = 0;
    for (String c : DISCLAIMER_CUES) {
      if (paragraphLower.contains(c) && ++cues >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Labels of the field that holds what the writer typed, in a web form's or a portal's mail. */
  private static final Set<String> MESSAGE_LABELS =
      Set.of(
          "message",
          "your message",
          "message body",
          "comments",
          "comment",
          "your comments",
          "enquiry",
          "your enquiry",
          "inquiry",
          "your inquiry",
          "question",
          "your question",
          "query",
          "your query",
          "description",
          "details",
          "request",
          "your request",
          // Complaint and review sites' and apps' notifications: "Describe your issue:", "The
          // consumer says:".
          "issue",
          "your issue",
          "issue summary",
          "issue description",
          "describe your issue",
          "problem",
          "your problem",
          "describe your problem",
          "describe the problem",
          "feedback",
          "your feedback",
          "the customer says",
          "the consumer says",
          "customer says",
          "consumer says",
          "nachricht",
          "ihre nachricht",
          "votre message",
          "commentaire",
          "mensaje",
          "su mensaje",
          "messaggio",
          "mensagem",
          "bericht",
          "meddelande",
          "besked",
          "wiadomość",
          "treść",
          "сообщение");

  /**
   * Where the value of a field line ("Name: <PERSON>", "Customer number:\t123") starts, or -1: a
   * label of one to three words at the start of the line, then a colon.
   */
  static int fieldValueStart(String line) {
    int limit = Math.min(line.length(), 32);
    int words = 1;
    for (int i = 0; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ':') {
        if (i == 0 || line.charAt(i - 1) == ' ' || words > 3) {
          return -1;
        }
        int v = i + 1;
        while (v < line.length() && Character.isWhitespace(line.charAt(v))) {
          v++;
        }
        return v;
      }
      if (c == ' ' && i > 0 && line.charAt(i - 1) != ' ') {
        words++;
      } else if (!(Character.isLetter(c)
          || c == '-'
          || c == ' '
          || ((c == '.' || c == '&' || c == '/') && i > 0))) {
        // Not a label's character; "ID&V:", "T&Cs:" and "Sort/Account:" are labels.
        return -1;
      }
    }
    return -1;
  }

  /** Whether a field line's label names the writer's message ("Message:", "Your enquiry:"). */
  static boolean isMessageField(String line) {
    int v = fieldValueStart(line);
    if (v < 0) {
      return false;
    }
    String label = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    return MESSAGE_LABELS.contains(label);
  }

  /**
   * A field line whose value is data, not a sentence ("Account: 10000925", "Status: Open", "View
   * the request: https://…"): one to four words, not a question. "<PERSON> said:" has no value.
   */
  static boolean isDataField(String line) {
    int v = fieldValueStart(line);
    if (v < 0 || isMessageField(line)) {
      return false;
    }
    String value = line.substring(v).strip();
    return !value.isEmpty() && !value.endsWith("?") && value.split("\\s+").length <= 4;
  }

  /**
   * The length of a postscript's mark ("P.S. ", "PS: ", "PS - ", "P.P.S. ") at the start of a line,
   * or -1.
   */
  static int postscriptLength(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    int i = 0;
    if (!lower.startsWith("p")) {
      return -1;
    }
    i = skip(lower, 1, '.');
    if (i < lower.length() && lower.charAt(i) == 'p') {
      i = skip(lower, i + 1, '.');
    }
    if (i >= lower.length() || lower.charAt(i) != 's') {
      return -1;
    }
    i++;
    // "PS5", "Psst", "PSA": letters or digits straight after the "s" make it a word.
    if (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
      return -1;
    }
    while (i < lower.length() && " .:-–—\t".indexOf(lower.charAt(i)) >= 0) {
      i++;
    }
    return i < lower.length() ? i : -1;
  }

  /**
   * Phrases by which a short note points at the message under it rather than saying anything
   * itself: a forwarder's "see below", "on behalf of", an inline replier's "answers inline".
   */
  private static final String[] POINTERS = {
    "below",
    "beneath",
    "underneath",
    "inline",
    "in line",
    "in-line",
    "forwarding",
    "on behalf of",
    "passing this on",
    "passing on",
    "fyi",
    "my earlier",
    "my previous",
    "my last email",
    "my last message",
    "my first email",
    "the trail",
    "this thread",
    "the thread",
    // A note that sends the history on again or only adds to it.
    "attached",
    "attachment",
    "resending",
    "re-sending",
    "sending again",
    "forgot to",
    "adding my",
    // A note that only says who is on the mail now ("Both of us are on this email now.", "Copying
    // in my husband"): the request is the mail under it.
    "on this email",
    "on this thread",
    "to this thread",
    "to our thread",
    "copying in",
    "copied in",
    "cc ing",
    "cc-ing",
    "ccing",
    "looping in",
    "looped in",
    // A site's or network's notice that a message came for the page or inbox ("Your page has a new
    // message", "<PERSON> sent you a message"): the message is what it quotes under "… wrote:".
    "a new message",
    "new direct message",
    "sent you a message",
    "sent you a direct message",
    "new message from"
  };

  /** The words a chaser turns on: one of them makes a line of chasing words a chaser. */
  private static final Set<String> CHASER_KEYS =
      Set.of(
          "update",
          "updates",
          "news",
          "progress",
          "chasing",
          "chase",
          "bump",
          "bumping",
          "waiting",
          "nothing",
          "anyone",
          "anybody",
          "respond",
          "response",
          "reply",
          "answer",
          "following",
          "reminder",
          "back");

  /** The other words of a chaser ("Hello?? any update on this?", "Second time asking."). */
  private static final Set<String> CHASER_WORDS =
      Set.of(
          "any",
          "an",
          "on",
          "this",
          "that",
          "it",
          "the",
          "please",
          "pls",
          "plz",
          "hello",
          "hi",
          "hey",
          "still",
          "just",
          "up",
          "again",
          "yet",
          "no",
          "is",
          "are",
          "there",
          "can",
          "could",
          "would",
          "someone",
          "somebody",
          "get",
          "to",
          "me",
          "us",
          "my",
          "for",
          "a",
          "of",
          "sorry",
          "thanks",
          "thank",
          "you",
          "time",
          "second",
          "third",
          "asking",
          "day",
          "days",
          "week",
          "weeks",
          "now",
          "reading",
          "these",
          "here",
          "and",
          "with",
          "follow",
          "from",
          "your",
          "side",
          "i",
          "am",
          "have",
          "heard",
          "hear",
          "about",
          "so",
          "ok",
          "kindly",
          "gentle",
          "friendly",
          "quick",
          "been",
          "had",
          "but",
          "s",
          "ve",
          "only",
          "automatic",
          "automated");

  /**
   * The labels a phone system writes over a voicemail's or call's machine transcription
   * ("Transcript", "Transcription (automatic, may contain errors):").
   */
  private static final Set<String> TRANSCRIPT_LABELS =
      Set.of(
          "transcript",
          "transcription",
          "voicemail transcript",
          "voicemail transcription",
          "voice message transcript",
          "voice message transcription",
          "message transcript");

  /**
   * Whether a line's last sentence labels the text an OCR read off a fax or a scan, on the lines
   * under it ("The fax is attached. Text recognised on page 1 (OCR, may contain errors):",
   * "Recognized text:", "OCR text:").
   */
  static boolean isRecognisedTextLabel(String lower) {
    String t = lower.strip();
    if (!t.endsWith(":")) {
      return false;
    }
    int sentence = t.lastIndexOf(". ");
    t = " " + t.substring(sentence + 1).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return t.contains(" ocr ")
        || ((t.contains(" recognised ") || t.contains(" recognized ")) && t.contains(" text "));
  }

  /**
   * Whether a line is a heading between rule marks that names a message carried in the mail ("---
   * Customer's message ---", "=== Message ===", "*** Caller's message ***", "--- End of message
   * ---"); a thread's own markers ("-----Original Message-----", "Forwarded message") are history,
   * not this.
   */
  static boolean isMessageHeading(String lower) {
    String t = lower.strip();
    if (t.length() < 8
        || "-=*~#".indexOf(t.charAt(0)) < 0
        || "-=*~#".indexOf(t.charAt(t.length() - 1)) < 0
        || isHistoryMarker(lower)) {
      return false;
    }
    String inner = trimRule(t);
    if (inner.endsWith(":")) {
      inner = inner.substring(0, inner.length() - 1).strip();
    }
    return inner.endsWith("message") && inner.split("\\s+").length <= 4;
  }

  /** Whether a line is only a transcription's label, a note in brackets after it aside. */
  static boolean isTranscriptLabel(String lower) {
    String t = lower.strip();
    int bracket = t.indexOf('(');
    if (bracket > 0) {
      t = t.substring(0, bracket);
    }
    t = t.strip();
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return TRANSCRIPT_LABELS.contains(t);
  }

  /**
   * A statement's or an order's row: a date ("03 Nov 2026", "03/11/2026", "2026-11-03", "3.11.")
   * first and an amount with its cents last ("-£45.20", "1,203.11 CR"), whatever lies between.
   */
  private static final Pattern STATEMENT_ROW =
      Pattern.compile(
          "^(\\d{1,2}[ ./-](\\d{1,2}|\\p{L}{3,9})\\.?([ ./-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})\\s.*"
              + "\\s[-+−]?\\s?[£€$¥]?\\s?\\d{1,3}([,.\\s]\\d{3})*[.,]\\d{2}"
              + "(\\s?([£€$¥]|[A-Z]{2,3}))?$");

  /** A row of a table written with pipes: "| 03 Nov | TESCO | -45.20 |", "|---|---|". */
  private static final Pattern PIPE_ROW = Pattern.compile("^\\|[^|]*\\|.*\\|$");

  /** Words of a statement's date column heading. */
  private static final Set<String> DATE_HEADINGS =
      Set.of("date", "datum", "fecha", "data", "booked", "posted", "posting");

  static boolean isStatementRow(String line) {
    String t = line.strip();
    return PIPE_ROW.matcher(t).matches() || STATEMENT_ROW.matcher(t).matches();
  }

  /** A line of column headings over statement rows: capitalised words, one of them a date's. */
  static boolean isColumnHeadings(String line) {
    if (!isNameLine(line)) {
      return false;
    }
    for (String w : line.strip().split("\\s+")) {
      if (DATE_HEADINGS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line a client writes for an image or file pasted into the text: Gmail's "[image: Screenshot
   * 2026-11-09 at 09.07.00.png]", Apple Mail's "&lt;IMG_4821.jpeg&gt;", "[image.png]".
   */
  private static final Pattern FILE_PLACEHOLDER =
      Pattern.compile(
          "^[\\[<](image:\\s*)?[^\\[\\]<>]{1,160}\\.(png|jpe?g|gif|heic|webp|bmp|tiff?|pdf)[\\]>]$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A file's name alone on a line ("bank letter.pdf", "IMG_20261203_0912.jpg"), as a file-sharing
   * or transfer service lists what it carries: up to six words, the last with the file's extension.
   */
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "^[^\\s.,;:!?]+(\\s[^\\s.,;:!?]+){0,5}\\.(png|jpe?g|gif|heic|webp|bmp|tiff?|pdf|docx?|xlsx?|csv|zip)$",
          Pattern.CASE_INSENSITIVE);

  static boolean isFilePlaceholder(String line) {
    String t = line.strip();
    return FILE_PLACEHOLDER.matcher(t).matches() || FILE_NAME.matcher(t).matches();
  }

  /**
   * A line that is only a notification's button or link: a label of a word or two in brackets
   * ("[Open]", "[View message]"), or a web link with at most a short label before it ("View the
   * topic: https://…"). It says where to click, not what anyone wrote.
   */
  static boolean isButtonOrLink(String line) {
    String t = line.strip();
    if (t.length() > 2 && t.charAt(0) == '[' && t.indexOf(']') == t.length() - 1) {
      // A button's label is a word or two; a longer one is a banner ("[Translated from Spanish]").
      return t.split("\\s+").length <= 2 && !t.contains(":");
    }
    if (!hasWebLink(t)) {
      return false;
    }
    String label = t.replaceAll("<?https?://\\S+", " ").strip();
    return label.isEmpty() || (label.endsWith(":") && label.split("\\s+").length <= 4);
  }

  /**
   * Verbs by which a service tells the mail's reader that a person sent, shared or addressed
   * something to them ("<PERSON> has shared the following file:", "<EMAIL> sent you 2 files",
   * "<PERSON> mentioned you on FIN-482:").
   */
  private static final String[] SERVICE_NOTICE_VERBS = {
    "shared the following",
    "shared a file",
    "shared a folder",
    "shared a document",
    "has shared",
    "sent you",
    "mentioned you",
    "invited you",
    "added you",
    "assigned you",
    "tagged you"
  };

  /**
   * Whether a line is a service's notice of what a person did: it opens with the person (a name or
   * address placeholder, with the address in brackets after a name) and tells the reader they sent,
   * shared, mentioned or added something to them. The person's own words come under it; the line is
   * the service's.
   */
  static boolean isServiceNotice(String lower) {
    String t = lower.strip();
    if (!t.startsWith("<person>") && !t.startsWith("<email>")) {
      return false;
    }
    String words =
        " " + t.replaceAll("<[a-z_]+>|\\([^)]*\\)", " ").replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return words.split("\\s+").length <= 16 && hasPhrase(words, SERVICE_NOTICE_VERBS);
  }

  /**
   * Words by which a writer airs a grievance about the service rather than says what they need:
   * anger, waiting on the phone, being passed around, threats to leave or to complain further, and
   * a formal complaint's procedural paragraphs.
   */
  private static final String[] GRIEVANCES = {
    "furious",
    "livid",
    "disgrace",
    "disgusted",
    "unacceptable",
    "ridiculous",
    "appalling",
    "appalled",
    "outrageous",
    "shambles",
    "pathetic",
    "incompetent",
    "useless",
    "fed up",
    "sick of",
    "sick and tired",
    "on hold",
    "loyal customer",
    "a customer for",
    "a customer of yours for",
    "ombudsman",
    "take my business",
    "accounts elsewhere",
    "money elsewhere",
    "switch banks",
    "switching banks",
    "worst bank",
    "worst service",
    "terrible service",
    "poor service",
    "shocking service",
    "real person",
    "chatbot",
    "round in circles",
    "passed from",
    "passed around",
    "nobody takes",
    "no one takes",
    "nobody cares",
    "no one cares",
    "never came",
    "never called",
    "last straw",
    "frustrated",
    "frustrating",
    "very disappointed",
    "extremely disappointed",
    "not good enough",
    // A formal complaint's procedure and the writer's standing, set out around the request: the
    // letter's frame, not what the writer needs.
    "formal complaint",
    "complaints procedure",
    "complaint procedure",
    "logged as a complaint",
    "acknowledge receipt",
    "final response",
    "without prejudice",
    "reserve all my rights",
    "reserve my rights",
    "without a satisfactory",
    "without resolution",
    "told to write in",
    "in my personal capacity",
    "with you since",
    "customer since"
  };

  /**
   * The words that make a sentence a courtesy to the reader, not a request: thanks, a plea for an
   * answer or for help in general, an apology for writing, how to reach the writer, the writer's
   * standing as a customer. A courtesy sentence holds at least one of them.
   */
  private static final Set<String> COURTESY_ANCHORS =
      Set.of(
          "help",
          "helping",
          "assistance",
          "assist",
          "appreciated",
          "appreciate",
          "grateful",
          "thanks",
          "thank",
          "thx",
          "reply",
          "response",
          "respond",
          "answer",
          "hear",
          "hearing",
          "forward",
          "sorry",
          "apologies",
          "apologise",
          "apologize",
          "bother",
          "bothering",
          "trouble",
          "disturb",
          "writing",
          "reach",
          "contact",
          "call",
          "ring",
          "hope",
          "hoping",
          "question",
          "questions",
          "query",
          "customer",
          "patience",
          "attention",
          "reached",
          "contacted",
          "replies",
          "answers",
          "responses",
          "replying",
          "responding",
          "helpful",
          "thankful",
          "apologising",
          "apologizing",
          // How writers of other Englishes ask for an answer: "revert", "at your disposal".
          "revert",
          "disposal",
          // The formal letter's ways of saying "I have a question" and "please help".
          "reaching",
          "clarification",
          "guidance",
          "inquire",
          "enquire",
          "inquiring",
          "enquiring",
          "require");

  /**
   * The other words a courtesy sentence may hold: pronouns, articles, auxiliaries and the small
   * words of "as soon as possible", "during the day", "for a few years now". A sentence with any
   * word outside these and the anchors (a card, a transfer, "how", "why") says what the writer
   * needs, and stays.
   */
  private static final Set<String> COURTESY_FILLER =
      Set.of(
          "i",
          "m",
          "d",
          "ll",
          "ve",
          "re",
          "s",
          "me",
          "my",
          "you",
          "your",
          "we",
          "us",
          "our",
          "it",
          "this",
          "that",
          "the",
          "a",
          "an",
          "to",
          "for",
          "of",
          "on",
          "in",
          "at",
          "with",
          "about",
          "by",
          "from",
          "as",
          "so",
          "very",
          "much",
          "really",
          "just",
          "and",
          "or",
          "if",
          "is",
          "am",
          "are",
          "was",
          "were",
          "be",
          "been",
          "would",
          "will",
          "could",
          "can",
          "should",
          "may",
          "might",
          "do",
          "did",
          "have",
          "has",
          "had",
          "any",
          "some",
          "all",
          "again",
          "now",
          "soon",
          "possible",
          "asap",
          "there",
          "here",
          "too",
          "also",
          "bit",
          "little",
          "lot",
          "get",
          "back",
          "please",
          "kindly",
          "pls",
          "plz",
          "need",
          "let",
          "know",
          "look",
          "looking",
          "feel",
          "free",
          "greatly",
          "kind",
          "advance",
          "time",
          "day",
          "during",
          "morning",
          "afternoon",
          "evening",
          "hours",
          "working",
          "number",
          "years",
          "year",
          "months",
          "few",
          "several",
          "long",
          "while",
          "many",
          "loyal",
          "valued",
          "well",
          "wondering",
          "wonder",
          "earliest",
          "convenience",
          "regarding",
          "matter",
          "once",
          "more",
          "quick",
          "your's",
          "yours",
          "evenings",
          "mornings",
          "afternoons",
          "weekend",
          "weekdays",
          "between",
          "anytime",
          "best",
          "being",
          "further",
          // A closing request's manner and weight: "a fast answer", "I wait your answer", "it is
          // very important for me", "do the needful", "help me with this situation".
          "fast",
          "short",
          "glad",
          "wait",
          "await",
          "remain",
          "important",
          "needful",
          "information",
          "situation",
          // A formal letter's set phrases: "I trust this finds you well", "I would like to request
          // your assistance with the following", "Please let me know if you require anything
          // further from my side", "I look forward to your prompt response".
          "trust",
          "finds",
          "message",
          "out",
          "seek",
          "seeking",
          "following",
          "request",
          "requesting",
          "highly",
          "resolving",
          "resolve",
          "side",
          "prompt",
          "provide",
          "support",
          "consideration",
          "like");

  /** Past this many words a sentence says more than a courtesy. */
  private static final int COURTESY_WORDS = 16;

  /**
   * Whether a sentence is only a courtesy to the reader ("Any help would be appreciated.", "Sorry
   * to bother you again.", "You can reach me on <PHONE> during the day.", "I have been a customer
   * for a few years now."): all its words are courtesy words or type placeholders, and one at least
   * makes it a courtesy. Read as words, not as phrases, so that each writer's own wording of the
   * same courtesy is one too.
   */
  static boolean isCourtesy(String sentence) {
    int words = 0;
    boolean anchor = false;
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      char c = sentence.charAt(i);
      if (c == '<') {
        int close = sentence.indexOf('>', i);
        if (close > i && isPlaceholder(sentence.substring(i, close + 1))) {
          i = close + 1;
          continue;
        }
      }
      if (!Character.isLetter(c)) {
        if (Character.isDigit(c)) {
          return false;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(sentence.charAt(i))) {
        i++;
      }
      String w = sentence.substring(start, i).toLowerCase(Locale.ROOT);
      if (++words > COURTESY_WORDS) {
        return false;
      }
      if (Closings.holds(COURTESY_ANCHORS, w)) {
        anchor = true;
      } else if (!Closings.holds(COURTESY_FILLER, w)) {
        return false;
      }
    }
    return anchor;
  }

  /** Whether a sentence (lower case) airs a grievance about the service. */
  static boolean isGrievance(String lower) {
    return containsAny(lower, GRIEVANCES);
  }

  /**
   * Whether any of the lines could hold a {@link #isGrievance} phrase: most mails air none, and one
   * look over their text in lower case is far cheaper than reading each sentence for them.
   */
  static boolean mayHoldGrievance(List<String> lines) {
    return containsAny(String.join("\n", lines).toLowerCase(Locale.ROOT), GRIEVANCES);
  }

  /**
   * A paragraph's number or letter alone, as a formal letter labels its paragraphs: "2.", "(2)",
   * "3)", "Para 3.", "(b)". What is left of a line whose sentences were moved elsewhere.
   */
  static final Pattern PARAGRAPH_LABEL =
      Pattern.compile(
          "(?i)(para(graph)?\\.?\\s*)?(\\(?\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\([a-z]\\)|[a-z][.)])");

  /** The mark that opens a list item: a bullet, a dash, or a number or letter with "." or ")". */
  static final Pattern LIST_ITEM = Pattern.compile("^([-*•·o–]|\\d{1,2}[.)]|[a-z][.)])\\s");

  /**
   * A chat's line: a time, a speaker and what they said, as a transcript writes it ("[18:15] Bot:
   * Hi!", "10:02 AM Visitor: …") and as messaging apps export or copy a chat, the date before the
   * time ("[09/12/2026, 18:25:50] Tom: …", "09/12/2026, 18:25 - Tom: …") or the time after the
   * speaker ("Tom (18:25): …"); the speaker is group 1 or 2 ({@link #chatSpeaker}), the words group
   * 3.
   */
  static final Pattern CHAT_LINE =
      Pattern.compile(
          "^(?:\\[?(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},?\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]m)?\\]?"
              + "(?:\\s+[-–])?\\s+([^:\\[\\]]{1,40})"
              + "|([^:\\[\\]()]{1,40})\\s\\(\\d{1,2}:\\d{2}(?:\\s?[ap]m)?\\)):\\s(.*)$",
          Pattern.CASE_INSENSITIVE);

  /** The speaker of a line {@link #CHAT_LINE} matched. */
  static String chatSpeaker(java.util.regex.Matcher chatLine) {
    return chatLine.group(1) != null ? chatLine.group(1) : chatLine.group(2);
  }

  /** The words by which a chat's speaker is the service's side, not the customer. */
  private static final String[] SERVICE_SPEAKERS = {
    "assistant", "bot", "agent", "system", "advisor", "adviser", "support", "virtual", "operator"
  };

  /** Whether a chat speaker's name says it is the service's side (an assistant, agent, system). */
  static boolean isServiceSpeaker(String speaker) {
    String s = " " + speaker.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    for (String w : SERVICE_SPEAKERS) {
      if (s.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An image, banner or web address as a client's text part writes it, its link after it:
   * "[cid:image001.png@…]<https://…>", "[LinkedIn]<https://…>", "www.example.com<https://…>" (the
   * link often a long safety-service rewrite).
   */
  private static final Pattern LINKED_LABEL =
      Pattern.compile("(\\[[^\\]]{1,80}\\]|\\S{1,80})\\s*<https?://[^>\\s]+>");

  /**
   * Phrases of the messages machines send back: an automatic acknowledgement or out-of-office reply
   * ({@link #DELIVERY_FAILURES} are machines' messages too).
   */
  private static final String[] AUTOMATIC_NOTICES = {
    "automatic reply",
    "automatic response",
    "automated reply",
    "automated response",
    "auto-reply",
    "autoreply",
    "this is an automatic",
    "this is an automated",
    "we've received your",
    "we have received your"
  };

  /** A mail server's report that a message did not reach its recipient. */
  private static final String[] DELIVERY_FAILURES = {
    "delivery status notification",
    "undeliverable",
    "wasn't delivered",
    "was not delivered",
    "could not be delivered",
    "couldn't be delivered",
    "delivery has failed",
    "mail delivery failed",
    "address not found"
  };

  /**
   * Whether a line holds a phrase of a machine's message ({@link #AUTOMATIC_NOTICES}, {@link
   * #DELIVERY_FAILURES}).
   */
  static boolean isAutomaticNotice(String lower) {
    return containsAny(lower, AUTOMATIC_NOTICES) || isDeliveryFailure(lower);
  }

  /** Whether a line holds a phrase of a delivery failure report ({@link #DELIVERY_FAILURES}). */
  static boolean isDeliveryFailure(String lower) {
    return containsAny(lower, DELIVERY_FAILURES);
  }

  /**
   * Whether the lines could hold a {@link #isDeliveryFailure} phrase once a message is made of
   * them: every phrase has "deliver" or "found" in one word, and their letters stay in a row
   * whatever joins lines, rejoins a word broken with a hyphen or leaves sentences out. Reading a
   * history as a message costs far more than this look at its letters.
   */
  static boolean mayHoldDeliveryFailure(List<String> lines) {
    StringBuilder letters = new StringBuilder();
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (Character.isLetter(c)) {
          letters.append(Character.toLowerCase(c));
        }
      }
    }
    return letters.indexOf("deliver") >= 0 || letters.indexOf("found") >= 0;
  }

  static boolean containsAny(String lower, String[] phrases) {
    for (String p : phrases) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line only points at the message under it: a pointing phrase ("see below", "on behalf
   * of", "answers inline"), a chaser made of chasing words ("Any update?", "Bumping this - 5 days
   * and no answer."), or a lone "?".
   */
  static boolean isPointer(String line) {
    String words = " " + line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    if (words.isBlank()) {
      return line.strip().matches("\\?+!*");
    }
    if (hasPointer(words)) {
      return true;
    }
    boolean key = false;
    for (String w : words.strip().split(" ")) {
      if (CHASER_KEYS.contains(w)) {
        key = true;
      } else if (!CHASER_WORDS.contains(w) && !w.matches("\\d+|-")) {
        return false;
      }
    }
    return key;
  }

  /**
   * Phrases by which a colleague hands a mail on to the team that should answer it ("can you pick
   * this up?", "please action", "not one for us", "over to you"): routing, not a request.
   */
  private static final String[] HANDOVERS = {
    "someone pick this up",
    "someone pick it up",
    "you pick this up",
    "you pick it up",
    "please pick this up",
    "please pick it up",
    "please action",
    "for your action",
    "deal with this please",
    "over to you",
    "not one for us",
    "wrong team",
    "sent to me in error",
    "came to me in error",
    "passing this over",
    "passing this to you"
  };

  /** The names a bank's staff give the person whose mail they pass on. */
  private static final Set<String> CUSTOMER_WORDS =
      Set.of("customer", "client", "member", "cardholder");

  /** The words that make "customer" a team or a channel, not the person who wrote the mail. */
  private static final Set<String> CUSTOMER_TEAM_WORDS =
      Set.of(
          "service",
          "services",
          "care",
          "support",
          "team",
          "adviser",
          "advisor",
          "helpline",
          "relations",
          "experience");

  /**
   * The words before "customer" that make them someone spoken of: "the customer", "this client".
   */
  private static final Set<String> SPOKEN_OF = Set.of("the", "this", "that", "our");

  /**
   * Whether a line of a note over a forwarded mail hands it on: a handover phrase ({@link
   * #HANDOVERS}), or the mail's writer spoken of in the third person as the customer, client or
   * member, opening a clause or after "the", "this", "our" ("Customer has chased twice", "the
   * client is vulnerable, please handle with care"), as a bank's staff write when they pass a
   * customer's mail to the desk that answers it. "A new customer", "my client" and "customer
   * service" do not count: the writers of requests say those of themselves and of the bank.
   */
  static boolean isHandover(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    String words = " " + lower.replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    if (hasPhrase(words, HANDOVERS)) {
      return true;
    }
    for (String clause : lower.split("[,;:.!?()]+|\\s[-–—]+\\s")) {
      String[] w = clause.strip().split("[^\\p{L}\\p{N}-]+");
      for (int i = 0; i < w.length; i++) {
        boolean spokenOf = i == 0 || SPOKEN_OF.contains(w[i - 1]);
        if (CUSTOMER_WORDS.contains(w[i])
            && spokenOf
            && (i + 1 == w.length || !CUSTOMER_TEAM_WORDS.contains(w[i + 1]))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasPointer(String words) {
    return hasPhrase(words, POINTERS);
  }

  /**
   * Whether {@code words} (lower case, a space before and after each word) holds a phrase whole.
   */
  private static boolean hasPhrase(String words, String[] phrases) {
    for (String p : phrases) {
      if (words.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pointing line says nothing else: every clause points ("see below") or only asks
   * ("this keeps happening", "please advise"). "They charged me twice, see the receipt below."
   * states the problem and only shows the evidence.
   */
  static boolean onlyPoints(String line) {
    for (String clause : line.split("[,;:.!?]+|\\s[-–—]+\\s")) {
      String c = " " + clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
      if (!hasPointer(c) && !onlyWords(c, NOTE_WORDS)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word of {@code words} is a chaser's or one of {@code more}, or a number. */
  private static boolean onlyWords(String words, Set<String> more) {
    for (String w : words.strip().split(" ")) {
      if (!w.isEmpty()
          && !CHASER_KEYS.contains(w)
          && !CHASER_WORDS.contains(w)
          && !more.contains(w)
          && !w.matches("\\d+|-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a pointing note's other clauses may hold and still say nothing of their own ("this
   * keeps happening", "what should I do?", "please advise").
   */
  private static final Set<String> NOTE_WORDS =
      Set.of(
          "keeps",
          "keep",
          "happening",
          "happened",
          "happens",
          "help",
          "advise",
          "look",
          "into",
          "what",
          "do",
          "should",
          "we",
          "they",
          "he",
          "she",
          "need",
          "needs",
          "urgent",
          "urgently",
          "asap",
          "see",
          "attached",
          "was",
          "be",
          "will",
          "as",
          "requested",
          "discussed",
          "thoughts",
          "info",
          "information",
          "reference",
          "fwd",
          "fw",
          "regards",
          "cheers");

  private static int skip(String s, int i, char c) {
    return i < s.length() && s.charAt(i) == c ? i + 1 : i;
  }

  /** The words of dates and times as mail clients and portals print them, in English. */
  private static final Set<String> DATE_WORDS =
      Set.of(
          ("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
                  + " january february march april may june july august september october november"
                  + " december jan feb mar apr jun jul aug sep sept oct nov dec at am pm gmt utc bst"
                  + " cet cest est pst")
              .split(" "));

  /**
   * A line that is only a date and time ("Monday, 2 November 2026 18:56", "3/11/2026 14:02"), as
   * ticket systems print above the text they relay: it says when, not what.
   */
  static boolean isDateLine(String lower) {
    String t = lower.strip();
    if (t.isEmpty() || t.length() > 60 || !hasDigit(t)) {
      return false;
    }
    for (String w : t.split("[\\s,]+")) {
      if (!w.isEmpty() && !w.matches("[\\d:./\\-]+") && !DATE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A line of nothing but placeholders ("<PERSON>", "<PERSON> <<EMAIL>>"): no words of its own. */
  static boolean isPlaceholdersOnly(String line) {
    boolean any = false;
    for (String w : line.strip().split("[\\s,;|()]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String bare = w.startsWith("<<") && w.endsWith(">>") ? w.substring(1, w.length() - 1) : w;
      if (!isPlaceholder(bare)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether a subject only says that the mail asks something ("Quick question", "Customer enquiry",
   * "Need assistance", "Problem with my account", "Help please!!"): every word is one a writer puts
   * there for want of a subject. Such a subject names no intent, and read first it takes a share of
   * the model's short token window and pulls toward whatever intent its words lean to ("account"
   * toward closing one). Urgency is read on the whole mail elsewhere, so "URGENT" goes with the
   * rest.
   */
  static boolean isContentFreeSubject(String lower) {
    boolean any = false;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'')) {
        i++;
      }
      if (start < i) {
        if (!SUBJECT_FILLER.contains(lower.substring(start, i))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The words of a subject that only says the mail asks something (see isContentFreeSubject). */
  private static final Set<String> SUBJECT_FILLER =
      Set.of(
          "a",
          "an",
          "the",
          "my",
          "our",
          "your",
          "me",
          "i",
          "we",
          "with",
          "about",
          "for",
          "from",
          "regarding",
          "re",
          "some",
          "one",
          "two",
          "couple",
          "of",
          "to",
          "and",
          "on",
          "in",
          "quick",
          "small",
          "short",
          "simple",
          "general",
          "please",
          "pls",
          "plz",
          "need",
          "needed",
          "require",
          "required",
          "help",
          "assistance",
          "assist",
          "support",
          "advice",
          "advise",
          "question",
          "questions",
          "query",
          "queries",
          "enquiry",
          "enquiries",
          "inquiry",
          "inquiries",
          "request",
          "requests",
          "problem",
          "problems",
          "issue",
          "issues",
          "concern",
          "message",
          "contact",
          "customer",
          "account",
          "bank",
          "info",
          "information",
          "hello",
          "hi",
          "hey",
          "again",
          "new",
          "case",
          "ticket",
          "matter",
          // The same subjects in the languages whose greetings and sign-offs are read here.
          "frage",
          "anfrage",
          "hilfe",
          "bitte",
          "demande",
          "aide",
          "consulta",
          "pregunta",
          "ayuda",
          "domanda",
          "aiuto",
          "vraag",
          "hulp",
          "pergunta",
          "ajuda",
          "pytanie",
          "pomoc",
          "вопрос",
          "помощь");

  /** Subjects a client writes when there is none ("(no subject)"). */
  static boolean isEmptySubject(String lower) {
    String t = lower.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return switch (t) {
      case "no subject",
          "kein betreff",
          "sans objet",
          "sin asunto",
          "senza oggetto",
          "sem assunto",
          "geen onderwerp",
          "inget ämne",
          "brak tematu",
          "без темы",
          "untitled" ->
          true;
      default -> false;
    };
  }

  /** How a note that thanks or passes on news opens, rather than a letter that asks. */
  private static final String[] FRIENDLY_OPENINGS = {
    "thank you",
    "thanks",
    "many thanks",
    "just a quick note",
    "just a note",
    "just a line",
    "a quick note",
    "just wanted to",
    "i just wanted to",
    "i wanted to say",
    "i wanted to thank",
    "hope ",
    "i hope ",
    "all is well",
    "all well"
  };

  /**
   * Phrases by which a writer turns from their news to what they write for ("the reason I'm
   * writing", "before I forget", "I need your help with"), anywhere in a paragraph's opening.
   */
  private static final String[] TURNS_TO_REQUEST = {
    "reason i m writing",
    "reason i am writing",
    "reason i m actually writing",
    "reason i am actually writing",
    "reason for writing",
    "reason for my email",
    "why i m writing",
    "why i am writing",
    "need your help",
    "need some help",
    "while i remember",
    "before i forget",
    "my question is",
    "i have a question",
    "i ve a question",
    "quick question"
  };

  /** Whether a paragraph's opening (lower case) turns to the request (see TURNS_TO_REQUEST). */
  static boolean turnsToRequest(String lower) {
    return hasPhrase(" " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ", TURNS_TO_REQUEST);
  }

  /**
   * Words of a line that introduces what the writer copied off a screen ("This is what the app
   * says:", "Copied from the screen:", "Error message below:").
   */
  private static final String[] PASTE_INTRODUCTIONS = {
    "error",
    // What a screen says, not what a person says ("The customer says:" introduces their words).
    "it says",
    "it said",
    "app says",
    "site says",
    "website says",
    "page says",
    "screen says",
    "message says",
    "shows",
    "showed",
    "displays",
    "copied",
    "pasted",
    "pasting",
    "what i get",
    "what i see",
    "on the screen",
    "on screen",
    "from the screen",
    "i get this",
    "i got this",
    "getting this",
    "seeing this",
    "keep getting",
    "keep seeing"
  };

  /**
   * Words naming the bank's own writing a customer quotes back at it: its terms, charter, leaflet,
   * FAQ, a section or clause of them.
   */
  private static final String[] CITED_WRITINGS = {
    "terms",
    "conditions",
    "charter",
    "leaflet",
    "brochure",
    "faq",
    "faqs",
    "policy",
    "agreement",
    "section",
    "clause",
    "commitments"
  };

  /** The verbs by which a writer says what a piece of writing says. */
  private static final String[] SAYING = {
    "says", "said", "states", "stated", "promises", "promised", "reads", "read"
  };

  /**
   * Whether words (lower case) cite the bank's own writing as saying something ("Section 14.2 of
   * your terms says", "Your service charter promises").
   */
  private static boolean citesWriting(String lower) {
    String words = " " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return hasPhrase(words, CITED_WRITINGS) && hasPhrase(words, SAYING);
  }

  /**
   * Whether a line (lower case) only introduces words copied from elsewhere under it: it ends with
   * a colon and speaks of an error, a copy or what a screen says, or cites what the bank's own
   * terms, charter or leaflet say.
   */
  static boolean introducesPaste(String lower) {
    String t = lower.strip();
    if (!t.endsWith(":") || t.length() > 80) {
      return false;
    }
    // "Pasting the text of my letter:": the writer's own words follow, not a screen's.
    return (hasPhrase(" " + t.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ", PASTE_INTRODUCTIONS)
            && !PastedDocuments.introducesOwnWriting(t))
        || citesWriting(t);
  }

  /**
   * Whether a line (lower case) quotes the bank's own writing on itself: it cites it ("Clause 9 of
   * your agreement states:") and the quotation follows the colon in quote marks.
   */
  static boolean quotesWriting(String lower) {
    int colon = lower.indexOf(':');
    if (colon <= 0 || colon > 80) {
      return false;
    }
    String after = lower.substring(colon + 1).strip();
    return !after.isEmpty()
        && "\"“‘'".indexOf(after.charAt(0)) >= 0
        && citesWriting(lower.substring(0, colon));
  }

  /** Whether a line (lower case) opens a friendly note: thanks, "Just a quick note", "Hope …". */
  static boolean opensFriendlyNote(String lower) {
    String t = lower.strip();
    for (String o : FRIENDLY_OPENINGS) {
      if (t.startsWith(o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line is a pleasantry that opens a mail ("I hope this email finds you well."). */
  static boolean isPleasantry(String lower) {
    String t = lower.strip();
    if (t.length() > 70
        || !(t.startsWith("hope ") || t.startsWith("i hope ") || t.startsWith("i trust "))) {
      return false;
    }
    // One sentence only: "Hope you are well. My card …" is a pleasantry followed by the request.
    for (int i = 0; i < t.length() - 1; i++) {
      if (".!?".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return t.contains("well")
        || t.contains("good")
        || t.contains("great")
        || t.contains("fine")
        || t.contains("day");
  }

  static boolean isPlaceholder(String w) {
    if (w.length() < 3 || w.charAt(0) != '<' || w.charAt(w.length() - 1) != '>') {
      return false;
    }
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static String trimRule(String t) {
    int a = 0;
    int b = t.length();
    // Help desks frame their markers in hashes: "##- Please type your reply above this line -##".
    while (a < b && ("-_=*~# >".indexOf(t.charAt(a)) >= 0)) {
      a++;
    }
    while (b > a && ("-_=*~# ".indexOf(t.charAt(b - 1)) >= 0)) {
      b--;
    }
    return t.substring(a, b);
  }

  private static String firstWord(String t) {
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != ',') {
      end++;
    }
    return t.substring(0, end);
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
