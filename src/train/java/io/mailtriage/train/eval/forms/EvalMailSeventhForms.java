package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.DAYS;
import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.dayDate;
import static io.mailtriage.train.eval.forms.MailParts.dayDateAt;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.outlookDate;
import static io.mailtriage.train.eval.forms.MailParts.quote;
import static io.mailtriage.train.eval.forms.MailParts.time24;
import static io.mailtriage.train.eval.forms.MailParts.twelveHour;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The seventh evaluation set's templates ({@code data/eval-mail-seventh}), written by a seventh
 * author from the six earlier sets' form lists and the builder's plumbing only, before reading the
 * model-text step's rules: replies to an adviser's out-of-office notice, a request in a postscript,
 * mail passed through a translation tool, text messages delivered by an SMS gateway, a colleague's
 * internal escalation of a customer's mail, Apple Mail replies with inline image placeholders,
 * replies under the attribution lines of less common clients, large-print mail, complaints in
 * numbered paragraphs, and a mail sent again after the first went too soon. Renders BANKING77
 * <em>test</em> queries and must never feed training.
 *
 * <p>Every mail holds its query's words once, unchanged, as the customer's request; everything
 * around it is the template's. Dates are written by hand and everything is drawn from the {@link
 * Random} passed in, so a seed gives the same bytes on every JDK.
 */
