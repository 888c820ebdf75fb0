package io.mailtriage.inference.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A letter written in a word processor or saved as a PDF and pasted into the mail: a title, header
 * fields ("Prepared by:", "Date:", "Account:"), numbered sections ("1. Background", "2. My
 * question", "3. Enclosures"), a running footer ("… - Letter to the bank Page 1 of 1"), and from a
 * PDF's text layer ligatures ("ﬁ") and words broken with a hyphen at the line's end. The request is
 * the section that asks; the rest is the document's furniture, and read first its background fills
 * the model's window and its enclosures ("Copy of statement") pull the reading their way.
 */
final class PastedDocuments {
  private PastedDocuments() {}

  /** How many words a section heading or a line of a document's header may hold. */
  private static final int HEADING_WORDS = 6;

  /**
   * A section heading: a number and a few words, no sentence ("2. My question", "3) Enclosures").
   */
  private static final Pattern HEADING =
      Pattern.compile(
          "^(section\\s+)?\\d{1,2}[.)]\\s+\\p{L}[^.?!:;]{0,50}:?$", Pattern.CASE_INSENSITIVE);

  /** Headings of the section that asks. */
  private static final Pattern ASKS =
      Pattern.compile(
          "\\b(question|questions|request|requests|query|queries|enquiry|inquiry|would like"
              + "|what i (want|need|am asking|ask)|action (required|requested|sought)|issue|problem"
              + "|complaint)\\b");

  /** Headings of what the writer sends with the letter, not what the letter says. */
  private static final Pattern ENCLOSES =
      Pattern.compile(
          "\\b(enclosures?|enclosed|attachments?|attached|appendix|appendices|annex(es)?"
              + "|copies|documents? (enclosed|attached)|cc|distribution)\\b");

  /** Headings of the story around the request. */
  private static final Pattern BACKGROUND =
      Pattern.compile("\\b(background|context|introduction|history|about me)\\b");

  /** A page's running footer at the end of a line: "Page 1 of 1", after a gap or alone. */
  private static final Pattern RUNNING_FOOTER =
      Pattern.compile("(^|\\s{2,}|\\t)page \\d{1,3}( of \\d{1,3})?$", Pattern.CASE_INSENSITIVE);

  /** A pasted file's name between rules: "----- letter to bank.docx -----". */
  private static final Pattern FILE_MARKER =
      Pattern.compile("^[-=_*~#\\s]{3,}[^\\s].{0,80}\\.[a-z0-9]{2,5}[-=_*~#\\s]{3,}$");

  /** Words by which a writer introduces a letter or document of their own, not a screen's text. */
  private static final Pattern OWN_WRITING =
      Pattern.compile(
          "\\b(my|the|our) (letter|document|complaint|draft|write-up)\\b|\\.(docx?|odt|pdf|rtf)\\b");

  /** Words of a line that introduces what is pasted or set out under it. */
  private static final Pattern INTRODUCES =
      Pattern.compile("\\b(below|pasted|pasting|copied|underneath|as follows)\\b|:$");

  /**
   * The lines as the writer typed them: a PDF's ligatures ("ﬁ", "ﬂ", "ﬀ") as their letters, and a
   * word its text layer broke with a hyphen at the line's end ("diffi-" over "cult") joined again.
   */
  static List<String> asTyped(List<String> in) {
    List<String> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      String l = withoutLigatures(in.get(i));
      if (i + 1 == in.size() || !brokenWithHyphen(l, in.get(i + 1))) {
        out.add(l);
        continue;
      }
      StringBuilder joined = new StringBuilder(l);
      while (i + 1 < in.size() && brokenWithHyphen(joined, in.get(i + 1))) {
        joined.setLength(joined.length() - 1);
        joined.append(withoutLigatures(in.get(++i).strip()));
      }
      out.add(joined.toString());
    }
    return out;
  }

  private static String withoutLigatures(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return Normalizer.normalize(line, Normalizer.Form.NFKC);
      }
    }
    return line;
  }

  /** Whether a line ends in a word's first letters and a hyphen, the next line in its rest. */
  private static boolean brokenWithHyphen(CharSequence line, String next) {
    int n = line.length();
    String t = next.strip();
    return n >= 3
        && line.charAt(n - 1) == '-'
        && Character.isLowerCase(line.charAt(n - 2))
        && Character.isLowerCase(line.charAt(n - 3))
        && !t.isEmpty()
        && Character.isLowerCase(t.charAt(0));
  }

  /** Whether a line is a page's running footer or a pasted file's name between rules. */
  static boolean isFurniture(String line) {
    String t = line.strip();
    return RUNNING_FOOTER.matcher(t).find() || FILE_MARKER.matcher(t).matches();
  }

  /**
   * Whether a line (lower case) introduces a letter or document of the writer's ("pasting the text
   * of my letter as I couldn't attach it:"): the writer's own words follow, not a screen's.
   */
  static boolean introducesOwnWriting(String lower) {
    return OWN_WRITING.matcher(lower).find();
  }

  /**
   * Reads a pasted document's section that asks first and the other sections after it, without the
   * headings, the enclosures, the title and header fields above its first section, and the writer's
   * line that introduces it ("My letter is below."); the background only where no section says it
   * asks. A document is two section headings or more, each a paragraph of its own.
   */
  static void requestFirst(List<String> lines) {
    List<Integer> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isHeading(lines, i)) {
        headings.add(i);
      }
    }
    if (headings.size() < 2) {
      return;
    }
    int top = headerStart(lines, headings.get(0));
    List<String> asks = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<String> background = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      int from = headings.get(h);
      int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
      String title = lines.get(from).toLowerCase(Locale.ROOT);
      int body = from + 1;
      if (ENCLOSES.matcher(title).find()) {
        // Only its list goes: a paragraph of prose under it is the writer's again.
        while (body < to && (lines.get(body).isEmpty() || isShort(lines.get(body)))) {
          body++;
        }
        others.addAll(lines.subList(body, to));
        continue;
      }
      List<String> into =
          ASKS.matcher(title).find()
              ? asks
              : BACKGROUND.matcher(title).find() ? background : others;
      into.addAll(lines.subList(body, to));
      into.add("");
    }
    List<String> out = new ArrayList<>(asks);
    out.addAll(lines.subList(0, introduction(lines, top)));
    out.add("");
    out.addAll(others);
    if (asks.isEmpty()) {
      // Where no section says it asks, the background may be where the request is told.
      out.addAll(background);
    }
    lines.clear();
    lines.addAll(out);
  }

  /**
   * Where the writer's lines above a document end: before the paragraph right above its header that
   * only introduces it ("My letter is below.", "I've pasted it below.", "pasting the text of my
   * letter:").
   */
  private static int introduction(List<String> lines, int top) {
    int end = top;
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    int start = end;
    while (start > 0 && !lines.get(start - 1).isEmpty()) {
      start--;
    }
    for (int k = start; k < end; k++) {
      if (!INTRODUCES.matcher(lines.get(k).toLowerCase(Locale.ROOT)).find()) {
        return top;
      }
    }
    return start;
  }

  private static boolean isHeading(List<String> lines, int i) {
    String t = lines.get(i).strip();
    return t.length() <= MailCues.HEAD
        && (i == 0 || lines.get(i - 1).isEmpty())
        && (i + 1 == lines.size() || lines.get(i + 1).isEmpty())
        && t.split("\\s+").length <= HEADING_WORDS + 1
        && HEADING.matcher(t).matches();
  }

  /**
   * Where the document's header starts above its first section: the paragraphs right above it that
   * hold no sentence (the title, "Prepared by:", "Date:", "Account:") are its header.
   */
  private static int headerStart(List<String> lines, int first) {
    int top = first;
    int k = first - 1;
    while (k >= 0) {
      if (lines.get(k).isEmpty()) {
        k--;
        continue;
      }
      if (!isShort(lines.get(k))) {
        break;
      }
      top = k;
      k--;
    }
    return top;
  }

  /** A line that is no sentence: a few words, no full stop, question or colon at its end. */
  private static boolean isShort(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && t.length() <= MailCues.HEAD
        && t.split("\\s+").length <= HEADING_WORDS + 2
        && ".?!:".indexOf(t.charAt(t.length() - 1)) < 0;
  }
}
