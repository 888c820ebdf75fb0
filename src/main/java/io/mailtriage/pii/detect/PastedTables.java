package io.mailtriage.pii.detect;

/**
 * Names in the columns of a table pasted into a mail (CSV, TSV, cells split by ';' or '|'): the
 * header row names the column ("full_name", "Customer Name", "payee", "nazwisko;imie"), and each
 * row under it holds a name there, as a form's label would vouch for it, whether the lists know it
 * or not ("Anele Dlamini", "Müller;Katrin"). A family name and a given name in columns side by side
 * are one name, as "Family, Given" display names are.
 *
 * <p>A column headed only "name" (or "nom", "nombre", …) names goods and plans as often as people
 * ("sku,name,qty"): it counts only beside a column of a person's other data (email, phone, date of
 * birth, address, city). A cell counts only when it reads as a name: one to four capitalised words
 * of letters, no organisation's word among them.
 */
final class PastedTables {

  /** The longest line read as a row: a longer one is prose. */
  private static final int MAX_ROW = 400;

  /** The most rows read under one header. */
  private static final int MAX_ROWS = 50;

  /** The longest cell of a header row. */
  private static final int MAX_CELL = 24;

  /** The most columns a header is read for. */
  private static final int MAX_COLUMNS = 16;

  /** Headers of a column of people's names, as the scan's copy holds them, '_' and '-' as ' '. */
  private static final WordSet NAME_HEADERS =
      scanned(
          "full name",
          "fullname",
          "first name",
          "firstname",
          "given name",
          "givenname",
          "familyname",
          "forename",
          "forenames",
          "last name",
          "lastname",
          "surname",
          "family name",
          "customer name",
          "client name",
          "contact name",
          "account holder",
          "account name",
          "holder",
          "cardholder",
          "card holder",
          "payee",
          "payee name",
          "beneficiary",
          "beneficiary name",
          "recipient name",
          "employee name",
          "passenger",
          "passenger name",
          "guest name",
          "apellido",
          "apellidos",
          "prénom",
          "prenom",
          "vorname",
          "nachname",
          "voornaam",
          "achternaam",
          "nazwisko",
          "imię",
          "imie",
          "imię i nazwisko",
          "cognome",
          "sobrenome",
          "фио",
          "имя",
          "фамилия",
          "піб",
          "прізвище");

  /** Headers of a column of names of anything: a person's only beside {@link #PERSON_HEADERS}. */
  private static final WordSet PLAIN_NAME_HEADERS =
      scanned("name", "nom", "nome", "nombre", "naam", "navn", "namn", "nimi");

  /** Headers of a person's other data: they make a plain "name" column a person's. */
  private static final WordSet PERSON_HEADERS =
      scanned(
          "email",
          "e mail",
          "mail",
          "email address",
          "phone",
          "mobile",
          "tel",
          "telephone",
          "phone number",
          "dob",
          "date of birth",
          "birth date",
          "birthday",
          "address",
          "city",
          "town",
          "postcode",
          "zip",
          "age",
          "gender",
          "ort",
          "telefon",
          "ciudad",
          "ville",
          "miasto",
          "adres");

  private PastedTables() {}

  private static WordSet scanned(String... headers) {
    return WordSet.of(
        java.util.Arrays.stream(headers)
            .map(Signatures::asScanned)
            .distinct()
            .toArray(String[]::new));
  }

  /** The longest value of a JSON field read as a name. */
  private static final int MAX_VALUE = 48;

  /**
   * The names given as the values of a JSON payload's name fields ({"first_name":"Eamon",
   * "last_name":"Fitzgerald"}, "fullName": "…"), each a name as a column of them would hold: the
   * key's quotes, a colon, the value in quotes.
   */
  static void jsonFields(Scan s) {
    for (int k = 0; k < s.symbolCount; k++) {
      int colon = s.symbols[k];
      if (s.text[colon] != ':') {
        continue;
      }
      int ke = colon;
      while (ke > 0 && s.text[ke - 1] == ' ') {
        ke--;
      }
      if (ke == 0 || s.text[ke - 1] != '"') {
        continue;
      }
      int ks = ke - 1;
      while (ks > 0 && ke - ks <= MAX_CELL && s.text[ks - 1] != '"') {
        ks--;
      }
      int v = colon + 1;
      while (v < s.length && s.text[v] == ' ') {
        v++;
      }
      if (ks == 0 || s.text[ks - 1] != '"' || s.at(v) != '"') {
        continue;
      }
      int ve = v + 1;
      while (ve < s.length && ve - v <= MAX_VALUE && s.text[ve] != '"' && s.text[ve] != '\n') {
        ve++;
      }
      if (s.at(ve) == '"' && header(s, ks, ke - 1, NAME_HEADERS) && nameCell(s, v + 1, ve)) {
        s.add(PiiType.PERSON, v + 1, ve, 0.75);
      }
    }
  }

  /** The names under every header row of the text that names a column of people. */
  static void scan(Scan s) {
    int line = 0;
    while (line < s.length) {
      // Most lines are prose: the walk to the line's end tells a run of chars too long for a
      // header's cell, and only a line without one is read for its separator. nameColumns takes
      // no cell over MAX_CELL chars among the first MAX_COLUMNS, whatever the separator; a run
      // counted between any two separators is never longer than the cell that holds it.
      int end = line;
      boolean shortCells = true;
      int separators = 0;
      int first = -1;
      for (; end < s.length && s.text[end] != '\n'; end++) {
        if (shortCells && separators < MAX_COLUMNS - 1) {
          char c = s.text[end];
          if (c == '\t' || c == ';' || c == '|' || c == ',') {
            separators++;
            first = -1;
          } else if (c != ' ' && c != '"' && c != '\r') {
            if (first < 0) {
              first = end;
            } else if (end - first >= MAX_CELL) {
              shortCells = false;
            }
          }
        }
      }
      char sep = shortCells && end - line <= MAX_ROW ? separator(s, line, end) : 0;
      int next = end + 1;
      if (sep != 0) {
        boolean[] columns = nameColumns(s, line, end, sep);
        if (columns != null) {
          next = rows(s, end + 1, sep, columns);
        }
      }
      line = next;
    }
  }

