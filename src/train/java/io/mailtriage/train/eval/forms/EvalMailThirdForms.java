package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.DAYS;
import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.outlookDate;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.quote;
import static io.mailtriage.train.eval.forms.MailParts.time24;
import static io.mailtriage.train.eval.forms.MailParts.wrap;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The third evaluation set's templates ({@code data/eval-mail-third}), written by a third author
 * from the two earlier sets' form lists and the builder's plumbing only, before reading the
 * model-text step's rules: inline and bottom-posted replies, other clients' history separators,
 * help-desk ticket threads, hurried and non-native writing, other phone clients with their quote
 * styles, attachments and inline images, HTML layouts, long footers, a customer chasing their own
 * question and mail forwarded on a customer's behalf. Renders BANKING77 <em>test</em> queries and
 * must never feed training.
 *
 * <p>Every mail holds its query's words once, unchanged, as the customer's request; everything
 * around it is the template's. Dates are written by hand (no locale data of the JDK), and
 * everything is drawn from the {@link Random} passed in, so a seed gives the same bytes on every
 * JDK.
 */
final class EvalMailThirdForms extends MailParts.FormSet<EvalMailThirdForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    REPLY_INLINE,
    REPLY_BELOW,
    TICKET,
    HURRIED,
    MOBILE_CLIENT,
    ATTACHMENT,
    HTML_LAYOUT,
    FOOTER_LONG,
    FOLLOW_UP,
    ON_BEHALF;
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final String BANK = "Acme Bank Service Centre";
  private static final String BANK_FROM = BANK + " <" + SUPPORT + ">";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 10, 5, 6, 20, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Priyanka",
    "Mehmet",
    "Olusegun",
    "Guillermo",
    "Hyun-woo",
    "Tuva",
    "Declan",
    "Farah",
    "Matteo",
    "Ilse",
    "Kofi",
    "Anneke",
    "Rafael",
    "Saoirse",
    "Dariusz",
    "Mirela",
    "Tariq",
    "Yolanda",
    "Pieter",
    "Lan",
    "Aurelio",
    "Wanjiru",
    "Henrik",
    "Roisin",
    "Ximena",
    "Cormac",
    "Esra",
    "Bongani",
    "Linnea",
    "Agnieszka"
  };
  private static final String[] LAST = {
    "Ramaswamy",
    "Yılmaz",
    "Adebayo",
    "Castellanos",
    "Park",
    "Solberg",
    "Fitzgerald",
    "Qureshi",
    "Ferraro",
    "de Vries",
    "Boateng",
    "Jansen",
    "Moreira",
    "Gallagher",
    "Kowalczyk",
    "Popescu",
    "Rahman",
    "Villanueva",
    "van Dijk",
    "Nguyen",
    "Bellini",
    "Kamau",
    "Lund",
    "Brennan",
    "Ortega",
    "McCarthy",
    "Aydın",
    "Ndlovu",
    "Holm",
    "Mazur"
  };
  private static final String[] DOMAINS = {
    "example.com", "mailbox.example.net", "example.org", "post.example.ie", "example.co.za"
  };

  /** Numbers from ranges kept for fiction (UK drama ranges, US 555-01xx, Australia's 7010). */
  private static final String[] PHONES = {
    "+44 113 496 0%03d",
    "0113 496 0%03d",
    "+44 28 9649 6%03d",
    "+1 (613) 555-01%02d",
    "+1 415 555 01%02d",
    "+61 3 7010 4%03d"
  };

  private static final String[] GREETINGS = {
    "Hi,",
    "Hello team,",
    "Dear Acme,",
    "Good day,",
    "Hi Acme Bank,",
    "Dear Service Centre,",
    "Hey there,",
    "Morning all,",
    "Hello again,"
  };
  private static final String[] SIGN_OFFS = {
    "Thanks,",
    "Thank you,",
    "Regards,",
    "Best regards,",
    "Many thanks,",
    "Warm regards,",
    "Thanks in advance,",
    "Speak soon,",
    "Kind regards,"
  };

  /** The bank's earlier messages: subject, an opening, two questions and an agent's name. */
  private static final String[][] BANK_MAILS = {
    {
      "Your message to Acme Bank",
      "Thank you for contacting the Acme Bank Service Centre.",
      "Could you tell us what you need help with today?",
      "Is the account held in your sole name?",
      "Jordan"
    },
    {
      "Re: Your enquiry",
      "Thanks for your message and sorry for the wait.",
      "So that we can help, could you describe the issue in a sentence or two?",
      "Are you still able to log in to online banking?",
      "Priya"
    },
    {
      "We'd like to help",
      "We saw you started a chat with us yesterday but it ended before we could reply.",
      "What would you like help with?",
      "Is your registered mobile number still up to date?",
      "Sam"
    },
    {
      "Case 00481213 - more details needed",
      "We are looking into the case you opened on our website.",
      "Please explain what you are asking us to do.",
      "Have you contacted us about this before?",
      "Alex"
    }
  };

  /** Short answers a customer types under the bank's second question. */
  private static final String[] SHORT_ANSWERS = {
    "Yes.", "yes", "No.", "No it isn't", "Yes, that's right.", "Yes it is", "no", "Correct."
  };

  private static final String[] AGENT_TEAMS = {
    "Acme Bank Service Centre", "Customer Service Team, Acme Bank", "Acme Bank | Service Centre"
  };

  EvalMailThirdForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(13L * index);
    String messageId =
        "<"
            + Long.toString(date.toEpochSecond(), 36)
            + "-"
            + Integer.toString(index * 6_733 + 5, 36)
            + "@"
            + p.domain()
            + ">";
    Headers h = new Headers(p, date, messageId, pick("", "Acme Bank ") + "<" + SUPPORT + ">");
    String[] bank = BANK_MAILS[random.nextInt(BANK_MAILS.length)];
    String caseId = "<svc-" + (900_000 + index) + "@acme-bank.example>";
    return switch (form) {
      case REPLY_INLINE -> replyInline(h, query, p, bank, caseId);
      case REPLY_BELOW -> replyBelow(h, query, p, bank, caseId);
      case TICKET -> ticket(h, query, p, index);
      case HURRIED -> hurried(h, query, p);
      case MOBILE_CLIENT -> mobileClient(h, query, p, bank, caseId);
      case ATTACHMENT -> attachment(h, query, p);
      case HTML_LAYOUT -> htmlLayout(h, query, p);
      case FOOTER_LONG -> plain(h.subject(subject(query)), footerLong(query, p));
      case FOLLOW_UP -> followUp(h, query, p);
      case ON_BEHALF -> onBehalf(h, query, p, index);
    };
  }

  EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        switch (random.nextInt(3)) {
          case 0 -> ascii(first + "." + last);
          case 1 -> ascii(first.charAt(0) + last);
          default -> ascii(first + "_" + last.charAt(0)) + (index % 97);
        };
    local = local.toLowerCase(Locale.ROOT).replace(" ", "").replace("ı", "i");
    String phone = MailParts.phone(pick(PHONES), random);
    String street =
        pick(
            "14 Larch Close, Leeds LS6 2QT",
            "Apartment 3, 21 Quay Street, Galway H91 X2Y3",
            "9 Kloof Road, Cape Town 8001",
            "300 Example Avenue, Ottawa ON K1A 0B1");
    return new EvalMailForms.Person(first, last, local + "@" + pick(DOMAINS), phone, street);
  }

  // ---- the forms ----------------------------------------------------------------------------

  /**
   * The customer answers between the bank's lines: their request under the bank's first question, a
   * short answer under the second, the rest of the bank's mail left quoted below or cut.
   */
  private byte[] replyInline(
      Headers h, String query, EvalMailForms.Person p, String[] bank, String caseId) {
    h.reply(caseId);
    h.subject(pick("Re: ", "RE: ", "Re: Re: ") + bank[0]);
    String answer = pick(SHORT_ANSWERS);
    StringBuilder b = new StringBuilder();
    if (random.nextInt(3) > 0) {
      b.append(
              pick(
                  "Hi " + bank[4] + ", answers below.",
                  "Please see my answers inline.",
                  "Hello, replies below",
                  "Answers in line below - thanks"))
          .append("\n\n");
    }
    if (random.nextInt(3) == 0) {
      // Outlook users answer inside the unquoted history, marking their lines with initials.
      String mark = "[" + p.first().charAt(0) + p.last().charAt(0) + "] ";
      b.append(
              fields(
                  "From",
                  BANK_FROM,
                  "Sent",
                  outlookDate(h.date.minusDays(1)),
                  "To",
                  p.full() + " <" + p.address() + ">",
                  "Subject",
                  bank[0]))
          .append("\n\nDear ")
          .append(p.first())
          .append(",\n\n")
          .append(bank[1])
          .append("\n\n")
          .append(bank[2])
          .append("\n")
          .append(mark)
          .append(query)
          .append("\n\n")
          .append(bank[3])
          .append("\n")
          .append(mark)
          .append(answer)
          .append("\n\nKind regards,\n")
          .append(bank[4])
          .append("\n")
          .append(pick(AGENT_TEAMS));
      return plain(h, b.toString());
    }
    if (random.nextBoolean()) {
      b.append(attribution(h.date.minusDays(1))).append('\n');
    }
    b.append(quote("Dear " + p.first() + ",\n\n" + wrap(bank[1], 72) + "\n\n" + wrap(bank[2], 72)))
        .append("\n\n")
        .append(query)
        .append("\n\n")
        .append(quote(wrap(bank[3], 72)))
        .append("\n\n")
        .append(answer)
        .append("\n\n");
    switch (random.nextInt(3)) {
      case 0 ->
          b.append(quote("Kind regards,\n" + bank[4] + "\n" + pick(AGENT_TEAMS)))
              .append("\n\n")
              .append(p.first());
      case 1 -> b.append(pick("Thanks", "Cheers", "Thank you")).append('\n').append(p.full());
      default -> b.append(p.first());
    }
    return plain(h, b.toString());
  }

  /**
   * Bottom-posting: the earlier mail first, quoted under another client's separator or attribution
   * (or none), sometimes at mixed depths, and the customer's letter under it.
   */
  private byte[] replyBelow(
      Headers h, String query, EvalMailForms.Person p, String[] bank, String caseId) {
    h.reply(caseId);
    h.subject(pick("Re: ", "SV: ", "Odp: ", "R: ", "Re: ") + bank[0]);
    ZonedDateTime w = h.date.minusDays(1 + random.nextInt(3));
    String bankText =
        "Dear "
            + p.first()
            + ",\n\n"
            + wrap(bank[1] + " " + bank[2], 72)
            + "\n\nKind regards,\n"
            + bank[4]
            + "\n"
            + pick(AGENT_TEAMS);
    StringBuilder b = new StringBuilder();
    switch (random.nextInt(5)) {
      case 0 -> b.append(quote(bankText));
      case 1 -> {
        // The bank had quoted the customer's first message: two depths, written two ways.
        String earlier =
            pick(
                "Hello, I need some help with my account please.",
                "Hi, can someone contact me about my account?");
        String deeper = random.nextBoolean() ? quote(quote(earlier)) : ">>" + earlier;
        b.append(quote(bankText)).append("\n>\n").append(deeper);
      }
      case 2 ->
          b.append(
                  pick(
                      "-----Original Message-----",
                      "-----Ursprüngliche Nachricht-----",
                      "-----Message d'origine-----",
                      "----- Mensaje original -----",
                      "-------- Messaggio originale --------",
                      "-------- Oorspronkelijk bericht --------"))
              .append('\n')
              .append(
                  fields(
                      "From",
                      BANK_FROM,
                      "Sent",
                      numericDate(w),
                      "To",
                      p.address(),
                      "Subject",
                      bank[0]))
              .append("\n\n")
              .append(quote(bankText));
      case 3 -> b.append(otherAttribution(w)).append('\n').append(quote(bankText));
      default -> b.append("> ").append(bank[2]);
    }
    b.append("\n\n");
    if (random.nextBoolean()) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.full());
    return plain(h, b.toString());
  }

  /**
   * A reply to a help desk's ticket mail: ticket ids and piled-up prefixes in the subject, the
   * customer's text above the desk's reply marker, the notification under it.
   */
  private byte[] ticket(Headers h, String query, EvalMailForms.Person p, int index) {
    int ticketNo = 48_000 + index;
    String topic = pick("Your request", "Update on your case", "We have replied", "Action needed");
    h.subject(
        pick(
                "[Ticket #" + ticketNo + "] RE: RE: FW: ",
                "RE: [Ticket#" + ticketNo + "] ",
                "Re: [Acme Bank Help] Re: ",
                "AW: [#SR-" + ticketNo + "] ",
                "Re: [Case: 0" + (4_810_000 + index) + "] ")
            + topic);
    h.reply("<ticket-" + ticketNo + "@desk.acme-bank.example>");
    String marker =
        pick(
            "##- Please type your reply above this line -##",
            "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##",
            "-- Reply above this line --",
            "---- Please reply ABOVE THIS LINE ----",
            "[== Please reply above this line ==]",
            "—-—-—-—\nType your reply above this line.",
            "### Répondez au-dessus de cette ligne ###");
    String notification =
        marker
            + "\n\n"
            + pick(
                "Your request ("
                    + ticketNo
                    + ") has been updated. To add additional comments,"
                    + " reply to this email.",
                "Ticket #" + ticketNo + " was updated by " + pick("Jordan", "Sam") + ".",
                "A support agent has replied to your ticket.")
            + "\n\n"
            + pick("Jordan", "Sam", "Priya")
            + " (Acme Bank Service Centre)\n"
            + shortDate(h.date.minusHours(20))
            + "\n\n"
            + pick(
                "Hello, thanks for waiting. Could you let us know what you would like us to do?",
                "We need a bit more information to progress this ticket. Please reply with the"
                    + " details of your question.")
            + "\n\n"
            + pick(
                "This email is a service from Acme Bank Help. Delivered by Deskly.",
                "You are receiving this because you are subscribed to ticket #" + ticketNo + ".",
                "[" + Integer.toString(ticketNo * 31, 36).toUpperCase(Locale.ROOT) + "-RK1Q]",
                "ref:_00D5e0abc._5006x" + Integer.toString(ticketNo, 36) + ":ref");
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.full());
    switch (random.nextInt(3)) {
      case 0 ->
          b.append("\n\nOn ")
              .append(shortDate(h.date.minusHours(20)))
              .append(", Acme Bank Help <")
              .append(SUPPORT)
              .append("> wrote:\n")
              .append(quote(notification));
      case 1 ->
          b.append("\n\n________________________________\n")
              .append(
                  fields(
                      "From",
                      "Acme Bank Help <" + SUPPORT + ">",
                      "Sent",
                      outlookDate(h.date.minusHours(20)),
                      "To",
                      p.address(),
                      "Subject",
                      "[Ticket #" + ticketNo + "] " + topic))
              .append("\n\n")
              .append(notification);
      default -> b.append("\n\n").append(notification);
    }
    return plain(h, b.toString());
  }

  /**
   * Hurried and non-native writing around the request: lower case, no punctuation, typos, shouting
   * openers, emoji. The request's own words stay as the customer wrote them.
   */
  private byte[] hurried(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick(
            "URGENT!!!",
            "pls help",
            "HELP",
            "",
            "problem!!",
            "no answer from you",
            "i need help",
            "😡😡",
            "Kindly assist",
            subject(query)));
    StringBuilder b = new StringBuilder();
    switch (random.nextInt(4)) {
      case 0 ->
          b.append(
                  pick(
                      "THIS IS THE THIRD TIME I WRITE TO YOU!!!",
                      "I AM VERY UNHAPPY WITH YOUR SERVICE.",
                      "NOBODY ANSWERS THE PHONE!!",
                      "URGENT URGENT URGENT",
                      "WHY IS THIS SO DIFFICULT"))
              .append(pick("\n\n", " ", "\n"));
      case 1 ->
          b.append(pick("hi", "hello", "hi pls help", "hey", "helo"))
              .append(pick("\n", " ", "\n\n"));
      case 2 ->
          b.append(
                  pick(
                      "Dear Sir/Madam, I am writing you because I have a doubt.",
                      "Good day, kindly assist me with below.",
                      "Hello dear, sorry for my bad english.",
                      "Respected Sir,"))
              .append("\n\n");
      default -> {}
    }
    b.append(query);
    b.append(
        pick(
            "\n\nplz answr asap",
            " 🙏",
            "\n\nthx",
            "\n\ni am waitting since 3 days!!",
            "\n\nKindly revert at the earliest.",
            "\n\nthanks 👍",
            " 😡😡😡",
            "\n\nPLEASE ANSWER",
            "",
            "\n\nplease do the needful"));
    b.append(pick("\n", "\n\n")).append(pick(p.first(), p.first().toLowerCase(Locale.ROOT), ""));
    return plain(h, b.toString().stripTrailing());
  }

  /** Phone clients the earlier sets do not write, with their footers and ways of quoting. */
  private byte[] mobileClient(
      Headers h, String query, EvalMailForms.Person p, String[] bank, String caseId) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(3) == 0) {
      b.append(pick("Hi", "Hello", "Hi,")).append("\n\n");
    }
    b.append(query);
    if (random.nextBoolean()) {
      b.append("\n\n").append(pick(p.first(), "Thanks " + p.first(), "T"));
    }
    h.reply(caseId);
    h.subject(pick("Re: ", "RE: ", "Re:") + bank[0]);
    ZonedDateTime w = h.date.minusHours(3 + random.nextInt(30));
    String bankText =
        "Dear " + p.first() + ",\n\n" + wrap(bank[1] + " " + bank[2], 72) + "\n\n" + bank[4];
    switch (random.nextInt(7)) {
      case 0 ->
          // Samsung Email: its footer, then the history unquoted under its own separator.
          b.append("\n\n\n\n")
              .append(
                  pick("Sent from my Samsung Galaxy smartphone.", "Sent via the Samsung Email app"))
              .append("\n\n")
              .append(
                  pick(
                      "-------- Original message --------",
                      "-------- Ursprüngliche Nachricht --------",
                      "-------- Message d'origine --------",
                      "-------- Mensaje original --------"))
              .append('\n')
              // Samsung leaves a space at the end of every header line.
              .append(
                  fields(
                      "From", BANK_FROM + " ",
                      "Date", numericDate(w) + " (GMT+00:00) ",
                      "To", p.full() + " <" + p.address() + "> ",
                      "Subject", bank[0] + " "))
              .append("\n\n")
              .append(bankText);
      case 1 ->
          // Outlook for Android and iOS: the history under a rule and a From/Sent block.
          b.append("\n\n")
              .append(
                  pick(
                      "Get Outlook for Android<https://aka.example/AAb9ysg>",
                      "Get Outlook for iOS<https://aka.example/o0ukef>",
                      "Outlook for Android herunterladen<https://aka.example/AAb9ysg>"))
              .append("\n________________________________\n")
              .append(
                  fields(
                      "From",
                      BANK_FROM,
                      "Sent",
                      outlookDate(w),
                      "To",
                      p.full() + " <" + p.address() + ">",
                      "Subject",
                      bank[0]))
              .append("\n\n")
              .append(bankText);
      case 2 -> {
        // Yahoo Mail on phones: the attribution indented, the history indented, not quoted.
        b.append("\n\n")
            .append(pick("Sent from Yahoo Mail for iPhone", "Sent from Yahoo Mail on Android"))
            .append("\n\n\n  On ")
            .append(shortDate(w))
            .append(", Acme Bank Service Centre<")
            .append(SUPPORT)
            .append("> wrote:  ");
        for (String line : bankText.split("\n")) {
          b.append(line.isEmpty() ? "\n" : "  " + line + "\n");
        }
      }
      case 3 ->
          // Spark: attribution with the zone and a trailing comma after the address.
          b.append("\n\n")
              .append(pick("Sent with Spark", "Sent with Spark for iOS"))
              .append("\nOn ")
              .append(dayMonthYear(w, 3))
              .append(", ")
              .append(time24(w))
              .append(" +0000, ")
              .append(BANK_FROM)
              .append(", wrote:\n")
              .append(quote(bankText));
      case 4 ->
          // BlackBerry Hub: footer, then From/Sent/To/Reply To/Subject, unquoted.
          b.append("\n\n")
              .append(
                  pick(
                      "Sent from my BlackBerry — the most secure mobile device",
                      "Sent from my BlackBerry 10 smartphone on the Vodacom network."))
              .append('\n')
              .append(
                  fields(
                      "From",
                      SUPPORT,
                      "Sent",
                      dayMonthYear(w, 9) + " " + time24(w),
                      "To",
                      p.address(),
                      "Reply To",
                      SUPPORT,
                      "Subject",
                      bank[0]))
              .append("\n\n")
              .append(bankText);
      case 5 ->
          // The Gmail app: "Name, <address>" and a quoted answer, footer-less.
          b.append("\n\nOn ")
              .append(shortDate(w).replace(" at", ","))
              .append(" Acme Bank Service Centre, <")
              .append(SUPPORT)
              .append("> wrote:\n\n")
              .append(quote(bankText));
      default ->
          b.append("\n\n--\n")
              .append(
                  pick(
                      "Sent from FairEmail, please pardon my brevity",
                      "Sent from Proton Mail for iOS",
                      "Sent from my iPad",
                      "Enviado desde mi Samsung Galaxy"))
              .append("\n\n")
              .append(otherAttribution(w))
              .append('\n')
              .append(quote(bankText));
    }
    return plain(h, b.toString());
  }

  /** A letter with a file attached, or HTML with an inline image, said so in the text or not. */
  private byte[] attachment(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    String note =
        pick(
            "Please see attached screenshot.",
            "I've attached a photo of the statement.",
            "Screenshot attached.",
            "See the attached PDF.",
            "");
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append(pick(GREETINGS)).append("\n\n");
    }
    boolean noteFirst = random.nextBoolean();
    if (noteFirst && !note.isEmpty()) {
      text.append(note).append("\n\n");
    }
    text.append(query);
    if (!noteFirst && !note.isEmpty()) {
      text.append(random.nextBoolean() ? " " : "\n\n").append(note);
    }
    text.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.full());
    String boundary = "b1_" + Integer.toHexString(random.nextInt() | 0x1000_0000);
    String inner = "b2_" + Integer.toHexString(random.nextInt() | 0x1000_0000);
    String file = pick("Screenshot_20261201-101522.png", "IMG_4821.JPG", "statement.pdf");
    String type =
        file.endsWith(".pdf")
            ? "application/pdf"
            : file.endsWith(".png") ? "image/png" : "image/jpeg";
    String data = base64(fileBytes(type));
    switch (random.nextInt(3)) {
      case 0 -> {
        // multipart/mixed: the text, then the file.
        String body =
            "--"
                + boundary
                + "\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding:"
                + " quoted-printable\n\n"
                + qp(text.toString())
                + "\n\n"
                + filePart(boundary, type, file, "", data);
        return mime(h, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
      }
      case 1 -> {
        // multipart/mixed around multipart/alternative: text and HTML, then the file.
        String html =
            "<div dir=\"ltr\">"
                + esc(text.toString()).replace("\n", "<br>")
                + "</div><br><div>"
                + "<img src=\"cid:ii_"
                + inner
                + "\" alt=\""
                + file
                + "\"></div>";
        String body =
            "--"
                + boundary
                + "\nContent-Type: multipart/alternative; boundary=\""
                + inner
                + "\"\n\n--"
                + inner
                + "\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
                + text
                + "\n\n[image: "
                + file
                + "]\n\n--"
                + inner
                + "\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding:"
                + " quoted-printable\n\n"
                + qp(html)
                + "\n--"
                + inner
                + "--\n"
                + filePart(boundary, type, file, "\nContent-ID: <ii_" + inner + ">", data);
        return mime(h, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
      }
      default -> {
        // multipart/related: HTML with a logo and the screenshot as inline images.
        String cid = "image001.png@01DB" + Integer.toHexString(0x1000 + random.nextInt(0xefff));
        StringBuilder html = new StringBuilder("<html><body>");
        for (String para : text.toString().split("\n\n")) {
          html.append("<p>").append(esc(para).replace("\n", "<br>")).append("</p>");
        }
        html.append("<p><img width=\"120\" height=\"40\" src=\"cid:")
            .append(cid)
            .append("\" alt=\"")
            .append(pick("logo", "Signature", ""))
            .append("\"></p></body></html>");
        String body =
            "--"
                + boundary
                + "\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding:"
                + " quoted-printable\n\n"
                + qp(html.toString())
                + "\n\n--"
                + boundary
                + "\nContent-Type: image/png; name=\"image001.png\"\nContent-Description:"
                + " image001.png\nContent-Disposition: inline; filename=\"image001.png\"\n"
                + "Content-ID: <"
                + cid
                + ">\nContent-Transfer-Encoding: base64\n\n"
                + base64(fileBytes("image/png"))
                + "\n--"
                + boundary
                + "--\n";
        return mime(
            h, "multipart/related; boundary=\"" + boundary + "\"; type=\"text/html\"", null, body);
      }
    }
  }

  /** HTML-only mail laid out as tables, nested divs, bare line breaks or Word's own markup. */
  private byte[] htmlLayout(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    String greeting = random.nextInt(4) > 0 ? pick(GREETINGS) : null;
    String signOff = pick(SIGN_OFFS);
    StringBuilder b = new StringBuilder();
    switch (random.nextInt(4)) {
      case 0 -> {
        // A table layout with a two-column signature beside a logo.
        b.append(
            "<html><head><style>td{font-family:Arial}</style></head><body><table width=\"600\""
                + " cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
        if (greeting != null) {
          b.append("<tr><td style=\"padding:8px 0\">").append(esc(greeting)).append("</td></tr>");
        }
        b.append("<tr><td style=\"padding:8px 0\">")
            .append(esc(query))
            .append("</td></tr><tr><td>")
            .append(esc(signOff))
            .append(
                "</td></tr><tr><td><table><tr><td><img src=\"https://cdn.example.com/logo.png\""
                    + " width=\"64\" alt=\"\"></td><td style=\"border-left:2px solid #c00;padding-left:8px\">"
                    + "<b>")
            .append(esc(p.full()))
            .append("</b><br>")
            .append(esc(p.phone()))
            .append("<br><a href=\"mailto:")
            .append(p.address())
            .append("\">")
            .append(p.address())
            .append("</a></td></tr></table></td></tr></table></body></html>\n");
      }
      case 1 -> {
        // Nested divs and spans as web clients write them.
        b.append("<div style=\"font-family: Verdana; font-size: 12px\"><div>");
        if (greeting != null) {
          b.append("<div><span>").append(esc(greeting)).append("</span></div><div><br></div>");
        }
        String[] halves = halves(query);
        b.append("<div><span style=\"color:#222\">")
            .append(esc(halves[0]))
            .append("</span><span style=\"color:#222\">")
            .append(esc(halves[1]))
            .append("</span></div><div><br></div><div><div>")
            .append(esc(signOff))
            .append("</div><div>")
            .append(esc(p.first()))
            .append("</div></div></div></div>\n");
      }
      case 2 -> {
        // Line breaks only, no paragraphs.
        if (greeting != null) {
          b.append(esc(greeting)).append("<br><br>");
        }
        b.append(esc(query))
            .append("<br><br>")
            .append(esc(signOff))
            .append("<br>")
            .append(esc(p.full()))
            .append("<br>")
            .append(esc(p.phone()))
            .append("<br>\n");
      }
      default -> {
        // Word: conditional comments, VML, mso-list paragraphs, runs split in spans.
        b.append(
            "<html xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><!--[if gte mso"
                + " 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->"
                + "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style></head>"
                + "<body lang=\"EN-IE\"><div class=\"WordSection1\">\n");
        if (greeting != null) {
          b.append("<p class=\"MsoNormal\"><span lang=\"EN-GB\">")
              .append(esc(greeting))
              .append("<o:p></o:p></span></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n");
        }
        String[] halves = halves(query);
        b.append("<p class=\"MsoNormal\"><span lang=\"EN-GB\">")
            .append(esc(halves[0]))
            .append("</span><span lang=\"EN-GB\" style=\"mso-bidi-font-family:Calibri\">")
            .append(esc(halves[1]))
            .append("<o:p></o:p></span></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n")
            .append("<p class=\"MsoNormal\">")
            .append(esc(signOff))
            .append("<o:p></o:p></p>\n<p class=\"MsoNormal\"><b>")
            .append(esc(p.full()))
            .append("</b><o:p></o:p></p>\n")
            .append(
                "<p class=\"MsoNormal\"><!--[if gte vml 1]><v:shape id=\"Picture_x0020_1\""
                    + " style=\"width:90pt;height:30pt\"><v:imagedata src=\"image001.png\""
                    + " o:title=\"\"/></v:shape><![endif]--><![if !vml]><img width=\"120\""
                    + " height=\"40\" src=\"cid:image001.png\" v:shapes=\"Picture_x0020_1\"><![endif]>"
                    + "<o:p></o:p></p>\n")
            .append("<p class=\"MsoNormal\"><span style=\"font-size:9.0pt\">")
            .append(esc(p.phone()))
            .append("<o:p></o:p></span></p>\n</div></body></html>\n");
      }
    }
    return mime(h, "text/html; charset=UTF-8", "quoted-printable", qp(b.toString()));
  }

  /** The letter under a long company footer: banners, legal and marketing lines, in new words. */
  private String footerLong(String query, EvalMailForms.Person p) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) == 0) {
      b.append(
              pick(
                  "CAUTION: This email originated from outside of the organisation. Do not click"
                      + " links unless you recognise the sender.",
                  "[Externe Mail] Vorsicht bei Links und Anhängen.",
                  "*** This message came from the Internet ***"))
          .append("\n\n");
    }
    if (random.nextBoolean()) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n");
    if (random.nextInt(4) > 0) {
      b.append(pick(SIGN_OFFS)).append('\n');
    }
    b.append(p.full());
    if (random.nextBoolean()) {
      b.append(pick(" (she/her)", " (he/him)", " (they/them)"));
    }
    b.append('\n')
        .append(pick("Finance Assistant", "Practice Manager", "Director", "Accounts Payable"))
        .append(" | ")
        .append(pick("Harbourline Logistics", "Greenfield Veterinary", "Orla & Finch Interiors"))
        .append('\n')
        .append(p.phone())
        .append('\n');
    List<String> footers =
        new java.util.ArrayList<>(
            List.of(
                pick(
                    "My working hours may not be your working hours. Please do not feel obliged"
                        + " to reply outside of yours.",
                    "I work part-time, Tuesday to Thursday.",
                    "Our office will be closed from 24 December to 2 January."),
                pick(
                    "Save a tree - please don't print this email unless you really need to.",
                    "Before printing, think about your responsibility and commitment to the"
                        + " environment.",
                    "Antes de imprimir este correo electrónico, piense bien si es necesario"
                        + " hacerlo.",
                    "Pensa all'ambiente prima di stampare questa email.",
                    "🌱 Only print this email if you have to."),
                pick(
                    "We're proud to be a certified B Corporation. Read our 2026 impact report at"
                        + " https://www.harbourline.example/impact",
                    "Winner - Regional Small Business Awards 2025. Book a meeting with me:"
                        + " https://meet.example.com/"
                        + ascii(p.first()).toLowerCase(Locale.ROOT),
                    "Follow us: Facebook | Instagram | YouTube"),
                pick(
                    "This e-mail and any attachments may contain information that is privileged"
                        + " or protected from disclosure. If you have received it in error, you"
                        + " must not copy, distribute or act on it; please let the sender know and"
                        + " delete it from your system. E-mail is not secure and may be"
                        + " intercepted; we accept no liability for any loss caused by its"
                        + " contents or by any virus it may carry.",
                    "De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que"
                        + " sus datos personales serán tratados por Harbourline Logistics S.L. con"
                        + " la finalidad de mantener la relación comercial. Puede ejercer sus"
                        + " derechos de acceso, rectificación, supresión y oposición escribiendo"
                        + " a privacidad@harbourline.example.",
                    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u"
                        + " dit bericht per vergissing heeft ontvangen, verzoeken wij u de"
                        + " afzender te informeren en het bericht te verwijderen.",
                    "Ai sensi del Regolamento UE 2016/679 si precisa che le informazioni"
                        + " contenute in questo messaggio sono riservate e a uso esclusivo del"
                        + " destinatario. Qualora il messaggio vi fosse pervenuto per errore, vi"
                        + " preghiamo di eliminarlo e di darcene notizia."),
                pick(
                    "Orla & Finch Interiors Limited. Registered in Ireland No. 000000. Registered"
                        + " office: 1 Example Quay, Dublin 2.",
                    "Greenfield Veterinary Ltd, company number 00000000, VAT GB000000000.",
                    "To stop receiving our newsletter, reply UNSUBSCRIBE.")));
    java.util.Collections.shuffle(footers, random);
    int n = 3 + random.nextInt(3);
    String rule = pick("", "____________________________________\n", "***\n", "\n");
    b.append('\n').append(rule);
    b.append(String.join("\n\n", footers.subList(0, n).stream().map(f -> wrap(f, 76)).toList()));
    return b.toString();
  }

  /**
   * The customer chasing their own unanswered question: a short follow-up (one or two) on top of
   * their earlier mail, which holds the request. The label is the earlier mail's.
   */
  private byte[] followUp(Headers h, String query, EvalMailForms.Person p) {
    String first = subject(query);
    h.subject(pick("Re: ", "RE: ", "Fwd: ", "") + (first.isEmpty() ? "(no subject)" : first));
    String earlier =
        (random.nextBoolean() ? pick(GREETINGS) + "\n\n" : "")
            + query
            + "\n\n"
            + pick(SIGN_OFFS)
            + "\n"
            + p.full();
    ZonedDateTime w = h.date.minusDays(2 + random.nextInt(5));
    String me = p.full() + " <" + p.address() + ">";
    String history =
        switch (random.nextInt(3)) {
          case 0 -> "On " + shortDate(w) + ", " + me + " wrote:\n" + quote(earlier);
          case 1 ->
              fields("From", me, "Sent", outlookDate(w), "To", SUPPORT, "Subject", first)
                  + "\n\n"
                  + earlier;
          default -> otherAttribution(w).replace(BANK_FROM, me) + "\n" + quote(earlier);
        };
    if (random.nextInt(4) == 0) {
      // A second chaser on top of the first.
      ZonedDateTime w2 = h.date.minusDays(1);
      history =
          pick("Still nothing?", "Hello, is anyone reading these?", "Any news?")
              + "\n\n"
              + p.first()
              + "\n\nOn "
              + shortDate(w2)
              + ", "
              + me
              + " wrote:\n"
              + quote(history);
    }
    String chaser =
        pick(
            "Any update?",
            "Hi, just chasing this up. Thanks",
            "Hello?? any update on this?",
            "Still waiting for a reply to the below.",
            "Bumping this - 5 days and no answer.",
            "?",
            "Can someone please get back to me on this",
            "Second time asking. Please respond.",
            "Sorry to chase, any news on my question below?");
    String top = chaser + (random.nextBoolean() ? "\n\n" + p.first() : "");
    return plain(h, top + "\n\n" + history);
  }

  /**
   * Mail a colleague, relative or assistant forwards on the customer's behalf, with a line of their
   * own above the customer's letter.
   */
  private byte[] onBehalf(Headers h, String query, EvalMailForms.Person customer, int index) {
    EvalMailForms.Person sender = person(index + 50_000);
    Headers fh = new Headers(sender, h.date, h.messageId, h.to);
    String customerSubject = subject(query);
    String relation = pick("mother", "father", "client", "manager");
    fh.subject(
        pick("Fwd: ", "FW: ", "Fw: ", "TR: ")
            + pick(
                customerSubject.isEmpty() ? "question" : customerSubject,
                "Question from my " + relation,
                "on behalf of " + customer.full()));
    String note =
        pick(
            "Forwarding on behalf of my " + relation + ", see below.",
            "Please see below from my " + relation + ". Reply to me or to them directly.",
            "Hi, sending this on behalf of " + customer.first() + " - please see below.",
            "FYI - see " + customer.first() + "'s question below, can you help?",
            "Passing this on for my " + relation + ", who doesn't use email. Thanks.");
    StringBuilder b = new StringBuilder(note);
    if (random.nextBoolean()) {
      b.append("\n\n")
          .append(pick("Thanks", "Regards", "Best"))
          .append('\n')
          .append(sender.first());
      if (random.nextBoolean()) {
        b.append("\nPA to ").append(customer.full());
      }
    }
    b.append("\n\n");
    String letter =
        (random.nextBoolean() ? pick(GREETINGS) + "\n\n" : "")
            + query
            + "\n\n"
            + pick(SIGN_OFFS)
            + "\n"
            + customer.full();
    String from = customer.full() + " <" + customer.address() + ">";
    String to = sender.full() + " <" + sender.address() + ">";
    ZonedDateTime w = h.date.minusHours(2 + random.nextInt(48));
    String sent = outlookDate(w);
    switch (random.nextInt(4)) {
      case 0 ->
          b.append("---------- Forwarded message ---------\n")
              .append(fields("From", from, "Date", sent, "Subject", customerSubject, "To", to))
              .append("\n\n\n")
              .append(letter);
      case 1 ->
          b.append("-----Original Message-----\n")
              .append(
                  fields(
                      "From", from, "Sent", numericDate(w), "To", to, "Subject", customerSubject))
              .append("\n\n")
              .append(letter);
      case 2 ->
          b.append("Begin forwarded message:\n\n")
              .append(
                  quote(fields("From", from, "Date", sent, "To", to, "Subject", customerSubject)))
              .append("\n> \n")
              .append(quote(letter));
      default ->
          b.append("________________________________\n")
              .append(fields("From", from, "Sent", sent, "To", to, "Subject", customerSubject))
              .append("\n\n")
              .append(letter);
    }
    return plain(fh, b.toString());
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** A subject as these customers write them: generic, the start of the question, or none. */
  private String subject(String query) {
    int r = random.nextInt(10);
    if (r < 4) {
      return pick("Question", "Help please", "My account", "Query", "Card question", "Hi");
    }
    if (r < 8) {
      String[] words = query.replaceAll("[?.!]+$", "").split("\\s+");
      int n = Math.min(words.length, 2 + random.nextInt(4));
      return String.join(" ", List.of(words).subList(0, n));
    }
    return "";
  }

  /** An English attribution in this author's usual form. */
  private String attribution(ZonedDateTime w) {
    return "On " + shortDate(w) + ", " + BANK_FROM + " wrote:";
  }

  /** Attribution lines of clients and languages neither earlier set writes. */
  private String otherAttribution(ZonedDateTime w) {
    int d = w.getDayOfMonth();
    int m = w.getMonthValue();
    int y = w.getYear();
    return switch (random.nextInt(5)) {
      case 0 ->
          "Dne " + d + ". " + m + ". " + y + " v " + time24(w) + " " + BANK_FROM + " napsal(a):";
      case 1 ->
          BANK_FROM
              + " ezt írta (időpont: "
              + y
              + ". "
              + MONTHS[m - 1].substring(0, 3).toLowerCase(Locale.ROOT)
              + ". "
              + d
              + ".):";
      case 2 ->
          DAYS[w.getDayOfWeek().ordinal()].substring(0, 3).toLowerCase(Locale.ROOT)
              + ". "
              + d
              + ". "
              + MONTHS[m - 1].substring(0, 3).toLowerCase(Locale.ROOT)
              + ". "
              + y
              + " kl. "
              + time24(w)
              + " skrev "
              + BANK_FROM
              + ":";
      case 3 ->
          "În " + d + "." + m + "." + y + ", la " + time24(w) + ", " + BANK_FROM + " a scris:";
      default -> "Sent: " + shortDate(w) + "\n" + BANK_FROM + " wrote:";
    };
  }

  /** A client's header block over history, "Field: value" a line: fields and values in turn. */
  private static String fields(String... fieldsAndValues) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      b.append(i == 0 ? "" : "\n").append(fieldsAndValues[i]).append(": ");
      b.append(fieldsAndValues[i + 1]);
    }
    return b.toString();
  }

  /** "Sun, 4 Oct 2026 at 14:40". */
  private static String shortDate(ZonedDateTime w) {
    return DAYS[w.getDayOfWeek().ordinal()].substring(0, 3)
        + ", "
        + dayMonthYear(w, 3)
        + " at "
        + time24(w);
  }

  /** "4 Oct 2026" or, with room for the whole month's name, "4 October 2026". */
  private static String dayMonthYear(ZonedDateTime w, int monthChars) {
    String month = MONTHS[w.getMonthValue() - 1];
    return w.getDayOfMonth()
        + " "
        + month.substring(0, Math.min(monthChars, month.length()))
        + " "
        + w.getYear();
  }

  private static String numericDate(ZonedDateTime w) {
    return String.format(
        Locale.ROOT,
        "%02d/%02d/%d %s",
        w.getDayOfMonth(),
        w.getMonthValue(),
        w.getYear(),
        time24(w));
  }

  /** The query cut in two at a space (Word and web editors split a paragraph into runs). */
  private String[] halves(String query) {
    int mid = query.indexOf(' ', query.length() / 2);
    return mid < 0
        ? new String[] {query, ""}
        : new String[] {query.substring(0, mid + 1), query.substring(mid + 1)};
  }

  /** A few bytes with the file type's magic number: enough to be an attachment, never read. */
  private byte[] fileBytes(String type) {
    byte[] head =
        switch (type) {
          case "application/pdf" ->
              "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
          case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
          default -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        };
    byte[] out = new byte[head.length + 48 + random.nextInt(200)];
    System.arraycopy(head, 0, out, 0, head.length);
    for (int i = head.length; i < out.length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** The last part of a multipart body: an attached file, then the closing boundary. */
  private static String filePart(
      String boundary, String type, String file, String moreHeaders, String data) {
    return "--"
        + boundary
        + "\nContent-Type: "
        + type
        + "; name=\""
        + file
        + "\"\nContent-Disposition: attachment; filename=\""
        + file
        + "\"\nContent-Transfer-Encoding: base64"
        + moreHeaders
        + "\n\n"
        + data
        + "\n--"
        + boundary
        + "--\n";
  }

  private static String base64(byte[] bytes) {
    return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(bytes);
  }

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=UTF-8", "8bit", body + "\n");
  }
}
