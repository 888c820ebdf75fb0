package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Context keywords that trigger the context-dependent recognisers (date of birth, medical,
 * passport, driving licence, postcode, password, quote attributions). All are found in a single
 * pass over the word starts of the text instead of one search per keyword. Immutable, thread-safe.
 */
enum Keywords {
  BIRTH(
      "born",
      "dob",
      "d.o.b",
      "date of birth",
      "birth date",
      "birthdate",
      // As vCards, JSON and database columns write the label: "BDAY:", "dateOfBirth",
      // "date_of_birth".
      "bday",
      "dateofbirth",
      "date_of_birth",
      "birth_date",
      "birthday",
      "geboren",
      "geb.",
      "geburtsdatum",
      "geboortedatum",
      "date de naissance",
      "né le",
      "née le",
      "fecha de nacimiento",
      "nacido el",
      "nacida el",
      "fecha nac",
      "fødselsdato",
      "født",
      "födelsedatum",
      "född",
      "syntymäaika",
      "syntynyt",
      "data di nascita",
      "nato il",
      "nata il",
      "data de nascimento",
      "nascido em",
      "nascida em",
      "data urodzenia",
      "urodzony",
      "urodzona",
      "doğum tarihi",
      "datum narození",
      // Vietnamese, Indonesian and Filipino forms: "Ngày sinh:", "Tanggal lahir:", "Petsa ng
      // kapanganakan:".
      "ngày sinh",
      "ngay sinh",
      "tanggal lahir",
      "tgl lahir",
      "kapanganakan",
      // Hungarian, Malay and Swahili forms: "Születési dátum:", "Tarikh lahir:", "Tarehe ya
      // kuzaliwa:".
      "születési",
      "szuletesi",
      "tarikh lahir",
      "tarehe ya kuzaliwa",
      "datum rođenja",
      "data nașterii",
      "geburtstag",
      "verjaardag",
      "cumpleaños"),
  MEDICAL(
      "mrn",
      "medical record",
      "patient id",
      "patient number",
      "patient no",
      "member id",
      "member number",
      "health plan",
      "insurance id",
      "insurance number",
      "policy number",
      "policy no",
      "medicare",
      "medicaid",
      "subscriber id",
      "health insurance",
      "nhs number",
      "nhs no",
      "nhs"),
  /**
   * The passport in the languages of the mail, and the German and Dutch compounds that glue the
   * number to it ("Reisepassnummer", "paspoortnummer"), which no word boundary splits.
   */
  PASSPORT(
      "passport",
      "reisepass",
      "reisepassnummer",
      "passnummer",
      "passeport",
      "pasaporte",
      "passaporto",
      "passaporte",
      "paspoort",
      "paspoortnummer",
      "paszport",
      "paszportu"),
  DRIVER(
      "driver's license",
      "driver’s license",
      "drivers license",
      "driver license",
      "driver's licence",
      "drivers licence",
      "driving licence",
      "driving license",
      "licence number",
      "license number",
      "license no",
      "licence no",
      "dl#",
      "dl no",
      "dl number",
      // '#' for "number", and "DL" as a form's label: "License #: B7204519", "DL: 384 226 917".
      "license #",
      "licence #",
      "license#",
      "licence#",
      "dl:",
      // A licence named by the state or province that issued it ("Ontario licence S1234-…"):
      // DriverLicenseRecognizer reads these two only after such a name.
      "licence",
      "license",
      "führerschein",
      "führerscheinnummer",
      "permis de conduire",
      "carnet de conducir",
      "permiso de conducir",
      "licencia de conducir",
      "patente di guida",
      "carta de condução",
      "rijbewijs",
      "rijbewijsnummer",
      "prawo jazdy",
      "prawa jazdy"),
  POSTCODE(
      "zip",
      "zip code",
      "zipcode",
      "postcode",
      "post code",
      "postal code",
      "plz",
      "postleitzahl",
      "code postal",
      "código postal",
      "codice postale",
      "postnummer",
      "kod pocztowy"),
  /** A post-office box, the street of mail sent to one: "PO Box 4410", "Postfach 10 11 12". */
  PO_BOX(
      "po box",
      "p.o. box",
      "p. o. box",
      "p.o.box",
      "pob",
      "post office box",
      "postfach",
      "apartado",
      "apartado de correos",
      "case postale",
      "boîte postale",
      "casella postale",
      "caixa postal",
      "postbus",
      "postboks",
      "postfack",
      "postilokero",
      "skrytka pocztowa",
      "private bag",
      // Nigerian and US private mail bags and boxes: "P.M.B. 2345, Ikeja", "PMB 118".
      "private mail bag",
      "p.m.b.",
      "p.m.b",
      "pmb",
      "locked bag",
      "gpo box"),
  /**
   * The "at" of an address written out for a person to read back ("jane dot roe at example dot
   * com", "jane.roe [at] example [dot] com"); EmailRecognizer reads the words around it.
   */
  EMAIL_AT("at"),
  /**
   * The links between a name and the father's ("Kavitha d/o Ramasamy", "Siti binti Abdullah"):
   * PatronymicNames reads the words around them.
   */
  PATRONYMIC_LINK("d/o", "s/o", "a/l", "a/p", "bin", "binti", "binte", "bte"),
  /** Names of a token or key whose value follows a ':' or '=' ("access token: 88e0…"). */
  SECRET_NAME("token", "secret", "api key", "apikey", "access key", "secret key"),
  /**
   * A password's name, in English and in the forms and mails of other languages; "pw" only as a
   * label (SecretRecognizer checks its ':' or '=').
   */
  PASSWORD(
      "password",
      "passwd",
      "pwd",
      "pw",
      "pass",
      "passcode",
      "pin code",
      "pin",
      "kennwort",
      "passwort",
      "mot de passe",
      "contraseña",
      "contrasena",
      "senha",
      "wachtwoord",
      "hasło",
      "haslo",
      "lösenord",
      "losenord",
      "passord",
      "adgangskode",
      "salasana",
      "heslo",
      // The other names banks and forms give a password, and those of Hungarian, Indonesian and
      // Malay forms: "my passphrase is …", "the memorable word I set was …", "Jelszó: …".
      "passphrase",
      "pass phrase",
      "pass word",
      "memorable word",
      "jelszó",
      "jelszo",
      "kata sandi",
      "kata laluan"),
  /** Verbs of a quote attribution line ("Jane Doe wrote:"); PersonRecognizer checks the colon. */
  ATTRIBUTION(
      "wrote", "writes", "said", "says", "mentioned", "posted", "escribió", "schrieb", "a écrit"),
  /**
   * Words after which a name follows, strong enough that two capitalised words no gazetteer knows
   * are taken for one ("I spoke to Somchai Wongsakul"): verbs of speaking and contact, relations,
   * self-introductions. PersonRecognizer reads the words after each.
   */
  NAME_CUE(
      "spoke to",
      "spoke with",
      "speak to",
      "speak with",
      "speaking to",
      "speaking with",
      "spoken to",
      "spoken with",
      "talked to",
      "talked with",
      "talk to",
      "talk with",
      "talking to",
      "according to",
      "told",
      "asked",
      "ask",
      "my name is",
      "name is",
      "dealt with",
      "transferred to",
      "transferred me to",
      "put me through to",
      "on behalf of",
      "in the name of",
      "handled by",
      "signed by",
      "signed for by",
      "helped by",
      "served by",
      "assisted by",
      "filled in by",
      "filled out by",
      "ordered by",
      "called",
      "named",
      "thanks to",
      "cc",
      "cc'ing",
      "forwarded to",
      "forward to",
      "reach out to",
      "contacted",
      "emailed",
      "met with",
      "colleague",
      "wife",
      "husband",
      "partner",
      "son",
      "daughter",
      "mother",
      "mum",
      "mom",
      "father",
      "dad",
      "brother",
      "sister",
      "friend",
      "neighbour",
      "neighbor",
      "boss",
      "landlord",
      "landlady",
      "flatmate",
      "roommate",
      "accountant",
      "solicitor",
      "lawyer",
      "attorney",
      "assistant",
      "representative",
      "advisor",
      "adviser",
      "agent",
      "manager",
      "supervisor",
      "driver",
      "courier",
      "technician",
      "consultant",
      "fiance",
      "fiancé",
      "fiancee",
      "grandmother",
      "grandfather",
      "uncle",
      "aunt",
      "cousin",
      "nephew",
      "niece",
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "reporter",
      "correspondent",
      "founder",
      "chairman",
      "chairwoman"),
  /**
   * Weaker name cues: the name after them needs a word the gazetteers know ("this is Maria", not
   * "this is Very Urgent"); lower-case titles ("ask dr. chen").
   */
  NAME_CUE_WEAK(
      "this is",
      "i am",
      "i'm",
      "i’m",
      "call",
      "email",
      "contact",
      "thanks",
      "thank you",
      "thank",
      "hi",
      "hello",
      "hey",
      "dear",
      "met",
      "meet",
      "tell",
      "dr",
      "mr",
      "mrs",
      "ms",
      "mx",
      "prof");

