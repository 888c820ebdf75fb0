package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Person names from these sources: the name after a salutation ("Dear Ms Jane Doe", "Hi Tom") or an
 * honorific ("Mr. Patel"); the name on the line after a sign-off ("Kind regards,\nJane Doe"); quote
 * attributions and labelled lines; names of the gazetteers in running text ({@link GivenNames});
 * the name after a cue word ("I spoke to Ahmed Khan", "my colleague Sarah", "ask dr. chen"); and
 * then every other mention of a header display name (passed as hints) or of a name found so, in
 * full or by part ("Tony Blair" ... "Blair said").
 */
final class PersonRecognizer extends Recognizer {

  /**
   * Words and two-word phrases that open a greeting line; the phrases ("Good morning Anna", "Guten
   * Tag Frau Schmidt") are looked up as the line's first two words.
   */
  private static final WordSet SALUTATIONS =
      WordSet.of(
          "dear",
          "hi",
          "hello",
          "hey",
          "hallo",
          "bonjour",
          "bonsoir",
          "salut",
          "greetings",
          "morning",
          "afternoon",
          "evening",
          "good morning",
          "good afternoon",
          "good evening",
          "good day",
          "guten morgen",
          "guten tag",
          "guten abend");

  private static final WordSet TITLES =
      WordSet.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "sir",
          "madam",
          "herr",
          "frau",
          "mme",
          "mlle",
          "sr",
          "sra",
          "doctor",
          "professor",
          "mister",
          "sen",
          "senator",
          "rep",
          "gov",
          "rev",
          "fr",
          "lord",
          "lady",
          "dame",
          "baroness",
          "baron",
          "judge",
          "sgt",
          "capt",
          "col",
          "gen",
          // The honorifics of Indian, West African and Filipino mail: "Smt. K. Lakshmi", "Shri
          // T. Nagarajan", "Engr. Tunde Bakare", "Alhaji Musa Danjuma", "Atty. Rosario Cruz".
          "smt",
          "shri",
          "sri",
          "kum",
          "engr",
          "atty",
          "alhaji",
          "alhaja",
          "hajiya",
          "dra");

  /**
   * First letters of the titles longer than five letters (doctor, mister, senator, baroness,
   * professor): other long capitalised words are never looked up as titles.
   */
  private static final String LONG_TITLE_INITIALS = "dmsbpah";

  /**
   * Given names written short with a full stop, as Filipino, Bangladeshi and Malaysian mail writes
   * Maria and Mohammed ("Ma. Cristina", "Md. Rafiqul Islam", "Mohd. Faizal"): they open a name as
   * an initial does.
   */
  private static final WordSet SHORT_GIVEN_NAMES = WordSet.of("ma", "md", "mohd", "muhd", "wm");

  /**
   * Words that follow salutations or sign-offs but are not names and say nothing of whose the words
   * before them are: "Hi Anna Please find…" is Anna's greeting, "Dear all" and "Hi there" no one's.
   */
  private static final WordSet NOT_NAMES =
      WordSet.of(
          "all",
          "everyone",
          "there",
          "again",
          "thanks",
          "thank",
          "hello",
          "hi",
          "the",
          "i",
          // "Hi I'm new here": the writer speaking, not a name (the word reader keeps apostrophes).
          "i'm",
          "i've",
          "i'd",
          "i'll",
          // "hi When will I get my card?", "hello Can you…": a question opening after a greeting
          // without a comma, as people in a hurry write. ("Will" and "May" are names too.)
          "when",
          "how",
          "what",
          "why",
          "where",
          "which",
          "who",
          "can",
          "could",
          "do",
          "does",
          "did",
          "is",
          "are",
          "was",
          "were",
          "would",
          "should",
          "there's",
          "what's",
          "how's",
          "it's",
          "that's",
          "where's",
          "we",
          "you",
          "your",
          "ihr",
          "ihre",
          "votre",
          "please",
          "sorry",
          "hope",
          "just",
          "good",
          "dear",
          "regards",
          "best",
          "sent",
          "on",
          "from",
          "both",
          "y'all",
          "world",
          "mailtriage",
          "it",
          "this",
          "my",
          "and",
          "or",
          "of",
          "for",
          "und",
          "et");

  /**
   * Groups and roles mail is addressed to or signed by ("Dear Valued Customer", "Hi Support Team",
   * "Dear Hiring Manager", "Dear Sir or Madam"): no name, and, like {@link #ORGANISATION_WORDS} and
   * {@link #TEAM_WORDS}, they make the capitalised words beside them after a salutation or sign-off
   * an organisation's or a role's ({@link #nameAt}).
   */
  private static final WordSet AUDIENCES =
      WordSet.of(
          "team",
          "support",
          "sir",
          "madam",
          "sirs",
          "customer",
          "customers",
          "friends",
          "folks",
          "guys",
          "sales",
          "billing",
          "service",
          "services",
          "admin",
          "manager",
          "colleagues",
          "helpdesk",
          "staff",
          "friend",
          "member",
          "members",
          "client",
          "clients",
          "user",
          "users",
          "valued",
          "applicant",
          "beneficiary",
          "subscriber",
          "subscribers",
          "reader",
          "readers",
          "recipient",
          "shopper",
          "owner",
          "holder",
          "cardholder");

  /**
   * Kinds and legal forms of organisations, and words of lists and automatic senders: they make a
   * header display name an organisation's, a list's or a role's ("DivX News", "Ayn Rand Institute
   * Media"), and such a name is not used as a hint, or every mention of the brand would be taken
   * for a person; after a salutation or sign-off they make the words beside them an organisation's
   * ("Dear Acme Bank", "Hello Contoso Ltd").
   */
  private static final WordSet ORGANISATION_WORDS =
      WordSet.of(
          "news",
          "newsletter",
          "digest",
          "team",
          "support",
          "service",
          "services",
          "sales",
          "billing",
          "info",
          "institute",
          "party",
          "media",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "plc",
          "gmbh",
          "ag",
          "bv",
          "pty",
          "corp",
          "corporation",
          "company",
          "partners",
          "holdings",
          "agency",
          "insurance",
          "logistics",
          "solutions",
          "systems",
          "technologies",
          "telecom",
          "energy",
          "airlines",
          "airways",
          "hotel",
          "clinic",
          "hospital",
          "pharmacy",
          "school",
          "college",
          "academy",
          "group",
          "list",
          "lists",
          "mailing",
          "bank",
          "banque",
          "sparkasse",
          "trust",
          "club",
          "foundation",
          "association",
          "society",
          "university",
          "alerts",
          "notifications",
          "admin",
          "helpdesk",
          "customer",
          "office",
          "department",
          "online",
          "shop",
          "store",
          "daemon",
          "reply");

  /**
   * Words of teams, departments and roles: after a cue they make the capitalised words a team's
   * name, not a person's ("I spoke to Fraud Prevention", "ask Customer Care"), and so they do after
   * a salutation or sign-off ("Dear Claims Department", "Hallo Kundenservice").
   */
  private static final WordSet TEAM_WORDS =
      WordSet.of(
          "fraud",
          "prevention",
          "security",
          "claims",
          "accounts",
          "account",
          "collections",
          "complaints",
          "care",
          "desk",
          "centre",
          "center",
          "operations",
          "finance",
          "legal",
          "compliance",
          "technical",
          "tech",
          "help",
          "relations",
          "resolution",
          "branch",
          "head",
          "senior",
          "junior",
          "director",
          "officer",
          "representative",
          "agent",
          "agents",
          "manager",
          "management",
          "department",
          "dept",
          "disputes",
          "payments",
          "returns",
          "refunds",
          "orders",
          "delivery",
          "shipping",
          "onboarding",
          "verification",
          "escalations",
          "hr",
          "it",
          "resources",
          "personnel",
          "recruitment",
          "recruiting",
          "admissions",
          "reception",
          "committee",
          "board",
          "accounting",
          "marketing",
          "receivable",
          "payable",
          "administrator",
          "coordinator",
          "supervisor",
          "secretary",
          "concierge",
          "editor",
          "editors",
          "webmaster",
          "postmaster",
          "kundenservice",
          "kundendienst",
          "bank",
          "pay",
          "app",
          "card",
          "cards",
          "prime",
          "plus",
          "pro",
          "premium",
          "maps",
          "store",
          "airport",
          "station");

  private static final int MAX_NAME_WORDS = 3;

  /**
   * Line-opening labels followed by a person's name (lower case, as the scan compares): the sender
   * of a quoted message also in the labels mail clients write in German, French, Spanish, Italian,
   * Dutch, Polish and the Nordic languages ("Von:", "De :", "Da:", "Van:", "Od:", "Från:").
   */
  /**
   * Labels a name follows on the line they open: the From labels of mail clients and the name
   * fields of forms ("Name:", "Full name:", "Nombre:", "Navn:"), where a name no list knows is a
   * name all the same.
   */
  private static final String[] NAME_LABELS = {
    "from:",
    "quoting ",
    "contact:",
    "von:",
    "de :",
    "de:",
    "da:",
    "van:",
    "od:",
    "från:",
    "fra:",
    "name:",
    "full name:",
    "customer name:",
    "contact name:",
    "account holder:",
    "cardholder:",
    "card holder:",
    "policyholder:",
    "policy holder:",
    "passenger:",
    "patient:",
    "nom :",
    "nom:",
    "nome:",
    "nombre:",
    "naam:",
    "navn:",
    "namn:",
    "nimi:",
    "imię i nazwisko:",
    // Forms that split the name over two fields: "Surname: OKAFOR" / "Other names: Chinedu".
    "surname:",
    "last name:",
    "family name:",
    "first name:",
    "first names:",
    "given name:",
    "given names:",
    "forename:",
    "forenames:",
    "middle name:",
    "other names:",
    // Russian, Ukrainian, Serbian and Greek forms: "Контактное лицо: …", "ФИО: …", "ПІБ: …".
    "контактное лицо:",
    "контактна особа:",
    "фио:",
    "имя:",
    "піб:",
    "ім'я:",
    "ім’я:",
    "име и презиме:",
    "име:",
    "ονοματεπώνυμο:",
    "όνομα:",
    // Hungarian, Czech, Romanian, Indonesian and Malay forms, and Korean, Thai and Amharic ones.
    "név:",
    "jméno:",
    "nume:",
    "nama:",
    "nama lengkap:",
    "이름:",
    "성명:",
    "ชื่อ:",
    "ชื่อ-นามสกุล:",
    "ስም:"
  };

  /** The labels of a family name's own field, whose value forms ask for in capitals. */
  private static final java.util.Set<String> FAMILY_NAME_LABELS =
      java.util.Set.of("surname:", "last name:", "family name:");

  /**
   * The labels as the scan's lower-case copy holds them, also capitalised and in capitals ("ФИО:"):
   * the copy folds look-alike letters and lowers ASCII only.
   */
  private static final String[] SCANNED_NAME_LABELS =
      java.util.Arrays.stream(NAME_LABELS)
          .flatMap(
              l ->
                  java.util.stream.Stream.of(
                      l,
                      l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1),
                      l.toUpperCase(Locale.ROOT)))
          .map(Signatures::asScanned)
          .distinct()
          .toArray(String[]::new);

  /**
   * The labels by their first char, in their order: most lines open with none of them, and a line
   * that opens with one is compared with those labels only.
   */
  private static final java.util.Map<Character, String[]> LABELS_BY_FIRST =
      java.util.Arrays.stream(SCANNED_NAME_LABELS)
          .collect(
              java.util.stream.Collectors.groupingBy(
                  l -> l.charAt(0),
                  java.util.stream.Collectors.collectingAndThen(
                      java.util.stream.Collectors.toList(), l -> l.toArray(new String[0]))));

  /** The words of a name, split at whitespace and commas ("Quinn, Dell"), without a regex. */
  static String[] words(String name) {
    List<String> out = new ArrayList<>(4);
    int i = 0;
    int n = name.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(name.charAt(i)) || name.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(name.charAt(i)) && name.charAt(i) != ',') {
        i++;
      }
      if (i > start) {
        out.add(name.substring(start, i));
      }
    }
    return out.toArray(String[]::new);
  }

  PersonRecognizer() {
    super(PiiType.PERSON, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    wordCues(s);
    signOffs(s);
    PastedTables.scan(s);
    PastedTables.jsonFields(s);
    attributions(s);
    GivenNames.scan(s, 0.7, 0.45);
    VietnameseNames.scan(s);
    InitialledNames.scan(s);
    cueNames(s, Keywords.NAME_CUE, true);
    cueNames(s, Keywords.NAME_CUE_WEAK, false);
    cueNames(s, Keywords.ATTRIBUTION, true);
    PatronymicNames.scan(s);
    mentions(s);
  }

  /** Confidence a name found elsewhere earns before its other mentions count. */
  private static final double MENTION_SOURCE = 0.7;

  /**
   * The name after a cue word ("I spoke to Ahmed Khan", "said Maria Lopez", "my colleague Sarah",
   * "ask dr. chen", "My name is Somchai Wongsakul"): one to three capitalised words, or a known
   * given name and family name in lower case. After a {@code strong} cue two capitalised words no
   * list knows are a name; otherwise one of the words must be a known given or family name. Words
   * of teams, companies and products end the match ("I spoke to Fraud Prevention", "ask Apple
   * Support").
   */
  private static void cueNames(Scan s, Keywords cues, boolean strong) {
    int[] hits = s.hits(cues);
    for (int h = 0; h < hits.length; h += 2) {
      int p = hits[h + 1];
      if (s.at(p) == '.' || s.at(p) == ',') {
        p++; // "Dr. Chen", "my agent, Lucia Fernandez"
      }
      if (s.at(p) != ' ') {
        continue;
      }
      p = skipBlanks(s, p);
      int we = GivenNames.wordEnd(s, p);
      boolean strongHere = strong;
      // "ask for Yaw": no list need know the one name asked for, as none does after "speak to".
      boolean askedFor = s.regionEquals(hits[h], "ask") && s.regionEquals(p, "for ");
      if (we > p
          && (s.regionEquals(p, "to ")
              || s.regionEquals(p, "with ")
              || s.regionEquals(p, "by ")
              || askedFor)) {
        p = skipBlanks(s, we);
        we = GivenNames.wordEnd(s, p);
        // "asked for Apple Pay": what is asked for is mostly a thing, two words no list knows too.
        strongHere &= !askedFor;
      }
      boolean title = TITLES.contains(s.lower, hits[h], hits[h + 1]);
      if (we > p && TITLES.contains(s.lower, p, we)) {
        p = skipBlanks(s, s.at(we) == '.' ? we + 1 : we);
        we = GivenNames.wordEnd(s, p);
        title = true;
      }
      if (we - p < 2) {
        continue;
      }
      if (Character.isUpperCase(s.text[p])) {
        boolean toSomeone =
            askedFor || s.regionEquals(hits[h], "sp") || s.regionEquals(hits[h], "talk");
        capitalisedAfterCue(s, p, strongHere, toSomeone);
      } else if (strong && uncasedLetter(s.text[p])) {
        // "My name is 山田太郎": a script without case gives no capital to wait for.
        int end = uncasedName(s, p, s.length);
        if (end > p) {
          s.add(PiiType.PERSON, p, end, 0.75);
        }
      } else if (Character.isLowerCase(s.text[p])) {
        if (!lowerCaseAfterCue(s, p, we, title)
            && (s.regionEquals(hits[h], "name is") || s.regionEquals(hits[h], "my name is"))) {
          ownName(s, p);
        }
      }
    }
  }

  /**
   * The words after a name said alone, asked for or spoken to, that close its clause: "ask for Yaw
   * at the desk", "speak to Thandeka when she is in".
   */
  private static final WordSet AFTER_A_LONE_NAME =
      WordSet.of("at", "in", "on", "from", "who", "about", "when", "if", "and", "or", "please");

  /**
   * The name after a cue; {@code toSomeone} when the cue speaks to or asks for a person ("speak
   * to", "ask for"), after which one capitalised word no list knows is a name when its clause ends
   * with it ("ask for Somchai, he …").
   */
  private static void capitalisedAfterCue(Scan s, int p, boolean strong, boolean toSomeone) {
    int end = -1;
    int words = 0;
    boolean known = false;
    // "signed for by Ma. Cristina dela Cruz": a given name written short opens the name.
    int i = pastInitials(s, p);
    int first = i;
    if (strong) {
      // "in the name of EZEONWU, Chiamaka": after a strong cue the family name in capitals and
      // the given name after its comma need no list.
      int we = GivenNames.wordEnd(s, i);
      int family = givenAfterFamily(s, i, we, s.length);
      if (family > we) {
        s.add(PiiType.PERSON, p, family, 0.75);
        return;
      }
    }
    while (words < MAX_NAME_WORDS) {
      int we = GivenNames.wordEnd(s, i);
      // "my daughter Emily-Rose's card": the possessive is no part of the name, and ends it.
      boolean possessive = we - i > 3 && (s.at(we - 2) == '\'' || s.at(we - 2) == '’');
      if (possessive && s.lower[we - 1] == 's') {
        we -= 2;
      } else {
        possessive = false;
      }
      if (we - i < 2 || !Character.isUpperCase(s.text[i]) || innerCapitalAt(s, i, we)) {
        break;
      }
      if (notAName(s, i, we) || GivenNames.notSurname(s, i, we)) {
        if (words > 0 && !notNameWord(s.lower, i, we)) {
          return; // a team's, company's or product's name: "Apple Support"
        }
        break;
      }
      int kind = GivenNames.kindOfDouble(s, i, we);
      boolean knownWord =
          (kind & (GivenNames.GIVEN | GivenNames.AMBIGUOUS)) != 0
              || (kind & (GivenNames.SURNAME | GivenNames.WORD)) == GivenNames.SURNAME;
      // Capitals say nothing about names: a word in capitals counts only when known or after a
      // known one ("JOEL R. ROSSMAN", not "MANAGER DIAMOND SAFARI").
      if (Character.isUpperCase(s.at(i + 1)) && !knownWord && !known) {
        break;
      }
      known |= knownWord;
      words++;
      end = we;
      int next = we + 1;
      if (possessive || s.at(we) != ' ') {
        break;
      }
      if (Character.isUpperCase(s.at(next)) && s.at(next + 1) == '.' && s.at(next + 2) == ' ') {
        next += 3; // a middle initial
      }
      // Particles inside a family name: "Sanne de Vries", "Khalid bin Salman".
      int pe = GivenNames.wordEnd(s, next);
      if (GivenNames.particle(s, next, pe) && s.at(pe) == ' ') {
        next = pe + 1;
      }
      i = next;
    }
    if (words == 0 || s.isDigit(end)) {
      return;
    }
    if (!known
        && (!strong || words < 2)
        && !(toSomeone
            && words == 1
            && closesClause(s, end)
            && !ThingsAskedFor.thing(s, first, end))) {
      return;
    }
    s.add(PiiType.PERSON, p, end, strong ? 0.75 : 0.7);
  }

  /** Whether a lone name ending at {@code end} ends its clause ({@link #AFTER_A_LONE_NAME}). */
  private static boolean closesClause(Scan s, int end) {
    char c = s.at(end);
    if (end >= s.length || ",.;!?)\n\r".indexOf(c) >= 0) {
      return true;
    }
    int next = end + 1;
    return c == ' ' && AFTER_A_LONE_NAME.contains(s.lower, next, GivenNames.wordEnd(s, next));
  }

  /**
   * A known given name in lower case, with the family name after it when that is a known one too
   * ("i spoke to maria lopez"), or a known family name alone after a title ("dr. chen").
   */
  private static boolean lowerCaseAfterCue(Scan s, int p, int we, boolean title) {
    int end = lowerCaseName(s, p, we, title, false);
    if (end < 0) {
      return false;
    }
    s.add(PiiType.PERSON, p, end, 0.65);
    return true;
  }

  /**
   * End of a name in lower case whose first word is {@code [p, we)}, or -1: a known given name that
   * is no everyday word ("mike", "sarah"), with a known family name after it ("maria lopez"), or a
   * known family name alone after a title ("mr lee"). Phones leave names in lower case; ordinary
   * words never count, since only the lists' names do. With {@code alone} (a greeting or a
   * sign-off, whose name ends the greeting or the line), a given name that is also an everyday word
   * counts too when it closes the greeting ("hey tom -", "thanks\nsam"; "hey will you" is none),
   * unless it is a month or a function word ("may", "will", "can").
   */
  private static int lowerCaseName(Scan s, int p, int we, boolean title, boolean alone) {
    if (we - p < 2 || !Character.isLowerCase(s.text[p])) {
      return -1;
    }
    int kind = GivenNames.kind(s, p, we);
    if ((kind & GivenNames.GIVEN) == 0
        && !(title && (kind & (GivenNames.SURNAME | GivenNames.WORD)) == GivenNames.SURNAME)
        && !(alone
            && (kind & GivenNames.AMBIGUOUS) != 0
            && !GivenNames.notSurname(s, p, we)
            && closesGreeting(s, withInitial(s, we)))) {
      return -1;
    }
    int end = we;
    if (s.at(we) == ' ') {
      int q = we + 1;
      int qe = GivenNames.wordEnd(s, q);
      if (GivenNames.particle(s, q, qe) && s.at(qe) == ' ') {
        q = qe + 1;
        qe = GivenNames.wordEnd(s, q);
      }
      if (qe > q && (GivenNames.kind(s, q, qe) & GivenNames.SURNAME) != 0) {
        end = qe;
      }
    }
    return end;
  }

  /** Whether the name ending at {@code end} ends its greeting or line: "hey tom,", "hey tom -". */
  private static boolean closesGreeting(Scan s, int end) {
    char c = s.at(end);
    return end >= s.length
        || c == ','
        || c == '!'
        || c == '.'
        || c == '\n'
        || c == '\r'
        || (c == ' ' && (s.at(end + 1) == '-' || s.at(end + 1) == '\n'));
  }

  /**
   * End of the name ending at {@code end} with the initial of a family name after it, when a letter
   * alone closes the greeting or the line ("cheers\nsarah k", "Hi Sarah K,"); otherwise {@code
   * end}. "hi sarah i need" has no initial.
   */
  private static int withInitial(Scan s, int end) {
    if (end < 0 || s.at(end) != ' ' || !Character.isLetter(s.at(end + 1))) {
      return end;
    }
    int after = s.at(end + 2) == '.' ? end + 3 : end + 2;
    char c = s.at(after);
    boolean closes =
        after >= s.length || c == ',' || c == '!' || c == '\n' || c == '\r' || c == '-';
    return closes ? end + 2 : end;
  }

  /**
   * Someone's own name in lower case after "my name is", known or not, when one or two words end
   * the clause ("my name is tyrone jackson and i cannot log in"), not when the sentence goes on
   * about the name ("my name is misspelled on the card").
   */
  private static void ownName(Scan s, int p) {
    int end = -1;
    int i = p;
    for (int words = 0; words < 2; words++) {
      int we = GivenNames.wordEnd(s, i);
      if (we - i < 2
          || !Character.isLowerCase(s.text[i])
          || notAName(s, i, we)
          || GivenNames.notSurname(s, i, we)) {
        break;
      }
      end = we;
      if (s.at(we) != ' ') {
        break;
      }
      i = we + 1;
    }
    if (end < 0) {
      return;
    }
    char c = s.at(end);
    boolean clauseEnds =
        end == s.length
            || c == '.'
            || c == ','
            || c == '!'
            || c == '?'
            || c == '\n'
            || c == '\r'
            || s.regionEquals(end, " and ")
            || s.regionEquals(end, " from ")
            || s.regionEquals(end, " i ");
    if (clauseEnds) {
      s.add(PiiType.PERSON, p, end, 0.65);
    }
  }

  private static boolean innerCapitalAt(Scan s, int i, int we) {
    return innerCapital(s.text, i, we);
  }

  private static int skipBlanks(Scan s, int p) {
    while (p < s.length && s.text[p] == ' ') {
      p++;
    }
    return p;
  }

  /**
   * Every other mention of a name: the header display names (hints), and the names found in the
   * text with at least {@link #MENTION_SOURCE}, in full or by part ("Tony Blair" ... "Blair said").
   */
  private static void mentions(Scan s) {
    List<String> found = new ArrayList<>();
    List<String> sure = new ArrayList<>();
    for (Finding f : s.candidates) {
      if (f.type() == PiiType.PERSON
          && f.confidence() >= MENTION_SOURCE
          && recurs(s, f.start(), f.end())) {
        String name = new String(s.text, f.start(), f.end() - f.start()).replace('\n', ' ');
        if (!found.contains(name)) {
          found.add(name);
        }
        if (f.confidence() > MENTION_SOURCE && !sure.contains(name)) {
          sure.add(name);
        }
      }
    }
    hintNames(s, found, sure);
  }

  /**
   * Whether some word of the name at {@code [start, end)} occurs again elsewhere in the text, in
   * any letter case (a superset of its mentions: "Al" also occurs in "also"). Most names found in a
   * mail occur once, and then the pass over every word that looks for mentions is not made.
   */
  private static boolean recurs(Scan s, int start, int end) {
    int p = start;
    while (p < end) {
      int we = p;
      while (we < end && Character.isLetter(s.text[we])) {
        we++;
      }
      if (we - p >= 2) {
        String word = new String(s.lower, p, we - p);
        if (s.indexOf(word, 0) != p || s.indexOf(word, p + 1) >= 0) {
          return true;
        }
      }
      p = Math.max(we, p + 1);
    }
    return false;
  }

  /**
   * A verb of speaking before a lone given name makes it a person ("as Tom told me"; relations and
   * the verbs right before a name are cue words, {@link Keywords#NAME_CUE}), and so does a verb of
   * speaking after a name ("Tyrone Jackson called me").
   */
  private static final List<ContextRule> CONTEXT =
      List.of(
          ContextRule.raise(
              30,
              0,
              0,
              0.7,
              "spoke",
              "talked",
              "asked",
              "told",
              "named",
              "called",
              "ask",
              "according to",
              "thanks to"),
          // A verb of speaking or contact right after: "Tyrone Jackson called me", "Maria said".
          ContextRule.raise(
              0,
              14,
              0,
              0.7,
              "said",
              "says",
              "told",
              "confirmed",
              "explained",
              "mentioned",
              "replied",
              "called",
              "emailed",
              "rang",
              "promised",
              "asked",
              "noted",
              "added",
              "agreed",
              "suggested",
              "insisted",
              "wrote",
              "phoned",
              "texted"));

  /**
   * Header names, full first (higher confidence), then each capitalised part. A full name of two or
   * more words also matches in other letter case ("leslie ellen jones" in the header, "Leslie Ellen
   * Jones" in the body); single words only as written, or "Will" would match "will".
   */
  private static void hintNames(Scan s, List<String> found, List<String> sure) {
    List<String> full = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> foundFull = new ArrayList<>();
    List<String> foundFolded = new ArrayList<>();
    List<String> foundParts = new ArrayList<>();
    for (String name : s.hints.personNames()) {
      NormalizedText normName = NormalizedText.of(name);
      String n = personPart(normName.substring(0, normName.length).trim());
      String[] words = words(n);
      if (n.length() < 2 || !personLike(words)) {
        continue;
      }
      addName(n, words, full, folded, parts, 2);
    }
    for (String n : found) {
      String[] words = words(n);
      if (!full.contains(n) && personLike(words)) {
        addName(n, words, foundFull, foundFolded, foundParts, sure.contains(n) ? 3 : 0);
      }
    }
    foundFull.removeAll(full);
    foundFolded.removeAll(folded);
    foundParts.removeAll(parts);
    if (full.isEmpty() && foundFull.isEmpty()) {
      return;
    }
    // The (ASCII-lower-cased) first two chars of all names: most words start with none of those
    // pairs. A name with other chars in those places turns the filter off.
    long[] pairs = new long[128 * 2];
    boolean filter = true;
    for (List<String> names : List.of(full, folded, parts, foundFull, foundFolded, foundParts)) {
      for (String name : names) {
        char c0 = Scan.asciiLower(name.charAt(0));
        char c1 = Scan.asciiLower(name.charAt(1));
        if (c0 < 128 && c1 < 128) {
          pairs[c0 * 2 + (c1 >> 6)] |= 1L << c1;
        } else {
          filter = false;
        }
      }
    }
    char[] t = s.text;
    char[] lower = s.lower;
    int resume = 0;
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      if (i < resume || i + 1 >= s.length) {
        continue;
      }
      char c0 = lower[i];
      char c1 = lower[i + 1];
      if (filter && (c0 >= 128 || c1 >= 128 || (pairs[c0 * 2 + (c1 >> 6)] & (1L << c1)) == 0)) {
        continue;
      }
      int end = Math.max(matchAny(t, s, i, full), matchAny(s.lower, s, i, folded));
      double conf = 0.9;
      if (end < 0) {
        end = matchAny(t, s, i, parts);
        conf = 0.75;
      }
      if (end < 0) {
        end =
            Math.max(
                Math.max(matchAny(t, s, i, foundFull), matchAny(s.lower, s, i, foundFolded)),
                matchAny(t, s, i, foundParts));
        conf = MENTION_SOURCE;
      }
      if (end > 0) {
        // Parts side by side are one name: "Bernard Tyers" from the hint "Bernard Michael Tyers".
        while (s.at(end) == ' ' && Character.isUpperCase(s.at(end + 1))) {
          int more = Math.max(matchAny(t, s, end + 1, parts), matchAny(t, s, end + 1, foundParts));
          if (more < 0) {
            break;
          }
          end = more;
        }
        s.add(PiiType.PERSON, i, end, conf);
        resume = end;
      }
    }
  }

  /**
   * Adds a name to the lists: in full, in any letter case when it has several words, and each
   * capitalised part of at least {@code minPart} letters: any for a header name ({@code minPart}
   * 2), one that is no everyday word for a name found with more than {@link #MENTION_SOURCE} (3),
   * and only a known given or family name for one found with exactly that (0): a name of a known
   * given name and an unknown word ("Orlando Vacation") must not spread the word.
   */
  private static void addName(
      String n,
      String[] words,
      List<String> full,
      List<String> folded,
      List<String> parts,
      int minPart) {
    full.add(n);
    if (n.indexOf(' ') > 0 && !folded.contains(asciiLower(n))) {
      folded.add(asciiLower(n));
    }
    for (String word : words) {
      String part = withoutFinalDot(word);
      if (part.length() >= Math.max(2, minPart)
          && Character.isUpperCase(part.charAt(0))
          && letters(part)
          && !notNameWord(part.toLowerCase(Locale.ROOT).toCharArray(), 0, part.length())
          && !full.contains(part)
          && !parts.contains(part)
          && (minPart == 2 || GivenNames.safeAlone(part, minPart == 0))) {
        parts.add(part);
      }
    }
  }

  /**
   * The person's part of a display name that adds a company or a note: "Albert White - SUN
   * Ireland", "Jane Doe | Acme", "Andrey Sergeev (AKA Andris)".
   */
  private static String personPart(String name) {
    int cut = name.length();
    for (String sep : new String[] {" - ", " | ", " (", " @ "}) {
      int at = name.indexOf(sep);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return name.substring(0, cut).trim();
  }

  private static int matchAny(char[] t, Scan s, int i, List<String> names) {
    int best = -1;
    for (String name : names) {
      int end = i + name.length();
      if (t[i] != name.charAt(0) || end > s.length || end <= best || s.isWordChar(end)) {
        continue;
      }
      boolean eq = true;
      for (int k = 1; eq && k < name.length(); k++) {
        eq = t[i + k] == name.charAt(k);
      }
      if (eq) {
        best = end;
      }
    }
    return best;
  }

  /**
   * Whether a header display name, split into its words, can be a person's: no digits, no
   * organisation word, and a single word only if it is capitalised like a name ("Kate", not "CNET",
   * "DivX" or "iiu").
   */
  static boolean personLike(String[] words) {
    if (words.length > 1 && words[0].equalsIgnoreCase("the")) {
      return false;
    }
    boolean acronym = false;
    boolean other = false;
    for (String w : words) {
      String bare = withoutFinalDot(w);
      boolean caps = bare.length() >= 2 && noLowerCase(bare);
      acronym |= caps && bare.length() <= 5;
      other |= !caps;
      if (innerCapital(bare.toCharArray(), 0, bare.length())) {
        return false;
      }
    }
    // "CNET CatchUp", "IBM Watson": an acronym beside ordinary words is a brand.
    if (acronym && other) {
      return false;
    }
    for (String w : words) {
      if (ORGANISATION_WORDS.contains(withoutFinalDot(w).toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return false;
        }
      }
    }
    if (words.length == 1) {
      String w = words[0];
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || uncasedLetter(w.charAt(0)))) {
        return false;
      }
      for (int i = 1; i < w.length(); i++) {
        if (Character.isUpperCase(w.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A capital inside a word after a lower-case letter that no surname prefix explains: "CatchUp",
   * "DivX", "PayPal" are brands; "McDonald", "MacIntyre", "DeLuca", "LeBlanc", "VanDyke" are names.
   */
  private static boolean innerCapital(char[] w, int from, int to) {
    for (int i = from + 2; i < to; i++) {
      if (Character.isUpperCase(w[i])
          && Character.isLowerCase(w[i - 1])
          && !surnamePrefix(w, from, i)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] SURNAME_PREFIXES = {
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "del"
  };

  /** Whether {@code w[from, to)} is a surname prefix, in any letter case. */
  private static boolean surnamePrefix(char[] w, int from, int to) {
    for (String prefix : SURNAME_PREFIXES) {
      if (prefix.length() == to - from && prefix.equalsIgnoreCase(new String(w, from, to - from))) {
        return true;
      }
    }
    return false;
  }

  private static boolean noLowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word is one that follows salutations or cues but names no person. */
  static boolean notAName(Scan s, int start, int end) {
    return notNameWord(s.lower, start, end) || organisationOrRole(s.lower, start, end);
  }

  /** Whether the word (lower case) is one of {@link #NOT_NAMES} or {@link #AUDIENCES}. */
  private static boolean notNameWord(char[] lower, int start, int end) {
    return NOT_NAMES.contains(lower, start, end) || AUDIENCES.contains(lower, start, end);
  }

  /**
   * Whether the word (lower case), or a part of it between hyphens ("Support-Team"), is one of an
   * organisation, a team or a role: {@link #AUDIENCES}, {@link #ORGANISATION_WORDS}, {@link
   * #TEAM_WORDS}.
   */
  private static boolean organisationOrRole(char[] lower, int start, int end) {
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || lower[i] == '-') {
        if (AUDIENCES.contains(lower, from, i)
            || ORGANISATION_WORDS.contains(lower, from, i)
            || TEAM_WORDS.contains(lower, from, i)) {
          return true;
        }
        from = i + 1;
      }
    }
    return false;
  }

  private static String withoutFinalDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** {@code s} folded as {@link Scan#lower} is, so folded names compare with it. */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Scan.asciiLower(c[i]);
    }
    return new String(c);
  }

  /**
   * The name in a quote attribution at the end of a line: "On 28 Aug 2002, Daniel Quinlan wrote:",
   * "Justin Mason &lt;jm@example.org&gt; writes:", "Martin A posted:". The one to three capitalised
   * words (an initial counts) right before the verb, past an address in angle brackets or
   * parentheses.
   */
  private static void attributions(Scan s) {
    int[] hits = s.hits(Keywords.ATTRIBUTION);
    for (int h = 0; h < hits.length; h += 2) {
      int p = hits[h + 1];
      while (p < s.length && s.text[p] == ' ') {
        p++;
      }
      if (s.at(p) != ':' || !restOfLineBlank(s, p + 1, Signatures.lineEnd(s, p + 1))) {
        continue;
      }
      int e = skipBack(s, hits[h]);
      for (char[] brackets : new char[][] {{'<', '>'}, {'(', ')'}}) {
        if (e > 0 && s.text[e - 1] == brackets[1]) {
          int open = e - 1;
          while (open > 0
              && e - open < 120
              && s.text[open] != brackets[0]
              && s.text[open] != '\n') {
            open--;
          }
          if (s.text[open] == brackets[0]) {
            e = skipBack(s, open);
          }
        }
      }
      int start = e;
      int words = 0;
      int w = e;
      while (words < MAX_NAME_WORDS && w > 0) {
        int we = w;
        if (s.at(we - 1) == '.') {
          we--;
        }
        int ws = we;
        while (ws > 0
            && (Character.isLetter(s.text[ws - 1])
                || s.text[ws - 1] == '\''
                || s.text[ws - 1] == '-')) {
          ws--;
        }
        if (ws == we
            || !Character.isUpperCase(s.text[ws])
            || s.isWordChar(ws - 1)
            || notNameWord(s.lower, ws, we)) {
          break;
        }
        start = ws;
        words++;
        if (s.at(ws - 1) != ' ') {
          break;
        }
        w = ws - 1;
      }
      if (words > 0 && (e - start >= 2)) {
        s.add(PiiType.PERSON, start, e, 0.8);
      }
    }
  }

  /** The position after the last non-space char before {@code i} on the same line. */
  private static int skipBack(Scan s, int i) {
    int p = i;
    while (p > 0 && (s.text[p - 1] == ' ' || s.text[p - 1] == '\t')) {
      p--;
    }
    return p;
  }

  /** Names after salutation words at the start of a line, and after honorifics anywhere. */
  private static void wordCues(Scan s) {
    char[] t = s.text;
    int resume = 0;
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      if (i < resume || !Scan.isAsciiLetter(t[i])) {
        continue;
      }
      // Cheap shape checks first, so ordinary words are never even measured: a title is
      // short, capitalised and followed by a capitalised word; a salutation opens a line.
      boolean capitalised = Character.isUpperCase(t[i]);
      boolean opensLine = lineStart(s, i);
      if (!capitalised && !opensLine) {
        continue;
      }
      // Neither cue word is longer than 9 letters, so a word is measured up to 10 at most.
      int we = i;
      int limit = Math.min(s.length, i + 10);
      while (we < limit && Scan.isAsciiLetter(t[we])) {
        we++;
      }
      int after = s.at(we) == '.' ? we + 1 : we;
      // "Dr. Chen", "Baroness Williams", and "MR.ALLAN" written without the space.
      boolean titleShape =
          capitalised
              && (we - i <= 5 || (we - i <= 9 && LONG_TITLE_INITIALS.indexOf(s.lower[i]) >= 0))
              && ((s.at(after) == ' '
                      && (Character.isUpperCase(s.at(after + 1))
                          || (s.at(after + 1) == '(' && Character.isUpperCase(s.at(after + 2)))
                          || afterParticles(s, after + 1) > after + 1))
                  || (after > we && Character.isUpperCase(s.at(after))));
      boolean salutationShape = opensLine && we - i <= 9;
      if (!titleShape && !salutationShape) {
        continue;
      }
      boolean title = titleShape && TITLES.contains(s.lower, i, we);
      boolean salutation = salutationShape && SALUTATIONS.contains(s.lower, i, we);
      if (salutationShape && !salutation && we < s.length && t[we] == ' ') {
        // "Good morning Anna", "Guten Tag Frau Schmidt": a salutation of two words.
        int we2 = we + 1;
        while (we2 - we <= 10 && Scan.isAsciiLetter(s.at(we2))) {
          we2++;
        }
        if (SALUTATIONS.contains(s.lower, i, we2)) {
          salutation = true;
          we = we2;
        }
      }
      if (!title && !salutation) {
        continue;
      }
      int p = we;
      // A full stop after a salutation closes the greeting ("Hi. Attaching my statement", "Good
      // morning. Following up"): the next word opens a sentence, a name only if the lists know it.
      boolean greetingClosed = salutation && s.at(p) == '.';
      if (s.at(p) == '.') {
        p++;
      }
      if (s.at(p) == ',') {
        continue;
      }
      while (p < s.length && s.text[p] == ' ') {
        p++;
      }
      if (greetingClosed && GivenNames.kind(s, p, GivenNames.wordEnd(s, p)) == 0) {
        continue;
      }
      boolean titled = title;
      if (salutation) {
        // "Dear Mr. Smith": the honorific itself is not part of the name.
        int ts = p;
        while (s.isAsciiLetter(p)) {
          p++;
        }
        if (p > ts && TITLES.contains(s.lower, ts, p)) {
          titled = true;
          if (s.at(p) == '.') {
            p++;
          }
          while (p < s.length && s.text[p] == ' ') {
            p++;
          }
        } else {
          p = ts;
        }
      }
      if (titled) {
        p = pastTitles(s, p); // "Prof. (Dr.) S. Ramachandran", "Prof. Dr. Weber"
      }
      // Initials between the title and the family name: "Ms J Roe", "Dr. A. B. Chen".
      int initials = p;
      while (titled
          && Character.isUpperCase(s.at(p))
          && (s.at(p + 1) == '.' ? s.at(p + 2) == ' ' : s.at(p + 1) == ' ')
          && Character.isUpperCase(s.at(s.at(p + 1) == '.' ? p + 3 : p + 2))) {
        p += s.at(p + 1) == '.' ? 3 : 2;
      }
      int end = nameAt(s, titled ? afterParticles(s, p) : p, s.length, titled);
      p = initials;
      double confidence = title ? 0.7 : 0.75;
      if (salutation) {
        if (end < 0) {
          // "hi sarah,", "hey tom -": phones leave the name in lower case.
          end = lowerCaseName(s, p, GivenNames.wordEnd(s, p), titled, true);
          confidence = 0.7;
        }
        end = withInitial(s, end);
      }
      if (end > p && title && GivenNames.productAfter(s, end)) {
        // "Dr. Oetker pizzas", "a Mr Muscle spray": a brand with a title, before its goods.
        resume = end;
      } else if (end > p) {
        s.add(PiiType.PERSON, p, end, confidence);
        resume = end; // the name's own words are not cues ("Dear Dr Chen" is one finding)
      }
    }
  }

  /**
   * Past the lower-case particles of a family name after a title ("Mr van der Berg", "Mme de la
   * Cruz", "Herr von Hohenberg"), when a capitalised word follows them; else {@code p}.
   */
  private static int afterParticles(Scan s, int p) {
    int q = p;
    for (int words = 0; words < 3 && Character.isLowerCase(s.at(q)); words++) {
      int we = q;
      while (we - q < 6 && Scan.isAsciiLetter(s.at(we))) {
        we++;
      }
      if (s.at(we) != ' ' || !GivenNames.particle(s, q, we)) {
        return p;
      }
      q = we + 1;
      if (Character.isUpperCase(s.at(q))) {
        return q;
      }
    }
    return p;
  }

  /** A sign-off line followed (after at most one blank line) by a line holding only a name. */
  private static void signOffs(Scan s) {
    int lineStart = 0;
    boolean previousBlank = true;
    boolean textBefore = false;
    while (lineStart < s.length) {
      int lineEnd = Signatures.lineEnd(s, lineStart);
      int a = skipSpaces(s, lineStart, lineEnd);
      boolean blank = restOfLineBlank(s, a, lineEnd);
      if (previousBlank && !blank) {
        signatureName(s, a, lineEnd, textBefore);
      }
      previousBlank = blank;
      textBefore |= !blank;
      labelledName(s, a, lineEnd);
      chatSpeaker(s, a, lineEnd);
      if (Signatures.signOff(s, a, lineEnd)) {
        int next = lineEnd + 1;
        for (int tries = 0; tries < 2 && next < s.length; tries++) {
          int ne = Signatures.lineEnd(s, next);
          int ns = skipSpaces(s, next, ne);
          if (ns == ne || (ns + 1 == ne && s.text[ns] == '\r')) {
            next = ne + 1;
            continue;
          }
          signedName(s, skipDashes(s, ns, ne), ne, false);
          break;
        }
      } else if (!blank) {
        // "thanks, mike", "thx -sarah", "Cheers, Sarah K": the name on the sign-off's line.
        int b = lineEnd - a <= SAME_LINE_SIGN_OFF ? Signatures.signOffOpening(s, a, lineEnd) : -1;
        if (b > a && signedName(s, skipDashes(s, b, lineEnd), lineEnd, true)) {
          // "thanks, mike"
        } else if (endsCapitalised(s, a, lineEnd)) {
          // A sign-off opening the last sentence of a line of text: "The refund never came.
          // Regards, Niamh", "Дякую за відповідь. З повагою, Ірина Бондаренко" (a line that opens
          // with a sign-off's word and goes on signs nothing there).
          for (int o = sentenceAfter(s, a, lineEnd); o >= 0; o = sentenceAfter(s, o, lineEnd)) {
            b = Signatures.signOffOpening(s, o, lineEnd);
            if (b > o) {
              signedName(s, skipDashes(s, b, lineEnd), lineEnd, true);
              break;
            }
          }
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The longest line that can hold a sign-off and a name ("Best regards, Siobhan Gallagher"). */
  private static final int SAME_LINE_SIGN_OFF = 48;

  /**
   * Whether the line's last word, a full stop aside, is capitalised ("… Regards, Niamh", "… Ravi
   * S."): most lines of prose end otherwise and are not searched for a sign-off.
   */
  private static boolean endsCapitalised(Scan s, int a, int lineEnd) {
    int i = lineEnd;
    while (i > a && (s.text[i - 1] == ' ' || s.text[i - 1] == '\r' || s.text[i - 1] == '.')) {
      i--;
    }
    while (i > a && Character.isLetter(s.text[i - 1])) {
      i--;
    }
    return i < lineEnd && Character.isUpperCase(s.text[i]) && i > a;
  }

  /**
   * Where the next sentence of the line starts after {@code from} ('.', '!' or '?' and spaces),
   * among the last {@link #SAME_LINE_SIGN_OFF} chars of the line: where a sign-off and a name can
   * close it. -1 when there is none.
   */
  private static int sentenceAfter(Scan s, int from, int lineEnd) {
    for (int i = Math.max(from, lineEnd - SAME_LINE_SIGN_OFF - 1); i < lineEnd - 1; i++) {
      char c = s.text[i];
      if ((c == '.' || c == '!' || c == '?') && s.text[i + 1] == ' ') {
        return skipSpaces(s, i + 1, lineEnd);
      }
    }
    return -1;
  }

  /**
   * The name filling the rest of a sign-off's line from {@code p}: capitalised words ({@link
   * #nameAt}) or a known given name in lower case ("thanks\nmike"), with a family name's initial
   * ("cheers\nsarah k"), or a title, initials and a family name ("many thanks\nMs. A. Kowalski").
   * On the sign-off's own line ({@code sameLine}) capitalised words without a title count only when
   * the first is a known given name: "Thanks Apple" signs nothing. Returns whether it found one.
   */
  private static boolean signedName(Scan s, int p, int lineEnd, boolean sameLine) {
    // A title and initials before the family name: "Ms. A. Kowalski", "Dr J. R. Okafor".
    int we = GivenNames.wordEnd(s, p);
    boolean titled = we > p && we < lineEnd && TITLES.contains(s.lower, p, we);
    int initials = p;
    if (titled) {
      p = pastTitles(s, skipBlanks(s, s.at(we) == '.' ? we + 1 : we));
      initials = p;
      while (Character.isUpperCase(s.at(p)) && s.at(p + 1) == '.' && s.at(p + 2) == ' ') {
        p += 3;
      }
    } else if (!sameLine) {
      // The line under a sign-off holds the name, initials first as South Indian mail writes
      // it ("R. Venkatesh", "K. S. Raghavan") or a given name written short ("Ma. Cristina").
      p = pastInitials(s, p);
    }
    int end = nameAt(s, p, lineEnd, titled);
    if (!sameLine && end > p) {
      end = givenAfterFamily(s, p, end, lineEnd);
    }
    double confidence = 0.75;
    if (end > p
        && sameLine
        && !titled
        && !GivenNames.opensWithGivenName(s, p, end)
        && !otherScriptFullName(s, p, end)) {
      return false;
    }
    if (end > p) {
      p = initials; // the initials belong to the name
    }
    if (end < 0) {
      end = lowerCaseName(s, p, Math.min(GivenNames.wordEnd(s, p), lineEnd), titled, true);
      confidence = 0.7;
    }
    end = withInitial(s, end);
    if (end > p && end <= lineEnd && restOfLineBlank(s, end, lineEnd)) {
      s.add(PiiType.PERSON, p, end, confidence);
      return true;
    }
    return false;
  }

  /**
   * Whether [p, end) is a given and a family name in Greek or Cyrillic letters ("З повагою, Олена
   * Коваленко"): the lists hold names in Latin letters only, and a brand thanked on a sign-off's
   * line ("Спасибо, Яндекс") is one word.
   */
  private static boolean otherScriptFullName(Scan s, int p, int end) {
    boolean other = false;
    boolean space = false;
    for (int i = p; i < end; i++) {
      char c = s.text[i];
      other |= c >= '\u0370' && c <= '\u052F';
      space |= c == ' ';
    }
    return other && space;
  }

  /**
   * Past the dashes, tildes, spaces, emoji and a sign-off's own comma or '!' that set a name off
   * ("- mike", "~Al", "thx -sarah", "Thanks! Mike", "Cheers 😊 Tom").
   */
  private static int skipDashes(Scan s, int p, int lineEnd) {
    while (p < lineEnd
        && (s.text[p] == '-'
            || s.text[p] == '~'
            || s.text[p] == ' '
            || s.text[p] == ','
            || s.text[p] == '،'
            || s.text[p] == '!'
            || Signatures.decoration(s.text[p]))) {
      p++;
    }
    return p;
  }

  /**
   * A name alone on its line, set off by a blank line before and followed only by blank lines and
   * then a signature or quote separator ("-- ", "-----Original Message-----", "____") or the end of
   * the text: a sign-off without a closing word ("Kate", "~Al", "- Dan"). A line with no text
   * before it signs nothing off: there (a one-word subject such as "Enquiry" or "Help") only a
   * known given name counts.
   */
  private static void signatureName(Scan s, int a, int lineEnd, boolean textBefore) {
    int p = skipDashes(s, a, lineEnd);
    int end = nameAt(s, p, lineEnd, false);
    if (end < 0) {
      end = lowerCaseName(s, p, Math.min(GivenNames.wordEnd(s, p), lineEnd), false, true);
    }
    if (end <= p
        || !restOfLineBlank(s, end, lineEnd)
        || Signatures.SIGN_OFFS.contains(s.lower, p, end)
        || (!textBefore && !GivenNames.opensWithGivenName(s, p, end))) {
      return;
    }
    int next = lineEnd + 1;
    while (next < s.length) {
      int ne = Signatures.lineEnd(s, next);
      int ns = skipSpaces(s, next, ne);
      if (!restOfLineBlank(s, ns, ne)) {
        // A phone's footer ends the message as a separator does: "- mike\n\nSent from my iPhone".
        if (s.regionEquals(ns, "--")
            || s.regionEquals(ns, "__")
            || s.regionEquals(ns, "sent from my ")) {
          break;
        }
        // The signer's own numbers may stand between ("Grace Kim\n07700 900123\n\nSent
        // from…"), under a name that opens with a given name: "Order Total\n4471 2093" is none.
        if (!contactLine(s, ns, ne) || !GivenNames.opensWithGivenName(s, p, end)) {
          return;
        }
      }
      next = ne + 1;
    }
    s.add(PiiType.PERSON, p, end, 0.7);
  }

  /**
   * Whether the line from {@code a} holds only a phone number, after at most a short label ("Mob:
   * 07700 900123", "+44 20 7946 0321", "T. 030 1234567"): seven digits or more and phone
   * punctuation.
   */
  private static boolean contactLine(Scan s, int a, int lineEnd) {
    int i = a;
    while (i < lineEnd && i - a < 8 && Character.isLetter(s.text[i])) {
      i++;
    }
    if (i > a && (s.at(i) == ':' || s.at(i) == '.')) {
      i++;
    } else {
      i = a;
    }
    int digits = 0;
    for (; i < lineEnd; i++) {
      char c = s.text[i];
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (" +()-./\r".indexOf(c) < 0) {
        return false;
      }
    }
    return digits >= 7 && digits <= 15;
  }

  /** The labels of a chat's sides and its machines, which speak in place of a name. */
  private static final WordSet CHAT_SIDES =
      WordSet.of(
          "bot",
          "chatbot",
          "agent",
          "visitor",
          "customer",
          "user",
          "guest",
          "you",
          "me",
          "system",
          "operator",
          "assistant",
          "virtual assistant");

  /** The roles a chat names in brackets after its agent's name ("Shauna (Support):"). */
  private static final WordSet CHAT_ROLES =
      WordSet.of(
          "support",
          "agent",
          "advisor",
          "adviser",
          "staff",
          "admin",
          "moderator",
          "specialist",
          "representative",
          "rep",
          "helpdesk",
          "customer care",
          "customer service",
          "customer support",
          "support team",
          "live chat");

  /**
   * The speaker of a chat line from {@code a}, after its time in brackets, whose role follows in
   * brackets: "[10:43:02] Shauna (Support): …", "Tomás Ruiz (Agent): …". The role vouches for a
   * name no list knows; a role alone ("Agent (Support):") is none.
   */
  private static void chatSpeaker(Scan s, int a, int lineEnd) {
    int p = a;
    if (s.at(p) == '[') {
      while (p < lineEnd && s.text[p] != ']') {
        p++;
      }
      p = skipSpaces(s, p + 1, lineEnd);
    }
    if (p >= lineEnd || !Character.isUpperCase(s.text[p])) {
      return;
    }
    // Most lines hold no role in brackets near their start: only those are read for a name.
    int bracket = p;
    int limit = Math.min(lineEnd - 1, p + 48);
    while (bracket < limit && !(s.text[bracket] == ' ' && s.text[bracket + 1] == '(')) {
      bracket++;
    }
    if (bracket >= limit) {
      return;
    }
    int end = nameAt(s, p, bracket + 1, false);
    if (end <= p || s.at(end) != ' ' || s.at(end + 1) != '(') {
      return;
    }
    int r = end + 2;
    int close = r;
    while (close < lineEnd && close - r < 20 && s.text[close] != ')') {
      close++;
    }
    if (s.at(close) == ')'
        && s.at(close + 1) == ':'
        && CHAT_ROLES.contains(s.lower, r, close)
        && !CHAT_SIDES.contains(s.lower, p, end)
        && !organisationOrRole(s.lower, p, GivenNames.wordEnd(s, p))) {
      s.add(PiiType.PERSON, p, end, 0.75);
    }
  }

  /**
   * Past the titles at {@code p}, one after another or the second in brackets ("Dr. ", "Prof. (Dr.)
   * "), and the spaces after them; {@code p} when none opens there.
   */
  private static int pastTitles(Scan s, int p) {
    for (int titles = 0; titles < 2; titles++) {
      int q = s.at(p) == '(' ? p + 1 : p;
      int we = q;
      while (s.isAsciiLetter(we)) {
        we++;
      }
      if (we == q || !Character.isUpperCase(s.at(q)) || !TITLES.contains(s.lower, q, we)) {
        return p;
      }
      if (s.at(we) == '.') {
        we++;
      }
      if (q > p) {
        if (s.at(we) != ')') {
          return p;
        }
        we++;
      }
      if (s.at(we) != ' ') {
        return p;
      }
      p = skipBlanks(s, we);
    }
    return p;
  }

  /**
   * Past the initials at {@code p} ("A. K. ", "R. ") or a given name written short ("Ma. ", "Md.
   * "), when a capitalised word follows them; {@code p} otherwise.
   */
  private static int pastInitials(Scan s, int p) {
    int q = p;
    for (int k = 0; k < 3 && Character.isUpperCase(s.at(q)); k++) {
      int we = q + 1;
      while (s.isAsciiLetter(we) && we - q < 5) {
        we++;
      }
      boolean initial = we == q + 1 && !s.isWordChar(we);
      if (s.at(we) != '.'
          || s.at(we + 1) != ' '
          || !(initial || SHORT_GIVEN_NAMES.contains(s.lower, q, we))) {
        break;
      }
      q = we + 2;
    }
    return q > p && Character.isUpperCase(s.at(q)) ? q : p;
  }

  /**
   * The end of a given name after the family name [p, end) in capitals and a comma ("EZEONWU,
   * Chiamaka", "OKORO, Ifeoma Grace"), where a cue says a name comes and no list need know either;
   * {@code end} otherwise.
   */
  private static int givenAfterFamily(Scan s, int p, int end, int limit) {
    if (end - p < 2
        || s.at(end) != ','
        || s.at(end + 1) != ' '
        || !noLowerCase(new String(s.text, p, end - p))) {
      return end;
    }
    int q = end + 2;
    int given = nameAt(s, q, limit, false);
    return given > q && Character.isLowerCase(s.at(q + 1)) ? given : end;
  }

  /**
   * The name after a label that opens a line: the sender of a forwarded or quoted message ("From:
   * Jane Doe &lt;jane@…&gt;", "From: \"Doe, Jane\" &lt;jane@…&gt;", "-----Original Message-----"
   * blocks), "Quoting Jane Doe (…)", "Contact: Jane Doe". Names that look like an organisation's,
   * or run on into a domain ("From: Amazon.com"), are left alone.
   */
  private static void labelledName(Scan s, int a, int lineEnd) {
    // Most lines open with none of the labels' first letters.
    String[] labels = a < lineEnd ? LABELS_BY_FIRST.get(s.lower[a]) : null;
    if (labels == null) {
      return;
    }
    for (String label : labels) {
      if (s.regionEquals(a, label)) {
        int p = a + label.length();
        while (p < lineEnd && s.text[p] == ' ') {
          p++;
        }
        boolean quoted = s.at(p) == '"';
        if (quoted) {
          p++;
        }
        // From: "Dr. A. K. Sharma" <…>: the title is no part of the name, the initials are.
        p = pastTitles(s, p);
        int initials = p;
        p = pastInitials(s, p);
        int end = nameAt(s, p, lineEnd, false);
        p = end > p ? initials : p;
        // Directory clients write the display name family name first, quoted or before the
        // address: From: "Smith, John", De : Smith, John <john@…>, From: Smith, John [mailto:…].
        if (end > p && s.at(end) == ',' && s.at(end + 1) == ' ') {
          int given = nameAt(s, end + 2, lineEnd, false);
          boolean closed =
              quoted
                  ? s.at(given) == '"'
                  : s.at(given) == ' ' && (s.at(given + 1) == '<' || s.at(given + 1) == '[');
          if (given > end + 2 && closed) {
            end = given;
          }
        }
        boolean domainOrAddress =
            s.at(end) == '@' || (s.at(end) == '.' && s.isAsciiLetter(end + 1));
        String[] words = end > p ? words(new String(s.text, p, end - p)) : new String[0];
        // Forms ask for the family name in capitals ("Surname: OKAFOR"), which elsewhere would
        // read as an acronym or a brand.
        boolean familyInCapitals =
            words.length == 1
                && FAMILY_NAME_LABELS.contains(label.toLowerCase(Locale.ROOT))
                && noLowerCase(words[0]);
        if (end > p && !domainOrAddress && (personLike(words) || familyInCapitals)) {
          s.add(PiiType.PERSON, p, end, 0.75);
        }
        return;
      }
    }
  }

  /**
   * End of 1–3 capitalised name words starting at {@code p}, or -1. Support mail is as often
   * addressed to and signed by an organisation, a team or a role as by a person: a word of one
   * among the capitalised words or right after them ("Dear Acme Bank", "Hi Fraud Team", "Dear
   * Hiring Manager", "Hello Contoso Ltd", "Regards,\nAcme Bank Customer Care", "Hallo
   * Support-Team") makes them no person's name, unless a title stands before them ({@code titled}:
   * "Dear Ms. Bank" is a person). A word that ends a greeting's name without saying whose it is
   * ({@link #NOT_NAMES}: "Hi Anna Please find…") ends the name.
   */
  private static int nameAt(Scan s, int p, int limit, boolean titled) {
    if (uncasedLetter(s.at(p))) {
      return uncasedName(s, p, limit);
    }
    int end = -1;
    int words = 0;
    int i = p;
    while (i < limit && Character.isUpperCase(s.at(i))) {
      int ws = i;
      i++;
      while (i < limit
          && (Character.isLetter(s.at(i))
              || ((s.at(i) == '\'' || s.at(i) == '-') && Character.isLetter(s.at(i + 1))))) {
        i++;
      }
      if (!titled && !NOT_NAMES.contains(s.lower, ws, i) && organisationOrRole(s.lower, ws, i)) {
        return -1;
      }
      if (words == MAX_NAME_WORDS
          || i - ws < 2
          || notNameWord(s.lower, ws, i)
          || s.isDigit(i)
          || innerCapitalAt(s, ws, i)) {
        break;
      }
      words++;
      end = i;
      if (s.at(i) == ' ' && Character.isUpperCase(s.at(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether {@code c} is a letter of a script without letter case (Chinese, Japanese, Korean,
   * Arabic, Hebrew, Devanagari, Thai …), where no capital can say that a name starts.
   */
  static boolean uncasedLetter(char c) {
    return c >= '\u0590'
        && Character.isLetter(c)
        && !Character.isUpperCase(c)
        && !Character.isLowerCase(c);
  }

  /**
   * End of a name in a script without letter case at {@code p}, or -1: one to {@link
   * #MAX_NAME_WORDS} words of its letters and their vowel signs, two to five chars each in the
   * scripts written without spaces between words (Chinese, Japanese, Korean: "王伟", "山田太郎", "김민준"),
   * two to fifteen in the others ("محمد العلي", "अनिल शर्मा"). Nothing in such a word says it is a
   * name, so only the places that say a name comes call this: a name label, a sign-off, a greeting,
   * "my name is".
   */
  private static int uncasedName(Scan s, int p, int limit) {
    int end = -1;
    int i = p;
    for (int words = 0; words < MAX_NAME_WORDS && i < limit && uncasedLetter(s.at(i)); words++) {
      int ws = i;
      while (i < limit && (uncasedLetter(s.at(i)) || vowelSign(s.at(i)))) {
        i++;
      }
      if (i - ws < 2 || i - ws > (unspaced(s.at(ws)) ? 5 : 15)) {
        return -1; // a sentence, not a name
      }
      if (UNCASED_TEAM_WORDS.contains(s.text, ws, i)) {
        return -1; // "צוות התמיכה", "فريق الدعم": a team signs
      }
      end = i;
      if (s.at(i) != ' ' || !uncasedLetter(s.at(i + 1))) {
        break;
      }
      i++;
    }
    return end;
  }

  /**
   * The words of teams and services in the scripts without letter case (Hebrew, Arabic, Persian,
   * Chinese, Japanese, Korean), which sign off as teams do in other scripts: "צוות התמיכה" (the
   * support team), "فريق الدعم", "تیم پشتیبانی", "客服团队", "サポートチーム", "고객센터".
   */
  private static final WordSet UNCASED_TEAM_WORDS =
      WordSet.of(
          "צוות",
          "התמיכה",
          "תמיכה",
          "שירות",
          "השירות",
          "לקוחות",
          "הלקוחות",
          "מחלקת",
          "فريق",
          "الدعم",
          "دعم",
          "خدمة",
          "العملاء",
          "قسم",
          "إدارة",
          "تیم",
          "پشتیبانی",
          "خدمات",
          "مشتریان",
          "واحد",
          "客服",
          "客服团队",
          "客服部",
          "支持团队",
          "服务团队",
          "サポート",
          "サポートチーム",
          "カスタマーサポート",
          "고객센터",
          "고객지원팀",
          "지원팀");

  private static boolean vowelSign(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Han, kana and Hangul: scripts that write a name without a space between its parts. */
  private static boolean unspaced(char c) {
    return (c >= '\u2E80' && c <= '\u9FFF')
        || (c >= '\uAC00' && c <= '\uD7AF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  private static boolean lineStart(Scan s, int i) {
    int k = i - 1;
    while (k >= 0 && (s.text[k] == ' ' || s.text[k] == '\t' || s.text[k] == '>')) {
      k--;
    }
    return k < 0 || s.text[k] == '\n' || s.text[k] == '\r';
  }

  private static boolean restOfLineBlank(Scan s, int from, int lineEnd) {
    for (int i = from; i < lineEnd; i++) {
      char c = s.text[i];
      if (c != ' ' && c != '\r' && c != ',' && c != '.' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(Scan s, int from, int to) {
    int i = from;
    while (i < to && (s.text[i] == ' ' || s.text[i] == '\t' || s.text[i] == '>')) {
      i++;
    }
    return i;
  }

  private static boolean letters(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
