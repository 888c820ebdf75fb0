package io.mailtriage.pii.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses: a house number followed by one to four capitalised words and a street type
 * ("221B Baker Street", "1600 Pennsylvania Ave NW", "2200 N Lamar Blvd", "55 W 46th St"), or by
 * words without a type when a state and ZIP or a postcode follows ("716 Congress, Suite
 * 200\nAustin, TX 78701"), extended by an optional unit, city and postcode (US, UK, Canada,
 * Australia, Ireland) and, before it, by a unit ("Flat 3, 12 Oakfield Road"); the European forms,
 * name first or number first, with a postcode and town; post-office boxes ("PO Box 4410, Boise, ID
 * 83711", "Postfach 10 11 12, 50451 Köln"); and ZIP codes or postcodes right after a postcode
 * keyword.
 *
 * <p>The patterns are anchored at each candidate position ({@code lookingAt}) on a bounded window,
 * so they never scan the whole text.
 */
final class AddressRecognizer extends Recognizer {

  private static final int WINDOW = 160;
  private static final String STREET_TYPES =
      "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
          + "|Court|Ct|Way|Place|Pl|Terrace|Crescent|Close|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir"
          + "|Trail|Row|Gardens|Mews|Hill|Alley|Strasse|Straße|Str"
          + "|Quay|Wharf|Walk|Grove|Rise|Parade|Esplanade|Promenade|Gate|Green|Vale|View|Yard|Embankment"
          + "|Loop|Pike|Turnpike|Expressway|Expy|Freeway|Fwy|Plaza|Route|Rte";
  private static final String UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}";
  private static final String US_ZIP = "\\d{5}(?:-\\d{4})?";

  /**
   * After a city: a US state (two letters or the name) and ZIP, a Canadian province and postcode,
   * an Australian state and postcode, an Irish Eircode or Dublin district, or a UK postcode.
   */
  private static final String REGION_POSTCODE =
      "(?:(?:[A-Z]{2}|[A-Z][a-z]{3,13}(?:\\s[A-Z][a-z]{3,12})?)\\s{1,2}"
          + US_ZIP
          + "|[A-Z]{2}\\s{1,2}[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d"
          + "|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\\s{1,2}\\d{4}"
          + "|[A-Z]\\d{2}\\s?[A-Z0-9]{4}"
          + "|Dublin\\s\\d{1,2}"
          + "|"
          + UK_POSTCODE
          + ")";

  /** A directional before the street name ("N Lamar", "West 46th") or a numbered street name. */
  private static final String STREET_NAME =
      "(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s{1,2})?"
          + "(?:\\d{1,3}(?:st|nd|rd|th)\\s{1,2}|(?:[A-Z][A-Za-z'’.-]{1,25}\\s{1,2}){0,3}[A-Z][A-Za-z'’.-]{1,25}\\s{1,2})";

  private static final Pattern STREET =
      Pattern.compile(
          "\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s{1,3}"
              + STREET_NAME
              + "(?:"
              + STREET_TYPES
              + ")\\b\\.?(?:\\s{1,2}(?:N|S|E|W|NE|NW|SE|SW)\\b)?");

  /**
   * Street types written as the end of the street's name: "Gartenstraße", "Kerkstraat", and those
   * of the Nordic languages: Danish "Vesterbrogade", Norwegian "Holmenkollveien", Swedish
   * "Sveavägen", Finnish "Mannerheimintie", "Aleksanterinkatu", Icelandic "Laugavegur".
   */
  private static final String ATTACHED_TYPES =
      "straße|strasse|str\\.|weg|gasse|platz|allee|damm|straat|laan|plein|gracht|kade"
          + "|steeg|dreef|vej|gade|stræde|plads|torv|gatan|gata|gate|väg|vägen|gränd|torget"
          + "|veien|vei|vegen|veg|plass|tie|katu|kuja|polku|väylä|vegur|stræti";

  /** Number first, then a name with its type attached: "12 Gartenstraße", "9 Kerkstraat". */
  private static final Pattern STREET_TYPE_ATTACHED =
      Pattern.compile(
          "\\d{1,5}[A-Za-z]?,?\\s{1,3}[A-Z][\\p{Ll}ß]{2,25}(?:" + ATTACHED_TYPES + ")\\b");

  /** Number first, then a lower-case street type: "12 rue de la Paix", "5 avenue Victor Hugo". */
  private static final Pattern ROMANCE_NUMBER_FIRST =
      Pattern.compile(
          "\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s{1,2}(?:rue|avenue|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours"
              + "|route)\\s{1,2}(?:(?:de la|de l'|des|du|de|d')\\s?)?\\p{Lu}[\\p{L}'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){0,3}");

  /**
   * Number first, then a capitalised French street type, a particle if any and the name: "18 Rue
   * des Écoles", "14 Avenue Jean Médecin". Without the particle the street needs its postcode and
   * town after it, since "5 Place Settings" are goods.
   */
  private static final Pattern ROMANCE_CAPITALISED =
      Pattern.compile(
          "\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s{1,2}(?:Rue|Avenue|Boulevard|Bd|Place|Chemin|Allée|Allee|Impasse"
              + "|Quai|Cours|Route)\\s{1,2}((?:de la|de l'|des|du|de|d')\\s?)?\\p{Lu}[\\p{L}'’-]{1,25}"
              + "(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){0,3}");

  /** Name first, then the number: "Gartenstraße 12", "Kerkstraat 4a", "Hauptstr. 5". */
  private static final Pattern NAME_FIRST_ATTACHED =
      Pattern.compile(
          "\\p{Lu}[\\p{Ll}ß]{1,25}(?:"
              + ATTACHED_TYPES
              + ")\\s{1,2}\\d{1,4}[A-Za-z]?(?![\\p{L}\\d])");

  /**
   * The lower-case street types of the Nordic languages written as a word of their own after a
   * name, mostly a genitive: "Karl Johans gate 15", "Sankt Peders Stræde 3", "Drottning Kristinas
   * väg 8".
   */
  private static final WordSet NORDIC_SEPARATE_TYPES =
      WordSet.of(
          "gate",
          "gata",
          "gatan",
          "vei",
          "veien",
          "veg",
          "vegen",
          "plass",
          "allé",
          "gade",
          "vej",
          "stræde",
          "plads",
          "torv",
          "väg",
          "vägen",
          "gränd",
          "torg",
          "tie",
          "katu",
          // The Hungarian ones, after a name the same way: "Váci utca 47", "Andrássy út 12".
          "utca",
          "útja",
          "körút",
          "tér",
          "köz",
          "fasor",
          "rakpart",
          "sétány");

  /** The first letters of NORDIC_SEPARATE_TYPES, tested before the look-up. */
  private static final String NORDIC_TYPE_INITIALS = "gvpastkufrú";

  /**
   * One to three capitalised words (initials too: "H.C. Andersens"), then a Nordic street type as a
   * word of its own and the number.
   */
  private static final Pattern NORDIC_SEPARATE =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}.'’-]{0,25} ){0,2}\\p{Lu}[\\p{L}'’-]{1,25} (\\p{L}{3,7}) \\d{1,4}[A-Za-z]?(?![\\p{L}\\d])");

  /**
   * The grid addresses of Colombia and its neighbours: the street's type and number, "#" or "No.",
   * the crossing street's number and the distance from it ("Calle 72 # 10-34", "Cra. 15 N° 93-60",
   * "Cl. 26 Sur No. 68B-35", "Diagonal 40A # 21-15").
   */
  private static final Pattern GRID =
      Pattern.compile(
          "(?:Calle|Carrera|Cra|Kra|Kr|Cr|Cll|Cl|Diagonal|Dg|Transversal|Tv|Avenida|Avda|Av|Ak|Ac)\\.?"
              + "\\s{1,2}\\d{1,3}\\s?[A-Z]?(?:\\s?[Bb]is)?(?:\\s(?:Sur|Este|Norte|Oeste))?\\s{0,2}"
              + "(?:#|[Nn][oº°]\\.?)\\s{0,2}\\d{1,3}\\s?[A-Z]?(?:\\s?[Bb]is)?\\s?[-–]\\s?\\d{1,3}"
              + "(?:\\s(?:Sur|Este))?(?![\\p{L}\\d])");

  /**
   * A street-type word first, then a name and the number: "Via Roma 12", "Calle de Alcalá 45",
   * "Laan van Meerdervoort 112".
   */
  private static final WordSet TYPE_WORDS =
      WordSet.of(
          "via",
          "viale",
          "piazza",
          "corso",
          "calle",
          "avenida",
          "avinguda",
          "carrer",
          "plaza",
          "paseo",
          "rua",
          "largo",
          "travessa",
          "rue",
          "avenue",
          "boulevard",
          "chemin",
          "quai",
          "laan",
          "ul",
          "al",
          "ulica",
          "aleja",
          "aleje",
          "plac",
          "osiedle",
          "av",
          "avda",
          "pza",
          "ctra",
          "pso",
          "carrera",
          "cra",
          "kra",
          "kr",
          "cr",
          "cll",
          "cl",
          "diagonal",
          "dg",
          "transversal",
          "tv",
          "ak",
          "ac",
          "jl",
          "jln",
          "jalan",
          "str",
          "strada",
          "calea",
          "aleea",
          "bd",
          "bulevardul",
          "splaiul");

  /** The Czech street types, which open the name in small letters ("náměstí Míru 15"). */
  private static final WordSet SMALL_TYPE_WORDS = WordSet.of("náměstí", "nám", "třída", "nábřeží");

  /**
   * A Spanish floor and door after the house number: "3º B", "4º 2ª", "1º izq.", "-2ºA", "bajo"
   * (ground floor), "entlo." (mezzanine), "pral." (first floor), "ático" (top floor).
   */
  private static final String SPANISH_FLOOR =
      "(?:(?:,\\s?|-)(?:\\d{1,2}\\s?[ºª°](?:\\s?(?:\\d{1,2}\\s?[ºª°]|[A-Z](?![\\p{L}\\d])"
          + "|izq(?:da)?\\.?|dcha\\.?|dra\\.?))?|bajo|entlo\\.?|pral\\.?|ático)(?![\\p{L}\\d]))?";

  private static final Pattern TYPE_FIRST =
      Pattern.compile(
          "(?:(?:Via|Viale|Piazza|Corso|Calle|Avenida|Avinguda|Carrer|Plaza|Paseo|Rua|Largo|Travessa"
              + "|Rue|Avenue|Boulevard|Chemin|Quai|Laan|[Uu]l\\.|[Aa]l\\.|Av\\.|Avda\\.|Ulica|Aleja|Aleje|Plac|Osiedle"
              + "|Pza\\.|Ctra\\.|Pso\\."
              // Indonesia and Malaysia ("Jl. Kemang Raya No. 12", "Jalan SS 2/75"), Romania
              // ("Str. Mihai Viteazu nr. 7", "Calea Victoriei 12") and the Czech Republic, whose
              // types are written in small letters ("náměstí Míru 15", "třída Svobody 8").
              + "|Jl\\.|Jln\\.|Jalan|Str\\.|Strada|Calea|Aleea|Bd\\.|Bulevardul|Splaiul"
              + "|náměstí|nám\\.|třída|nábřeží)"
              + "(?:\\s(?:de la|del|de|da|di|do|dos|das|della|dei|van de|van der|van den|van))?\\s"
              // The Spanish "c/" (calle) and "Pº" (paseo), the space after "c/" often left out.
              + "|[Cc]/\\s?(?:(?:de la|del|de)\\s)?|P[º°]\\s(?:(?:de la|del|de)\\s)?)"
              + "\\p{Lu}[\\p{L}'’-]{1,25}"
              + "(?:\\s(?:(?:de la|del|de|da|do|dos|das)\\s)?\\p{Lu}[\\p{L}'’-]{1,25}){0,3},?\\s"
              // The number's own label: Indonesian "No. 12", Romanian "nr. 18".
              + "(?:(?:No|no|Nr|nr)\\.?\\s?)?"
              + "\\d{1,4}[a-z]?(?:/\\d{1,4}[a-z]?)?\\b"
              + SPANISH_FLOOR);

  /** The street types of NAME_TYPE_SEPARATE, looked up before its regex runs. */
  private static final WordSet SEPARATE_TYPES =
      WordSet.of(
          "straße",
          "strasse",
          "str",
          "gasse",
          "platz",
          "weg",
          "allee",
          "ring",
          "damm",
          "ufer",
          "chaussee");

  /** The end of the letters from {@code i}. */
  private static int wordEnd(Scan s, int i) {
    int p = i;
    while (p < s.length && Character.isLetter(s.text[p])) {
      p++;
    }
    return p;
  }

  /**
   * A name and number with no street type before a postcode of three and two digits, as Greek,
   * Czech and Slovak addresses write them, in any script: "Ερμού 25, 105 63 Αθήνα", "Vinohradská
   * 48, 120 00 Praha".
   */
  private static final Pattern NAME_BEFORE_SPACED_POSTCODE =
      Pattern.compile("\\p{Lu}\\p{L}{2,25}\\s\\d{1,4}[A-Za-z]?(?=,\\s\\d{3}\\s\\d{2}\\s\\p{Lu})");

  /**
   * A numbered house in a numbered street, as Pakistani and Cambodian cities write them: "House 27,
   * Street 14"; the sector after it is one of {@link #BLOCK_UNITS}.
   */
  private static final Pattern NUMBERED_HOUSE_AND_STREET =
      Pattern.compile(
          "House\\s(?:No\\.?\\s?)?\\d{1,4}[A-Z]?,\\s(?:Street|St\\.?)\\s\\d{1,4}(?![\\p{L}\\d])");

  /**
   * The house number before a Malaysian or Indonesian street, which then has none of its own: "No.
   * 8, Jalan Tun Razak", "27, Jalan SS 2/75", "5, Lorong Maarof".
   */
  private static final Pattern NUMBER_BEFORE_MALAY_STREET =
      Pattern.compile(
          "\\d{1,4}[A-Za-z]?,\\s(?:Jalan|Jln\\.|Jl\\.|Lorong|Lrg\\.)"
              + "(?:\\s(?:\\p{Lu}[\\p{L}'’-]{0,25}|\\d{1,3}(?:/\\d{1,3})?[A-Z]?)){1,4}");

  /** A name, then the street type as a word of its own: "Mariahilfer Straße 77". */
  private static final Pattern NAME_TYPE_SEPARATE =
      Pattern.compile(
          "\\p{Lu}[\\p{Ll}ß]{2,25}\\s(?:Straße|Strasse|Str\\.|Gasse|Platz|Weg|Allee|Ring|Damm|Ufer"
              + "|Chaussee)\\s{1,2}\\d{1,4}[a-z]?\\b");

  /**
   * A German preposition, a name and the number: "Am Markt 3", "An der Alster 12"; an address only
   * with the postcode and town after it ("Im Jahr 2020" is none).
   */
  private static final Pattern PREPOSITION_FIRST =
      Pattern.compile(
          "(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den)\\s\\p{Lu}[\\p{L}-]{2,25}"
              + "\\s\\d{1,4}[a-z]?\\b");

  private static final WordSet PREPOSITIONS =
      WordSet.of("am", "an", "auf", "im", "in", "zum", "zur", "unter");

  /**
   * A word of a street's name in ordinary capitals, accents and hyphenated parts included
   * ("Saint-Denis", "Sainte-Catherine", "Allée"). Latin-1 ranges rather than Unicode classes: the
   * engine tests a range without looking the char's category up.
   */
  private static final String PLAIN_WORD =
      "[A-ZÀ-Þ][a-zß-ÿ'’.]{1,25}(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’.]{1,25}){0,2}-?";

  /**
   * Number first without a street type, on one line, in ordinary capitals: an address only with a
   * city and postcode after it (TAIL).
   */
  private static final Pattern STREET_WITHOUT_TYPE =
      Pattern.compile(
          "\\d{1,5}[A-Za-z]?,?[ \\t]{1,3}(?:" + PLAIN_WORD + "[ \\t]){0,2}" + PLAIN_WORD);

  /**
   * The street types as people type them in small letters, the first test of {@link
   * #SMALL_LETTERS_STREET}.
   */
  private static final String[] SMALL_LETTER_TYPE_WORDS = {
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "court",
    "ct",
    "way",
    "place",
    "pl",
    "terrace",
    "crescent",
    "close",
    "square",
    "sq",
    "gardens",
    "grove",
    "hill",
    "walk",
    "view",
    "parade",
    "rise",
    "row",
    "mews",
    "green"
  };

  private static final WordSet SMALL_LETTER_TYPES = WordSet.of(SMALL_LETTER_TYPE_WORDS);

  /**
   * A street typed all in small letters, as phones leave it ("44 elm grove, sheffield s10 1ab",
   * "1420 maple ave apt 3b, columbus oh 43215"): the number, one to three words and a street type,
   * an address only with its town and postcode after it, since "3 days walk" or "2 way road" are
   * none. The postcodes: a US state and ZIP, a Canadian province and postcode, a UK postcode or an
   * Irish Eircode.
   */
  private static final Pattern SMALL_LETTERS_STREET =
      Pattern.compile(
          "\\d{1,5}[a-z]?,?\\s{1,2}(?:[a-z][a-z'’.-]{1,25}\\s){1,3}(?:"
              + String.join("|", SMALL_LETTER_TYPE_WORDS)
              + ")\\.?(?:\\s(?:n|s|e|w|ne|nw|se|sw))?"
              + ",?\\s{1,3}(?:(?:apt|apartment|suite|unit|flat|#)\\.?\\s{0,2}[a-z0-9-]{1,6},?\\s{1,3})?"
              + "[a-z][a-z-]{1,25}(?:\\s[a-z][a-z-]{1,25}){0,2},?\\s{1,3}"
              + "(?:[a-z]{2}\\s{1,2}"
              + US_ZIP
              + "|[a-z]{2}\\s{1,2}[a-z]\\d[a-z]\\s?\\d[a-z]\\d|[a-z]{1,2}\\d[a-z\\d]?\\s?\\d[a-z]{2}"
              + "|[a-z]\\d{2}\\s?[a-z0-9]{4})(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether one of the three words after the number at {@code i} is a street type, in any letter
   * case: the cheap test before {@link #SMALL_LETTERS_STREET}.
   */
  private static boolean streetTypeInSmallLetters(Scan s, int i) {
    int p = i;
    while (s.isDigit(p) && p - i < 5) {
      p++;
    }
    if (Scan.isAsciiLetter(s.at(p))) {
      p++;
    }
    if (s.at(p) == ',') {
      p++;
    }
    for (int word = 0; word < 4 && s.at(p) == ' '; word++) {
      int ws = ++p;
      while (p < s.length && s.text[p] >= 'a' && s.text[p] <= 'z') {
        p++;
      }
      if (p == ws) {
        return false;
      }
      if (word > 0 && SMALL_LETTER_TYPES.contains(s.lower, ws, p)) {
        return true;
      }
      if (s.at(p) == '.') {
        p++;
      }
    }
    return false;
  }

  /** A unit before the house number: "Flat 3, ", "Apartment 14, ", "Unit 7/", "flat 3, ". */
  private static final Pattern UNIT_BEFORE =
      Pattern.compile(
          "(?:[Ff]lat|[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|Ste|Level|Floor)\\.?\\s{0,2}[A-Za-z0-9-]{1,6}(?:,?\\s{1,2}|/)$");

  /** After a post-office box keyword: the box number. */
  private static final Pattern BOX_NUMBER =
      // Ghanaian boxes carry their post office's letters before the number: "P.O. Box KA 9417".
      Pattern.compile("\\s{0,2}(?:No\\.?\\s?|#\\s?|[A-Z]{1,3}\\s)?\\d{1,6}(?:\\s\\d{2}){0,3}\\b");

  /**
   * A place's name of one to four words, particles between: "Ciudad de México", "Rio de Janeiro".
   */
  private static final String LATAM_PLACE =
      "\\p{Lu}[\\p{L}'’.-]{1,25}(?:\\s(?:(?:de la|del|de|da|do|dos|das)\\s)?\\p{Lu}[\\p{L}'’-]{1,25}){0,3}";

  /**
   * A Nordic flat after the house number: Finnish staircase and flat ("5 A 7", "52 B 14"), Swedish
   * "lgh 1101", Norwegian "H0201".
   */
  private static final String NORDIC_UNIT =
      "(?:\\s(?:[A-H](?:\\s\\d{1,3})?(?![\\p{L}\\d])|lgh\\.?\\s?\\d{4}|[HKLU]\\d{4}))?";

  /**
   * After a street: a European postcode and town ("10115 Berlin", "1012 AB Amsterdam", "75002
   * Paris", "2517 AT Den Haag").
   */
  private static final Pattern EU_TAIL =
      Pattern.compile(
          NORDIC_UNIT
              // Romanian postcodes have six digits ("020081 București").
              + ",?\\s{1,3}(?:\\d{4,5}(?:\\s[A-Z]{2})?|\\d{6}|\\d{2}-\\d{3}|\\d{4,5}-\\d{3}|\\d{3}\\s\\d{2})"
              + "\\s\\p{Lu}[\\p{L}-]{1,25}(?: \\p{Lu}[\\p{L}-]{1,25}| [A-ZÆØ](?![\\p{L}\\d]))?\\b");

  /**
   * Latin American tails: a Mexican colonia and postcode ("Col. Juárez, 06600 Ciudad de México"),
   * or a Brazilian unit, district and town, state and CEP ("apto 42, Centro, São Paulo - SP,
   * 01001-000").
   */
  private static final Pattern LATAM_TAIL =
      Pattern.compile(
          ",?\\s{1,3}(?:(?:Col\\.|Colonia)\\s"
              + LATAM_PLACE
              + ",?\\s{1,3}(?:C\\.?P\\.?\\s?)?\\d{5}(?:\\s"
              + LATAM_PLACE
              + ")?"
              + "|(?:(?:apto|apt|ap|sala|bloco|casa|cj|conj)\\.?\\s?\\d{1,5}[A-Z]?,\\s{1,3})?"
              + "(?:"
              + LATAM_PLACE
              + ",\\s{1,3}){0,2}(?:"
              + LATAM_PLACE
              + "\\s?[-–/]\\s?)?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC"
              + "|SP|SE|TO),?\\s{1,3}(?:CEP:?\\s?)?\\d{5}-\\d{3})(?![\\p{L}\\d])");

  /**
   * After a comma, a town and a four-digit postcode, as New Zealand writes them ("Wellington
   * 6140").
   */
  private static final Pattern TOWN_POSTCODE =
      Pattern.compile(
          ",\\s{1,2}\\p{Lu}[\\p{L}-]{2,25}(?: \\p{Lu}[\\p{L}-]{2,25})? \\d{4}(?![\\p{L}\\d])");

  private static final Pattern TAIL =
      Pattern.compile(
          ",?\\s{1,3}(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s{0,2}[A-Za-z0-9-]{1,6},?\\s{1,3})?"
              + "(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]{1,25}(?:\\s[A-ZÀ-Þ][A-Za-zÀ-ÿ-]{1,25}){0,2},?\\s{1,3})?"
              + REGION_POSTCODE
              + "\\b");

  /**
   * The postcode after a postcode word: a Dutch one (letters in capitals: "2513 BK"), a Canadian,
   * UK, US or Polish one, or four or five digits (German, French, Austrian, Swiss, …).
   */
  private static final Pattern POSTCODE =
      Pattern.compile(
          "[\\s:#.-]{0,4}(?:is\\s{1,2})?(\\d{4}\\s?(?-i:[A-Z]{2})|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|"
              + UK_POSTCODE
              + "|\\d{2}-\\d{3}|"
              + US_ZIP
              + "|\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.List<ContextRule> CONTEXT =
      java.util.List.of(
          ContextRule.raise(
              40,
              0,
              0,
              0.85,
              "address",
              "live at",
              "living at",
              "ship to",
              "shipping",
              "deliver",
              "delivery",
              "moved to",
              "located at",
              "billing",
              "send it to",
              "mail it to"));

  AddressRecognizer() {
    super(PiiType.ADDRESS, CONTEXT);
  }

  @Override
  public void scan(Scan s) {
    streets(s);
    AddressBeforePostcode.scan(s);
    postBoxes(s);
    postcodes(s);
  }

  /** "PO Box 4410, Boise, ID 83711", "P.O. Box 9021\nSeattle, WA 98109", "Postfach 10 11 12". */
  private void postBoxes(Scan s) {
    int[] hits = s.hits(Keywords.PO_BOX);
    for (int h = 0; h < hits.length; h += 2) {
      int end = lookingAt(BOX_NUMBER, s, hits[h + 1]);
      if (end > 0) {
        int tail = tail(s, end);
        s.add(PiiType.ADDRESS, hits[h], tail == end ? townsAfter(s, end) : tail, 0.7);
      }
    }
  }

  /** The most places a box's address names after it without a postcode: area, town, state. */
  private static final int BOX_PLACES = 3;

  /**
   * Where the places after a box without a postcode end ("P.M.B. 2345, Ikeja, Lagos State", "P.O.
   * Box KA 9417, Airport, Accra"): parts of one to three capitalised words after a comma each, on
   * the box's line, up to a full stop, a comma, the line's or the text's end; a country code in
   * capitals ("UAE") and a courtesy ("Thanks") are no part; {@code end} when none follows.
   */
  private static int townsAfter(Scan s, int end) {
    char[] t = s.text;
    int last = end;
    for (int part = 0; part < BOX_PLACES && s.at(last) == ',' && s.at(last + 1) == ' '; part++) {
      int i = last + 2;
      int words = 0;
      int partEnd = -1;
      while (words < 3 && i < s.length && Character.isUpperCase(t[i])) {
        int we = i + 1;
        while (we < s.length && (Character.isLetter(t[we]) || t[we] == '-')) {
          we++;
        }
        boolean lowerAfterFirst = we - i > 1 && Character.isLowerCase(t[i + 1]);
        if (!lowerAfterFirst || COURTESIES.contains(s.lower, i, we)) {
          break;
        }
        words++;
        partEnd = we;
        if (s.at(we) != ' ' || !Character.isUpperCase(s.at(we + 1))) {
          break;
        }
        i = we + 1;
      }
      char after = s.at(partEnd);
      if (partEnd < 0
          || !(after == ','
              || after == '.'
              || after == '\n'
              || after == '\r'
              || partEnd >= s.length)) {
        break;
      }
      last = partEnd;
    }
    return last;
  }

  /** Words that close a mail after an address and are no place. */
  private static final WordSet COURTESIES =
      WordSet.of("thanks", "thank", "regards", "please", "cheers", "best", "kind");

  /**
   * Whether a Latin American tail can follow {@code from}: a colonia's "Col" or a CEP's five digits
   * and hyphen within its reach. The cheap test before LATAM_TAIL.
   */
  private static boolean latamAhead(Scan s, int from) {
    int to = Math.min(s.length - 3, from + 90);
    for (int p = from; p < to; p++) {
      char c = s.text[p];
      if ((c == '-' && s.isDigit(p - 1) && s.isDigit(p + 3))
          || (c == 'C' && s.lower[p + 1] == 'o')) {
        return true;
      }
    }
    return false;
  }

  /** {@code end} extended by a unit, city and postcode, or a European postcode and town. */
  /**
   * The parts of a block of flats between a street and its town: the Indonesian neighbourhood and
   * hamlet ("RT 04/RW 02"), the Romanian block, staircase, floor and flat ("bl. C4, sc. 2, et. 3,
   * ap. 31") and the sector of a Pakistani city ("G-9/4").
   */
  private static final Pattern BLOCK_UNITS =
      Pattern.compile(
          ",\\s{1,2}(?:RT\\.?\\s?\\d{1,3}\\s?/\\s?RW\\.?\\s?\\d{1,3}|[A-Z]{1,2}-\\d{1,2}(?:/\\d)?"
              + "|(?:bl|sc|et|ap)\\.\\s?[A-Z\\d]{1,4}(?:,\\s{1,2}(?:bl|sc|et|ap)\\.\\s?[A-Z\\d]{1,4}){0,3})"
              + "(?![\\p{L}\\d])");

  private static int tail(Scan s, int end) {
    if (s.at(end) == ',') {
      end = Math.max(end, lookingAt(BLOCK_UNITS, s, end));
    }
    int latam = latamAhead(s, end) ? lookingAt(LATAM_TAIL, s, end) : -1;
    if (latam > 0) {
      return latam;
    }
    Matcher tail = TAIL.matcher(s.window(end, Math.min(s.length, end + WINDOW)));
    if (tail.lookingAt()) {
      return end + tail.end();
    }
    tail = EU_TAIL.matcher(s.window(end, Math.min(s.length, end + 40)));
    if (tail.lookingAt()) {
      return end + tail.end();
    }
    int town = lookingAt(TOWN_POSTCODE, s, end);
    return town > 0 ? town : end;
  }

  private void streets(Scan s) {
    char[] t = s.text;
    int n = s.length;
    Matcher street = STREET.matcher(s.window(0, 0));
    int resume = 0;
    for (int k = 0; k < s.wordCount; k++) {
      int i = s.wordStarts[k];
      if (i < resume || !DigitGroups.isDigit(t[i])) {
        continue;
      }
      int start = nameBefore(s, i, k);
      int end = -1;
      if (start >= 0) {
        end =
            Math.max(
                Math.max(lookingAt(NAME_FIRST_ATTACHED, s, start), lookingAt(TYPE_FIRST, s, start)),
                Math.max(lookingAt(NAME_TYPE_SEPARATE, s, start), lookingAt(GRID, s, start)));
        end = Math.max(end, nordicSeparate(s, start, i));
        if (spacedPostcodeAfter(s, i)) {
          end = Math.max(end, lookingAt(NAME_BEFORE_SPACED_POSTCODE, s, start));
        }
        if (end < 0) {
          end = lookingAt(PREPOSITION_FIRST, s, start);
          if (end > 0 && tail(s, end) == end) {
            end = -1;
          }
        }
      }
      if (end < 0 && k > 0 && s.text[s.wordStarts[k - 1]] == 'H') {
        end = lookingAt(NUMBERED_HOUSE_AND_STREET, s, s.wordStarts[k - 1]);
        start = end > 0 ? s.wordStarts[k - 1] : start;
      }
      if (end < 0 && malayStreetAfter(s, i)) {
        end = lookingAt(NUMBER_BEFORE_MALAY_STREET, s, i);
        // Only with its postcode and town: "12, Jalan Besar" alone may be a shop's sign.
        end = end > 0 && tail(s, end) > end ? end : -1;
        // The number's label is the address's: "No. 8, Jalan …".
        start = end > 0 ? (s.regionEquals(i - 4, "no. ") ? i - 4 : unitBefore(s, i)) : start;
      }
      if (end < 0) {
        start = i;
        if (streetShape(s, i)) {
          street.reset(s.window(i, Math.min(n, i + WINDOW)));
          end = street.lookingAt() ? i + street.end() : lookingAt(STREET_TYPE_ATTACHED, s, i);
          if (end < 0) {
            // Without a street type, only a postcode after the words makes them a street.
            end = postcodeAhead(s, i) ? lookingAt(STREET_WITHOUT_TYPE, s, i) : -1;
            if (end > 0 && lookingAt(TAIL, s, end) < 0) {
              end = -1;
            }
          }
          if (end < 0) {
            end = romanceCapitalised(s, i);
          }
        } else if (romanceShape(s, i)) {
          end = lookingAt(ROMANCE_NUMBER_FIRST, s, i);
        }
        if (end < 0 && streetTypeInSmallLetters(s, i)) {
          end = lookingAt(SMALL_LETTERS_STREET, s, i);
        }
        if (end > 0) {
          start = unitBefore(s, i);
        }
      }
      if (end < 0) {
        continue;
      }
      end = tail(s, end);
      s.add(PiiType.ADDRESS, start, end, 0.7);
      resume = end;
    }
  }

  /** The start of a unit written before the house number at {@code i}, or {@code i}. */
  private static int unitBefore(Scan s, int i) {
    int from = Math.max(0, i - 24);
    Matcher m = UNIT_BEFORE.matcher(s.window(from, i));
    return m.find() && !s.isWordChar(from + m.start() - 1) ? from + m.start() : i;
  }

  private static int lookingAt(Pattern p, Scan s, int from) {
    Matcher m = p.matcher(s.window(from, Math.min(s.length, from + WINDOW)));
    return m.lookingAt() ? from + m.end() : -1;
  }

  /**
   * Where a street name written before its number starts: the capitalised word right before the
   * number ("Gartenstraße 12"), or up to four words back a street-type word that opens the name
   * ("Via Roma 12", "Calle de Alcalá 45"); -1 when there is none.
   */
  private static int nameBefore(Scan s, int i, int k) {
    if (k == 0 || !(s.at(i - 1) == ' ' || s.at(i - 1) == ',')) {
      return -1;
    }
    int previous = s.wordStarts[k - 1];
    if (Character.isUpperCase(s.text[previous])
        && lookingAt(NAME_FIRST_ATTACHED, s, previous) > 0) {
      return previous;
    }
    int typeFirst = typeWordBefore(s, i, k);
    if (typeFirst >= 0) {
      return typeFirst;
    }
    // A name with no type, when a postcode of three and two digits follows ("Ερμού 25, 105 63").
    return Character.isUpperCase(s.text[previous])
            && spacedPostcodeAfter(s, i)
            && lookingAt(NAME_BEFORE_SPACED_POSTCODE, s, previous) > 0
        ? previous
        : -1;
  }

  /**
   * Where a street name with its type before its number at {@code i} starts (see {@link
   * #nameBefore}), or -1.
   */
  private static int typeWordBefore(Scan s, int i, int k) {
    int previous = s.wordStarts[k - 1];
    if (k >= 2
        && NORDIC_TYPE_INITIALS.indexOf(s.lower[previous]) >= 0
        && NORDIC_SEPARATE_TYPES.contains(s.lower, previous, wordEnd(s, previous))) {
      // The farthest of up to three capitalised words before the type that still reads as a name.
      for (int back = Math.min(4, k); back >= 2; back--) {
        int ws = s.wordStarts[k - back];
        if (Character.isUpperCase(s.text[ws]) && nordicSeparate(s, ws, i) > 0) {
          return ws;
        }
      }
    }
    if (k >= 2
        && Character.isUpperCase(s.text[s.wordStarts[k - 2]])
        && SEPARATE_TYPES.contains(s.lower, previous, wordEnd(s, previous))
        && lookingAt(NAME_TYPE_SEPARATE, s, s.wordStarts[k - 2]) > 0) {
      return s.wordStarts[k - 2];
    }
    for (int back = 1; back <= 5 && k - back >= 0; back++) {
      int ws = s.wordStarts[k - back];
      int we = ws;
      while (we < s.length && Scan.isAsciiLetter(s.text[we])) {
        we++;
      }
      if (i - ws > 60) {
        return -1;
      }
      boolean abbreviation = s.at(we) == '.';
      if ((TYPE_WORDS.contains(s.lower, ws, we)
              && (Character.isUpperCase(s.text[ws]) || abbreviation))
          || spanishAbbreviation(s, ws, we)
          || ((s.lower[ws] == 'n' || s.lower[ws] == 't')
              && SMALL_TYPE_WORDS.contains(s.lower, ws, wordEnd(s, ws)))) {
        return lookingAt(TYPE_FIRST, s, ws) > 0 || lookingAt(GRID, s, ws) > 0 ? ws : -1;
      }
      if (PREPOSITIONS.contains(s.lower, ws, we) && Character.isUpperCase(s.text[ws])) {
        return lookingAt(PREPOSITION_FIRST, s, ws) > 0 ? ws : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a comma and "J" or "L" follow the house number at {@code i}: the cheap test before
   * {@link #NUMBER_BEFORE_MALAY_STREET}.
   */
  private static boolean malayStreetAfter(Scan s, int i) {
    int p = i;
    while (s.isDigit(p) && p - i < 4) {
      p++;
    }
    if (Scan.isAsciiLetter(s.at(p))) {
      p++;
    }
    return s.at(p) == ',' && s.at(p + 1) == ' ' && (s.at(p + 2) == 'J' || s.at(p + 2) == 'L');
  }

  /**
   * Whether the house number at {@code i} is followed by a comma and a postcode of three and two
   * digits ("25, 105 63"): the cheap test before {@link #NAME_BEFORE_SPACED_POSTCODE}.
   */
  private static boolean spacedPostcodeAfter(Scan s, int i) {
    int p = i;
    while (s.isDigit(p) && p - i < 4) {
      p++;
    }
    if (Scan.isAsciiLetter(s.at(p))) {
      p++;
    }
    return s.at(p) == ','
        && s.at(p + 1) == ' '
        && s.isDigit(p + 2)
        && s.isDigit(p + 3)
        && s.isDigit(p + 4)
        && s.at(p + 5) == ' '
        && s.isDigit(p + 6)
        && s.isDigit(p + 7)
        && s.at(p + 8) == ' ';
  }

  /**
   * Whether [ws, we) is the Spanish "c/" (calle) or "Pº" (paseo): "c/ Alcalá 120", "Pº del Prado
   * 8".
   */
  private static boolean spanishAbbreviation(Scan s, int ws, int we) {
    char c = s.lower[ws];
    char after = s.at(we);
    return we - ws == 1
        && ((c == 'c' && after == '/') || (c == 'p' && (after == 'º' || after == '°')));
  }

  /**
   * The end of a Nordic street whose type is a word of its own, from {@code start} to past the
   * number at {@code number}, or -1. "gate" is also an English word ("Terminal gate 15"): there the
   * name must be a genitive ("Karl Johans gate") or a postcode and town must follow.
   */
  private static int nordicSeparate(Scan s, int start, int number) {
    Matcher m = NORDIC_SEPARATE.matcher(s.window(start, Math.min(s.length, start + WINDOW)));
    if (!m.lookingAt()
        || start + m.start(1) + m.group(1).length() + 1 != number
        || !NORDIC_SEPARATE_TYPES.contains(s.lower, start + m.start(1), start + m.end(1))) {
      return -1;
    }
    int end = start + m.end();
    boolean genitive = s.at(start + m.start(1) - 2) == 's';
    if (s.regionEquals(start + m.start(1), "gate") && !genitive && tail(s, end) == end) {
      return -1;
    }
    return end;
  }

  /** The end of a {@link #ROMANCE_CAPITALISED} street at {@code i}, or -1. */
  private static int romanceCapitalised(Scan s, int i) {
    Matcher m = ROMANCE_CAPITALISED.matcher(s.window(i, Math.min(s.length, i + WINDOW)));
    if (!m.lookingAt()) {
      return -1;
    }
    int end = i + m.end();
    return m.group(1) != null || tail(s, end) > end ? end : -1;
  }

  /** A number, then a lower-case word: the Romance order "12 rue …". */
  private static boolean romanceShape(Scan s, int i) {
    int p = i;
    while (s.isDigit(p)) {
      p++;
    }
    if (s.at(p) == ',') {
      p++;
    }
    if (s.at(p) != ' ') {
      return false;
    }
    char c = s.at(p + 1);
    return c == 'r' || c == 'a' || c == 'b' || c == 'p' || c == 'c' || c == 'i' || c == 'q';
  }

  /**
   * The shape STREET starts with, checked by hand within a dozen chars so long digit runs never
   * reach the regex: up to five digits, an optional letter or "-digits", an optional comma,
   * whitespace, then a capital letter.
   */
  private static boolean streetShape(Scan s, int i) {
    int p = i;
    while (s.isDigit(p) && p - i < 6) {
      p++;
    }
    if (p - i > 5) {
      return false;
    }
    if (s.isAsciiLetter(p)) {
      p++;
    } else if (s.at(p) == '-' && s.isDigit(p + 1)) {
      int rangeStart = ++p;
      while (s.isDigit(p) && p - rangeStart < 6) {
        p++;
      }
    }
    if (s.at(p) == ',') {
      p++;
    }
    int ws = p;
    while (Character.isWhitespace(s.at(p)) && p - ws < 3) {
      p++;
    }
    // A capital, or a numbered street ("55 46th Street"; "55 W 46th St" has its capital first).
    return p > ws && (Character.isUpperCase(s.at(p)) || ordinal(s, p));
  }

  /** Whether one to three digits and "st", "nd", "rd" or "th" start at {@code p}. */
  private static boolean ordinal(Scan s, int p) {
    int q = p;
    while (s.isDigit(q) && q - p < 4) {
      q++;
    }
    char a = Scan.asciiLower(s.at(q));
    char b = Scan.asciiLower(s.at(q + 1));
    return q > p
        && q - p <= 3
        && ((a == 's' && b == 't')
            || (a == 'n' && b == 'd')
            || (a == 'r' && b == 'd')
            || (a == 't' && b == 'h'));
  }

  /**
   * Whether a postcode can follow {@code from} within a tail's reach: a run of four digits, or a
   * capital followed by a digit (UK, Canadian, Irish postcodes), a Dublin district. The cheap test
   * before TAIL.
   */
  private static boolean postcodeAhead(Scan s, int from) {
    int digits = 0;
    int to = Math.min(s.length, from + 100);
    for (int p = from; p < to; p++) {
      char c = s.text[p];
      if (c >= '0' && c <= '9') {
        if (++digits >= 4
            || (p > from && Character.isUpperCase(s.text[p - 1]))
            || s.regionEquals(p - 7, "dublin ")) {
          return true;
        }
      } else {
        digits = 0;
      }
    }
    return false;
  }

  private void postcodes(Scan s) {
    int[] hits = s.hits(Keywords.POSTCODE);
    for (int h = 0; h < hits.length; h += 2) {
      int from = hits[h + 1];
      Matcher m = POSTCODE.matcher(s.window(from, Math.min(s.length, from + 24)));
      if (m.lookingAt() && !s.isWordChar(from + m.end(1))) {
        s.add(PiiType.ADDRESS, from + m.start(1), from + m.end(1), 0.75);
      } else if (!laterInSentence(s, from)) {
        reply(s, from);
      }
    }
  }

  /** How far after a postcode word a UK or Canadian postcode in capitals still is the one asked. */
  private static final int SENTENCE_REACH = 48;

  /**
   * A UK or Canadian postcode in capitals a few words after the postcode word, in its sentence:
   * "the postcode we have on file for you is BT9 5AG". Their shapes say what they are; a postcode
   * of digits alone needs the word right before it.
   */
  private static boolean laterInSentence(Scan s, int from) {
    int to = Math.min(s.length, from + SENTENCE_REACH);
    for (int p = from; p < to; p++) {
      char c = s.text[p];
      if (c == '\n' || ((c == '.' || c == '?' || c == '!') && !s.isWordChar(p + 1))) {
        return false;
      }
      if (c >= 'A' && c <= 'Z' && !s.isWordChar(p - 1)) {
        int end = AddressBeforePostcode.ukPostcode(s, p);
        if (end < 0) {
          end = lookingAt(CANADIAN_POSTCODE, s, p);
        }
        if (end > 0 && !s.isWordChar(end)) {
          s.add(PiiType.ADDRESS, p, end, 0.75);
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern CANADIAN_POSTCODE = Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d");

  /** How many lines after the postcode word's the answer may come. */
  private static final int REPLY_LINES = 3;

  /**
   * A line holding only a postcode, in any letter case, after a chat's time and speaker: the answer
   * to a question about the postcode on one of the next lines ("Agent: Can you confirm your
   * postcode?\nCustomer: eh4 1dy", "[14:03] You: M14 5RB", "Me: it's sw1a 2aa").
   */
  private static final Pattern REPLY =
      Pattern.compile(
          "(?:\\[[^\\]\\n]{1,20}\\]\\s{0,2})?(?:\\p{L}[\\p{L} ().'-]{0,30}:\\s{0,3})?"
              + "(?:(?:it'?s|it is|yes|sure|ok)[,:]?\\s{1,3})?"
              + "([A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|\\d{4}\\s?[A-Z]{2}|"
              + US_ZIP
              + ")[.!]?[ \\t\\r]*",
          Pattern.CASE_INSENSITIVE);

  /** The longest line read as a question's or an answer's: a longer one is prose. */
  private static final int REPLY_LINE = 120;

  private static void reply(Scan s, int from) {
    int line = lineEnd(s, from) + 1;
    for (int k = 0; k < REPLY_LINES && line > 0 && line < s.length; k++) {
      int end = lineEnd(s, line);
      if (end > 0) {
        Matcher m = REPLY.matcher(s.window(line, end));
        if (m.matches()) {
          s.add(PiiType.ADDRESS, line + m.start(1), line + m.end(1), 0.75);
          return;
        }
      }
      line = end + 1;
    }
  }

  /** The end of the line from {@code from} within {@link #REPLY_LINE} chars, or -1. */
  private static int lineEnd(Scan s, int from) {
    int to = Math.min(s.length, from + REPLY_LINE);
    for (int p = from; p < to; p++) {
      if (s.text[p] == '\n') {
        return p;
      }
    }
    return to == s.length ? to : -1;
  }
}