  private final String[] words;

  Keywords(String... words) {
    this.words = words;
  }

  /**
   * Keywords grouped by their first char and (the low 7 bits of) their second, longest first, for
   * the single-pass matcher: most words find no group at all, and the rest compare only the few
   * keywords that share their first two chars.
   */
  private static final String[][] BY_FIRST_TWO = new String[128 * 128][];

  private static final Keywords[][] GROUP_BY_FIRST_TWO = new Keywords[128 * 128][];

  /**
   * One bit per first four chars (low 7 bits each) that some keyword starts with, a shorter keyword
   * followed by any char that ends a word: the possible quadruples hashed into 16 KB. Common words
   * share a keyword's first two or three chars ("that" and "thanks", "for" and "forward", "account"
   * and "accountant") far more often than its first four, and this test stays in a fast cache.
   */
  private static final long[] FIRST_FOUR = new long[1 << 11];

  private static int quad(char a, char b, char c, char d) {
    int q = ((a & 0x7f) << 21) | ((b & 0x7f) << 14) | ((c & 0x7f) << 7) | (d & 0x7f);
    return (q * 0x9E3779B1) >>> 15;
  }

  /** Sets the bits of the quadruples a word can start with that match {@code keyword}. */
  private static void addQuads(String keyword) {
    for (char c = 0; c < 128; c++) {
      if (keyword.length() > 2 ? c != (keyword.charAt(2) & 0x7f) : Scan.isWordChar(c)) {
        continue;
      }
      for (char d = 0; d < 128; d++) {
        if (keyword.length() > 3
            ? d == (keyword.charAt(3) & 0x7f)
            : keyword.length() == 2 || !Scan.isWordChar(d)) {
          int q = quad(keyword.charAt(0), keyword.charAt(1), c, d);
          FIRST_FOUR[q >>> 6] |= 1L << q;
        }
      }
    }
  }