  /** The cell separator of the line: a tab, ';', '|' or ',', in that order of preference; or 0. */
  private static char separator(Scan s, int from, int to) {
    char found = 0;
    for (int p = from; p < to; p++) {
      char c = s.text[p];
      if (c == '\t') {
        return c;
      }
      if ((c == ';' && found != ';') || (c == '|' && found != ';' && found != '|')) {
        found = c;
      } else if (c == ',' && found == 0) {
        found = c;
      }
    }
    return found;
  }

  /**
   * Which cells of the header row [from, to) head a column of people's names, one flag a cell, or
   * null when none does.
   */
  private static boolean[] nameColumns(Scan s, int from, int to, char sep) {
    boolean[] names = new boolean[MAX_COLUMNS];
    boolean strong = false;
    boolean plain = false;
    boolean person = false;
    int column = 0;
    int cell = from;
    for (int p = from; p <= to && column < MAX_COLUMNS; p++) {
      if (p < to && s.text[p] != sep) {
        continue;
      }
      int a = trimStart(s, cell, p);
      int b = trimEnd(s, a, p);
      if (b - a > MAX_CELL) {
        return null; // prose, not a header
      }
      if (header(s, a, b, NAME_HEADERS)) {
        names[column] = true;
        strong = true;
      } else if (header(s, a, b, PLAIN_NAME_HEADERS)) {
        names[column] = true;
        plain = true;
      } else if (header(s, a, b, PERSON_HEADERS)) {
        person = true;
      }
      column++;
      cell = p + 1;
    }
    return column >= 2 && (strong || (plain && person))
        ? java.util.Arrays.copyOf(names, column)
        : null;
  }

  /** Whether [a, b) is one of the headers, '_' and '-' read as spaces and any letter case. */
  private static boolean header(Scan s, int a, int b, WordSet headers) {
    if (b <= a) {
      return false;
    }
    char[] w = new char[b - a];
    for (int i = a; i < b; i++) {
      char c = s.lower[i];
      w[i - a] = c == '_' || c == '-' ? ' ' : Character.toLowerCase(c);
    }
    return headers.contains(w, 0, w.length);
  }

  /**
   * Reads the rows from {@code row} (cells split by {@code sep}, as many as the header's) and adds
   * the names in the header's name columns, side-by-side columns as one; returns where reading
   * stopped.
   */
  private static int rows(Scan s, int row, char sep, boolean[] names) {
    int[] starts = new int[MAX_COLUMNS];
    int[] ends = new int[MAX_COLUMNS];
    for (int rows = 0; rows < MAX_ROWS && row < s.length; rows++) {
      int end = Signatures.lineEnd(s, row);
      if (end - row > MAX_ROW || separator(s, row, end) != sep) {
        return row;
      }
      int columns = 0;
      int cell = row;
      for (int p = row; p <= end && columns < MAX_COLUMNS; p++) {
        if (p == end || s.text[p] == sep) {
          starts[columns] = trimStart(s, cell, p);
          ends[columns] = trimEnd(s, starts[columns], p);
          columns++;
          cell = p + 1;
        }
      }
      if (columns != names.length) {
        return row;
      }
      for (int c = 0; c < columns; c++) {
        if (!names[c]) {
          continue;
        }
        int first = c;
        boolean good = true;
        for (; c < columns && names[c]; c++) {
          good &= nameCell(s, starts[c], ends[c]);
        }
        if (good) {
          s.add(PiiType.PERSON, starts[first], ends[c - 1], 0.75);
        }
      }
      row = end + 1;
    }
    return row;
  }

  /**
   * Whether [a, b) reads as a person's name: one to four capitalised words of letters (apostrophes,
   * hyphens and full stops inside), no word of an organisation, a team or a role among them.
   */
  private static boolean nameCell(Scan s, int a, int b) {
    if (b - a < 2 || b - a > 48) {
      return false;
    }
    int words = 0;
    int wordStart = -1;
    for (int i = a; i <= b; i++) {
      char c = i < b ? s.text[i] : ' ';
      if (c == ' ') {
        if (wordStart >= 0 && PersonRecognizer.notAName(s, wordStart, i)) {
          return false; // "Helpdesk Team", "Customer Services"
        }
        wordStart = -1;
      } else if (wordStart < 0) {
        if (!(Character.isUpperCase(c) || PersonRecognizer.uncasedLetter(c)) || ++words > 4) {
          return false;
        }
        wordStart = i;
      } else if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.') {
        return false;
      }
    }
    return PersonRecognizer.personLike(PersonRecognizer.words(new String(s.text, a, b - a)));
  }

  /** Past the spaces and a quote that open a cell. */
  private static int trimStart(Scan s, int from, int to) {
    int p = from;
    while (p < to && (s.text[p] == ' ' || s.text[p] == '"' || s.text[p] == '\r')) {
      p++;
    }
    return p;
  }

  /** Before the spaces and a quote that close a cell. */
  private static int trimEnd(Scan s, int from, int to) {
    int p = to;
    while (p > from && (s.text[p - 1] == ' ' || s.text[p - 1] == '"' || s.text[p - 1] == '\r')) {
      p--;
    }
    return p;
  }
}