final class EvalMailSeventhForms extends MailParts.FormSet<EvalMailSeventhForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    OUT_OF_OFFICE,
    POSTSCRIPT,
    TRANSLATED,
    SMS_GATEWAY,
    STAFF_ESCALATION,
    APPLE_MAIL,
    QUOTING_STYLES,
    LARGE_PRINT,
    NUMBERED_COMPLAINT,
    SENT_TOO_SOON;
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 12, 1, 8, 13, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Annika", "Brendan", "Carys", "Dmitri", "Elodie", "Fergus", "Gwen", "Hamza", "Isla", "Jerome",
    "Kasia", "Lorcan", "Maud", "Nikhil", "Odette", "Piers", "Quinn", "Rania", "Sven", "Tamsin",
    "Ugo", "Vesna", "Wilf", "Ximena", "Yannick", "Zofia", "Ailsa", "Bram", "Cerys", "Dario"
  };

  private static final String[] LAST = {
    "Abernethy",
    "Brightwell",
    "Castellano",
    "Drummond",
    "Eastwood",
    "Fairclough",
    "Grieve",
    "Hollis",
    "Ibbotson",
    "Jankowski",
    "Kilbride",
    "Lockhart",
    "Marchetti",
    "Nwachukwu",
    "Ormerod",
    "Pemberton",
    "Quayle",
    "Rutherford",
    "Sandoval",
    "Thistlewood",
    "Underhill",
    "Varga",
    "Whitlock",
    "Yeomans",
    "Zielinski",
    "O'Donoghue",
    "Mac an tSaoi",
    "Ferreira",
    "Lindqvist",
    "Achterberg"
  };

  private static final String[] DOMAINS = {
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "inbox.example.co.uk",
    "post.example",
    "homemail.example"
  };

  /** Numbers of the ranges kept for drama: the UK's 07700 900, 020 7946 0, 0113 496 0. */
  private static final String[] PHONES = {
    "07700 900%03d", "+44 7700 900%03d", "020 7946 0%03d", "0113 496 0%03d", "+44 113 496 0%03d"
  };

  EvalMailSeventhForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(13L * index + 5);
    String messageId =
        "<"
            + Long.toString(date.toEpochSecond() * 3 + index, 36)
            + "-"
            + hex(8)
            + "@"
            + p.domain()
            + ">";
    Headers h =
        new Headers(
            p, date, messageId, pick("", "\"Acme Bank\" ", "Acme Support ") + "<" + SUPPORT + ">");
    return switch (form) {
      case OUT_OF_OFFICE -> outOfOffice(h, query, p);
      case POSTSCRIPT -> postscript(h, query, p);
      case TRANSLATED -> translated(h, query, p);
      case SMS_GATEWAY -> smsGateway(h, query, p, index);
      case STAFF_ESCALATION -> staffEscalation(h, query, p, index);
      case APPLE_MAIL -> appleMail(h, query, p);
      case QUOTING_STYLES -> quotingStyles(h, query, p);
      case LARGE_PRINT -> largePrint(h, query, p);
      case NUMBERED_COMPLAINT -> numberedComplaint(h, query, p);
      case SENT_TOO_SOON -> sentTooSoon(h, query, p);
    };
  }

  private EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        switch (random.nextInt(3)) {
          case 0 -> first + last.charAt(0) + (index % 90 + 10);
          case 1 -> last + "." + first;
          default -> first.charAt(0) + last;
        };
    local = ascii(local).toLowerCase(Locale.ROOT).replace("'", "").replace(" ", "");
    String phone = MailParts.phone(pick(PHONES), random);
    String street =
        pick(
            "12 Larkspur Close\nHebden Bridge HX7 8QQ",
            "Flat 9, Tannery Court\nNorwich NR3 1ZZ",
            "44 Coldharbour Road\nBristol BS6 7XX",
            "2 Mill Wynd\nPeebles EH45 8YY");
    return new EvalMailForms.Person(first, last, local + "@" + pick(DOMAINS), phone, street);
  }

  // ---- the forms ----------------------------------------------------------------------------

  /** What an adviser's automatic reply says while they are away. */
  private static final String[] AWAY_TEXTS = {
    "Thank you for your email. I am out of the office until Monday 14 December with no access to"
        + " email. For anything that cannot wait, please write to help@acme-bank.example or call"
        + " 0113 496 0000.",
    "I'm currently on annual leave, returning on 9 December. Your message will not be forwarded."
        + " If your query is urgent please contact our customer team on help@acme-bank.example.",
    "Hello, I am away from my desk on a training course this week and checking messages only"
        + " occasionally. Please allow extra time for a reply.",
    "Please note I no longer work in the Premier team. Your email has not been forwarded; please"
        + " send it to help@acme-bank.example and a colleague will pick it up.",
    "I am on parental leave until the new year. For help with your account please contact the"
        + " customer service team."
  };

  private static final String[] ADVISERS = {
    "Rebecca Tolland", "Imran Qadir", "Shona McBride", "Patrick Esterhuizen", "Helga Sørensen"
  };

  /**
   * The adviser's automatic reply quoted under a note sending the question on to the team, or the
   * customer's own "I'm away" notice above or below their question.
   */
  private byte[] outOfOffice(Headers h, String query, EvalMailForms.Person p) {
    String adviser = pick(ADVISERS);
    String adviserAddress =
        ascii(adviser).toLowerCase(Locale.ROOT).replace(' ', '.') + "@acme-bank.example";
    ZonedDateTime sent = h.date.minusHours(2 + random.nextInt(40));
    String topic = pick("Quick question", "My account", "Following up", "Query", "Help please");
    int variant = random.nextInt(4);
    if (variant <= 1) {
      h.subject(
          pick("FW: ", "Fwd: ", "RE: ") + pick("Automatic reply: ", "Out of Office: ") + topic);
      String intro =
          pick(
              "I got this auto-reply from " + adviser.split(" ")[0] + " so I'm sending it here.",
              "My adviser is away so I'm trying this address instead.",
              "Sending to you as the reply below says to.",
              "",
              "Got an out of office, see below.");
      String body =
          greeting("Hello")
              + (intro.isEmpty() ? "" : intro + "\n\n")
              + query
              + "\n\n"
              + signOff(p)
              + "\n\n";
      String away = pick(AWAY_TEXTS);
      if (variant == 0) {
        body +=
            "________________________________\n"
                + "From: "
                + adviser
                + " <"
                + adviserAddress
                + ">\nSent: "
                + outlookDate(sent)
                + "\nTo: "
                + p.full()
                + " <"
                + p.address()
                + ">\nSubject: Automatic reply: "
                + topic
                + "\n\n"
                + away
                + "\n\n"
                + adviser
                + "\nRelationship Manager, Acme Bank\n";
      } else {
        body +=
            "On "
                + dayDateAt(sent)
                + ", "
                + adviser
                + " <"
                + adviserAddress
                + "> wrote:\n\n"
                + quote(away + "\n\nKind regards,\n" + adviser)
                + "\n";
      }
      return plain(h, body);
    }
    h.subject(topic);
    String notice =
        pick(
            "Please note: I'm away from 4 to 15 December with limited access to email, so a reply"
                + " may take a while to reach me.",
            "** I am travelling until 12 December and will reply when I am back **",
            "[Out of office 7–18 Dec: I'll check mail once or twice in that time]",
            "PLEASE NOTE I AM ON LEAVE FROM 10 DECEMBER. I WILL RESPOND TO YOUR REPLY IN JANUARY.");
    String body =
        variant == 2
            ? notice + "\n\n" + greeting("Hi") + query + "\n\n" + signOff(p) + "\n"
            : greeting("Dear team") + query + "\n\n" + signOff(p) + "\n\n" + notice + "\n";
    return plain(h, body);
  }

  private static final String[] PLEASANTRIES = {
    "Thank you for your help on the phone this morning. The gentleman I spoke to was very patient"
        + " with me and explained everything clearly.",
    "Just a quick note to say the new branch on Market Street is lovely, and the staff were very"
        + " welcoming when I popped in last week.",
    "I wanted to say thank you for the letter you sent about the changes to opening hours. I have"
        + " put it on the fridge so I don't forget.",
    "Hope you are all keeping well in the run-up to Christmas. It must be a busy time of year for"
        + " you.",
    "Thanks for sorting things out so quickly last time. My daughter says I should use the app"
        + " more, so I am trying!",
    "All is well at this end, I just wanted to let you know I received the leaflet about the"
        + " community event and I will try to come along."
  };

  /** A friendly note of no request, signed, with the request only in a postscript under it. */
  private byte[] postscript(Headers h, String query, EvalMailForms.Person p) {
    h.subject(pick("Thank you", "Hello", "Just a note", "A quick thank you", "Re: Your letter"));
    String ps =
        pick("P.S. ", "PS ", "PS: ", "P.S. - ", "p.s. ", "P.P.S. ")
            + (random.nextInt(3) == 0
                ? pick("Nearly forgot! ", "One more thing, ", "While I think of it: ")
                : "")
            + query;
    String signature = signOff(p) + (random.nextBoolean() ? "\n" + p.phone() : "");
    String text =
        greeting("Hello")
            + pick(PLEASANTRIES)
            + "\n\n"
            + pick("Have a good week.", "Best wishes to the team.", "Take care.", "")
            + "\n\n"
            + signature
            + "\n\n"
            + ps
            + "\n";
    if (random.nextInt(3) > 0) {
      return plain(h, text.replace("\n\n\n", "\n\n"));
    }
    StringBuilder html =
        new StringBuilder("<html><body style=\"font-family:Georgia,serif;font-size:15px\">\n");
    for (String para : text.replace("\n\n\n", "\n\n").strip().split("\n\n")) {
      html.append("<p>").append(esc(para).replace("\n", "<br>")).append("</p>\n");
    }
    html.append("</body></html>\n");
    return alternative(h, text, html.toString());
  }

  /** A translation tool's names, made up. */
  private static final String[] TRANSLATORS = {
    "LinguaRelay", "PolyglotMail", "TextBridge Translate"
  };

  /** Languages, with a few lines of the original's greeting and close in them. */
  private static final String[][] ORIGINALS = {
    {"Polish", "Dzień dobry,\npiszę w sprawie mojego konta. Z góry dziękuję za pomoc.\nPozdrawiam"},
    {
      "Portuguese",
      "Bom dia,\nescrevo sobre a minha conta. Obrigada desde já pela ajuda.\nCumprimentos"
    },
    {"Romanian", "Bună ziua,\nvă scriu în legătură cu contul meu. Mulțumesc anticipat.\nCu stimă"},
    {
      "Turkish",
      "Merhaba,\nhesabım hakkında yazıyorum. Yardımınız için şimdiden teşekkürler.\nSaygılar"
    },
    {"Spanish", "Hola,\nles escribo por mi cuenta. Gracias de antemano por su ayuda.\nUn saludo"}
  };

  /**
   * The request as a translation tool wrote it in English, under or over the tool's banner, with
   * the original's opening and close in the writer's language below it in half.
   */
  private byte[] translated(Headers h, String query, EvalMailForms.Person p) {
    String tool = pick(TRANSLATORS);
    String[] original = ORIGINALS[random.nextInt(ORIGINALS.length)];
    String language = original[0];
    h.subject(pick("Question", "Request", "Help with account", "Enquiry", "Bank question"));
    String banner =
        switch (random.nextInt(4)) {
          case 0 ->
              "[This message was translated from " + language + " by " + tool + ". Show original]";
          case 1 ->
              "-- Automatically translated by "
                  + tool
                  + " · Original language: "
                  + language
                  + " --";
          case 2 ->
              "Translated from "
                  + language
                  + " to English with "
                  + tool
                  + ". The translation may contain mistakes.";
          default -> "⚠ Machine translation (" + language + " → English) – " + tool;
        };
    String english =
        greeting(pick("Hello", "Good day", "Dear Sir/Madam"))
            + query
            + "\n\n"
            + pick("Thank you in advance for your help.", "Thank you in advance.", "")
            + "\n"
            + pick("Best regards", "Regards", "Greetings")
            + ",\n"
            + p.full()
            + "\n";
    String body =
        random.nextBoolean() ? banner + "\n\n" + english : english + "\n\n" + banner + "\n";
    if (random.nextBoolean()) {
      body +=
          "\n"
              + pick(
                  "----- Original text -----", "Original (" + language + "):", "--- original ---")
              + "\n"
              + original[1]
              + "\n"
              + p.full()
              + "\n";
    } else if (random.nextBoolean()) {
      body += "\nSent with " + tool + " – write in your language, they read in theirs.\n";
    }
    return plain(h, body);
  }

  /**
   * A text message as an SMS gateway delivers it by mail: bare with the carrier's footer, or inside
   * a business texting inbox's notification with the sender's number, time and a reply note.
   */
  private byte[] smsGateway(Headers h, String query, EvalMailForms.Person p, int index) {
    String digits = "447700900" + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    String shown = "+44 7700 900" + digits.substring(9);
    EvalMailForms.Person gateway =
        new EvalMailForms.Person(
            pick("+" + digits, "SMS", "Text"),
            pick("via TxtRelay", "Message", "Inbox"),
            digits + "@" + pick("sms.txtrelay.example", "mms.carrier.example", "text.example.net"),
            p.phone(),
            p.street());
    Headers g = new Headers(gateway, h.date, h.messageId, h.to);
    int variant = random.nextInt(3);
    ZonedDateTime at = h.date.minusMinutes(1);
    if (variant == 0) {
      g.subject(pick("", "SMS from +" + digits, "Text message"));
      String body =
          query
              + pick("", " " + p.first(), " - " + p.first(), " thx")
              + "\n\n--\n"
              + pick(
                  "This message was sent from a mobile phone by TxtRelay. Reply to this email to"
                      + " answer by SMS (standard network rates apply).",
                  "Sent by text message through CarrierMail. Replies longer than 160 characters are"
                      + " split.",
                  "MMS/SMS delivered to email. Do not reply with attachments.")
              + "\n";
      return plain(g, body);
    }
    g.subject(pick("New text message from " + shown, "[SMS] New message", "Inbound SMS #" + index));
    String block =
        variant == 1
            ? "New SMS received\n\nFrom: "
                + shown
                + "\nTo: Acme Bank (60"
                + (index % 900 + 100)
                + ")\nReceived: "
                + numericDate(at)
                + " "
                + time24(at)
                + "\n\nMessage:\n"
                + query
                + "\n\n---\nReply to this email to send a text back to "
                + shown
                + ".\nManage notifications: https://app.txtrelay.example/settings\n"
            : "You have a new text message\n\n"
                + "\""
                + query
                + "\"\n\n"
                + "Sender: "
                + shown
                + (random.nextBoolean() ? " (" + p.full() + ")" : "")
                + "\nTime: "
                + twelveHour(at)
                + ", "
                + numericDate(at)
                + "\nConversation: https://inbox.textdesk.example/c/"
                + hex(10)
                + "\n\nTextDesk – business texting made simple\n";
    return plain(g, block);
  }

  private static final String[] TEAMS = {
    "Otley branch",
    "Leeds Briggate branch",
    "Social Media team",
    "Complaints Handling",
    "Mortgage Centre",
    "Telephony Team 3"
  };

  /**
   * A bank colleague sends on a customer's mail to the support mailbox with an internal note of no
   * request of its own: routing, the customer's reference, ID checks, tags.
   */
  private byte[] staffEscalation(Headers h, String query, EvalMailForms.Person p, int index) {
    String staffFirst = pick("Jo", "Amrit", "Kerry", "Mohammed", "Lucy", "Ben");
    String staffLast = pick("Pike", "Sandhu", "Ogden", "Farooq", "Wren", "Attwood");
    String team = pick(TEAMS);
    EvalMailForms.Person staff =
        new EvalMailForms.Person(
            staffFirst,
            staffLast,
            staffFirst.toLowerCase(Locale.ROOT)
                + "."
                + staffLast.toLowerCase(Locale.ROOT)
                + "@acme-bank.example",
            "0113 496 0" + String.format(Locale.ROOT, "%03d", random.nextInt(1000)),
            "");
    Headers s = new Headers(staff, h.date, h.messageId, h.to);
    String customerSubject = pick("Question", "Help", "my account", "Enquiry", "(no subject)");
    s.subject(
        pick("FW: ", "Fw: ", "ESCALATION: FW: ", "[Internal] FW: ")
            + customerSubject
            + pick("", " - pls pick up", " - CIF " + (40_000_000 + index)));
    String note =
        pick("Hi team,", "Hello,", "Morning all,", "Team -")
            + "\n\n"
            + pick(
                "Customer emailed this to the branch inbox, can someone pick it up please?",
                "Passing this over as it came to my personal mailbox rather than the shared one.",
                "Forwarding from the social media queue, customer asked to move to email.",
                "Received at " + team + ", not one for us. Customer details below.",
                "Please action – customer has chased twice at the counter.")
            + "\n\n"
            + pick(
                "CIF: " + (40_000_000 + index) + "\nID&V: passed (DPA)\n",
                "Priority: Normal\nRef: ESC-" + (71_000 + index) + "\n",
                "Customer is vulnerable (flag on file), please handle with care.\n",
                "")
            + "\nThanks\n"
            + staffFirst
            + "\n\n"
            + staffFirst
            + " "
            + staffLast
            + " | Customer Adviser | "
            + team
            + "\nAcme Bank plc | Internal ext. "
            + (4000 + random.nextInt(999))
            + "\n"
            + pick("", "INTERNAL – not for onward transmission\n");
    ZonedDateTime sent = h.date.minusHours(1 + random.nextInt(30));
    String customer =
        greeting(pick("Hi", "Hello", "Dear " + staffFirst)) + query + "\n\n" + signOff(p) + "\n";
    String forwarded =
        random.nextBoolean()
            ? "-----Original Message-----\nFrom: "
                + p.full()
                + " <"
                + p.address()
                + ">\nSent: "
                + outlookDate(sent)
                + "\nTo: "
                + staffFirst
                + " "
                + staffLast
                + " <"
                + staff.address()
                + ">\nSubject: "
                + customerSubject
                + "\n\n"
                + pick("", "[EXTERNAL EMAIL] Do not click links unless you trust the sender.\n\n")
                + customer
            : "Customer wrote ("
                + pick("via secure message", "via Twitter DM", "to the branch inbox")
                + ", "
                + dayDateAt(sent)
                + "):\n\n"
                + customer;
    return plain(s, note + "\n" + forwarded);
  }

  private static final String[] BANK_LINES = {
    "Thank you for contacting Acme Bank. We have received your message and will reply within two"
        + " working days.",
    "Thanks for getting back to us. Could you tell us a bit more so that we can help?",
    "We're sorry to hear about the trouble you've had. Please reply to this email with any details"
        + " you think will help.",
    "Your case reference is AB-" + "{ref}" + ". Please keep it for your records."
  };

  /**
   * An Apple Mail reply: the photo placeholders the plain part gets for inline images, the device's
   * line, "On …, at …, … wrote:" over the bank's mail quoted; HTML with a cite blockquote.
   */
  private byte[] appleMail(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick("Re: Your message to Acme Bank", "Re: Case update", "Re: We've received your email"));
    h.reply("<case-" + hex(8) + "@acme-bank.example>");
    ZonedDateTime sent = h.date.minusHours(3 + random.nextInt(60));
    String image =
        pick(
            "<IMG_" + (1000 + random.nextInt(9000)) + ".jpeg>",
            "<PastedGraphic-" + (1 + random.nextInt(4)) + ".png>",
            "<image0.jpeg>",
            "<Screenshot "
                + String.format(
                    Locale.ROOT,
                    "%d-%02d-%02d",
                    sent.getYear(),
                    sent.getMonthValue(),
                    sent.getDayOfMonth())
                + " at "
                + time24(sent).replace(':', '.')
                + ".png>");
    String device = pick("Sent from my iPhone", "Sent from my iPad", "", "Sent from my iPhone\n\n");
    String bank =
        pick(BANK_LINES).replace("{ref}", String.valueOf(100_000 + random.nextInt(900_000)))
            + "\n\nKind regards,\nAcme Bank Customer Care";
    String attribution =
        "On "
            + sent.getDayOfMonth()
            + " "
            + MONTHS[sent.getMonthValue() - 1].substring(0, 3)
            + " "
            + sent.getYear()
            + ", at "
            + time24(sent)
            + ", Acme Bank <"
            + SUPPORT
            + "> wrote:";
    boolean imageFirst = random.nextBoolean();
    String greeting = pick("Hi,\n\n", "", "Hello\n\n");
    String text =
        greeting
            + (imageFirst ? image + "\n\n" + query : query + "\n\n" + image)
            + "\n\n"
            + p.first()
            + "\n\n"
            + (device.isBlank() ? "" : device.strip() + "\n\n")
            + "> "
            + attribution
            + "\n> \n"
            + quote(bank)
            + "\n";
    String img =
        "<img apple-inline=\"yes\" id=\""
            + hex(8).toUpperCase(Locale.ROOT)
            + "\" src=\"cid:"
            + hex(12)
            + "@apple.example\" alt=\"\">";
    String html =
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            + "<body dir=\"auto\">"
            + (greeting.isEmpty() ? "" : "<div dir=\"ltr\">" + greeting.strip() + "</div><br>")
            + (imageFirst
                ? "<div dir=\"ltr\">" + img + "</div><br><div dir=\"ltr\">" + esc(query) + "</div>"
                : "<div dir=\"ltr\">" + esc(query) + "</div><br><div dir=\"ltr\">" + img + "</div>")
            + "<br><div dir=\"ltr\">"
            + esc(p.first())
            + "</div>"
            + (device.isBlank() ? "" : "<div dir=\"ltr\"><br>" + esc(device.strip()) + "</div>")
            + "<div dir=\"ltr\"><br><blockquote type=\"cite\">"
            + esc(attribution)
            + "<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">"
            + esc(bank).replace("\n", "<br>")
            + "</div></blockquote></body></html>\n";
    return MailParts.alternative(h, "Apple-Mail=_" + hex(8).toUpperCase(Locale.ROOT), text, html);
  }

  /**
   * A reply under the attribution line of a less common client: Horde's "Quoting …:" and its "-----
   * Message from … -----" block, mutt's, Alpine's, Roundcube's, Gnus's "… writes:", older
   * Thunderbird's; the reply above or, as their users often write, below the quote.
   */
  private byte[] quotingStyles(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick("Re: Your enquiry", "Re: Acme Bank – reply to your message", "Re: Ref 55" + hex(4)));
    h.reply("<" + hex(12) + "@mail.acme-bank.example>");
    ZonedDateTime sent = h.date.minusHours(1 + random.nextInt(50));
    String from = "Acme Bank <" + SUPPORT + ">";
    String bank =
        "Dear "
            + p.first()
            + ",\n\n"
            + pick(BANK_LINES).replace("{ref}", "55" + hex(4))
            + "\n\nYours sincerely,\nCustomer Services";
    String reply = greeting("Hi") + query + "\n\n" + signOff(p);
    String day3 = DAYS[sent.getDayOfWeek().ordinal()].substring(0, 3);
    String mon3 = MONTHS[sent.getMonthValue() - 1].substring(0, 3);
    String iso =
        String.format(
            Locale.ROOT,
            "%04d-%02d-%02d %02d:%02d",
            sent.getYear(),
            sent.getMonthValue(),
            sent.getDayOfMonth(),
            sent.getHour(),
            sent.getMinute());
    int style = random.nextInt(8);
    if (style == 0) {
      String block =
          "----- Message from "
              + from
              + " ---------\n   Date: "
              + dayDate(sent)
              + " "
              + time24(sent)
              + ":00 +0000\n   From: "
              + from
              + "\nSubject: Your enquiry\n     To: "
              + p.address()
              + "\n\n"
              + bank
              + "\n\n----- End message from "
              + from
              + " -----\n";
      return plain(h, reply + "\n\n\n" + block);
    }
    String attribution =
        switch (style) {
          case 1 -> "Quoting " + from + ":";
          case 2 ->
              String.format(
                  Locale.ROOT,
                  "On %s, %s %02d, %d at %s:%02d +0000, Acme Bank wrote:",
                  day3,
                  mon3,
                  sent.getDayOfMonth(),
                  sent.getYear(),
                  time24(sent),
                  sent.getSecond());
          case 3 -> "* " + from + " [" + iso + "]:";
          case 4 -> "On " + dayDate(sent) + ", Acme Bank wrote:";
          case 5 -> "On " + iso + ", Acme Bank wrote:";
          case 6 -> from + " writes:";
          default ->
              "Acme Bank wrote on "
                  + String.format(
                      Locale.ROOT,
                      "%02d/%02d/%d %s",
                      sent.getDayOfMonth(),
                      sent.getMonthValue(),
                      sent.getYear(),
                      time24(sent))
                  + ":";
        };
    String quoted = attribution + "\n" + quote(bank);
    // mutt, Alpine and Gnus users write under the quote as often as over it.
    boolean below = style >= 2 && style <= 6 && random.nextBoolean();
    return plain(h, below ? quoted + "\n\n" + reply + "\n" : reply + "\n\n" + quoted + "\n");
  }

  /**
   * Large-print mail of a partially sighted customer: HTML in a big font with a line to a sentence
   * and high contrast, a text part with the same lines spaced out, and often a line asking for the
   * reply in large print or saying how it was written.
   */
  private byte[] largePrint(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick("Large print please", "From " + p.full(), "Question", "Help needed", "My account"));
    List<String> lines = new ArrayList<>();
    lines.add(pick("Hello,", "Dear Acme Bank,", "Good afternoon,"));
    if (random.nextBoolean()) {
      lines.add(
          pick(
              "I am partially sighted so please excuse the large writing.",
              "I have sight loss and use a screen magnifier.",
              "I am registered blind and my screen reader reads your emails to me."));
    }
    lines.add(query);
    if (random.nextBoolean()) {
      lines.add(
          pick(
              "Please reply in large print (at least 18 point) or plain text.",
              "Please do not send me a PDF, my screen reader cannot read it.",
              "A plain text reply works best for me."));
    }
    lines.add("Thank you,");
    lines.add(p.full());
    if (random.nextInt(3) == 0) {
      lines.add(
          pick(
              "Written with VoiceOver on my iPhone.",
              "Sent using ZoomText – please forgive the formatting.",
              "Composed with a screen reader."));
    }
    String text = String.join("\n\n", lines) + "\n";
    String size = pick("24pt", "28px", "20pt", "x-large");
    StringBuilder html =
        new StringBuilder(
            "<html><body style=\"background:#000000;color:#FFFF00;font-family:Verdana,Arial,sans-serif;"
                + "font-size:"
                + size
                + ";line-height:1.8\">\n");
    for (String line : lines) {
      html.append(
          line.equals(query) ? "<p><b>" + esc(line) + "</b></p>\n" : "<p>" + esc(line) + "</p>\n");
    }
    html.append("</body></html>\n");
    if (random.nextInt(4) == 0) {
      return mime(h, "text/html; charset=utf-8", "quoted-printable", MailParts.qp(html.toString()));
    }
    return alternative(h, text, html.toString());
  }

  /**
   * A formal complaint set out in numbered paragraphs, as a lawyer's letter is: who the writer is,
   * the request in one paragraph, what has happened so far, the complaint and the ombudsman.
   */
  private byte[] numberedComplaint(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick(
            "FORMAL COMPLAINT",
            "Formal complaint – account ending " + (1000 + random.nextInt(9000)),
            "Complaint (without prejudice)",
            "Letter before complaint"));
    List<String> paras = new ArrayList<>();
    paras.add(
        pick(
            "I write as the holder of a current account with you since "
                + (1995 + random.nextInt(25))
                + ".",
            "I am a customer of the bank and write in my personal capacity.",
            "This letter concerns my account ending " + (1000 + random.nextInt(9000)) + "."));
    List<String> after = new ArrayList<>();
    after.add(
        pick(
            "I have raised this by telephone on two occasions without a satisfactory answer.",
            "I visited a branch on 24 November and was told to write in.",
            "I have waited more than a week for a reply to my earlier message."));
    after.add(
        pick(
            "Please treat this letter as a formal complaint under your complaints procedure.",
            "I ask that this be logged as a complaint and that you acknowledge receipt in writing."));
    after.add(
        pick(
            "If I do not receive a final response within eight weeks I will refer the matter to the"
                + " Financial Ombudsman Service.",
            "I reserve all my rights in this matter."));
    int at = random.nextInt(2);
    paras.add(query);
    if (at == 1) {
      paras.add(1, after.remove(0));
    }
    paras.addAll(after);
    String numbering = pick("1.", "(1)", "1)", "Para 1.", "(a)");
    StringBuilder body = new StringBuilder();
    body.append(pick("Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,")).append("\n\n");
    if (random.nextBoolean()) {
      body.append(pick("WITHOUT PREJUDICE\n\n", "Re: Formal complaint\n\n", "COMPLAINT\n\n"));
    }
    for (int i = 0; i < paras.size(); i++) {
      body.append(label(numbering, i + 1)).append(' ').append(paras.get(i)).append("\n\n");
    }
    body.append("Yours faithfully,\n\n").append(p.full()).append('\n');
    if (random.nextBoolean()) {
      body.append(p.street()).append('\n');
    }
    return plain(h, body.toString());
  }

  /** The {@code n}-th paragraph's label in the numbering style whose first label is {@code one}. */
  private static String label(String one, int n) {
    return switch (one) {
      case "(a)" -> "(" + (char) ('a' + n - 1) + ")";
      default -> one.replace("1", String.valueOf(n));
    };
  }

  /**
   * A mail sent again, whole, after the first went before it was finished: an apology, the request,
   * and the unfinished first try quoted (or a recall notice for it above).
   */
  private byte[] sentTooSoon(Headers h, String query, EvalMailForms.Person p) {
    String first = pick("", "Question", "Account", "Query");
    h.subject(
        first.isEmpty()
            ? pick("Re: (no subject)", "Sorry - ignore last email", "Second attempt")
            : "Re: " + first);
    h.reply("<" + hex(10) + "@" + p.domain() + ">");
    ZonedDateTime sent = h.date.minusMinutes(2 + random.nextInt(20));
    String apology =
        pick(
            "Sorry, that went before I'd finished!",
            "Apologies, my last email sent itself by mistake. Please ignore it.",
            "Oops, pressed send too early. Here it is properly:",
            "Please disregard my previous message, it was incomplete.",
            "Sorry about that, my phone sent it half written.");
    String stub =
        pick(
            "Hi,\n\nI wanted to ask",
            "Hello\n\nCould you",
            "Dear Sir/Madam,\n\nI am writing about",
            "Hi there\n\n",
            "Hello,\n\nQuick");
    String body;
    if (random.nextInt(4) == 0) {
      body =
          p.full()
              + " would like to recall the message, \""
              + (first.isEmpty() ? "(no subject)" : first)
              + "\".\n\n"
              + apology
              + "\n\n"
              + query
              + "\n\n"
              + signOff(p)
              + "\n";
    } else {
      body =
          apology
              + "\n\n"
              + query
              + "\n\n"
              + signOff(p)
              + "\n\n"
              + (random.nextBoolean()
                  ? "On "
                      + dayDateAt(sent)
                      + ", "
                      + p.full()
                      + " <"
                      + p.address()
                      + "> wrote:\n"
                      + quote(stub)
                  : "-----Original Message-----\nFrom: "
                      + p.full()
                      + "\nSent: "
                      + outlookDate(sent)
                      + "\nTo: Acme Bank\nSubject: "
                      + first
                      + "\n\n"
                      + stub.stripTrailing())
              + "\n";
    }
    return plain(h, body);
  }

  // ---- shared pieces ------------------------------------------------------------------------

  /** A greeting line and a blank line, sometimes none. */
  private String greeting(String word) {
    return random.nextInt(5) == 0 ? "" : word + (random.nextBoolean() ? "," : "") + "\n\n";
  }

  private String signOff(EvalMailForms.Person p) {
    return pick("Thanks", "Many thanks", "Kind regards", "Best", "Cheers", "Regards")
        + pick(",", "")
        + "\n"
        + pick(p.first(), p.full());
  }

  /** "03/12/2026". */
  private static String numericDate(ZonedDateTime w) {
    return String.format(
        Locale.ROOT, "%02d/%02d/%d", w.getDayOfMonth(), w.getMonthValue(), w.getYear());
  }

  /** multipart/alternative of a text and an HTML part, both quoted-printable. */
  private byte[] alternative(Headers h, String text, String html) {
    return MailParts.alternative(h, "----=_Part_" + hex(12), text, html);
  }

  private String hex(int digits) {
    return MailParts.hex(random, digits);
  }

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=utf-8", "8bit", body);
  }
}
