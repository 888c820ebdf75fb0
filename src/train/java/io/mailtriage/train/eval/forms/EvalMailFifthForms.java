package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.quote;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fifth evaluation set's templates ({@code data/eval-mail-fifth}), written by a fifth author
 * from the four earlier sets' form lists and the builder's plumbing only, before reading the
 * model-text step's rules: mail written in two languages, two questions in one mail, replies of
 * webmail and desktop clients the earlier sets lack, signatures under rules other than {@code -- },
 * warning banners in HTML, statement or order lines beside the request, pasted screenshots, history
 * indented instead of quoted, a long complaint before the request, and mail laid out as a posted
 * letter. Renders BANKING77 <em>test</em> queries and must never feed training.
 *
 * <p>Every mail holds its query's words once, unchanged, as the customer's request; everything
 * around it is the template's. Dates are written by hand and everything is drawn from the {@link
 * Random} passed in, so a seed gives the same bytes on every JDK.
 */
final class EvalMailFifthForms extends MailParts.FormSet<EvalMailFifthForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    BILINGUAL,
    TWO_QUESTIONS,
    WEBMAIL_REPLY,
    SIGNATURE_RULE,
    WARNING_BANNER,
    STATEMENT_LINES,
    SCREENSHOT,
    INDENTED_HISTORY,
    RANT,
    LETTER;
  }

  static final String SUPPORT = "support@acme-bank.example";
  private static final String BANK_NAME = "Acme Bank Customer Care";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 11, 9, 8, 12, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Katarzyna",
    "Yusuf",
    "Hiroshi",
    "Eleni",
    "Matthias",
    "Adaeze",
    "Priyanka",
    "Callum",
    "Aylin",
    "Bogdan",
    "Siobhan",
    "Kenji",
    "Lucía",
    "Henrik",
    "Nomvula",
    "Declan",
    "Farah",
    "Pieter",
    "Rosalind",
    "Tariq",
    "Annika",
    "Wojciech",
    "Maeve",
    "Dimitris",
    "Soraya",
    "Lukas",
    "Imogen",
    "Emeka",
    "Yuki",
    "Graham"
  };
  private static final String[] LAST = {
    "Kowalczyk", "Demir", "Tanaka", "Papadopoulou", "Brandt", "Nwosu", "Iyer", "MacLeod",
    "Yılmaz", "Popescu", "Gallagher", "Watanabe", "Moreno", "Johansson", "Dlamini", "Byrne",
    "Haddad", "de Vries", "Ashworth", "Rahman", "Lindgren", "Nowak", "Doherty", "Georgiou",
    "Karimi", "Fischer", "Whitfield", "Okafor", "Sato", "Pemberton"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.org", "post.example.net", "example.de", "example.co.uk"
  };

  /** Numbers from ranges kept for fiction (UK drama ranges, US 555-01xx, Australia's 7010). */
  private static final String[] PHONES = {
    "07700 900%03d", "+44 113 496 0%03d", "+1 312 555 01%02d", "+61 3 7010 4%03d", "0117 496 0%03d"
  };

  private static final String[] GREETINGS = {
    "Hello,", "Hi,", "Dear Acme Bank,", "Dear Customer Care,", "Hello there,", "Good morning,"
  };
  private static final String[] SIGN_OFFS = {
    "Thanks,", "Kind regards,", "Best regards,", "Thank you,", "Regards,", "Best wishes,"
  };

  /** The bank's earlier answers, each about a topic of its own (the history is not the request). */
  private static final String[] BANK_ANSWERS = {
    "Thanks for contacting us. We have updated the address on your profile, and your next"
        + " statement will be sent there.",
    "We can confirm that your direct debit to the gym was set up on 3 November and the first"
        + " collection will be on the 15th.",
    "Your complaint reference is CMP-20417. A member of our team will review it and reply within"
        + " eight weeks, as the rules require.",
    "We've closed the savings pot you asked about and moved the balance to your main account.",
    "Thank you for sending the documents. They have been accepted and no further action is needed."
  };

  EvalMailFifthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(13L * index + 5);
    String domain = p.domain();
    String messageId =
        "<"
            + Integer.toString(index * 6_271 + 29, 36)
            + "-"
            + date.toEpochSecond()
            + "@"
            + domain
            + ">";
    Headers h = new Headers(p, date, messageId, pick("", "Acme Bank ") + "<" + SUPPORT + ">");
    return switch (form) {
      case BILINGUAL -> bilingual(h, query, p);
      case TWO_QUESTIONS -> twoQuestions(h, query, p);
      case WEBMAIL_REPLY -> webmailReply(h, query, p);
      case SIGNATURE_RULE -> signatureRule(h, query, p);
      case WARNING_BANNER -> warningBanner(h, query, p);
      case STATEMENT_LINES -> statementLines(h, query, p);
      case SCREENSHOT -> screenshot(h, query, p);
      case INDENTED_HISTORY -> indentedHistory(h, query, p);
      case RANT -> rant(h, query, p);
      case LETTER -> letter(h, query, p);
    };
  }

  private EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        switch (random.nextInt(3)) {
          case 0 -> first + "." + last;
          case 1 -> first + last.charAt(0) + (index % 97);
          default -> first.charAt(0) + last;
        };
    local = ascii(local).toLowerCase(Locale.ROOT).replace(" ", "").replace("ı", "i");
    String phone = MailParts.phone(pick(PHONES), random);
    String street =
        pick(
            "14 Mill Lane\nHeadingley\nLeeds LS6 3AB",
            "Flat 9, 2 Canal Wharf\nBristol BS1 6XY",
            "Gartenstraße 21\n10115 Berlin",
            "88 Example Road\nFitzroy VIC 3065");
    return new EvalMailForms.Person(first, last, local + "@" + pick(DOMAINS), phone, street);
  }

  // ---- the forms ----------------------------------------------------------------------------

  /** A customer's own language around an English request: greeting, apology, closing, phone. */
  private record Tongue(
      String greeting, String apology, String lead, String closing, String phone) {}

  private static final Tongue[] TONGUES = {
    new Tongue(
        "Sehr geehrte Damen und Herren,",
        "Bitte entschuldigen Sie mein Englisch.",
        "Ich schreibe Ihnen auf Englisch, damit es schneller geht:",
        "Mit freundlichen Grüßen",
        "Tel.:"),
    new Tongue(
        "Dzień dobry,",
        "Przepraszam za mój angielski.",
        "Piszę po angielsku, żeby było łatwiej:",
        "Pozdrawiam serdecznie",
        "tel."),
    new Tongue(
        "Καλησπέρα σας,",
        "Συγγνώμη για τα αγγλικά μου.",
        "Σας γράφω στα αγγλικά:",
        "Με εκτίμηση,",
        "Τηλ.:"),
    new Tongue(
        "Merhaba,",
        "İngilizcem için kusura bakmayın.",
        "Size İngilizce yazıyorum:",
        "Saygılarımla,",
        "Tel:"),
    new Tongue("お世話になっております。", "英語が下手で申し訳ありません。", "英語で失礼いたします。", "よろしくお願いいたします。", "電話:"),
    new Tongue(
        "Selamat siang,",
        "Mohon maaf atas bahasa Inggris saya.",
        "Saya menulis dalam bahasa Inggris:",
        "Terima kasih dan salam,",
        "Telp:"),
    new Tongue(
        "مرحبا،", "أعتذر عن لغتي الإنجليزية.", "أكتب لكم بالإنجليزية:", "مع خالص التحية،", "هاتف:")
  };

  /**
   * The request in English, all around it in the customer's own language: the greeting, an apology
   * for their English or a line saying the rest is in English, the closing and the signature's
   * phone label.
   */
  private byte[] bilingual(Headers h, String query, EvalMailForms.Person p) {
    Tongue t = TONGUES[random.nextInt(TONGUES.length)];
    h.subject(subject(query));
    StringBuilder b = new StringBuilder(t.greeting()).append("\n\n");
    switch (random.nextInt(3)) {
      case 0 -> b.append(t.apology()).append(' ').append(query);
      case 1 -> b.append(t.lead()).append("\n\n").append(query);
      default -> b.append(query).append("\n\n").append(t.apology());
    }
    b.append("\n\n").append(t.closing()).append('\n').append(p.full());
    if (random.nextBoolean()) {
      b.append('\n').append(t.phone()).append(' ').append(p.phone());
    }
    return plain(h, b.toString());
  }

  /** Questions a customer adds beside the one they write about, none of them a banking task. */
  private static final String[] ASIDES = {
    "what are your opening hours over Christmas?",
    "is the branch on King Street still open on Saturdays?",
    "could you reply by email rather than calling me, as I work nights?",
    "who should I address a letter to if I need to write in?",
    "is there a way to get your letters in large print?",
    "can you tell me the name of the person who handles my case?"
  };

  /**
   * Two questions in one mail: the request and an aside, numbered, joined by "Also", or the aside
   * first.
   */
  private byte[] twoQuestions(Headers h, String query, EvalMailForms.Person p) {
    String aside = pick(ASIDES);
    String asideCap = Character.toUpperCase(aside.charAt(0)) + aside.substring(1);
    h.subject(pick("Two questions", "A couple of questions", "Questions", subject(query)));
    StringBuilder b = new StringBuilder(pick(GREETINGS)).append("\n\n");
    switch (random.nextInt(4)) {
      case 0 ->
          b.append(pick("I have two questions:", "Two quick questions please:"))
              .append("\n\n1) ")
              .append(query)
              .append("\n2) ")
              .append(asideCap);
      case 1 ->
          b.append(query)
              .append("\n\n")
              .append(pick("Also, ", "And one more thing: ", "Also while I'm writing, "))
              .append(aside);
      case 2 ->
          b.append(pick("First, ", "Firstly, "))
              .append(aside)
              .append("\n\n")
              .append(pick("Second, ", "Secondly, ", "And my main question: "))
              .append(query);
      default -> b.append(query).append("\n\n").append(pick("P.S. ", "PS: ")).append(asideCap);
    }
    b.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.first());
    return plain(h, b.toString());
  }

  /**
   * A reply above the bank's answer as webmail and desktop clients the earlier sets lack write it:
   * Yahoo's HTML quote, Zimbra's original-message rule in three languages, Lotus Notes' "wrote on"
   * line and its forward header, Proton Mail's rule and footer, Fastmail, Roundcube, and Apple Mail
   * in Japanese and Korean.
   */
  private byte[] webmailReply(Headers h, String query, EvalMailForms.Person p) {
    String answer = pick(BANK_ANSWERS);
    String earlier = pick("Your message to Acme Bank", "Case update", "Re: address change");
    h.reply("<case-" + h.date.toEpochSecond() + "@acme-bank.example>");
    h.subject("Re: " + earlier);
    ZonedDateTime w = h.date.minusDays(1 + random.nextInt(5)).minusHours(2);
    String bank = BANK_NAME + " <" + SUPPORT + ">";
    String bankAnswer =
        "Dear " + p.first() + ",\n\n" + answer + "\n\nKind regards,\nAcme Bank Customer Care";
    String letter =
        pick(GREETINGS) + "\n\n" + query + "\n\n" + pick(SIGN_OFFS) + "\n" + p.first() + "\n\n";
    String hm = String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
    String hms = hm + String.format(Locale.ROOT, ":%02d", w.getSecond() + random.nextInt(60));
    String us =
        String.format(
            Locale.ROOT, "%02d/%02d/%d", w.getMonthValue(), w.getDayOfMonth(), w.getYear());
    String dayName = MailParts.DAYS[w.getDayOfWeek().ordinal()];
    String month = MONTHS[w.getMonthValue() - 1];
    switch (random.nextInt(8)) {
      case 0 -> {
        // Yahoo Mail's HTML reply: the earlier mail in a yahoo_quoted div, unquoted.
        StringBuilder html =
            new StringBuilder(
                "<html><head></head><body><div class=\"ydp4e2a9c1fyahoo-style-wrap\""
                    + " style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;"
                    + "font-size:13px;\">");
        for (String para : letter.strip().split("\n\n")) {
          html.append("<div dir=\"ltr\">").append(esc(para).replace("\n", "<br>")).append("</div>");
          html.append("<div dir=\"ltr\"><br></div>");
        }
        html.append("</div><div id=\"yahoo_quoted_")
            .append(hex(10))
            .append("\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue',")
            .append(" Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>On ")
            .append(dayName)
            .append(", ")
            .append(month)
            .append(' ')
            .append(w.getDayOfMonth())
            .append(", ")
            .append(w.getYear())
            .append(", ")
            .append(MailParts.twelveHour(w))
            .append(" GMT, ")
            .append(esc(bank))
            .append(" wrote:</div><div><br></div><div><br></div><div><div dir=\"ltr\">")
            .append(esc(bankAnswer).replace("\n", "<br>"))
            .append("</div></div></div></div></body></html>");
        return mime(h, "text/html; charset=UTF-8", "quoted-printable", qp(html.toString()) + "\n");
      }
      case 1 -> {
        // Zimbra's plain-text reply: its original-message rule, then the headers, then "> " lines.
        String[][] zimbra = {
          {"----- Original Message -----", "From: ", "To: ", "Sent: ", "Subject: "},
          {"----- Mail original -----", "De: ", "À: ", "Envoyé: ", "Objet: "},
          {"----- Ursprüngliche Mail -----", "Von: ", "An: ", "Gesendet: ", "Betreff: "}
        };
        String[] z = zimbra[random.nextInt(zimbra.length)];
        String head =
            z[0]
                + "\n"
                + z[1]
                + "\""
                + BANK_NAME
                + "\" <"
                + SUPPORT
                + ">\n"
                + z[2]
                + "\""
                + p.full()
                + "\" <"
                + p.address()
                + ">\n"
                + z[3]
                + dayName
                + ", "
                + month
                + " "
                + w.getDayOfMonth()
                + ", "
                + w.getYear()
                + " "
                + MailParts.twelveHour(w)
                + "\n"
                + z[4]
                + earlier
                + "\n\n";
        return plain(h, letter + head + quote(bankAnswer));
      }
      case 2 -> {
        // Lotus Notes: "wrote on" with its date and the earlier mail's headers quoted.
        String line = "\"" + BANK_NAME + "\" <" + SUPPORT + "> wrote on " + us + " " + hms + ":";
        String quoted =
            "From: \""
                + BANK_NAME
                + "\" <"
                + SUPPORT
                + ">\nTo: "
                + p.address()
                + "\nDate: "
                + us
                + " "
                + hm
                + "\nSubject: "
                + earlier
                + "\n\n"
                + bankAnswer;
        return plain(h, letter + line + "\n\n" + quote(quoted));
      }
      case 3 -> {
        // Lotus Notes' forward-style header: a dashed "wrote:" rule, the headers, the text bare.
        String head =
            "-----\""
                + BANK_NAME
                + "\" <"
                + SUPPORT
                + "> wrote: -----\n\nTo: "
                + p.address()
                + "\nFrom: \""
                + BANK_NAME
                + "\" <"
                + SUPPORT
                + ">\nDate: "
                + us
                + " "
                + MailParts.twelveHour(w).replace(" ", "")
                + "\nSubject: "
                + earlier
                + "\n\n";
        return plain(h, letter + head + bankAnswer);
      }
      case 4 -> {
        // Proton Mail: its footer, then its original-message rule and an ordinal date.
        String footer =
            pick(
                "Sent with Proton Mail secure email.",
                "Sent from Proton Mail mobile",
                "Sent with Proton Mail secure email.\n\n");
        String head =
            "------- Original Message -------\nOn "
                + dayName
                + ", "
                + month
                + " "
                + ordinal(w.getDayOfMonth())
                + ", "
                + w.getYear()
                + " at "
                + hm
                + ", "
                + bank
                + " wrote:\n\n";
        return plain(h, letter + footer.strip() + "\n\n" + head + quote(bankAnswer));
      }
      case 5 -> {
        // Fastmail: "On Mon, 9 Nov 2026, at 10:15, Name wrote:".
        String line =
            "On "
                + dayName.substring(0, 3)
                + ", "
                + w.getDayOfMonth()
                + " "
                + month.substring(0, 3)
                + " "
                + w.getYear()
                + ", at "
                + hm
                + ", "
                + BANK_NAME
                + " wrote:";
        return plain(h, letter + line + "\n" + quote(bankAnswer));
      }
      case 6 -> {
        // Roundcube: an ISO date, "schrieb" or "wrote", the sender's name or address.
        String line =
            random.nextBoolean()
                ? "Am " + w.toLocalDate() + " " + hm + ", schrieb " + BANK_NAME + ":"
                : "On " + w.toLocalDate() + " " + hm + ", " + SUPPORT + " wrote:";
        return plain(h, letter + line + "\n" + quote(bankAnswer));
      }
      default -> {
        // Apple Mail in Japanese or Korean.
        String line =
            random.nextBoolean()
                ? String.format(
                        Locale.ROOT,
                        "%d/%02d/%02d %s、",
                        w.getYear(),
                        w.getMonthValue(),
                        w.getDayOfMonth(),
                        hm)
                    + bank
                    + "のメール:"
                : String.format(
                        Locale.ROOT,
                        "%d. %d. %d. %s %d:%02d, ",
                        w.getYear(),
                        w.getMonthValue(),
                        w.getDayOfMonth(),
                        w.getHour() < 12 ? "오전" : "오후",
                        w.getHour() % 12 == 0 ? 12 : w.getHour() % 12,
                        w.getMinute())
                    + bank
                    + " 작성:";
        return plain(h, letter + line + "\n\n" + quote(bankAnswer));
      }
    }
  }

  /**
   * A signature under a rule other than the standard {@code -- }: an em dash, underscores, tildes,
   * equals signs, asterisks; often with no sign-off above it, sometimes with a quotation, pronouns
   * or a secure-mail footer.
   */
  private byte[] signatureRule(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n");
    if (random.nextInt(3) == 0) {
      b.append(pick(SIGN_OFFS)).append('\n');
    }
    b.append(pick("—", "__", "____________", "~~~", "~~~~~~~~~~", "==========", "* * *", "–"))
        .append('\n');
    List<String> sig = new ArrayList<>();
    sig.add(p.full() + pick("", " (she/her)", " (he/him)", " | they/them"));
    sig.add(pick("Freelance illustrator", "Parent governor", "Retired", "Sole trader", "Student"));
    sig.add(pick("M: ", "Mob ", "☎ ", "") + p.phone());
    if (random.nextBoolean()) {
      sig.add(
          pick(
              "\"Be kind whenever possible. It is always possible.\"",
              "“The best way out is always through.” – Robert Frost",
              "Please consider the environment.",
              "Sent with Proton Mail secure email.",
              "Sent from Tuta, the secure mailbox."));
    }
    b.append(String.join("\n", sig));
    return plain(h, b.toString());
  }

  /**
   * The bank's own mail gateway's warning banner above the customer's mail, in HTML (a coloured
   * table or a bordered div) and in the text part, in wordings the earlier sets lack; sometimes the
   * subject tagged too and a scan notice at the bottom.
   */
  private byte[] warningBanner(Headers h, String query, EvalMailForms.Person p) {
    String banner =
        pick(
            "CAUTION: This email originated from outside of Acme Bank. Do not click links or open"
                + " attachments unless you recognise the sender and know the content is safe.",
            "You don't often get email from " + p.address() + ". Learn why this is important",
            "[EXTERNAL SENDER] Treat links and attachments with care. Report anything suspicious"
                + " with the Report Phish button.",
            "This message came from outside your organisation. Be careful with links and"
                + " attachments.",
            "ATTENTION: This email was sent from an external source. Please use caution when"
                + " opening attachments or clicking links.",
            "WARNING: The sender of this email could not be verified and may not match the person"
                + " in the \"From\" field.",
            "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en"
                + " open geen bijlagen tenzij u de afzender kent.",
            "PRECAUCIÓN: Este correo se originó fuera de la organización. No haga clic en enlaces"
                + " ni abra archivos adjuntos si no reconoce al remitente.");
    String tag = pick("", "[EXTERNAL] ", "[EXT] ", "EXTERNAL: ", "[External] ");
    h.subject(tag + subject(query));
    String tail =
        pick(
            "",
            "",
            "This email has been scanned for spam and viruses by Proofpoint Essentials. Click"
                + " here to report this email as spam.",
            "Scanned by the Acme Bank mail gateway. Report phishing: phish@acme-bank.example");
    String greeting = pick(GREETINGS);
    String signOff = pick(SIGN_OFFS);
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    if (random.nextBoolean()) {
      html.append(
              "<table width=\"100%\" cellpadding=\"6\" style=\"background-color:#FFEB9C;"
                  + "border:1px solid #9C6500\"><tr><td style=\"font-size:11px;color:#000000\">"
                  + "<b>")
          .append(esc(banner))
          .append("</b></td></tr></table><br>");
    } else {
      html.append(
              "<div style=\"border:2px solid #c00000;padding:4px;background:#fce4e4\">"
                  + "<span style=\"color:#c00000;font-weight:bold\">")
          .append(esc(banner))
          .append("</span></div><p></p>");
    }
    html.append("<div>").append(esc(greeting)).append("</div><div><br></div>");
    html.append("<div>").append(esc(query)).append("</div><div><br></div>");
    html.append("<div>")
        .append(esc(signOff))
        .append("<br>")
        .append(esc(p.full()))
        .append("<br>")
        .append(esc(p.phone()))
        .append("</div>");
    if (!tail.isEmpty()) {
      html.append("<p style=\"font-size:9px;color:#808080\">").append(esc(tail)).append("</p>");
    }
    html.append("</body></html>");
    if (random.nextBoolean()) {
      return mime(h, "text/html; charset=utf-8", "quoted-printable", qp(html.toString()) + "\n");
    }
    String text =
        banner
            + "\n\n"
            + greeting
            + "\n\n"
            + query
            + "\n\n"
            + signOff
            + "\n"
            + p.full()
            + "\n"
            + p.phone()
            + (tail.isEmpty() ? "" : "\n\n" + tail);
    return alternative(h, text, html.toString());
  }

  /** Lines of a statement or an order the customer copies beside the request. */
  private static final String[][] STATEMENT = {
    {"CARD PAYMENT TO TESCO STORES 2291", "-45.20"},
    {"ATM WITHDRAWAL LLOYDS HIGH ST", "-100.00"},
    {"FASTER PAYMENT FROM J SMITH", "+250.00"},
    {"APPLE PAY TOP-UP", "+50.00"},
    {"DIRECT DEBIT THAMES WATER", "-38.17"},
    {"CARD PAYMENT AMZN MKTP UK*2K4", "-17.99"},
    {"TRANSFER TO SAVINGS POT", "-200.00"},
    {"EXCHANGED TO EUR", "-120.00"},
    {"CONTACTLESS PRET A MANGER", "-6.45"},
    {"STANDING ORDER RENT", "-850.00"},
    {"REFUND ASOS.COM", "+32.00"},
    {"CARD PAYMENT UBER *TRIP", "-14.60"}
  };

  /**
   * The request beside lines copied from the statement (the app's or online banking's columns,
   * tab-separated, pipe-separated, or an HTML table): the descriptions name payments, transfers,
   * top-ups and cash of their own.
   */
  private byte[] statementLines(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    int n = 2 + random.nextInt(4);
    int from = random.nextInt(STATEMENT.length);
    ZonedDateTime d = h.date.minusDays(n + random.nextInt(10));
    String cur = pick("£", "€", "$");
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] s = STATEMENT[(from + i) % STATEMENT.length];
      ZonedDateTime day = d.plusDays(i);
      rows.add(
          new String[] {
            String.format(
                Locale.ROOT,
                "%02d %s %d",
                day.getDayOfMonth(),
                MONTHS[day.getMonthValue() - 1].substring(0, 3),
                day.getYear()),
            s[0],
            s[1].charAt(0) + cur + s[1].substring(1)
          });
    }
    String lead =
        pick(
            "These are the lines from my statement:",
            "From my statement:",
            "Here are the transactions:",
            "Copied from the app:");
    String greeting = pick(GREETINGS);
    String signOff = pick(SIGN_OFFS);
    boolean before = random.nextBoolean();
    if (random.nextInt(4) == 0) {
      StringBuilder html =
          new StringBuilder("<html><body><p>").append(esc(greeting)).append("</p>");
      StringBuilder table =
          new StringBuilder("<p>")
              .append(esc(lead))
              .append("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
              .append("<tr><th>Date</th><th>Description</th><th>Amount</th></tr>");
      for (String[] r : rows) {
        table.append("<tr><td>").append(r[0]).append("</td><td>").append(esc(r[1]));
        table.append("</td><td align=\"right\">").append(esc(r[2])).append("</td></tr>");
      }
      table.append("</table>");
      String ask = "<p>" + esc(query) + "</p>";
      html.append(before ? table + ask : ask + table);
      html.append("<p>")
          .append(esc(signOff))
          .append("<br>")
          .append(esc(p.full()))
          .append("</p></body></html>");
      return mime(h, "text/html; charset=utf-8", "quoted-printable", qp(html.toString()) + "\n");
    }
    StringBuilder table = new StringBuilder(lead).append("\n\n");
    int style = random.nextInt(3);
    if (style == 2) {
      table.append("| Date | Description | Amount |\n|---|---|---|\n");
    }
    for (String[] r : rows) {
      switch (style) {
        case 0 -> table.append(String.format(Locale.ROOT, "%-13s%-36s%10s\n", r[0], r[1], r[2]));
        case 1 ->
            table.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
        default ->
            table
                .append("| ")
                .append(r[0])
                .append(" | ")
                .append(r[1])
                .append(" | ")
                .append(r[2])
                .append(" |\n");
      }
    }
    String t = table.toString().stripTrailing();
    String body =
        greeting
            + "\n\n"
            + (before ? t + "\n\n" + query : query + "\n\n" + t)
            + "\n\n"
            + signOff
            + "\n"
            + p.full();
    return plain(h, body);
  }

  /**
   * Screenshots pasted into the text, as clients write the image in the text part: Gmail's "[image:
   * …]", Apple Mail's "&lt;file&gt;" line, a phone's photo name; the images themselves attached
   * inline beside an HTML part or as attachments.
   */
  private byte[] screenshot(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    ZonedDateTime s = h.date.minusMinutes(3 + random.nextInt(200));
    String hms =
        String.format(Locale.ROOT, "%02d.%02d.%02d", s.getHour(), s.getMinute(), s.getSecond());
    String date = s.toLocalDate().toString();
    String file =
        pick(
            "Screenshot " + date + " at " + hms + ".png",
            "Screenshot_" + date.replace("-", "") + "-" + hms.replace(".", "") + "_Acme Bank.jpg",
            "IMG_" + (1000 + random.nextInt(9000)) + ".jpeg",
            "image.png",
            "Screenshot " + date + " " + hms.replace(".", "") + ".png");
    String placeholder =
        switch (random.nextInt(3)) {
          case 0 -> "[image: " + file + "]";
          case 1 -> "<" + file + ">";
          default -> "[" + file + "]";
        };
    String caption =
        pick(
            "This is what the app shows:",
            "Screenshot below.",
            "See the screenshot:",
            "",
            "(screenshot from my phone)");
    StringBuilder b = new StringBuilder(pick(GREETINGS)).append("\n\n");
    switch (random.nextInt(3)) {
      case 0 ->
          b.append(query)
              .append("\n\n")
              .append(caption.isEmpty() ? "" : caption + "\n\n")
              .append(placeholder);
      case 1 ->
          b.append(caption.isEmpty() ? "" : caption + "\n")
              .append(placeholder)
              .append("\n\n")
              .append(query);
      default ->
          b.append(placeholder)
              .append("\n")
              .append(
                  placeholder.replace(
                      file,
                      file.substring(0, file.lastIndexOf('.'))
                          + " (2)"
                          + file.substring(file.lastIndexOf('.'))))
              .append("\n\n")
              .append(query);
    }
    b.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.first());
    String text = b.toString();
    byte[] png = new byte[300 + random.nextInt(300)];
    random.nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    String boundary = "000000000000" + hex(12);
    String image =
        "Content-Type: image/png; name=\""
            + file
            + "\"\nContent-Disposition: attachment; filename=\""
            + file
            + "\"\nContent-Transfer-Encoding: base64\nContent-ID: <ii_"
            + hex(10)
            + ">\n\n"
            + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(png)
            + "\n";
    String body =
        "--"
            + boundary
            + "\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text)
            + "\n--"
            + boundary
            + "\n"
            + image
            + "--"
            + boundary
            + "--\n";
    return mime(h, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
  }

  /**
   * A reply over the bank's answer indented by spaces or a tab instead of quoted: no attribution
   * and no "&gt;", or an indented header block on top of it (Outlook's "indent the original text"),
   * or bottom-posted under it.
   */
  private byte[] indentedHistory(Headers h, String query, EvalMailForms.Person p) {
    String answer = pick(BANK_ANSWERS);
    h.reply("<case-" + h.date.toEpochSecond() + "@acme-bank.example>");
    h.subject(pick("Re: ", "RE: ") + pick("Your enquiry", "Your message", "Update on your case"));
    String indent = pick("    ", "  ", "\t", "      ");
    String history = "Dear " + p.first() + ",\n\n" + answer + "\n\nKind regards,\nAcme Bank";
    if (random.nextInt(3) == 0) {
      ZonedDateTime w = h.date.minusDays(2);
      history =
          "From: "
              + BANK_NAME
              + " ["
              + SUPPORT
              + "]\nSent: "
              + w.getDayOfMonth()
              + " "
              + MONTHS[w.getMonthValue() - 1]
              + " "
              + w.getYear()
              + " "
              + String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute())
              + "\nTo: "
              + p.full()
              + "\nSubject: Your enquiry\n\n"
              + history;
    }
    StringBuilder indented = new StringBuilder();
    for (String line : history.split("\n", -1)) {
      indented.append(line.isEmpty() ? "" : indent + line).append('\n');
    }
    String letter = pick(GREETINGS) + "\n\n" + query + "\n\n" + pick(SIGN_OFFS) + "\n" + p.first();
    String body =
        random.nextInt(4) == 0
            ? indented.toString().stripTrailing() + "\n\n" + letter
            : letter + "\n\n\n" + indented.toString().stripTrailing();
    return plain(h, body);
  }

  /** An angry customer's sentences: service, waiting, threats, never a banking task of its own. */
  private static final String[] RANTS = {
    "I have been a customer for twelve years and I have never been treated like this.",
    "I spent 45 minutes on hold yesterday only to be cut off.",
    "Your chatbot is USELESS, it just sends me round in circles.",
    "Does anyone actually read these emails?",
    "I am absolutely furious.",
    "Frankly this is a disgrace for a bank of your size.",
    "Every time I ring I get passed from one department to another and nobody takes"
        + " responsibility.",
    "I was promised a call back on Monday and of course it never came.",
    "My partner had the same nonsense last year and it took a month to sort out.",
    "I should not have to chase you for basic things.",
    "I'm sick of being told to 'check the app'."
  };

  /**
   * A long complaint before the request: three to six angry sentences in a paragraph of their own
   * or run into the request's, sometimes a threat after it.
   */
  private byte[] rant(Headers h, String query, EvalMailForms.Person p) {
    h.subject(pick("COMPLAINT", "Complaint - again", "Absolutely unacceptable", subject(query)));
    List<String> pool = new ArrayList<>(List.of(RANTS));
    int n = 3 + random.nextInt(4);
    List<String> said = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      said.add(pool.remove(random.nextInt(pool.size())));
    }
    String rant = String.join(" ", said);
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append(pick("To whom it may concern,", "Acme Bank,", "Hello,")).append("\n\n");
    }
    switch (random.nextInt(3)) {
      case 0 -> b.append(rant).append("\n\n").append(query);
      case 1 -> b.append(rant).append(' ').append(query);
      default ->
          b.append(rant)
              .append("\n\n")
              .append(pick("So, once again: ", "My question is simple. ", "For the last time: "))
              .append(query);
    }
    if (random.nextBoolean()) {
      b.append("\n\n")
          .append(
              pick(
                  "If I don't hear back this week I will take this to the Financial Ombudsman.",
                  "I expect a reply from a real person, not another template.",
                  "I am seriously considering moving my accounts elsewhere."));
    }
    b.append("\n\n").append(pick("Regards,", "", "Disappointed,")).append('\n').append(p.full());
    return plain(h, b.toString().replace("\n\n\n", "\n\n"));
  }

  /**
   * Mail laid out as a posted letter: the writer's address block and the date on top, the bank's
   * address, account and reference lines, "Dear Sir or Madam", a heading, the request, "Yours
   * faithfully".
   */
  private byte[] letter(Headers h, String query, EvalMailForms.Person p) {
    String heading = subject(query);
    h.subject(heading.isEmpty() ? "Letter" : heading);
    StringBuilder b = new StringBuilder();
    b.append(p.full()).append('\n').append(p.street()).append('\n');
    if (random.nextBoolean()) {
      b.append(p.phone()).append('\n');
    }
    b.append('\n')
        .append(h.date.getDayOfMonth())
        .append(' ')
        .append(MONTHS[h.date.getMonthValue() - 1])
        .append(' ')
        .append(h.date.getYear())
        .append("\n\n");
    if (random.nextBoolean()) {
      b.append(
          pick(
              "Customer Services\nAcme Bank plc\n1 Example Square\nLondon EC1A 1AA\n\n",
              "The Manager\nAcme Bank\nPO Box 1234\nLeeds LS1 9ZZ\n\n"));
    }
    String account = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    switch (random.nextInt(3)) {
      case 0 -> b.append("Account number: ").append(account).append('\n');
      case 1 ->
          b.append("Sort code: 00-00-")
              .append(String.format(Locale.ROOT, "%02d", random.nextInt(100)))
              .append("  Account: ")
              .append(account)
              .append('\n');
      default -> b.append("Your ref: ").append(hex(6).toUpperCase(Locale.ROOT)).append('\n');
    }
    b.append('\n').append(pick("Dear Sir or Madam,", "Dear Sirs,", "Dear Manager,")).append("\n\n");
    if (!heading.isEmpty() && random.nextBoolean()) {
      b.append("Re: ").append(heading).append("\n\n");
    }
    b.append(query).append("\n\n");
    if (random.nextBoolean()) {
      b.append(
              pick(
                  "I look forward to hearing from you.",
                  "I would be grateful for a reply at your earliest convenience.",
                  "Thank you for your attention to this matter."))
          .append("\n\n");
    }
    b.append(pick("Yours faithfully,", "Yours sincerely,")).append("\n\n\n").append(p.full());
    return plain(h, b.toString());
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** A subject as this author's customers write them: a topic, the question's start, or none. */
  private String subject(String query) {
    int r = random.nextInt(10);
    if (r < 4) {
      return pick("Query", "Help please", "My account", "Question about my card", "Urgent help");
    }
    if (r < 8) {
      String[] words = query.replaceAll("[?.!]+$", "").split("\\s+");
      return String.join(
          " ", List.of(words).subList(0, Math.min(words.length - 1, 2 + random.nextInt(3))));
    }
    return "";
  }

  /** "1st", "2nd", "3rd", "11th", "22nd". */
  private static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** multipart/alternative of a text and an HTML part, both quoted-printable. */
  private byte[] alternative(Headers h, String text, String html) {
    return MailParts.alternative(h, "----=_Part_" + hex(8) + "." + hex(6), text, html);
  }

  private String hex(int digits) {
    return MailParts.hex(random, digits);
  }

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=UTF-8", "8bit", body + "\n");
  }
}