  static {
    List<List<String>> w = new ArrayList<>();
    List<List<Keywords>> g = new ArrayList<>();
    for (int i = 0; i < 128 * 128; i++) {
      w.add(null);
      g.add(null);
    }
    for (Keywords k : values()) {
      for (String word : k.words) {
        int key = word.charAt(0) * 128 + (word.charAt(1) & 0x7f);
        if (w.get(key) == null) {
          w.set(key, new ArrayList<>());
          g.set(key, new ArrayList<>());
        }
        w.get(key).add(word);
        g.get(key).add(k);
        addQuads(word);
      }
    }
    for (int key = 0; key < 128 * 128; key++) {
      List<String> ws = w.get(key);
      if (ws == null) {
        continue;
      }
      List<Keywords> gs = g.get(key);
      Integer[] order = new Integer[ws.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> ws.get(b).length() - ws.get(a).length());
      BY_FIRST_TWO[key] = new String[order.length];
      GROUP_BY_FIRST_TWO[key] = new Keywords[order.length];
      for (int i = 0; i < order.length; i++) {
        BY_FIRST_TWO[key][i] = ws.get(order[i]);
        GROUP_BY_FIRST_TWO[key][i] = gs.get(order[i]);
      }
    }
  }

  /**
   * Finds every keyword occurrence that starts and ends at a word boundary. Returns, per group, a
   * flat list of (start, end) pairs in normalised coordinates.
   */
  static int[][] find(Scan scan) {
    Keywords[] groups = values();
    int[][] hits = new int[groups.length][];
    int[] counts = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      hits[i] = new int[8];
    }
    char[] lower = scan.lower;
    int n = scan.length;
    // Every keyword starts with a letter, so only word starts can match.
    for (int w = 0; w < scan.wordCount; w++) {
      int i = scan.wordStarts[w];
      char c = lower[i];
      char second = i + 1 < n ? lower[i + 1] : 0;
      int q = quad(c, second, i + 2 < n ? lower[i + 2] : ' ', i + 3 < n ? lower[i + 3] : ' ');
      if (c >= 128 || (FIRST_FOUR[q >>> 6] & (1L << q)) == 0) {
        continue;
      }
      int pair = c * 128 + (second & 0x7f);
      String[] candidates = BY_FIRST_TWO[pair];
      if (candidates == null) {
        continue;
      }
      for (int k = 0; k < candidates.length; k++) {
        String word = candidates[k];
        int end = i + word.length();
        if (word.charAt(1) == second
            && scan.regionEquals(i, word)
            && !(scan.isWordChar(end) && scan.isWordChar(end - 1))) {
          int g = GROUP_BY_FIRST_TWO[pair][k].ordinal();
          if (counts[g] + 2 > hits[g].length) {
            hits[g] = java.util.Arrays.copyOf(hits[g], hits[g].length * 2);
          }
          hits[g][counts[g]++] = i;
          hits[g][counts[g]++] = end;
          break;
        }
      }
    }
    for (int i = 0; i < groups.length; i++) {
      hits[i] = java.util.Arrays.copyOf(hits[i], counts[i]);
    }
    return hits;
  }
}
