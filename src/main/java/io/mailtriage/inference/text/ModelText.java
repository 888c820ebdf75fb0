package io.mailtriage.inference.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the model reads of an email: the subject and the customer's new message, without the quoted
 * history of the thread, forwarded or Outlook reply header blocks, signatures and their contact
 * lines, mobile footers, legal disclaimers and greetings that carry no meaning. All of those are
 * text the customer did not write for this request, and on a reply the quoted bank answer can
 * outweigh the question. The input is already tokenized for the model: personal data are type
 * placeholders ({@code <PHONE>}, {@code <PERSON>}), which the signature rules use as cues.
 *
 * <p>A mail that is only quoted history (a forward without a word of its own) is read on the quoted
 * text, and says so ({@link Part#QUOTED_ONLY}); a mail whose new part is empty after stripping
 * (only a greeting and a signature) falls back to the full text ({@link Part#FULL_TEXT}).
 *
 * <p>Line based and linear: each line is classified from at most {@link MailCues#HEAD} chars of it,
 * and no rule looks back more than a few lines; a body is read up to its first {@link
 * #MAX_BODY_CHARS}, where the job's ingest cuts it, so a 10 MB body costs a few passes over those.
 * No library does this for Java (the maintained reply parsers are JavaScript, Ruby, Python and Go;
 * the one Java port is unpublished and English-only), so it is written here. The serving operator
 * and the training code outside the job jar call the same {@link #of} so the model trains on what
 * it will read.
 */
public final class ModelText {

  /** Which part of the email the model text was taken from. */
  public enum Part {
    /** The customer's new message (the ordinary case). */
    NEW_MESSAGE,
    /** Nothing new was written: the text is the quoted or forwarded history. */
    QUOTED_ONLY,
    /** Nothing was left after stripping and nothing was quoted: the text is the full email. */
    FULL_TEXT
  }

  /**
   * The model text, where it came from, and the writer's words it was made of.
   *
   * @param writerText the subject as written and the same part of the mail before the courtesies
   *     and a content-free subject were left out: what the writer wrote now (or the history they
   *     point at), without history, signatures, disclaimers and a service's lines. The model reads
   *     {@code text}; the priority stage reads its urgency words here ("Please block it urgently.",
   *     "URGENT" as the subject are the writer's even where the model leaves them out; a
   *     disclaimer's "notify the sender immediately" is not).
   */
  public record Result(String text, Part part, String writerText) {}

  private ModelText() {}

  /**
   * The model text of a subject and body joined the way {@code TokenizedEmail.modelText} carries
   * them: the subject on the first line, the body after it.
   */
  public static Result of(String joined) {
    if (joined == null) {
      return of("", "");
    }
    int nl = joined.indexOf('\n');
    return nl < 0 ? of(joined, "") : of(joined.substring(0, nl), joined.substring(nl + 1));
  }

  /**
   * The model text of a subject and a body (both with PII already replaced by type placeholders).
   */
  public static Result of(String subject, String body) {
    List<String> written = lines(body == null ? "" : readable(body));
    if (subject != null && Markdown.isMarkdown(written)) {
      // A Markdown writer marks up the subject too ("`Acme app` question").
      subject = Markdown.inline(subject);
    }
    String cleanSubject = subject(subject == null ? "" : subject);
    String lowerSubject = cleanSubject.toLowerCase(Locale.ROOT);
    if (MailCues.isAutomaticNotice(lowerSubject)
        || MailCues.isContentFreeSubject(lowerSubject)
        || LegalFormulae.isFormula(lowerSubject)
        || GroupMail.speaksOfItsRecipients(lowerSubject)
        || Voicemails.isSystemSubject(subject == null ? "" : subject.toLowerCase(Locale.ROOT))
        || Chats.isAboutTheChat(lowerSubject)
        || Reviews.isAboutTheReview(lowerSubject)
        || AccessNeeds.isAboutCommunicating(lowerSubject)
        || ScamReports.judges(lowerSubject)) {
      // "Automatic reply: …", "Delivery Status Notification (Failure)": a machine's subject;
      // "Quick question": no subject at all; "Response required within 14 days": a formula;
      // "Same question to all my banks": who the mail went to; "New voicemail from <PHONE>
      // (1:55)": the phone system's; "Your chatbot couldn't help": where the question was asked
      // before, not what it is; "Following up my app review": why the mail is sent; "Please
      // reply by email": how to answer it; "Is this text from you?": the suspect message's, which
      // is not read.
      cleanSubject = "";
    }
    List<String> lines =
        StatusNotices.asQuoted(
            Forwards.copiesAsQuoted(indentedAsQuoted(Markdown.asProse(written))));
    if (MailCues.isServiceNotice(lowerSubject)
        || Notifications.isNamedNotice(cleanSubject)
        || SocialNotices.isNotice(cleanSubject)
        || opensWithServiceNotice(lines)) {
      // "<EMAIL> sent you 2 files via DropIt", or "Please review and sign: Statement Nov 2026" over
      // "<PERSON> sent you a document …": the service wrote the subject, of its own file, not of
      // the note it carries.
      cleanSubject = "";
    }
    Cut cut = newPart(lines, 0);
    List<String> fresh = clean(cut.kept);
    // A chaser ("Any update?") or a forwarder's note ("See below from my client") says where the
    // request is, not what it is: the mail is read on the history it points at, the note after it.
    boolean pointer = cut.historyAt >= 0 && pointsToHistory(fresh);
    // A note over a forwarded delivery failure sends again the mail that never arrived: that mail
    // is the request, whatever the note says about the bounce, and it is read first.
    boolean resent = cut.historyAt >= 0 && resendsABounce(lines, cut.historyAt);
    pointer |= resent;
    String asWritten = subject == null ? "" : subject.strip();
    if (!isBlank(fresh) && !pointer) {
      // A forward's subject ("Fwd: Urgent: verify your details") is the forwarded message's, its
      // sender's words: beside a note of the writer's own it is no urgency of theirs.
      String writerText = join(cut.historyAt >= 0 && isForward(asWritten) ? "" : asWritten, fresh);
      dropCourtesies(fresh);
      // A reply's or forward's subject is the thread's (often the bank's own, or a forwarded
      // notice's),
      // not what the customer wrote now: the new message stands without it.
      boolean threadSubject =
          !cleanSubject.equals(subject == null ? "" : subject.strip()) && cut.historyAt >= 0;
      // A form's mail has the form tool's subject ("New contact form submission"); the writer's
      // words are all in its message field.
      threadSubject |= messageField(formBlocks(cut.kept)) >= 0;
      String readSubject = threadSubject ? "" : unlessRepeated(cleanSubject, fresh);
      if (MailCues.isGrievance(head(readSubject))) {
        // "Formal complaint", "Absolutely disgusted": the subject airs the grievance, and read
        // first it stands before the request as a rant's sentences would; it goes after it.
        List<String> last = new ArrayList<>(fresh);
        last.add(readSubject);
        return new Result(join("", last), Part.NEW_MESSAGE, writerText);
      }
      return new Result(join(readSubject, fresh), Part.NEW_MESSAGE, writerText);
    }
    if (cut.historyAt >= 0) {
      List<String> quoted = history(lines, cut.historyAt, MAX_POINTED_LEVELS);
      if (!isBlank(quoted)) {
        if (pointer && !resent && fresh.stream().anyMatch(ModelText::statesMore)) {
          // "They charged me twice, see the receipt below.": the note says what is wrong and the
          // history is its evidence; read first, it stays inside the model's token window however
          // long the forwarded receipt is.
          fresh.addAll(quoted);
          quoted = fresh;
        } else if (pointer) {
          quoted.addAll(fresh);
        }
        String writerText = join(asWritten, quoted);
        // After the pointer was seen: "Please respond." is what makes "Second time asking. Please
        // respond." a chaser's note.
        dropCourtesies(quoted);
        return new Result(
            join(unlessRepeated(cleanSubject, quoted), quoted), Part.QUOTED_ONLY, writerText);
      }
    }
    String full = join(asWritten, lines);
    return new Result(full, Part.FULL_TEXT, full);
  }

  /**
   * How many levels of history a chain of chasers may point down ("Still nothing?" over "Any
   * update?" over the question): each level copies what is left of the mail once, so the bound
   * keeps the step linear.
   */
  private static final int MAX_POINTED_LEVELS = 3;

  /**
   * The cleaned new message of the history from {@code at} on; where that is empty or itself only
   * points further down (a chaser quoting an earlier chaser), the message further down, then it.
   */
  private static List<String> history(List<String> lines, int at, int levels) {
    List<String> unquoted = unquote(lines, at);
    List<String> answers = markedAnswers(unquoted);
    if (!answers.isEmpty()) {
      return answers;
    }
    Cut cut = newPart(unquoted, 0);
    List<String> message = clean(cut.kept);
    // A machine's message (the bank's automatic acknowledgement, a bounce) over the customer's own
    // quoted mail is not what a note points at: the mail under it is, and the notice is not read.
    boolean notice = isAutomaticNotice(message);
    if (levels > 1
        && cut.historyAt >= 0
        && (isBlank(message) || notice || pointsToHistory(message))) {
      List<String> deeper = history(unquoted, cut.historyAt, levels - 1);
      if (!isBlank(deeper)) {
        if (!notice) {
          deeper.addAll(message);
        }
        return deeper;
      }
    }
    return message;
  }

  /**
   * Whether the history from {@code at} on opens with a delivery failure report ("Address not
   * found", "Delivery has failed to these recipients") over the mail it failed to deliver.
   */
  private static boolean resendsABounce(List<String> lines, int at) {
    if (!MailCues.mayHoldDeliveryFailure(lines.subList(at, lines.size()))) {
      return false;
    }
    Cut report = newPart(unquote(lines, at), 0);
    if (report.historyAt < 0) {
      return false;
    }
    for (String line : clean(report.kept)) {
      if (MailCues.isDeliveryFailure(head(line))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAutomaticNotice(List<String> message) {
    for (String line : message) {
      if (MailCues.isAutomaticNotice(head(line))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The replier's answers written into the history itself, each line marked with their initials
   * ("[AB] My card never came.", "[Jv] …"), as Outlook users answer a message's questions inline:
   * those lines, marks taken off, or none. The history around them is the other side's.
   */
  private static List<String> markedAnswers(List<String> history) {
    List<String> answers = new ArrayList<>();
    String mark = null;
    for (String line : history) {
      String t = line.strip();
      int close = t.indexOf(']');
      if (!t.startsWith("[") || close < 3 || close > 5) {
        continue;
      }
      String tag = t.substring(1, close);
      boolean initials =
          tag.chars().allMatch(Character::isLetter) && Character.isUpperCase(tag.charAt(0));
      if (initials && (mark == null || mark.equals(tag))) {
        mark = tag;
        answers.add(t.substring(close + 1).strip());
      }
    }
    return answers;
  }

  /**
   * Whether a new message only points at the history under it: every line a chaser or a pointer
   * ({@link MailCues#isPointer}), a colleague's handover of the mail ({@link MailCues#isHandover})
   * with the case's fields ("Ref: ESC-1042", "Priority: Normal"), or what is left of a signature (a
   * sign-off, a name, a contact line), within a few dozen words.
   */
  private static boolean pointsToHistory(List<String> message) {
    boolean pointer = false;
    int words = 0;
    for (String l : message) {
      if (l.isBlank()) {
        continue;
      }
      words += l.strip().split("\\s+").length;
      if (words > 40) {
        return false;
      }
      String head = headOf(l);
      if (MailCues.isPointer(head) || MailCues.isHandover(head)) {
        pointer = true;
      } else if (!MailCues.isSignOff(head)
          && !MailCues.isNameLine(head)
          && !MailCues.isContactLine(head)
          && !MailCues.isDataField(head)) {
        return false;
      }
    }
    return pointer;
  }

  /**
   * Whether a line of a pointing note also says something of its own. A colleague's handover
   * ("Received at the branch, not one for us, details below") says where the mail came from, not
   * what the customer needs.
   */
  private static boolean statesMore(String line) {
    String head = headOf(line);
    return MailCues.isPointer(head) && !MailCues.onlyPoints(head) && !MailCues.isHandover(head);
  }

  /** How many lines an indented run needs to be taken for history. */
  private static final int INDENTED_HISTORY_LINES = 3;

  /**
   * The lines with history that a client indented instead of quoting marked as quoted: Outlook's
   * "indent the original message text" and clients that pad the earlier mail with spaces or a tab
   * write it with no attribution and no "&gt;". A run of at least three indented lines (blank lines
   * between them aside), one of them not a list item, beside text of the writer's at the margin, is
   * such history; a letter indented as a whole, or its own indented list, is not.
   */
  private static List<String> indentedAsQuoted(List<String> lines) {
    if (lines.stream().noneMatch(l -> !l.isBlank() && !indented(l))) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    int n = lines.size();
    int i = 0;
    while (i < n) {
      if (lines.get(i).isBlank() || !indented(lines.get(i)) || isQuoted(lines.get(i))) {
        i++;
        continue;
      }
      int count = 0;
      boolean prose = false;
      int end = i;
      int k = i;
      for (; k < n; k++) {
        String l = lines.get(k);
        if (l.isBlank()) {
          continue;
        }
        if (!indented(l) || isQuoted(l)) {
          break;
        }
        count++;
        prose |= !MailCues.LIST_ITEM.matcher(l.strip()).lookingAt();
        end = k + 1;
      }
      if (count >= INDENTED_HISTORY_LINES && prose) {
        for (int j = i; j < end; j++) {
          if (!lines.get(j).isBlank()) {
            out.set(j, "> " + lines.get(j).strip());
          }
        }
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  private static boolean indented(String line) {
    return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
  }

  /**
   * The lines of the new message, and where the quoted history starts (-1 when nothing is quoted).
   */
  private record Cut(List<String> kept, int historyAt) {}

  /**
   * Keeps the lines before the history and between quote blocks: top-posted replies end at the
   * attribution or header block, bottom-posted and interleaved ones keep the text after each {@code
   * >} block.
   */
  private static Cut newPart(List<String> lines, int from) {
    List<String> kept = new ArrayList<>();
    int historyAt = -1;
    int n = lines.size();
    for (int i = from; i < n; i++) {
      String line = lines.get(i);
      if (isQuoted(line)) {
        historyAt = historyAt < 0 ? i : historyAt;
        continue;
      }
      String lower = head(line);
      int attribution = attributionLines(lines, i);
      if (attribution > 0) {
        int at = i;
        if (attribution == 1
            && !kept.isEmpty()
            && (wrappedBeforeAddress(lines, i) || MailCues.isOtherHeader(head(lines.get(i - 1))))) {
          // The date and the name on the line above belong to it, or its "Sent:" date line does.
          kept.remove(kept.size() - 1);
          at = i - 1;
        }
        int next = nextNonBlank(lines, i + attribution);
        if (next >= 0 && isQuoted(lines.get(next))) {
          // Gmail, Apple Mail, Thunderbird: the quote that follows is marked, so text after it is
          // new again.
          historyAt = historyAt < 0 ? at : historyAt;
          i += attribution - 1;
          continue;
        }
        return new Cut(kept, historyAt < 0 ? at : historyAt);
      }
      if (MailCues.isHistoryMarker(lower)
          || (MailCues.isFromHeader(lower) && headerBlockFollows(lines, i))) {
        int next = nextNonBlank(lines, headerBlockEnd(lines, i + 1));
        if (next >= 0 && isQuoted(lines.get(next))) {
          // A separator or header block over a marked quote (a bottom-poster's Outlook): text
          // after the quote is new again, as after an attribution.
          historyAt = historyAt < 0 ? i : historyAt;
          i = next - 1;
          continue;
        }
        int resumes = Forwards.writerResumesAt(lines, i);
        if (resumes > 0) {
          // A mail forwarded in the middle of the writer's: their words after it are new again.
          historyAt = historyAt < 0 ? i : historyAt;
          i = resumes - 1;
          continue;
        }
        return new Cut(kept, historyAt < 0 ? i : historyAt);
      }
      kept.add(line);
    }
    return new Cut(kept, historyAt);
  }

  /** How many lines (1 or 2, when a client wrapped it) the attribution at {@code i} takes, or 0. */
  private static int attributionLines(List<String> lines, int i) {
    String lower = head(lines.get(i));
    if (MailCues.isAttribution(lower) || MailCues.isAttributionRunningOn(lower)) {
      return 1;
    }
    if (i + 1 < lines.size() && !isQuoted(lines.get(i + 1))) {
      String next = head(lines.get(i + 1));
      // Wrapped after its opening word ("On …" / "W dniu …"), or before its last words (Polish
      // "napisał(a):", Turkish "tarihinde şunu yazdı:" on a line of their own).
      boolean wrapped =
          MailCues.opensAttribution(lower)
              || (MailCues.closesAttribution(next) && !MailCues.isAttribution(next));
      if (wrapped && MailCues.isAttribution(lower + " " + next)) {
        return 2;
      }
    }
    return 0;
  }

  /**
   * Whether the attribution at {@code i} opens with the writer's address and the line above holds
   * its date and name: a client wrapped it before the address ("17.11.2026 klo 09.31 <PERSON>" /
   * "<<EMAIL>> kirjoitti:"). The line above must be unquoted, hold a digit and end no sentence.
   */
  private static boolean wrappedBeforeAddress(List<String> lines, int i) {
    if (i == 0 || !lines.get(i).strip().startsWith("<") || isQuoted(lines.get(i - 1))) {
      return false;
    }
    String above = headOf(lines.get(i - 1).strip());
    return !above.isEmpty()
        && ".?!".indexOf(above.charAt(above.length() - 1)) < 0
        && above.chars().anyMatch(Character::isDigit);
  }

  /** The first line from {@code from} on that is neither blank nor a header line. */
  private static int headerBlockEnd(List<String> lines, int from) {
    int k = from;
    while (k < lines.size() && (lines.get(k).isBlank() || MailCues.isHeader(head(lines.get(k))))) {
      k++;
    }
    return k;
  }

  /** A From-like header followed, within the next lines, by at least two more header lines. */
  private static boolean headerBlockFollows(List<String> lines, int i) {
    int headers = 0;
    int seen = 0;
    for (int k = i + 1; k < lines.size() && seen < 6; k++) {
      String lower = head(lines.get(k));
      if (lower.isBlank()) {
        continue;
      }
      seen++;
      if (MailCues.isOtherHeader(lower) && ++headers >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The history from {@code at} on, read as a message of its own: quote marks taken off, and the
   * attribution, separator and header lines that open it skipped.
   */
  private static List<String> unquote(List<String> lines, int at) {
    List<String> out = new ArrayList<>(lines.size() - at);
    for (int i = at; i < lines.size(); i++) {
      out.add(stripQuoteMarks(lines.get(i)));
    }
    int start = 0;
    while (start < out.size()) {
      String lower = head(out.get(start));
      if (lower.isBlank()
          || MailCues.isHistoryMarker(lower)
          || MailCues.isHeader(lower)
          || MailCues.isRule(lower.strip())) {
        start++;
      } else if (attributionLines(out, start) > 0) {
        start += attributionLines(out, start);
      } else {
        break;
      }
    }
    return out.subList(start, out.size());
  }

  /**
   * Takes greetings, pleasantries, rules, mobile footers, pasted images' placeholders and files'
   * names, a notification's buttons, links, notice of who sent or shared what and footer,
   * disclaimers, the signature after "-- ", a closing sign-off with what follows it, and trailing
   * contact and name lines off the new message.
   */
  private static List<String> clean(List<String> in) {
    List<String> lines = new ArrayList<>(in.size());
    List<String> typed = PastedDocuments.asTyped(in);
    for (String line :
        formMessage(
            Questionnaire.answers(transcript(invitationDescription(dropFencedLinks(typed)))))) {
      String t = line.strip();
      if (t.equals("--") || t.equals("—")) {
        break;
      }
      if (!MailCues.isRule(t)
          && !MailCues.isMobileFooter(head(line))
          && !MailCues.isTypingNote(head(line))
          && !MailCues.isFilePlaceholder(headOf(t))
          && !MailCues.isButtonOrLink(headOf(t))
          && !MailCues.isServiceNotice(head(t))
          && !Notifications.isNamedNotice(headOf(t))
          && !SocialNotices.isNotice(t)
          && !SocialNotices.isChrome(t)
          && !PastedDocuments.isFurniture(headOf(t))
          && !Drafts.isTemplateSlots(t)
          && !Drafts.isAssistantsNote(t)) {
        lines.add(SocialNotices.untagged(t));
      }
    }
    // Tables first: a statement's rows under headings it does not know would leave the headings.
    Tables.leaveOut(lines);
    dropStatementRows(lines);
    Reviews.leaveOut(lines);
    AccessNeeds.leaveOut(lines);
    // Notices first: an external-sender banner above the greeting would hide the greeting.
    dropDisclaimers(lines);
    dropSendersCard(lines);
    dropAboveGreeting(lines);
    dropGreeting(lines);
    Standing.leaveOut(lines);
    cutSignOff(lines);
    cutNamedSignature(lines);
    dropTrailingSignature(lines);
    RelayedWords.only(lines);
    dropHeadings(lines);
    dropDatedLog(lines);
    PastedDocuments.requestFirst(lines);
    grievancesLast(lines);
    lines = pastesLast(ErrorPaste.dropFailureMessages(lines));
    ToDoList.openItemsFirst(lines);
    ScamReports.leaveOut(lines);
    Asides.leaveOut(lines);
    RequestFirst.reorder(lines);
    return lines;
  }

  /**
   * Leaves out the sentences that are only a courtesy to the reader ("Sorry to bother you again.",
   * "Any help would be appreciated.", "You can reach me on <PHONE> during the day."), wherever in
   * the message they stand: they say nothing of what the writer needs, and their words fill the
   * model's window and pour into the n-grams, which read the whole text. A courtesy run on after a
   * request that lacks its full stop ("… my identity Looking forward to your reply.") goes too, and
   * so do the set phrases of a letter dressed as a legal notice ({@link LegalFormulae}), all but
   * the request a formula introduces after its colon. A message of courtesies only stays as it is.
   * Each paragraph is read whole, its wrapped lines joined, and written back on one line where
   * something was left out.
   */
  private static void dropCourtesies(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    boolean dropped = false;
    boolean request = false;
    for (int i = 0; i < lines.size(); ) {
      if (lines.get(i).isEmpty()) {
        kept.add("");
        i++;
        continue;
      }
      int end = i;
      StringBuilder paragraph = new StringBuilder();
      while (end < lines.size() && !lines.get(end).isEmpty()) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(lines.get(end));
        end++;
      }
      StringBuilder out = new StringBuilder();
      boolean cut = false;
      for (String sentence : sentences(paragraph)) {
        String said = LegalFormulae.withoutFormula(withoutRunOnCourtesy(sentence));
        if (said.isEmpty() || MailCues.isCourtesy(said) || GroupMail.speaksOfItsRecipients(said)) {
          cut = true;
          continue;
        }
        cut |= said.length() < sentence.length();
        request = true;
        out.append(out.isEmpty() ? "" : " ").append(said);
      }
      if (!cut) {
        kept.addAll(lines.subList(i, end));
      } else {
        dropped = true;
        kept.add(out.toString());
      }
      i = end;
    }
    if (dropped && request) {
      lines.clear();
      lines.addAll(kept);
    }
  }

  /**
   * The sentences of a line or paragraph, parted after ".", "!" or "?" and the spaces that follow;
   * by hand, since a lookbehind regex tried at each of a 10 MB paragraph's chars costs a second.
   */
  static List<String> sentences(CharSequence paragraph) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = paragraph.length();
    for (int i = 0; i < n - 1; i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(paragraph.charAt(i + 1))) {
        out.add(paragraph.subSequence(start, i + 1).toString());
        i++;
        while (i < n && Character.isWhitespace(paragraph.charAt(i))) {
          i++;
        }
        start = i;
        i--;
      }
    }
    if (start < n) {
      out.add(paragraph.subSequence(start, n).toString());
    }
    return out;
  }

  /**
   * A sentence without a courtesy that runs on after its last word without a full stop ("I cannot
   * verify my identity Looking forward to your reply."): the courtesy starts at a capitalised word
   * after a word in lower case, and is cut off. Not at "I" ("My PIN is not working and I need
   * assistance." is one request), nor in words all in capitals, as shouting writes every word.
   */
  private static String withoutRunOnCourtesy(String sentence) {
    // A courtesy is a few words long: only the sentence's tail can hold one.
    for (int k = Math.max(1, sentence.length() - MailCues.HEAD); k < sentence.length() - 1; k++) {
      if (sentence.charAt(k) == ' '
          && Character.isLowerCase(sentence.charAt(k - 1))
          && Character.isUpperCase(sentence.charAt(k + 1))
          && k + 2 < sentence.length()
          && Character.isLowerCase(sentence.charAt(k + 2))
          && MailCues.isCourtesy(sentence.substring(k + 1))) {
        return sentence.substring(0, k);
      }
    }
    return sentence;
  }

  /**
   * Moves what a writer copied off a screen after the rest of the message: the line that introduces
   * it ({@link MailCues#introducesPaste}: "This is what the app says:", "Error message below:") and
   * the paragraph under it. An app's or site's error ("Something went wrong", "Service
   * Unavailable", its JSON) is the machine's wording, and read first it outweighs the writer's
   * question; it may still tell what failed, so it stays, last. The bank's own terms, charter or
   * leaflet quoted back at it ("Section 14.2 of your terms says: …", under the line or on it,
   * {@link MailCues#quotesWriting}) are the bank's wording in the same way: a promise to reply in
   * two days read first makes a question about delivery times of any question. A message that is
   * only the paste keeps its order.
   */
  private static List<String> pastesLast(List<String> in) {
    for (int i = 0; i < in.size(); i++) {
      boolean onItsLine = MailCues.quotesWriting(head(in.get(i)));
      if (!onItsLine && !MailCues.introducesPaste(head(in.get(i)))) {
        continue;
      }
      int start = onItsLine ? i : nextNonBlank(in, i + 1);
      if (start < 0) {
        return in;
      }
      int end = start;
      while (end < in.size() && !in.get(end).isBlank()) {
        end++;
      }
      if (isBlank(in.subList(0, i)) && isBlank(in.subList(end, in.size()))) {
        return in;
      }
      List<String> out = new ArrayList<>(in.subList(0, i));
      out.addAll(in.subList(end, in.size()));
      out.add("");
      out.addAll(in.subList(i, end));
      return out;
    }
    return in;
  }

  /** How many lines a fence of two rules may hold for {@link #dropFencedLinks} to drop it. */
  private static final int FENCED_LINES = 30;

  /**
   * Drops a block fenced by two rules that holds a web link: the joining details video-call tools
   * append to an invitation or a mail ("Join the meeting<https://…>", meeting ID, passcode, dial-in
   * numbers, app links). They are the tool's words, and their "meeting", "phone" and "app" pull the
   * reading away from the writer's; the writer's words stand outside the fence. A fenced block
   * without a link stays (only its rules go, as everywhere).
   */
  private static List<String> dropFencedLinks(List<String> in) {
    List<String> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      if (MailCues.isRule(in.get(i).strip())) {
        int close = -1;
        boolean link = false;
        for (int k = i + 1; k < in.size() && k <= i + FENCED_LINES && close < 0; k++) {
          String t = in.get(k).strip();
          if (MailCues.isRule(t)) {
            close = k;
          } else {
            link |= MailCues.hasWebLink(headOf(t));
          }
        }
        if (close > 0 && link) {
          i = close + 1;
          continue;
        }
      }
      out.add(in.get(i));
      i++;
    }
    return out;
  }

  /**
   * A calendar's invitation as its text part writes it: its opening line and the event's fields
   * ("When: …" with the time, the organiser, a list of guests) above the description the organiser
   * typed, and the line that asks for an answer ("Yes - Maybe - No") with the calendar's footer
   * under it. Only the description between them is the writer's. Without the answer line nothing is
   * taken: a form or a letter may well hold a field with a time in it.
   */
  private static List<String> invitationDescription(List<String> in) {
    int answer = -1;
    for (int i = 0; i < in.size() && answer < 0; i++) {
      answer = MailCues.isInvitationAnswerLine(head(in.get(i))) ? i : -1;
    }
    if (answer < 0) {
      return in;
    }
    // The last run of field lines and list items above the answer line with a time in a field.
    int from = 0;
    int i = 0;
    while (i < answer) {
      boolean timed = false;
      int end = i;
      int k = i;
      for (; k < answer; k++) {
        String t = headOf(in.get(k).strip());
        if (t.isEmpty()) {
          continue;
        }
        boolean field = MailCues.fieldValueStart(t) >= 0;
        if (!field && !MailCues.LIST_ITEM.matcher(t).lookingAt()) {
          break;
        }
        timed |= field && MailCues.TIME_OF_DAY.matcher(t).find();
        end = k + 1;
      }
      if (timed) {
        from = end;
      }
      i = Math.max(k, i + 1);
    }
    return new ArrayList<>(in.subList(from, answer));
  }

  /**
   * A conversation held elsewhere and emailed in. Under a transcription's label ("Transcript",
   * "Transcription (automatic, may contain errors):") the paragraph is the caller's own words and
   * the phone system's lines around it (caller, length, mailbox, "Listen to the message") are not:
   * the paragraph alone is the message, and so are the words between a phone system's "---
   * Transcription ---" and "--- End of transcription ---" and under the "Message:" of its notice;
   * of a voicemail only the caller's request is read ({@link Voicemails#callersRequest}). Text a
   * service carries between rules is the writer's in the same way: the letter a fax gateway's OCR
   * read under its label ("Text recognised on page 1 (OCR, …):"), the words a relay or site passes
   * on under a heading ("--- Customer's message ---") up to its closing rule or heading ("--- End
   * of message ---"); the gateway's fields and small print around it go. In a chat pasted in
   * ({@link Chats#writersTurns}) the assistant's, agent's and system's turns are not the
   * customer's: only the customer's turns stay, with the writer's lines outside the chat; its
   * dates, times and names say when and who, and read before each turn they outweigh what was said.
   */
  private static List<String> transcript(List<String> in) {
    for (int i = 0; i < in.size(); i++) {
      String label = head(in.get(i));
      boolean spoken =
          MailCues.isTranscriptLabel(label)
              || Voicemails.isTranscriptionHeading(label)
              || Voicemails.isMessageLabel(label, in);
      boolean heading =
          MailCues.isMessageHeading(label) || Voicemails.isTranscriptionHeading(label);
      if (!heading && !spoken && !MailCues.isRecognisedTextLabel(label)) {
        continue;
      }
      int start = nextNonBlank(in, i + 1);
      List<String> words = new ArrayList<>();
      if (start >= 0 && (heading || MailCues.isRule(in.get(start).strip()))) {
        // A letter a fax's OCR read between two rules, a relay's "--- Customer's message ---" up
        // to its "--- End of message ---": paragraphs and all, up to the closing line.
        for (int k = heading ? start : start + 1; k < in.size(); k++) {
          String t = in.get(k).strip();
          if (MailCues.isRule(t)
              || MailCues.isMessageHeading(head(t))
              || Voicemails.isTranscriptionHeading(head(t))) {
            break;
          }
          words.add(t);
        }
      } else {
        for (int k = start; k >= 0 && k < in.size() && !in.get(k).isBlank(); k++) {
          words.add(in.get(k).strip().replaceAll("^[\"“”]+|[\"“”]+$", ""));
        }
      }
      if (!isBlank(words)) {
        return spoken ? Voicemails.callersRequest(words) : words;
      }
    }
    return Chats.writersTurns(in);
  }

  /**
   * The mail of a web form or a help-desk portal: a block of fields ("Name: …", "Account: …",
   * "Status: Open") around what the writer typed. Where a block holds a field that names the
   * message ("Message:", "Your enquiry:"), its value and the lines under it up to the next field or
   * rule are the message, and the form's own text around it goes; otherwise the blocks' data fields
   * go. A block is at least three data fields in a row (blank lines between them aside), two of
   * them not contact lines, so that a signature's "Tel:" and "Email:" lines or a mailing-list
   * digest's "URL:" and "Date:" never make one. A forum's or tracker's notification heads the post
   * it carries with such fields, some holding a title, a user name with rank or a date of up to
   * eight words ({@link Notifications#isShortField}); under the post, its others' labelled notes
   * and its counters are not the post's either.
   */
  private static List<String> formMessage(List<String> in) {
    List<FormBlock> blocks = formBlocks(in);
    if (blocks.isEmpty()) {
      return in;
    }
    List<String> out = new ArrayList<>();
    int message = messageField(blocks);
    if (message < 0) {
      int b = 0;
      // Under the fields, once the post they head was read: the service's and others' lines.
      boolean post = false;
      for (int i = 0; i < in.size(); i++) {
        while (b < blocks.size() && blocks.get(b).to <= i) {
          b++;
        }
        boolean inBlock = b < blocks.size() && blocks.get(b).from <= i;
        String t = headOf(in.get(i).strip());
        boolean drop =
            inBlock
                ? MailCues.isDataField(t) || Notifications.isDroppedField(t)
                : post && isNotificationsOwn(t);
        if (!drop) {
          out.add(in.get(i));
          post |= !inBlock && i >= blocks.get(0).to && !t.isBlank();
        }
      }
      return out;
    }
    String first = in.get(message).strip();
    int value = MailCues.fieldValueStart(headOf(first));
    // A form's question on its own line ("What happened?") has its value under it.
    out.add(value < 0 ? "" : first.substring(value));
    for (int k = message + 1; k < in.size(); k++) {
      String t = in.get(k).strip();
      if (t.equals("--")
          || MailCues.isRule(t)
          || MailCues.isDataField(headOf(t))
          || (in.get(k - 1).isBlank() && FormFields.isLongField(headOf(t)))) {
        break;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * Whether a line under a notification's fields is the service's or someone else's, not the post
   * the fields head: a labelled note ("Moderator note: …", "Latest reply (jo_1987): …") or a line
   * of counters ("5 replies · 0 kudos · 138 views").
   */
  private static boolean isNotificationsOwn(String line) {
    return Notifications.isLabelledNote(line) || Notifications.isCountsLine(line);
  }

  /**
   * A block of form fields: lines {@code from} to {@code to} (exclusive), its message field or -1.
   */
  private record FormBlock(int from, int to, int message) {}

  /** The form blocks of the lines, in order; each line is read once or twice. */
  private static List<FormBlock> formBlocks(List<String> in) {
    List<FormBlock> blocks = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int data = 0;
      int notContact = 0;
      int message = -1;
      int end = i;
      int k = i;
      for (; k < in.size(); k++) {
        String t = headOf(in.get(k).strip());
        if (t.isEmpty()) {
          continue;
        }
        if (message < 0 && (MailCues.isMessageField(t) || FormFields.isQuestionLabel(t))) {
          message = k;
        } else if (MailCues.isDataField(t) || Notifications.isShortField(t)) {
          data++;
          notContact += MailCues.isContactLine(t) ? 0 : 1;
        } else {
          break;
        }
        end = k + 1;
      }
      if (data >= 3 && notContact >= 2) {
        blocks.add(new FormBlock(i, end, message));
      }
      i = Math.max(k, i + 1);
    }
    return blocks;
  }

  /** The first message field of the blocks, or -1. */
  private static int messageField(List<FormBlock> blocks) {
    for (FormBlock b : blocks) {
      if (b.message >= 0) {
        return b.message;
      }
    }
    return -1;
  }

  /** How many lines may stand above a letter's greeting for them to be taken for a heading. */
  private static final int GREETING_WITHIN = 16;

  /**
   * Drops the paragraphs above a greeting that stands on a line of its own ("Dear Sir or Madam,",
   * "Hi,") near the top: a mail gateway's warning banner in any wording or language, a posted
   * letter's address blocks, date and account lines. The writer's letter starts at its greeting.
   */
  private static void dropAboveGreeting(List<String> lines) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < GREETING_WITHIN; i++) {
      String t = lines.get(i);
      if (t.isEmpty()) {
        continue;
      }
      boolean greeting = MailCues.greetingLength(headOf(t)) == t.length();
      int next = nextNonBlank(lines, i + 1);
      if (greeting
          && MailCues.isSignOff(headOf(t))
          && next >= 0
          && MailCues.isNameLine(headOf(lines.get(next)))) {
        // "Greetings," over the writer's name closes the letter, as translations render "Saludos".
        return;
      }
      if (greeting && seen > 0 && lines.get(i - 1).isEmpty()) {
        lines.subList(0, i).clear();
        return;
      }
      if (greeting) {
        return;
      }
      seen++;
    }
  }

  /**
   * Drops the greeting of the first line (the whole line, or the part before the question) and a
   * pleasantry.
   */
  private static void dropGreeting(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i);
      if (t.isEmpty()) {
        continue;
      }
      int g = MailCues.greetingLength(headOf(t));
      if (g >= 0) {
        t = t.substring(g).strip();
      }
      if (MailCues.isPleasantry(head(t))) {
        t = "";
      } else {
        // "I trust this finds you well. My card …": the pleasantry is the first sentence only.
        int dot = firstSentenceEnd(t);
        if (dot > 0 && MailCues.isPleasantry(head(t.substring(0, dot)))) {
          t = t.substring(dot + 1).strip();
        }
      }
      lines.set(i, t);
      if (!t.isEmpty()) {
        return;
      }
    }
  }

  /** How many dated lines in a row make a log of what happened before. */
  private static final int LOG_ENTRIES = 2;

  /** How many words the line that introduces a dated log may hold ("So far:"). */
  private static final int LOG_HEADING_WORDS = 10;

  /**
   * Leaves out a log of earlier contacts: two or more lines in a row that open with a date ("3 Dec
   * - rang the helpline, waited 40 minutes", "Wed 02/12: used the chat"), with the line that
   * introduces them ("Here's what's happened so far:"), where the message holds more than the log.
   * It tells what the writer went through, not what they ask now: read first it fills the model's
   * window with calls, chats and branch visits, and read after the request its words still pull the
   * n-grams (as a rant's do).
   */
  private static void dropDatedLog(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    boolean log = false;
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && DatedLog.isEntry(headOf(lines.get(end)))) {
        end++;
      }
      if (end - i < LOG_ENTRIES) {
        kept.addAll(lines.subList(i, Math.max(end, i + 1)));
        i = Math.max(end, i + 1);
        continue;
      }
      int above = previousNonBlank(kept, kept.size());
      if (above >= 0 && above >= kept.size() - 2) {
        String h = headOf(kept.get(above));
        if (h.endsWith(":") && h.split("\\s+").length <= LOG_HEADING_WORDS) {
          kept.subList(above, kept.size()).clear();
        }
      }
      log = true;
      i = end;
    }
    if (!log || isBlank(kept)) {
      return;
    }
    lines.clear();
    lines.addAll(kept);
  }

  /** How many grievance sentences make a rant. */
  private static final int GRIEVANCES_OF_A_RANT = 2;

  /**
   * From how many grievance sentences on the rant is not read at all. Two can be the request's own
   * ("I was charged outrageous fees. I would never have paid such outrageous charges!"), so they
   * stay, after the rest; three or more are venting, and read after the request they still pour
   * their words into the n-grams, which read the whole text, and pull the reading their way.
   */
  private static final int GRIEVANCES_LEFT_OUT = 3;

  /**
   * Moves the sentences that only air a grievance about the service ("I spent an hour on hold.",
   * "This is appalling.") after the rest of the message, each on a line of its own, or leaves them
   * out from {@link #GRIEVANCES_LEFT_OUT} on: an angry writer vents first and asks last, and read
   * first the venting fills the model's window and hides the request. Only a rant moves (two such
   * sentences or more: one in a story is part of the story), and a message of grievances only stays
   * as it is.
   */
  private static void grievancesLast(List<String> lines) {
    if (!MailCues.mayHoldGrievance(lines)) {
      return;
    }
    List<String> rest = new ArrayList<>(lines.size());
    List<String> grievances = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty() || line.length() > 8 * MailCues.HEAD) {
        rest.add(line);
        continue;
      }
      StringBuilder kept = new StringBuilder();
      for (String sentence : sentences(line)) {
        if (MailCues.isGrievance(head(sentence))) {
          grievances.add(sentence);
        } else {
          kept.append(kept.isEmpty() ? "" : " ").append(sentence);
        }
      }
      // A numbered paragraph's label ("3.", "Para 3.") left without its sentence says nothing.
      boolean label = MailCues.PARAGRAPH_LABEL.matcher(kept).matches();
      rest.add(label && kept.length() < line.length() ? "" : kept.toString());
    }
    if (grievances.size() < GRIEVANCES_OF_A_RANT || isBlank(rest)) {
      return;
    }
    lines.clear();
    lines.addAll(rest);
    if (grievances.size() < GRIEVANCES_LEFT_OUT) {
      lines.addAll(grievances);
    }
  }

  /**
   * Drops the lines a portal prints above the text it relays: the writer's name alone (a
   * placeholder line followed by a sentence; in a signature, fragments follow it) and the date.
   * They say who and when, not what, and a lone name pulls the model towards personal-details
   * intents.
   */
  private static void dropHeadings(List<String> lines) {
    int next = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      boolean sentenceBelow = next >= 0 && endsSentence(lines.get(next));
      if (MailCues.isDateLine(head(l))
          || (sentenceBelow && MailCues.isPlaceholdersOnly(headOf(l)))) {
        lines.set(i, "");
      } else {
        next = i;
      }
    }
  }

  private static boolean endsSentence(String line) {
    String t = line.strip();
    return !t.isEmpty() && ".?!".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * Takes the rows a writer copies from a statement or an order off the message: a run of two rows
   * or more, each a date then an amount at its end ("03 Nov 2026 CARD PAYMENT TO TESCO -£45.20") or
   * cells between pipes, with the column headings over them. Their descriptions are the bank's and
   * the shops' words (card payments, transfers, cash, top-ups, refunds of their own), and read
   * before the request they outweigh it; the writer's line that introduces them stays.
   */
  private static void dropStatementRows(List<String> lines) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      if (!MailCues.isStatementRow(headOf(lines.get(i)))) {
        i++;
        continue;
      }
      int rows = 0;
      int end = i;
      int k = i;
      for (; k < n; k++) {
        String l = lines.get(k);
        if (l.isEmpty()) {
          continue;
        }
        if (!MailCues.isStatementRow(headOf(l))) {
          break;
        }
        rows++;
        end = k + 1;
      }
      if (rows >= 2) {
        int above = previousNonBlank(lines, i);
        if (above >= 0 && MailCues.isColumnHeadings(headOf(lines.get(above)))) {
          lines.set(above, "");
        }
        for (int j = i; j < end; j++) {
          lines.set(j, "");
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  static int previousNonBlank(List<String> lines, int before) {
    for (int k = before - 1; k >= 0; k--) {
      if (!lines.get(k).isBlank()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Removes every paragraph that is a disclaimer or notice, and everything after one at the end.
   */
  private static void dropDisclaimers(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    boolean anyParagraph = false;
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      StringBuilder paragraph = new StringBuilder();
      while (end < lines.size() && !lines.get(end).isEmpty()) {
        String l = lines.get(end);
        // Cues sit near the start of a notice's lines; a bounded share of each keeps this linear.
        paragraph.append(l, 0, Math.min(l.length(), 4 * MailCues.HEAD)).append(' ');
        end++;
      }
      if (end == i) {
        out.add(lines.get(i));
        i++;
        continue;
      }
      if (!MailCues.isDisclaimer(paragraph.toString().toLowerCase(Locale.ROOT))) {
        out.addAll(lines.subList(i, end));
      } else if (!anyParagraph) {
        // The message's first paragraph: a service's text part without a blank line.
        out.addAll(lines.subList(i, aboveFooter(lines, i, end)));
      }
      anyParagraph = true;
      i = end;
    }
    lines.clear();
    lines.addAll(out);
  }

  /**
   * Where a notice paragraph's lines that are the service's start: at its notification footer's
   * line ("To make sure our emails arrive, …") when the lines above it are no notice themselves,
   * else at its first line. A service's text part often has no blank line at all, so the note it
   * carries and its footer are one paragraph; the footer is the service's, the note above it is
   * not. (A paragraph further down, a signature with a list's footer, still goes whole.)
   */
  private static int aboveFooter(List<String> lines, int from, int to) {
    StringBuilder above = new StringBuilder();
    for (int k = from; k < to; k++) {
      String lower = head(lines.get(k));
      if (MailCues.isNotificationFooter(lower)) {
        return MailCues.isDisclaimer(above.toString()) ? from : k;
      }
      above.append(lower).append(' ');
    }
    return from;
  }

  /** How many lines at the top of a body may stand over a service's notice of what a person did. */
  private static final int NOTICE_WITHIN = 4;

  /**
   * Whether one of a body's first lines is a service's notice of what a person sent or shared
   * ("<PERSON> has shared the following file:", "Lorcan Driscoll sent you a document to sign.").
   */
  private static boolean opensWithServiceNotice(List<String> lines) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < NOTICE_WITHIN; i++) {
      String t = lines.get(i).strip();
      if (t.isEmpty()) {
        continue;
      }
      if (MailCues.isServiceNotice(head(t)) || Notifications.isNamedNotice(headOf(t))) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** How many words a button over a sender's card may hold ("REVIEW DOCUMENT"). */
  private static final int CARD_HEADING_WORDS = 4;

  /**
   * Drops what a service prints around the note a person sent through it: the sender's card at the
   * top (a name or address line with address lines or the wrapped rest of the notice under it, "<
   * PERSON>" over "<EMAIL>", "<EMAIL>" over "sent you 2 files"), under nothing but a heading or a
   * button, and everything from the service's "Powered by …" line on. Over the note the card is no
   * signature: a signature ends a letter, and nothing was written above this one.
   */
  private static void dropSendersCard(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      int k = i + 1;
      if (MailCues.isNameLine(headOf(l)) || MailCues.isContactLine(l)) {
        while (k < lines.size()
            && (MailCues.isContactLine(lines.get(k))
                || Notifications.isNoticeTail(headOf(lines.get(k))))) {
          k++;
        }
      }
      if (k > i + 1) {
        if (nextNonBlank(lines, k) >= 0) {
          // The card, and the buttons over it.
          lines.subList(0, k).clear();
        }
        break;
      }
      if (!isCardHeading(l)) {
        break;
      }
    }
    for (int k = 1; k < lines.size(); k++) {
      if (Notifications.isPoweredBy(headOf(lines.get(k)))) {
        lines.subList(k, lines.size()).clear();
        return;
      }
    }
  }

  /** A button over a sender's card: a few words in capitals ("REVIEW DOCUMENT"), or in brackets. */
  private static boolean isCardHeading(String line) {
    String t = headOf(line);
    return MailCues.isButtonOrLink(t)
        || (t.split("\\s+").length <= CARD_HEADING_WORDS
            && t.chars().anyMatch(Character::isLetter)
            && t.chars().allMatch(c -> Character.isUpperCase(c) || c == ' '));
  }

  /**
   * Cuts at the first sign-off line ("Kind regards,", "Thanks, <PERSON>") after which only a short
   * signature follows: names, titles, contact lines, no sentences.
   */
  private static void cutSignOff(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!MailCues.isSignOff(headOf(lines.get(i)))) {
        continue;
      }
      int tail = 0;
      boolean signature = true;
      for (int k = i + 1; k < lines.size() && signature; k++) {
        String l = lines.get(k);
        if (l.isEmpty()) {
          continue;
        }
        if (MailCues.postscriptLength(headOf(l)) > 0) {
          break;
        }
        tail++;
        signature =
            tail <= 16
                && (MailCues.isContactLine(l)
                    || MailCues.isNameLine(l)
                    || MailCues.isAddressLine(l)
                    || MailCues.isSignatureDecoration(l)
                    || MailCues.isSignOff(headOf(l)));
      }
      int next = nextNonBlank(lines, i + 1);
      // A sign-off with the writer's name under it ends the letter too, whatever the footer under
      // the name holds (working hours, print notices, marketing lines, notices in any wording).
      if (signature || (next >= 0 && MailCues.isNameLine(headOf(lines.get(next))))) {
        cutKeepingPostscript(lines, i, i + 1);
        return;
      }
    }
  }

  /**
   * Cuts at the writer's name under the letter without a sign-off: a name line holding a person
   * placeholder, after the letter's first lines, with a title, company or contact line under it.
   * What follows such a signature is its footer, however long or worded; only a postscript is the
   * writer's again. A portal's name heading is followed by a date or a sentence, never by these.
   */
  private static void cutNamedSignature(List<String> lines) {
    int first = nextNonBlank(lines, 0);
    for (int i = first + 1; first >= 0 && i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue; // each run of blank lines is then looked past once
      }
      String l = headOf(lines.get(i));
      int next = nextNonBlank(lines, i + 1);
      if (next < 0) {
        return;
      }
      String below = headOf(lines.get(next));
      if (l.toLowerCase(Locale.ROOT).contains("<person>")
          && MailCues.isNameLine(l)
          && (MailCues.isNameLine(below) || MailCues.isContactLine(below))) {
        cutKeepingPostscript(lines, i, next + 1);
        return;
      }
    }
  }

  /**
   * Cuts the lines from {@code from} on, but for the first postscript from {@code search} on: a
   * postscript under a signature is the writer's again, often the point of the mail, so it and what
   * follows it stay, its mark taken off.
   */
  private static void cutKeepingPostscript(List<String> lines, int from, int search) {
    for (int k = search; k < lines.size(); k++) {
      int mark = MailCues.postscriptLength(headOf(lines.get(k)));
      if (mark > 0) {
        lines.set(k, lines.get(k).substring(mark));
        lines.subList(from, k).clear();
        if (isFriendlyNote(lines.subList(0, from))) {
          // The letter only thanks or passes on news: the postscript is the request, read first.
          List<String> letter = new ArrayList<>(lines.subList(0, from));
          lines.subList(0, from).clear();
          lines.addAll(letter);
        }
        return;
      }
    }
    lines.subList(from, lines.size()).clear();
  }

  /**
   * Whether a letter is a friendly note that asks nothing: it opens with thanks or a note's opening
   * ("Thank you for your help on the phone.", "Just a quick note to say …", "Hope you are all
   * well.") and holds no question. A letter with a question of its own keeps its place before the
   * postscript.
   */
  private static boolean isFriendlyNote(List<String> letter) {
    int first = nextNonBlank(letter, 0);
    if (first < 0 || !MailCues.opensFriendlyNote(head(letter.get(first)))) {
      return false;
    }
    for (String l : letter) {
      if (l.indexOf('?') >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops contact lines at the end with the name, title and address lines among them, and a name
   * line after a finished sentence.
   */
  private static void dropTrailingSignature(List<String> lines) {
    boolean contact = false;
    int end = lines.size();
    while (end > 0) {
      String l = lines.get(end - 1);
      if (l.isEmpty()) {
        end--;
      } else if (MailCues.isContactLine(l) || MailCues.isSignatureDecoration(l)) {
        contact = true;
        end--;
      } else if ((contact && (MailCues.isNameLine(l) || MailCues.isAddressLine(l)))
          || (MailCues.isNameLine(l) && followsSentence(lines, end - 1))) {
        end--;
      } else {
        break;
      }
    }
    lines.subList(end, lines.size()).clear();
  }

  /** Whether the line at {@code i} comes after a blank line or a finished sentence. */
  private static boolean followsSentence(List<String> lines, int i) {
    if (i == 0) {
      return false;
    }
    String prev = lines.get(i - 1);
    return prev.isEmpty() || prev.endsWith(".") || prev.endsWith("?") || prev.endsWith("!");
  }

  /**
   * The subject without reply/forward prefixes ("Re: Fwd: AW:") and leading tags ("[EXTERNAL]").
   */
  static String subject(String subject) {
    String s = subject.strip();
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      int colon = s.indexOf(':');
      if (colon > 0 && colon <= 8 && isReplyPrefix(s.substring(0, colon))) {
        s = s.substring(colon + 1).strip();
        changed = true;
      } else if (s.charAt(0) == '[') {
        int close = s.indexOf(']');
        if (close > 0 && close <= 30) {
          s = s.substring(close + 1).strip();
          changed = true;
        }
      }
    }
    // A calendar's invitation ("Invitation: Call about my card @ Thu 3 Dec 2026 10:00 - 10:30
    // (GMT) (<EMAIL>)"): the title is the organiser's, the time and the guest after "@" the
    // calendar's.
    int invitation = MailCues.invitationPrefixLength(s.toLowerCase(Locale.ROOT));
    if (invitation > 0) {
      s = s.substring(invitation).strip();
      int at = s.lastIndexOf(" @ ");
      s = at > 0 ? s.substring(0, at).strip() : s;
    }
    // "(no subject)" is the client's, not the writer's.
    return MailCues.isEmptySubject(s.toLowerCase(Locale.ROOT)) ? "" : s;
  }

  /**
   * The subject, or "" where the message opens with the same words (case, punctuation and a
   * trailing "..." aside): web forms, ticket portals and people in a hurry fill the subject with
   * the message's first words, often cut off mid-sentence, and the model would read those words
   * twice, weighing them double against the rest of the question. Nothing is lost: the words stay
   * in the message.
   */
  private static String unlessRepeated(String subject, List<String> message) {
    StringBuilder s = new StringBuilder();
    appendWords(s, subject, Integer.MAX_VALUE);
    if (s.isEmpty()) {
      return subject;
    }
    // The message's words only as far as the subject's reach, and one char on to see a word end.
    StringBuilder opening = new StringBuilder();
    for (int i = 0; i < message.size() && opening.length() <= s.length(); i++) {
      appendWords(opening, message.get(i), s.length());
    }
    boolean repeated =
        opening.length() >= s.length()
            && opening.substring(0, s.length()).contentEquals(s)
            && (opening.length() == s.length() || opening.charAt(s.length()) == ' ');
    return repeated ? "" : subject;
  }

  /**
   * Appends the words of {@code text} to {@code out}, lower case, one space between them, until
   * {@code out} is longer than {@code max}: letters and digits only, so that punctuation, ellipses
   * and line breaks do not count.
   */
  private static void appendWords(StringBuilder out, String text, int max) {
    boolean gap = true;
    for (int i = 0; i < text.length() && out.length() <= max; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
  }

  private static boolean isReplyPrefix(String p) {
    String w = prefixWord(p);
    return isForwardWord(w)
        || switch (w) {
          case "re", "aw", "sv", "vs", "r", "ref", "antw", "odp", "res", "ynt", "回复" -> true;
          default -> false;
        };
  }

  /** Whether a subject's outermost prefix is a forward's ("Fwd:", "FW:", "WG:", "TR:", "RV:"). */
  private static boolean isForward(String subject) {
    // "[EXTERNAL] FW: …": the mail gateway's tag stands before what the writer did.
    while (subject.startsWith("[") && subject.indexOf(']') > 0 && subject.indexOf(']') <= 30) {
      subject = subject.substring(subject.indexOf(']') + 1).strip();
    }
    int colon = subject.indexOf(':');
    return colon > 0 && colon <= 8 && isForwardWord(prefixWord(subject.substring(0, colon)));
  }

  private static boolean isForwardWord(String w) {
    return switch (w) {
      case "fw", "fwd", "wg", "tr", "rv", "enc", "vl", "转发" -> true;
      default -> false;
    };
  }

  /** A prefix's word without its counter ("Re[2]", "AW(3)", "Re2"), in lower case. */
  private static String prefixWord(String p) {
    return p.strip().toLowerCase(Locale.ROOT).replaceAll("\\[\\d+]|\\(\\d+\\)|\\d+$", "").strip();
  }

  static boolean isQuoted(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '>') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  private static String stripQuoteMarks(String line) {
    int i = 0;
    while (i < line.length()
        && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i);
  }

  /** The first {@link MailCues#HEAD} chars of a line, lower case, for the line checks. */
  private static String head(String line) {
    return headOf(line).toLowerCase(Locale.ROOT);
  }

  private static String headOf(String line) {
    return line.length() <= MailCues.HEAD ? line : line.substring(0, MailCues.HEAD);
  }

  private static int firstSentenceEnd(String t) {
    int limit = Math.min(t.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = t.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return i;
      }
    }
    return -1;
  }

  static int nextNonBlank(List<String> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * How much of a body is read: the job's ingest cuts bodies here already ({@code
   * ingest.maxBodyChars}), and a direct caller (the training tools) gets the same bound, so the
   * cost of a body of any size is that of this many chars. The model's window ends long before.
   */
  static final int MAX_BODY_CHARS = 100_000;

  /** The body up to {@link #MAX_BODY_CHARS}, cut after the last whole line that fits. */
  private static String readable(String body) {
    if (body.length() <= MAX_BODY_CHARS) {
      return body;
    }
    int cut = body.lastIndexOf('\n', MAX_BODY_CHARS);
    if (cut <= 0) {
      cut =
          Character.isHighSurrogate(body.charAt(MAX_BODY_CHARS - 1))
              ? MAX_BODY_CHARS - 1
              : MAX_BODY_CHARS;
    }
    return body.substring(0, cut);
  }

  private static List<String> lines(String body) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(body.substring(start, i).stripTrailing());
        if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(body.substring(start).stripTrailing());
    return out;
  }

  static boolean isBlank(List<String> lines) {
    for (String l : lines) {
      if (!l.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The subject, then the non-blank lines, one a line. */
  private static String join(String subject, List<String> lines) {
    StringBuilder sb = new StringBuilder(subject);
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(l.strip());
    }
    return sb.toString().strip();
  }
}
