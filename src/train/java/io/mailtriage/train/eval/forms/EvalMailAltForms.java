package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.DAYS;
import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.quote;
import static io.mailtriage.train.eval.forms.MailParts.twelveHour;
import static io.mailtriage.train.eval.forms.MailParts.wrap;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The second evaluation set's templates ({@code data/eval-mail-alt}), written by another author
 * than {@link EvalMailForms} and without reading the model-text step's rules, so that the set
 * measures how that step generalises: mail shapes the first set does not hold (Apple Mail and
 * localised attributions, Outlook and Thunderbird HTML, multi-level threads, corporate signatures
 * without a {@code -- } line, web contact forms and ticket notifications, subject-only mail, long
 * stories, legacy charsets, format=flowed and base64 parts), with their own names, phrases and
 * numbers. Renders BANKING77 <em>test</em> queries and must never feed training.
 *
 * <p>Dates are written by hand (no locale data of the JDK), and everything is drawn from the {@link
 * Random} passed in, so a seed gives the same bytes on every JDK.
 */
final class EvalMailAltForms extends MailParts.FormSet<EvalMailAltForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    MOBILE_INTL,
    REPLY_INTL,
    FORWARD_INTL,
    OUTLOOK_HTML,
    CLIENT_HTML,
    THREAD_DEEP,
    CORPORATE,
    WEB_FORM,
    STORY,
    ENCODINGS;
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final String BANK = "Acme Bank Support";
  private static final String BANK_FROM = BANK + " <" + SUPPORT + ">";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 11, 2, 7, 45, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Astrid",
    "Mateusz",
    "Inês",
    "Rasmus",
    "Haruto",
    "Svetlana",
    "Joaquim",
    "Freja",
    "Tomasz",
    "Aiko",
    "Nikolai",
    "Beatriz",
    "Sigrid",
    "Kacper",
    "Leilani",
    "Chidi",
    "Marisol",
    "Ruairí",
    "Élodie",
    "François",
    "Zsófia",
    "Dagny",
    "Oskar",
    "Thandiwe",
    "Yusuf",
    "Nadia",
    "Ravi",
    "Keiko",
    "Bartholomew",
    "Ngozi"
  };
  private static final String[] LAST = {
    "Lindqvist",
    "Wiśniewski",
    "Carvalho",
    "Kristensen",
    "Sato",
    "Petrova",
    "Almeida",
    "Hansen",
    "Zieliński",
    "Takahashi",
    "Volkov",
    "Sousa",
    "Nordberg",
    "Lewandowski",
    "Kahale",
    "Eze",
    "Quintero",
    "Ó Briain",
    "Lefèvre",
    "Gauthier",
    "Nagy",
    "Berg",
    "Nyström",
    "Mokoena",
    "Demir",
    "Haddad",
    "Iyer",
    "Fujita",
    "Whitcombe",
    "Adeyemi"
  };
  private static final String[] DOMAINS = {
    "example.com", "mail.example.org", "example.net", "home.example.se", "example.pl"
  };

  /** Numbers from the ranges kept for fiction (UK drama, US 555-01xx, Australia, Sweden). */
  private static final String[] PHONES = {
    "+44 7700 900 %03d",
    "01632 960%03d",
    "+1 (555) 01%02d",
    "+1 202-555-01%02d",
    "+61 491 570 1%02d",
    "070-174 06 %02d",
    "+44 (0) 1632 960 %03d"
  };

  private static final String[][] ADDRESSES = {
    {"Unit 4, Quayside Works", "9 Harbour Road", "Cardiff CF10 1AB", "United Kingdom"},
    {"Storgatan 12", "114 51 Stockholm", "Sweden"},
    {"ul. Przykładowa 7 lok. 3", "00-950 Warszawa", "Polska"},
    {"Level 3, 40 Example Street", "Sydney NSW 2000", "Australia"},
    {"Rua das Flores 88", "1200-195 Lisboa", "Portugal"},
    {"2nd Floor, The Old Mill", "Mill Lane", "Bristol BS1 6XY"}
  };

  private static final String[] GREETINGS = {
    "Hi Acme,", "Hiya,", "Morning,", "Good evening,", "Dear Support Team,", "Hello there,",
    "Dear Acme Bank team,", "Hi folks,", "Hallo,", "Hej,", "Greetings,", "Dear all,",
    "Hi support team,", "Hello Acme Bank,"
  };
  private static final String[] SIGN_OFFS = {
    "Kind regards",
    "Best wishes,",
    "All the best,",
    "Many thanks in advance!",
    "Cheers!",
    "Thanks a lot,",
    "With kind regards,",
    "Yours faithfully,",
    "Regards",
    "Thank you so much,",
    "Mvh",
    "Pozdrawiam,",
    "Cumprimentos,",
    "Tak,",
    "BR,",
    "Thanks again,",
    "Yours sincerely,"
  };
  private static final String[] GENERIC_SUBJECTS = {
    "need help asap",
    "Question about my account",
    "URGENT",
    "Account issue",
    "Help needed",
    "Hello",
    "A question",
    "Problem",
    "Contact request",
    "Re: help",
    "Please advise",
    "Support",
    "query re account",
    "(no subject)",
    "Urgent question",
    "Help!!"
  };
  private static final String[] CONTEXT = {
    "I've banked with you for about six years and have never had a problem until now.",
    "I usually manage everything myself without needing to contact you.",
    "My partner and I share most of our finances and we both use your app.",
    "I spent most of yesterday evening trying to sort this out myself.",
    "I did search your help pages and the community forum first.",
    "I'm not very good with technology so please bear with me.",
    "I've just got back from a long trip.",
    "I called the helpline this morning but was on hold for forty minutes and had to give up.",
    "A friend recommended your bank to me last year.",
    "I'm writing from my work computer because my laptop is being repaired.",
    "I'm a student and money is a bit tight at the moment.",
    "This is the first time I have had to contact you."
  };
  private static final String[] PS = {
    "P.S. I'm happy to send more details if needed.",
    "PS - please reply by email rather than phone, I'm at work all day.",
    "P.S. Your new app design is great!",
    "PS: I'm away next week, so a reply before Friday would be ideal.",
    "P.S. Sorry for the long email."
  };

  /** The bank's earlier answers: a subject and a body, quoted in replies and threads. */
  private static final String[][] BANK_ANSWERS = {
    {
      "Your support case 48213",
      "Thank you for reaching out. Your case has been logged and a specialist will be in touch"
          + " shortly."
    },
    {
      "Update on your request",
      "We have reviewed your account and everything appears to be in order on our side. If the"
          + " problem continues, please let us know."
    },
    {
      "Following up",
      "We haven't heard back from you for a few days, so we are checking in to see whether you"
          + " still need our help."
    },
    {
      "Your recent enquiry",
      "Many thanks for your message. Our team works Monday to Friday, 8am to 8pm, and we will"
          + " answer as soon as we can."
    },
    {
      "We need a little more information",
      "Thanks for your patience. Before we can help, could you confirm the date of the"
          + " transaction and the name of the merchant?"
    },
    {
      "Welcome to Acme Bank",
      "Welcome aboard! Your account is now open and ready to use. Download the app to get"
          + " started."
    }
  };

  /** Earlier customer messages further down a thread: vague openers of the same conversation. */
  private static final String[] EARLIER = {
    "Hello, I have a problem with my account, could someone get in touch please?",
    "Hi, I sent a message through the app two days ago but nobody has answered yet.",
    "Good afternoon, I need to speak to someone about my account. Thank you.",
    "Hi there, is there a phone number I can call instead of writing?"
  };

  private static final String[] NOTICES = {
    "We have received your payment of EUR 18.40. Reference TX-88213. No further action is needed.",
    "We could not collect your direct debit to Streamly Media on 1 December. Please make sure"
        + " there are enough funds in your account.",
    "Your card ending 0000 was used at FUEL STOP 112 for GBP 55.00 on 2 December at 18:41.",
    "Your refund request RR-5521 has been received and will be processed within 10 working days.",
    "Your Acme Bank statement for November is ready to view in the app."
  };
  private static final String[] NOTICE_SENDERS = {
    "Streamly Media <billing@streamly.example>",
    "Acme Bank <noreply@acme-bank.example>",
    "Nordic Rail Tickets <no-reply@rail.example>",
    "Bookshop Online <orders@bookshop.example>"
  };

  private static final String[] MOBILE_FOOTERS = {
    "Sent from my Galaxy",
    "Sent from my Samsung Galaxy S23 Ultra",
    "Sent from Yahoo Mail on Android",
    "Von meinem iPhone gesendet",
    "Envoyé de mon iPhone",
    "Enviado desde mi iPhone",
    "Inviato da iPhone",
    "Skickat från min iPhone",
    "Get Outlook for iOS<https://aka.example/o0ukef>",
    "Sent from Outlook for Android<https://aka.example/ghei36>",
    "Sent from my BlackBerry 10 smartphone.",
    "Sent with Spark",
    "Sent from my Huawei phone",
    "Отправлено с iPhone",
    "Sent from ProtonMail mobile",
    "Sent from my Pixel"
  };
  private static final String[] BANNERS = {
    "EXTERNAL EMAIL: Do not click links or open attachments unless you know the content is safe.",
    "WARNING: This message was sent from outside the company. Think before you click.",
    "[EXT] External sender",
    "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Öffnen Sie keine Anhänge, wenn Sie"
        + " dem Absender nicht vertrauen.",
    "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les"
        + " liens.",
    "You don't often get email from this sender. Learn why this is important"
        + " <https://aka.example/LearnAboutSenderIdentification>"
  };
  private static final String[] DISCLAIMERS = {
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht"
        + " der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie"
        + " bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie"
        + " die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive"
        + " de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous"
        + " avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.",
    "The content of this message is for the named recipient only. If you are not that person,"
        + " please tell us by replying and then remove the message; do not pass it on. Views given"
        + " here are the writer's own and may not be those of the firm.",
    "Important: this communication may hold information that is legally privileged. Its"
        + " unauthorised use is not allowed. We do not accept responsibility for viruses; please"
        + " check any attachment before opening it.",
    "Northpoint Haulage Ltd is registered in Scotland, no. SC000000. Registered office: 1 Example"
        + " Quay, Glasgow G1 1AA. VAT no. GB 000 0000 00."
  };
  private static final String[] SCANNED = {
    "This email has been scanned for viruses by Example Antivirus.",
    "This e-mail has been checked for viruses and malware.",
    "Scanned by MailGuard <https://mailguard.example>"
  };
  private static final String[] TITLES = {
    "Head of Finance",
    "Senior Buyer",
    "Managing Director",
    "Office Manager",
    "Bookkeeper",
    "Project Coordinator",
    "Chief Operating Officer"
  };
  private static final String[] COMPANIES = {
    "Northpoint Haulage Ltd",
    "Fjordlight AB",
    "Kestrel & Pine LLP",
    "Vistula Foods Sp. z o.o.",
    "Saltmarsh Architects",
    "Lumen Dental Group"
  };

  EvalMailAltForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(11L * index);
    String messageId =
        "<"
            + Integer.toString(index * 104_729 + 17, 36)
            + "."
            + Long.toString(date.toEpochSecond(), 36)
            + "@"
            + p.domain()
            + ">";
    Headers h = new Headers(p, date, messageId, BANK_FROM);
    String[] answer = BANK_ANSWERS[random.nextInt(BANK_ANSWERS.length)];
    String caseId = "<reply-" + (700_000 + index) + "@acme-bank.example>";
    return switch (form) {
      case MOBILE_INTL -> mobile(h, query, p, answer, caseId);
      case REPLY_INTL -> {
        h.reply(caseId);
        h.subject(pick("Re: ", "RE: ", "Sv: ", "Odp: ", "Res: ", "Re: ") + answer[0]);
        String quoted = bankLetter(p, answer[1]);
        String body =
            letter(query, p)
                + "\n\n"
                + attribution(date.minusDays(1 + random.nextInt(5)))
                + "\n"
                + (random.nextInt(5) == 0 ? "\n" + quoted : quote(quoted));
        yield plain(h, body);
      }
      case FORWARD_INTL -> {
        String notice = pick(NOTICES);
        String from = pick(NOTICE_SENDERS);
        String noticeSubject =
            pick("Payment update", "Your receipt", "Account notice", "Important");
        h.subject(pick("Fwd: ", "FW: ", "Fw: ", "WG: ", "TR: ", "VS: ") + noticeSubject);
        String body =
            letter(query, p)
                + "\n\n"
                + forwarded(
                    from, date.minusHours(3 + random.nextInt(60)), noticeSubject, p, notice);
        yield plain(h, body);
      }
      case OUTLOOK_HTML -> {
        h.reply(caseId);
        h.subject(pick("RE: ", "AW: ", "RE : ", "SV: ") + answer[0]);
        yield html(h, outlookHtml(query, p, date.minusDays(1 + random.nextInt(3)), answer));
      }
      case CLIENT_HTML -> clientHtml(h, query, p, date, answer, caseId);
      case THREAD_DEEP -> {
        h.reply(caseId);
        h.subject(pick("Re: ", "RE: ") + pick("Re: ", "RE: ", "") + answer[0]);
        yield plain(h, thread(query, p, date, answer));
      }
      case CORPORATE -> {
        h.subject(subject(query));
        yield plain(h, corporate(query, p));
      }
      case WEB_FORM -> webForm(h, query, p, index);
      case STORY -> story(h, query, p);
      case ENCODINGS -> encodings(h, query, p);
    };
  }

  EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        (pick("", "the.", "")
                    + ascii(first).charAt(0)
                    + ascii(last).replace(" ", "").replace("'", ""))
                .toLowerCase(Locale.ROOT)
            + (1000 + index);
    String phone = MailParts.phone(pick(PHONES), random);
    String[] address = ADDRESSES[random.nextInt(ADDRESSES.length)];
    return new EvalMailForms.Person(
        first, last, local + "@" + pick(DOMAINS), phone, String.join(", ", address));
  }

  // ---- plain-text pieces --------------------------------------------------------------------

  /** A greeting (mostly), the query, a sign-off (mostly) and the name, sometimes a phone line. */
  private String letter(String query, EvalMailForms.Person p) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) > 0) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n");
    if (random.nextInt(5) > 0) {
      b.append(pick(SIGN_OFFS)).append('\n');
    }
    b.append(random.nextInt(3) == 0 ? p.first() : p.full());
    if (random.nextInt(3) == 0) {
      b.append('\n').append(pick("", "Mob: ", "tel. ", "Ph ")).append(p.phone());
    }
    return b.toString();
  }

  private static String bankLetter(EvalMailForms.Person p, String answer) {
    return "Hi "
        + p.first()
        + ",\n\n"
        + wrap(answer, 70)
        + "\n\nBest wishes,\nMia\nAcme Bank Support Team\nwww.acme-bank.example";
  }

  private String subject(String query) {
    int r = random.nextInt(10);
    if (r < 5) {
      return pick(GENERIC_SUBJECTS);
    }
    if (r < 8) {
      String[] words = query.replaceAll("[?.!]+$", "").split("\\s+");
      int n = Math.min(words.length, 2 + random.nextInt(5));
      return String.join(" ", List.of(words).subList(0, n)) + (n < words.length ? "..." : "");
    }
    return "";
  }

  /** Attribution lines of clients the first set does not write, some wrapped over lines. */
  private String attribution(ZonedDateTime w) {
    int d = w.getDayOfMonth();
    int m = w.getMonthValue();
    int y = w.getYear();
    String hm = String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
    String hmDot = hm.replace(':', '.');
    String dmy = String.format(Locale.ROOT, "%d.%d.%d", d, m, y);
    String line =
        switch (random.nextInt(16)) {
          case 0 -> "Den " + dmy + " kl. " + hm + " skrev " + BANK_FROM + ":";
          case 1 ->
              "Den " + d + ". " + m + ". " + y + " kl. " + hmDot + " skrev " + BANK_FROM + ":";
          case 2 -> "W dniu " + dmy + " o " + hm + ", " + BANK_FROM + " pisze:";
          case 3 -> d + "." + m + "." + y + " o " + hm + " " + BANK_FROM + " napisał(a):";
          case 4 ->
              "Em "
                  + String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y)
                  + " às "
                  + hm
                  + ", "
                  + BANK_FROM
                  + " escreveu:";
          case 5 -> y + "年" + m + "月" + d + "日 " + hm + " " + BANK_FROM + ":";
          case 6 -> dmy + " " + hm + ", " + BANK_FROM + " пишет:";
          case 7 -> dmy + " klo " + hmDot + " " + BANK_FROM + " kirjoitti:";
          case 8 -> BANK_FROM + " 于" + y + "年" + m + "月" + d + "日 " + hm + "写道：";
          case 9 ->
              BANK_FROM
                  + ", "
                  + String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y)
                  + " "
                  + hm
                  + " tarihinde şunu yazdı:";
          case 10 ->
              "On "
                  + DAYS[w.getDayOfWeek().ordinal()]
                  + ", "
                  + MONTHS[m - 1]
                  + " "
                  + d
                  + ", "
                  + y
                  + " at "
                  + twelveHour(w)
                  + " UTC, Acme Bank Customer Support Team <"
                  + SUPPORT
                  + "> wrote:";
          case 11 ->
              "On "
                  + MONTHS[m - 1].substring(0, 3)
                  + " "
                  + d
                  + ", "
                  + y
                  + ", at "
                  + twelveHour(w)
                  + ", "
                  + BANK_FROM
                  + " wrote:";
          case 12 -> "At " + hm + " " + d + "/" + m + "/" + y + ", " + BANK + " wrote:";
          case 13 -> "Quoting " + BANK_FROM + ":";
          case 14 -> BANK + " wrote on " + d + "/" + m + "/" + y + " " + hm + ":";
          default -> "On " + d + "/" + m + "/" + y + " " + hm + ", " + BANK + " wrote:";
        };
    // Clients wrap long attribution lines at about 72 columns, anywhere between words.
    return line.length() > 72 && random.nextBoolean() ? wrap(line, 60 + random.nextInt(13)) : line;
  }

  private static String longDate(ZonedDateTime w) {
    return DAYS[w.getDayOfWeek().ordinal()]
        + ", "
        + w.getDayOfMonth()
        + " "
        + MONTHS[w.getMonthValue() - 1]
        + " "
        + w.getYear()
        + " "
        + String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
  }

  private String mobileText(String query) {
    // Some write on a phone in lower case and without the final punctuation.
    return random.nextInt(3) == 0
        ? query.toLowerCase(Locale.ROOT).replaceAll("[?.!]+$", "")
        : query;
  }

  private byte[] mobile(
      Headers h, String query, EvalMailForms.Person p, String[] answer, String caseId) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(3) == 0) {
      b.append(pick("hi", "Hej", "hello", "Hi!")).append("\n");
    }
    b.append(mobileText(query));
    if (random.nextInt(3) == 0) {
      b.append("\n").append(pick("thx", "Thanks", p.first(), "ty", p.first().substring(0, 1)));
    }
    b.append("\n\n").append(pick(MOBILE_FOOTERS));
    if (random.nextBoolean()) {
      h.reply(caseId);
      h.subject("Re: " + answer[0]);
      ZonedDateTime w = h.date.minusHours(2 + random.nextInt(40));
      String when =
          random.nextBoolean()
              ? MONTHS[w.getMonthValue() - 1].substring(0, 3)
                  + " "
                  + w.getDayOfMonth()
                  + ", "
                  + w.getYear()
                  + ", at "
                  + twelveHour(w)
              : w.getDayOfMonth()
                  + " "
                  + MONTHS[w.getMonthValue() - 1]
                  + " "
                  + w.getYear()
                  + " at "
                  + String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
      b.append("\n\n> On ")
          .append(when)
          .append(", ")
          .append(BANK_FROM)
          .append(" wrote:\n> \n")
          .append(quote(bankLetter(p, answer[1])).replace("\n>\n", "\n> \n"));
    } else {
      h.subject(random.nextBoolean() ? subject(query) : "");
    }
    return plain(h, b.toString());
  }

  private String forwarded(
      String from, ZonedDateTime w, String subject, EvalMailForms.Person to, String notice) {
    String date = longDate(w);
    String toLine = to.full() + " <" + to.address() + ">";
    return switch (random.nextInt(6)) {
      case 0 ->
          gmailForward("Weitergeleitete Nachricht", "Von", from, date, subject, toLine, notice);
      case 1 -> gmailForward("Mensaje reenviado", "De", from, date, subject, toLine, notice);
      case 2 ->
          "Begin forwarded message:\n\n> From: "
              + from
              + "\n> Subject: "
              + subject
              + "\n> Date: "
              + date
              + "\n> To: "
              + toLine
              + "\n> \n"
              + quote(wrap(notice, 70));
      case 3 ->
          "From: "
              + from
              + "\nDate: "
              + date
              + "\nTo: "
              + toLine
              + "\nSubject: "
              + subject
              + "\n\n"
              + notice;
      case 4 ->
          "-------- Przekazana wiadomość --------\nTemat: \t"
              + subject
              + "\nData: \t"
              + date
              + "\nNadawca: \t"
              + from
              + "\nAdresat: \t"
              + toLine
              + "\n\n\n\n"
              + notice;
      default ->
          "-------- Vidarebefordrat meddelande --------\nÄmne: \t"
              + subject
              + "\nDatum: \t"
              + date
              + "\nFrån: \t"
              + from
              + "\nTill: \t"
              + toLine
              + "\n\n\n"
              + notice;
    };
  }

  /** Gmail's forward in a language that translates only the separator and the From label. */
  private static String gmailForward(
      String separator,
      String fromLabel,
      String from,
      String date,
      String subject,
      String toLine,
      String notice) {
    return "---------- "
        + separator
        + " ---------\n"
        + fromLabel
        + ": "
        + from
        + "\nDate: "
        + date
        + "\nSubject: "
        + subject
        + "\nTo: "
        + toLine
        + "\n\n\n"
        + notice;
  }

  /** The new text over two or three levels of history, Outlook blocks and Gmail quotes mixed. */
  private String thread(String query, EvalMailForms.Person p, ZonedDateTime date, String[] answer) {
    String earlier = pick(EARLIER) + "\n\n" + p.first();
    String firstAnswer = bankLetter(p, BANK_ANSWERS[random.nextInt(BANK_ANSWERS.length)][1]);
    ZonedDateTime w1 = date.minusDays(1);
    ZonedDateTime w2 = date.minusDays(3);
    ZonedDateTime w3 = date.minusDays(4);
    String outlook =
        "From: "
            + BANK_FROM
            + "\nSent: "
            + longDate(w1)
            + "\nTo: "
            + p.full()
            + " <"
            + p.address()
            + ">\nSubject: "
            + answer[0];
    String customerWrote =
        "On " + longDate(w2) + ", " + p.full() + " <" + p.address() + "> wrote:\n";
    String history;
    if (random.nextBoolean()) {
      // The bank's Outlook answer, then the customer's Gmail reply quoting the bank's first answer.
      history =
          pick("________________________________\n", "-----Original Message-----\n", "")
              + outlook
              + "\n\n"
              + bankLetter(p, answer[1])
              + "\n\n"
              + customerWrote
              + quote(
                  earlier
                      + "\n\nOn "
                      + longDate(w3)
                      + ", "
                      + BANK_FROM
                      + " wrote:\n"
                      + quote(firstAnswer));
    } else {
      // Gmail replies all the way down, each level quoted once more.
      history =
          attribution(w1)
              + "\n"
              + quote(
                  bankLetter(p, answer[1])
                      + "\n\n"
                      + customerWrote
                      + quote(
                          earlier
                              + (random.nextBoolean()
                                  ? "\n\n"
                                      + outlook.replace("Sent:", "Date:")
                                      + "\n\n"
                                      + firstAnswer
                                  : "")));
    }
    return letter(query, p) + "\n\n" + history;
  }

  private String corporate(String query, EvalMailForms.Person p) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(3) == 0) {
      b.append(pick(BANNERS)).append("\n\n");
    }
    if (random.nextInt(4) > 0) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query).append("\n\n").append(pick(SIGN_OFFS)).append("\n\n");
    b.append(p.full()).append('\n');
    String title = pick(TITLES);
    String company = pick(COMPANIES);
    if (random.nextBoolean()) {
      b.append(title).append('\n').append(company).append('\n');
    } else {
      b.append(title).append(" | ").append(company).append('\n');
    }
    if (random.nextBoolean()) {
      b.append("[cid:image00")
          .append(1 + random.nextInt(3))
          .append(".png@01DA")
          .append(Integer.toHexString(0x1000 + random.nextInt(0xefff)).toUpperCase(Locale.ROOT))
          .append(".5C1E7A90]\n");
    }
    String[] address = ADDRESSES[random.nextInt(ADDRESSES.length)];
    int lines = Math.min(address.length, 2 + random.nextInt(3));
    for (int i = 0; i < lines; i++) {
      b.append(address[i]).append('\n');
    }
    b.append(pick("Tel: ", "T: ", "Tel. ", "Office: ")).append(p.phone()).append('\n');
    if (random.nextBoolean()) {
      b.append(pick("Mob: ", "M: ", "Mobile: "))
          .append(p.phone().replaceAll("\\d$", "7"))
          .append('\n');
    }
    if (random.nextInt(3) == 0) {
      b.append("Fax: ").append(p.phone().replaceAll("\\d$", "9")).append('\n');
    }
    String site = company.split("[ &]")[0].toLowerCase(Locale.ROOT);
    b.append(pick("www.", "https://www.", "W: www.")).append(site).append(".example\n");
    if (random.nextBoolean()) {
      b.append(
              pick(
                  "LinkedIn | Twitter | Instagram",
                  "Follow us on LinkedIn",
                  "LinkedIn: " + "linkedin.example/company/" + site))
          .append('\n');
    }
    if (random.nextBoolean()) {
      b.append("\n")
          .append(
              pick(
                  "Please consider the environment before printing this email.",
                  "P Please consider the environment before printing this e-mail",
                  "Think green - keep it on the screen."))
          .append('\n');
    }
    if (random.nextInt(4) > 0) {
      b.append("\n").append(pick(DISCLAIMERS)).append('\n');
    }
    if (random.nextInt(3) == 0) {
      b.append("\n").append(pick(SCANNED)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  private byte[] webForm(Headers h, String query, EvalMailForms.Person p, int index) {
    String account = String.format(Locale.ROOT, "%08d", 10_000_000 + index * 37);
    String body;
    switch (random.nextInt(3)) {
      case 0 -> {
        h.subject(pick("New contact form submission", "Website enquiry from " + p.full()));
        body =
            pick("You have received a new message from your website contact form.\n\n", "")
                + "Name: "
                + p.full()
                + "\nEmail: "
                + p.address()
                + "\nPhone: "
                + p.phone()
                + "\nAccount: "
                + account
                + "\nTopic: "
                + pick("General enquiry", "My account", "Other", "Cards and payments")
                + "\nMessage: "
                + query
                + "\n\n--\nSent via the contact form at https://www.acme-bank.example/contact";
      }
      case 1 -> {
        h.subject("[Contact] " + pick("Customer message", "New request", "Web form"));
        body =
            "Name:\t\t"
                + p.full()
                + "\nE-mail:\t\t"
                + p.address()
                + "\nCustomer number:\t"
                + account
                + "\n\nYour message:\n"
                + query
                + "\n\n"
                + "-------------------------\n"
                + "Submitted on "
                + longDate(h.date)
                + " from https://www.acme-bank.example/help/contact-us\nIP: 192.0.2."
                + (1 + index % 250);
      }
      default -> {
        h.subject("[Acme Bank Help] Request #" + (48_000 + index) + ": " + subject(query));
        body =
            "##- Please type your reply above this line -##\n\n"
                + "A new request has been submitted by "
                + p.full()
                + ".\n\n"
                + p.full()
                + "\n"
                + longDate(h.date)
                + "\n\n"
                + query
                + "\n\n"
                + "Request ID: "
                + (48_000 + index)
                + "\nStatus: Open\nPriority: Normal\n\n"
                + "View the request: https://help.acme-bank.example/agent/tickets/"
                + (48_000 + index)
                + "\n\nThis email is a service from Acme Bank Help.";
      }
    }
    return plain(h, body);
  }

  private byte[] story(Headers h, String query, EvalMailForms.Person p) {
    switch (random.nextInt(3)) {
      case 0 -> {
        // Everything in the subject; the body is empty, a pointer to the subject, or a sign-off.
        h.subject(query);
        String body =
            pick(
                "",
                "see subject",
                "As per subject.",
                "Title says it all, thanks",
                "\n\n" + pick(MOBILE_FOOTERS),
                pick(SIGN_OFFS) + "\n" + p.first());
        return plain(h, body);
      }
      case 1 -> {
        h.subject(subject(query));
        StringBuilder b = new StringBuilder();
        if (random.nextBoolean()) {
          b.append(pick(GREETINGS)).append("\n\n");
        }
        int n = 2 + random.nextInt(3);
        List<String> context = new java.util.ArrayList<>(List.of(CONTEXT));
        java.util.Collections.shuffle(context, random);
        String story = String.join(" ", context.subList(0, n));
        if (random.nextBoolean()) {
          b.append(story).append(' ').append(query);
        } else {
          b.append(story).append("\n\n").append(query);
        }
        b.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.full());
        if (random.nextBoolean()) {
          b.append("\n\n").append(pick(PS));
        }
        return plain(h, b.toString());
      }
      default -> {
        // A thank-you letter with the question in its postscript.
        h.subject(pick("Thank you", "Thanks!", "Re: Following up", "Quick one"));
        String body =
            pick(GREETINGS)
                + "\n\n"
                + pick(
                    "Thanks for sorting out my last issue so quickly, it's much appreciated.",
                    "Just wanted to say thank you for your help last week.",
                    "Thank you for the quick reply to my earlier message.")
                + "\n\n"
                + pick(SIGN_OFFS)
                + "\n"
                + p.full()
                + "\n\n"
                + pick("P.S. ", "PS ", "PS: ", "P.S.: ")
                + query;
        return plain(h, body);
      }
    }
  }

  private byte[] encodings(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    String text = letter(query, p);
    switch (random.nextInt(4)) {
      case 0 -> {
        // format=flowed: soft line breaks are a space before the line end.
        StringBuilder b = new StringBuilder();
        for (String para : text.split("\n", -1)) {
          String[] lines = wrap(para, 66).split("\n");
          for (int i = 0; i < lines.length; i++) {
            b.append(lines[i]).append(i < lines.length - 1 ? " \n" : "\n");
          }
        }
        return mime(
            h,
            "text/plain; charset=UTF-8; format=flowed" + pick("", "; delsp=no"),
            "8bit",
            b.toString());
      }
      case 1 -> {
        String b64 =
            Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString((text + "\n").getBytes(StandardCharsets.UTF_8));
        if (random.nextBoolean()) {
          return mime(h, "text/plain; charset=utf-8", "base64", b64 + "\n");
        }
        // A text part in base64 beside a small attached image.
        String boundary =
            "----=_Part_" + (1000 + random.nextInt(9000)) + "_" + random.nextInt(1 << 20);
        String png =
            Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        String body =
            "--"
                + boundary
                + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + b64
                + "\n--"
                + boundary
                + "\nContent-Type: image/png; name=\"screenshot.png\"\n"
                + "Content-Disposition: attachment; filename=\"screenshot.png\"\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + png
                + "\n--"
                + boundary
                + "--\n";
        return mime(h, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
      }
      case 2 -> {
        // windows-1252, 8bit: curly apostrophes in the letter, accents in the name.
        Charset cp1252 = Charset.forName("windows-1252");
        String letter = text.replace("'", "’");
        return mime(
            h,
            "text/plain; charset=windows-1252",
            "8bit",
            encodable(letter, cp1252) + "\n",
            cp1252);
      }
      default -> {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        return mime(
            h,
            "text/plain; charset=iso-8859-1",
            "quoted-printable",
            qp(encodable(text, latin1) + "\n", latin1));
      }
    }
  }

  /** {@code text} with the characters {@code charset} cannot write spelt without accents. */
  private static String encodable(String text, Charset charset) {
    StringBuilder b = new StringBuilder();
    java.nio.charset.CharsetEncoder enc = charset.newEncoder();
    text.codePoints()
        .forEach(
            c -> {
              String s = new String(Character.toChars(c));
              b.append(enc.canEncode(s) ? s : ascii(s));
            });
    return b.toString();
  }

  // ---- HTML ---------------------------------------------------------------------------------

  private String outlookHtml(
      String query, EvalMailForms.Person p, ZonedDateTime w, String[] answer) {
    StringBuilder b = new StringBuilder();
    b.append(
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            + "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">"
            + "<style><!--\n/* Font Definitions */\n@font-face {font-family:\"Cambria Math\";}\n"
            + "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;"
            + " font-family:\"Calibri\",sans-serif;}\n.MsoChpDefault {mso-style-type:export-only;}\n"
            + "--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            + "</xml><![endif]--></head>\n"
            + "<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">"
            + "<div class=\"WordSection1\">\n");
    if (random.nextInt(4) > 0) {
      b.append(mso(pick(GREETINGS))).append(mso(null));
    }
    b.append(mso(query)).append(mso(null));
    b.append(mso(pick(SIGN_OFFS))).append(mso(p.full()));
    if (random.nextBoolean()) {
      b.append("<p class=\"MsoNormal\"><span style=\"font-size:9.0pt;color:#7F7F7F\">")
          .append(esc(pick(TITLES) + " | " + pick(COMPANIES)))
          .append("<br>")
          .append(esc(p.phone()))
          .append("<o:p></o:p></span></p>\n");
    }
    b.append(mso(null));
    String[] labels =
        switch (random.nextInt(3)) {
          case 0 -> new String[] {"From:", "Sent:", "To:", "Subject:"};
          case 1 -> new String[] {"Von:", "Gesendet:", "An:", "Betreff:"};
          default -> new String[] {"De :", "Envoyé :", "À :", "Objet :"};
        };
    String header =
        "<b>"
            + labels[0]
            + "</b> "
            + esc(BANK_FROM)
            + "<br>\n<b>"
            + labels[1]
            + "</b> "
            + longDate(w)
            + "<br>\n<b>"
            + labels[2]
            + "</b> "
            + esc(p.full() + " <" + p.address() + ">")
            + "<br>\n<b>"
            + labels[3]
            + "</b> "
            + esc(answer[0]);
    if (random.nextBoolean()) {
      // Outlook desktop: a top-bordered div around the header block.
      b.append(
              "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                  + "<p class=\"MsoNormal\">")
          .append(header)
          .append("<o:p></o:p></p></div>\n")
          .append(mso(null));
    } else {
      // Outlook on the web: a rule, then divRplyFwdMsg.
      b.append(
              "<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n")
          .append(
              "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">")
          .append(header)
          .append("</font>\n<div>&nbsp;</div>\n</div>\n");
    }
    for (String para : bankLetter(p, answer[1]).split("\n\n")) {
      b.append(mso(para.replace("\n", " "))).append(mso(null));
    }
    b.append("</div>\n</body>\n</html>\n");
    return b.toString();
  }

  /** An Outlook paragraph; null is Outlook's empty line. */
  private static String mso(String text) {
    return text == null
        ? "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
        : "<p class=\"MsoNormal\">" + esc(text) + "<o:p></o:p></p>\n";
  }

  private byte[] clientHtml(
      Headers h,
      String query,
      EvalMailForms.Person p,
      ZonedDateTime date,
      String[] answer,
      String caseId) {
    ZonedDateTime w = date.minusDays(1 + random.nextInt(4));
    String bankHtml = esc(bankLetter(p, answer[1])).replace("\n", "<br>\n");
    String greeting = random.nextInt(4) > 0 ? pick(GREETINGS) : null;
    StringBuilder b = new StringBuilder();
    boolean reply = random.nextInt(4) > 0;
    if (reply) {
      h.reply(caseId);
      h.subject("Re: " + answer[0]);
    } else {
      h.subject(subject(query));
    }
    switch (random.nextInt(3)) {
      case 0 -> {
        // Thunderbird: moz-signature, moz-cite-prefix and a cite blockquote.
        b.append(
            "<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n  </head>\n  <body>\n");
        if (greeting != null) {
          b.append("    <p>").append(esc(greeting)).append("</p>\n");
        }
        b.append("    <p>").append(esc(query)).append("</p>\n");
        b.append("    <p>").append(esc(pick(SIGN_OFFS))).append("</p>\n");
        b.append("    <div class=\"moz-signature\">-- <br>\n      ")
            .append(esc(p.full()))
            .append("<br>\n      ")
            .append(esc(p.phone()))
            .append("</div>\n");
        if (reply) {
          b.append("    <div class=\"moz-cite-prefix\">On ")
              .append(
                  String.format(
                      Locale.ROOT,
                      "%02d/%02d/%d %02d:%02d",
                      w.getDayOfMonth(),
                      w.getMonthValue(),
                      w.getYear(),
                      w.getHour(),
                      w.getMinute()))
              .append(", ")
              .append(esc(BANK))
              .append(" wrote:<br>\n    </div>\n    <blockquote type=\"cite\" cite=\"mid:")
              .append(caseId, 1, caseId.length() - 1)
              .append("\">")
              .append(bankHtml)
              .append("</blockquote>\n");
        }
        b.append("  </body>\n</html>\n");
      }
      case 1 -> {
        // Gmail: gmail_signature, and the gmail_quote of the answer.
        b.append("<div dir=\"ltr\">");
        if (greeting != null) {
          b.append("<div>").append(esc(greeting)).append("</div><div><br></div>");
        }
        b.append("<div>")
            .append(esc(query))
            .append("</div><div><br></div>")
            .append("<div>")
            .append(esc(pick(SIGN_OFFS)))
            .append("</div>")
            .append(
                "<div><br></div>-- <br><div dir=\"ltr\" class=\"gmail_signature\""
                    + " data-smartmail=\"gmail_signature\"><div dir=\"ltr\"><b>")
            .append(esc(p.full()))
            .append("</b><div>")
            .append(esc(pick(TITLES) + " | " + pick(COMPANIES)))
            .append("</div><div>")
            .append(esc(p.phone()))
            .append("</div></div></div></div>\n");
        if (reply) {
          b.append("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On ")
              .append(longDate(w))
              .append(", ")
              .append(esc(BANK))
              .append(" &lt;<a href=\"mailto:")
              .append(SUPPORT)
              .append("\">")
              .append(SUPPORT)
              .append(
                  "</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px"
                      + " 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">")
              .append(bankHtml)
              .append("</blockquote></div>\n");
        }
      }
      default -> {
        // Apple Mail: dir="auto" divs, the attribution inside its own cite blockquote.
        b.append(
            "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                + "<body dir=\"auto\">");
        if (greeting != null) {
          b.append("<div dir=\"ltr\">")
              .append(esc(greeting))
              .append("</div><div dir=\"ltr\"><br></div>");
        }
        b.append("<div dir=\"ltr\">")
            .append(esc(mobileText(query)))
            .append("</div>")
            .append("<div dir=\"ltr\"><br></div><div dir=\"ltr\">")
            .append(esc(p.first()))
            .append("</div><div dir=\"ltr\"><br><div dir=\"ltr\">")
            .append(esc(pick(MOBILE_FOOTERS)))
            .append("</div>");
        if (reply) {
          b.append("<div dir=\"ltr\"><br><blockquote type=\"cite\">On ")
              .append(w.getDayOfMonth())
              .append(' ')
              .append(MONTHS[w.getMonthValue() - 1], 0, 3)
              .append(' ')
              .append(w.getYear())
              .append(", at ")
              .append(String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute()))
              .append(", ")
              .append(esc(BANK_FROM))
              .append(
                  " wrote:<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">")
              .append(bankHtml)
              .append("</div></blockquote>");
        }
        b.append("</div></body></html>\n");
      }
    }
    return html(h, b.toString());
  }

  // ---- the message --------------------------------------------------------------------------

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=UTF-8", "8bit", body + "\n");
  }

  private byte[] html(Headers h, String html) {
    return mime(h, "text/html; charset=UTF-8", "quoted-printable", qp(html));
  }
}
