package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.quote;
import static io.mailtriage.train.eval.forms.MailParts.wrap;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The evaluation set's own email templates: one customer query rendered as the raw RFC 5322 mail a
 * customer of a bank sends, in one of several {@link Form}s. Written for evaluation only and kept
 * apart from any training renderer, so the set measures how the job copes with mail shapes the
 * model was not fitted to; it renders BANKING77 <em>test</em> queries and must never feed training.
 *
 * <p>Everything is drawn from the {@link Random} passed in, so a seed gives the same bytes.
 */
final class EvalMailForms extends MailParts.FormSet<EvalMailForms.Form> {

  /** The shapes real support mail arrives in, in dealing order; the name is the set's folder. */
  enum Form {
    PLAIN,
    REPLY_TOP,
    REPLY_BOTTOM,
    OUTLOOK_REPLY,
    DISCLAIMER,
    HTML,
    MIME_QP,
    MOBILE,
    FORWARD_NOTE,
    FORWARD_ONLY
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final String BANK_FROM = "Acme Bank Customer Care <" + SUPPORT + ">";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2024, 6, 3, 8, 30, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Emma", "Oliver", "Amelia", "Jack", "Sophie", "Harry", "Chloe", "Mohammed", "Priya", "Arjun",
        "Wei", "Mei",
    "José", "Lucía", "Zoë", "Björn", "Anna", "Lukas", "Camille", "Léa", "Giulia", "Marco", "Aisha",
        "Tunde",
    "Kwame", "Fatima", "Olga", "Dmitri", "Hannah", "Daniel", "Grace", "Liam", "Noah", "Ava",
        "Siobhan", "Ciarán",
    "Kenji", "Yuki", "Sipho", "Ingrid"
  };
  private static final String[] LAST = {
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Patel",
    "Khan",
    "Singh",
    "Chen",
    "Wang",
    "García",
    "Fernández",
    "Müller",
    "Schmidt",
    "Dubois",
    "Rossi",
    "Bianchi",
    "Okafor",
    "Mensah",
    "Ivanova",
    "Novak",
    "O'Brien",
    "Murphy",
    "Kowalski",
    "Nakamura",
    "Dlamini",
    "Johansson",
    "Andersson",
    "Martin",
    "Evans"
  };
  private static final String[] DOMAINS = {
    "mail.example.net", "example.org", "post.example.com", "inbox.example.co.uk", "example.de"
  };

  /** Phone numbers as people write them in signatures, in several national formats. */
  private static final String[] PHONES = {
    "+44 7700 900%03d", "07700 900%03d", "+44 (0)20 7946 0%03d", "+1 (202) 555-0%03d",
        "202-555-0%03d",
    "+49 151 2345%04d", "0151 2345%04d", "+33 6 12 34 5%d 78", "+34 612 34%d 678",
        "+91 98765 4%04d",
    "+61 412 345 %03d", "+353 85 123 %04d", "+39 312 345 6%03d", "+31 6 1234 %04d"
  };

  private static final String[] PHONE_LABELS = {
    "Tel: ", "Mobile: ", "M: ", "Phone: ", "Mob ", "T ", "Tel. ", ""
  };
  private static final String[] STREETS = {
    "12 High Street, London SW1A 1AA", "4 Mill Lane, Leeds LS1 4AB",
        "221 Market Road, Bristol BS1 5TR",
    "Hauptstraße 5, 10115 Berlin", "18 rue de la Paix, 75002 Paris",
        "77 Elm Avenue, Manchester M1 2AB"
  };

  private static final String[] GREETINGS = {
    "Hi,",
    "Hello,",
    "Hi there,",
    "Dear Sir or Madam,",
    "Dear Acme Bank,",
    "Hello Acme team,",
    "Good morning,",
    "Hi team,",
    "To whom it may concern,",
    "Hey,",
    "Dear Customer Care,",
    "Hello support,",
    "Good afternoon,"
  };
  private static final String[] BEFORE = {
    "I have been a customer for a few years now.", "I'm writing about my account.",
        "Sorry to bother you again.",
    "I tried the app first but couldn't find an answer.", "Quick question.",
        "I need some help please.",
    "I hope this email finds you well.", "Hope you are well.",
        "I was hoping you could help me with something."
  };
  private static final String[] AFTER = {
    "Please get back to me as soon as possible.",
    "Thanks in advance for your help.",
    "Looking forward to your reply.",
    "Any help would be appreciated.",
    "Let me know if you need anything else from me.",
    "You can reach me on %s during the day.",
    "I'd appreciate a quick answer."
  };
  private static final String[] SIGN_OFFS = {
    "Thanks,",
    "Thank you,",
    "Kind regards,",
    "Best regards,",
    "Regards,",
    "Many thanks,",
    "Cheers,",
    "Best,",
    "Sincerely,",
    "Thanks in advance,",
    "Thx",
    "Warm regards,",
    "Thank you!"
  };
  private static final String[] TITLES = {
    "Finance Manager",
    "Office Administrator",
    "Director",
    "Accounts Payable",
    "Operations Lead",
    "Freelance Designer"
  };
  private static final String[] COMPANIES = {
    "Northwind Traders Ltd",
    "Globex Consulting GmbH",
    "Initech UK Limited",
    "Umbrella Logistics plc",
    "Blue Harbour Studio",
    "Contoso Foods S.L."
  };
  private static final String[] GENERIC_SUBJECTS = {
    "Help",
    "Question",
    "Quick question",
    "Help please",
    "Problem with my account",
    "Enquiry",
    "Customer enquiry",
    "Support request",
    "Need assistance",
    "Account question",
    "Issue",
    "Query"
  };

  /**
   * Earlier answers of the bank, quoted under or over a reply: generic, and some about another
   * topic.
   */
  private static final String[][] BANK_ANSWERS = {
    {
      "Your enquiry",
      "Thank you for contacting Acme Bank. We have received your message and one of our team will"
          + " reply within two working days."
    },
    {
      "Your message to Acme Bank",
      "Thanks for getting in touch. Could you tell us a bit more about the issue,"
          + " including the date and the amount of the transaction?"
    },
    {
      "Security reminder",
      "We're sorry to hear about this. For your security, please never send your full card"
          + " number or PIN by email."
    },
    {
      "Your new card",
      "Your new card was dispatched on 28 May and should arrive within 5 working days. You can"
          + " activate it in the app once it arrives."
    },
    {
      "Your transfer",
      "The transfer you asked about was completed on our side. Transfers to other banks can take"
          + " up to one working day to appear."
    },
    {
      "Topping up your account",
      "You can top up your account by bank transfer or with a debit card in the app."
          + " Top-ups by card are usually instant."
    },
    {
      "Case closed",
      "We have now closed your case. If there is anything else we can help with, simply reply to"
          + " this email."
    },
    {
      "Your statement",
      "Your monthly statement is now available in the app under Accounts > Statements."
    }
  };

  private static final String[] FORWARDED_NOTICES = {
    "Your payment of GBP 42.10 to ONLINE STORE LTD has been received. Order number 55012. Thank you for"
        + " shopping with us.",
    "We were unable to take your payment for your subscription. Please update your payment details within 7"
        + " days to avoid interruption.",
    "Your monthly statement is ready. Log in to view your balance and recent transactions.",
    "This is a receipt for your booking. Amount charged: EUR 129.00. Booking reference: KX4412."
  };
  private static final String[] DISCLAIMERS = {
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged."
        + " They are intended solely for the addressee. If you have received this e-mail in error, please notify"
        + " the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying"
        + " is prohibited.",
    "This message is intended only for the use of the individual or entity to which it is addressed and may"
        + " contain information that is privileged and confidential. If you are not the intended recipient,"
        + " you are hereby notified that any dissemination, distribution or copying of this communication is"
        + " strictly prohibited.",
    "DISCLAIMER: The information in this email is confidential. The company accepts no liability for any"
        + " damage caused by any virus transmitted by this email. Registered office: 1 Business Park, Reading"
        + " RG1 1AA. Registered in England and Wales, company number 01234567.",
    "Please consider the environment before printing this e-mail.\n\nThis email has been scanned for viruses."
        + " If you are not the intended recipient please notify the sender and delete this message."
  };
  private static final String[] EXTERNAL_BANNERS = {
    "CAUTION: This email originated from outside of the organization. Do not click links or open attachments"
        + " unless you recognize the sender and know the content is safe.",
    "[EXTERNAL] This message came from an external sender. Be careful with links and attachments."
  };
  private static final String[] MOBILE_FOOTERS = {
    "Sent from my iPhone", "Sent from my iPad", "Sent from my Samsung Galaxy smartphone.",
        "Get Outlook for Android",
    "Get Outlook for iOS", "Sent from Yahoo Mail for iPhone", "Sent from my Android phone",
        "Sent from Mail for Windows"
  };

  /** Attribution lines of mail clients: English, and the localised clients of customers abroad. */
  private static final String[] ATTRIBUTIONS = {
    "On %1$s, %2$s wrote:",
    "On %1$s %2$s wrote:",
    "Am %1$s schrieb %2$s:",
    "Le %1$s, %2$s a écrit :",
    "El %1$s, %2$s escribió:",
    "Il giorno %1$s %2$s ha scritto:",
    "Op %1$s schreef %2$s:"
  };

  /** One person writing to the bank: everything a signature and the headers need. */
  record Person(String first, String last, String address, String phone, String street) {
    String full() {
      return first + " " + last;
    }

    /** The domain of the person's address, where their mail's message ids are made. */
    String domain() {
      return address.substring(address.indexOf('@') + 1);
    }
  }

  EvalMailForms(Random random) {
    super(Form.class, random);
  }

  Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local = ascii(first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + index;
    String phone = MailParts.phone(pick(PHONES), random);
    return new Person(first, last, local + "@" + pick(DOMAINS), phone, pick(STREETS));
  }

  @Override
  byte[] render(Form form, String query, int index) {
    Person p = person(index);
    ZonedDateTime date = START.plusMinutes(7L * index);
    String messageId =
        "<"
            + Long.toString(date.toEpochSecond(), 36)
            + "."
            + Integer.toString(index * 7919 + 1, 36)
            + "@"
            + p.domain()
            + ">";
    String[] answer = BANK_ANSWERS[random.nextInt(BANK_ANSWERS.length)];
    String bankId = "<case-" + (100_000 + index) + "@acme-bank.example>";
    Headers h = new Headers(p, date, messageId, BANK_FROM.replace("Customer Care ", "Support "));
    return switch (form) {
      case PLAIN -> plain(h, subject(query), letter(query, p, true), "8bit");
      case REPLY_TOP -> {
        h.reply(bankId);
        String body =
            letter(query, p, false)
                + "\n\n"
                + attribution(date.minusDays(2))
                + "\n"
                + quote(bankLetter(p, answer[1]));
        yield plain(h.subject("Re: " + answer[0]), body, "8bit");
      }
      case REPLY_BOTTOM -> {
        h.reply(bankId);
        String body =
            attribution(date.minusDays(1))
                + "\n"
                + quote(bankLetter(p, answer[1]))
                + "\n\n"
                + letter(query, p, false);
        yield plain(h.subject("Re: " + answer[0]), body, "8bit");
      }
      case OUTLOOK_REPLY -> {
        h.reply(bankId);
        String body =
            letter(query, p, true)
                + "\n\n"
                + outlookBlock(p, date.minusDays(3), answer[0])
                + "\n\n"
                + bankLetter(p, answer[1]);
        yield plain(h.subject((random.nextBoolean() ? "RE: " : "AW: ") + answer[0]), body, "8bit");
      }
      case DISCLAIMER -> {
        StringBuilder body = new StringBuilder();
        if (random.nextInt(3) == 0) {
          body.append(pick(EXTERNAL_BANNERS)).append("\n\n");
        }
        body.append(letterWithCorporateSignature(query, p))
            .append("\n\n")
            .append(pick(DISCLAIMERS));
        yield plain(h.subject(subject(query)), body.toString(), "8bit");
      }
      case HTML -> html(h.subject(subject(query)), query, p, date, answer);
      case MIME_QP -> alternative(h.subject(subject(query)), letter(query, p, true));
      case MOBILE -> {
        StringBuilder body = new StringBuilder();
        if (random.nextBoolean()) {
          body.append(pick("Hi", "Hello", "Hi,")).append("\n\n");
        }
        body.append(query).append("\n\n").append(pick(MOBILE_FOOTERS));
        if (random.nextBoolean()) {
          h.reply(bankId);
          body.append("\n\n")
              .append(
                  String.format(
                      Locale.ROOT,
                      "On %s, at %s, %s wrote:",
                      date.minusDays(1)
                          .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)),
                      date.minusDays(1)
                          .format(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)),
                      BANK_FROM))
              .append("\n\n")
              .append(quote(bankLetter(p, answer[1])));
          h.subject("Re: " + answer[0]);
        } else {
          h.subject(random.nextBoolean() ? subject(query) : "");
        }
        yield plain(h, body.toString(), "8bit");
      }
      case FORWARD_NOTE -> {
        String notice = pick(FORWARDED_NOTICES);
        String body =
            letter(query, p, true)
                + "\n\n"
                + forwardHeader(
                    "Payments <no-reply@shop.example>",
                    date.minusDays(1),
                    "Payment notification",
                    p)
                + "\n\n"
                + notice
                + "\n";
        yield plain(h.subject("Fwd: Payment notification"), body, "8bit");
      }
      case FORWARD_ONLY -> {
        // The customer forwards their own earlier mail, unanswered, without a word of their own.
        String earlierSubject = subject(query);
        String body =
            forwardHeader(
                    p.full() + " <" + p.address + ">",
                    date.minusDays(4),
                    earlierSubject.isEmpty() ? "(no subject)" : earlierSubject,
                    null)
                + "\n\n"
                + letter(query, p, true)
                + "\n";
        String lead = random.nextBoolean() ? "" : "\n\n" + pick(MOBILE_FOOTERS) + "\n\n";
        yield plain(h.subject("Fwd: " + earlierSubject), lead + body, "8bit");
      }
    };
  }

  /** Greeting, optional sentences around the query, sign-off and a signature with contact lines. */
  private String letter(String query, Person p, boolean wrap) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(5) > 0) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    StringBuilder para = new StringBuilder();
    if (random.nextInt(3) == 0) {
      para.append(pick(BEFORE)).append(' ');
    }
    para.append(query);
    if (random.nextInt(3) == 0) {
      para.append(' ').append(String.format(Locale.ROOT, pick(AFTER), p.phone));
    }
    b.append(wrap && random.nextBoolean() ? wrap(para.toString(), 72) : para.toString());
    b.append("\n\n");
    if (random.nextInt(6) > 0) {
      b.append(pick(SIGN_OFFS)).append('\n');
    }
    b.append(random.nextBoolean() ? p.full() : p.first).append('\n');
    switch (random.nextInt(5)) {
      case 0 -> {}
      case 1 -> b.append(pick(PHONE_LABELS)).append(p.phone).append('\n');
      case 2 ->
          b.append(pick(PHONE_LABELS)).append(p.phone).append(" | ").append(p.address).append('\n');
      case 3 -> b.append(p.street).append('\n').append(p.phone).append('\n');
      default ->
          b.append("-- \n")
              .append(p.full())
              .append('\n')
              .append(pick(PHONE_LABELS))
              .append(p.phone)
              .append('\n');
    }
    return b.toString().stripTrailing();
  }

  private String letterWithCorporateSignature(String query, Person p) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) > 0) {
      b.append(pick(GREETINGS)).append("\n\n");
    }
    b.append(query)
        .append("\n\n")
        .append(pick(SIGN_OFFS))
        .append('\n')
        .append(p.full())
        .append('\n')
        .append(pick(TITLES))
        .append('\n')
        .append(pick(COMPANIES))
        .append('\n')
        .append(pick("Tel: ", "T: ", "Direct: "))
        .append(p.phone)
        .append('\n')
        .append(pick("Email: ", "E: "))
        .append(p.address)
        .append('\n')
        .append(p.street);
    return b.toString();
  }

  /** The bank's earlier answer as the customer's client quotes it. */
  private static String bankLetter(Person p, String answer) {
    return "Dear "
        + p.first
        + ",\n\n"
        + wrap(answer, 72)
        + "\n\nKind regards,\nAcme Bank Customer Care\n"
        + "Acme Bank plc is authorised by the Prudential Regulation Authority.";
  }

  private String attribution(ZonedDateTime when) {
    String date =
        when.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH));
    String line = String.format(Locale.ROOT, pick(ATTRIBUTIONS), date, BANK_FROM);
    // Gmail wraps a long attribution before the address.
    return line.length() > 76 && random.nextBoolean() ? line.replace(" <", " <\n") : line;
  }

  private String outlookBlock(Person p, ZonedDateTime when, String subject) {
    String date =
        when.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.ENGLISH));
    return switch (random.nextInt(3)) {
      case 0 ->
          "________________________________\nFrom: "
              + BANK_FROM
              + "\nSent: "
              + date
              + "\nTo: "
              + p.full()
              + " <"
              + p.address
              + ">\nSubject: "
              + subject;
      case 1 ->
          "-----Original Message-----\nFrom: "
              + BANK_FROM
              + "\nSent: "
              + date
              + "\nTo: "
              + p.address
              + "\nSubject: "
              + subject;
      default ->
          "Von: "
              + BANK_FROM
              + "\nGesendet: "
              + date
              + "\nAn: "
              + p.full()
              + " <"
              + p.address
              + ">\nBetreff: "
              + subject;
    };
  }

  private String forwardHeader(String from, ZonedDateTime when, String subject, Person to) {
    String date =
        when.format(DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH));
    String toLine = to == null ? SUPPORT : to.full() + " <" + to.address + ">";
    return switch (random.nextInt(3)) {
      case 0 ->
          "---------- Forwarded message ---------\nFrom: "
              + from
              + "\nDate: "
              + date
              + "\nSubject: "
              + subject
              + "\nTo: "
              + toLine;
      case 1 ->
          "Begin forwarded message:\n\nFrom: "
              + from
              + "\nSubject: "
              + subject
              + "\nDate: "
              + date
              + "\nTo: "
              + toLine;
      default ->
          "-------- Forwarded Message --------\nSubject: "
              + subject
              + "\nDate: "
              + date
              + "\nFrom: "
              + from
              + "\nTo: "
              + toLine;
    };
  }

  /** A subject as customers write them: a generic word, the start of the question, or nothing. */
  private String subject(String query) {
    int r = random.nextInt(10);
    if (r < 4) {
      return pick(GENERIC_SUBJECTS);
    }
    if (r < 8) {
      String[] words = query.replaceAll("[?.!]+$", "").split("\\s+");
      int n = Math.min(words.length, 3 + random.nextInt(4));
      String s = String.join(" ", List.of(words).subList(0, n));
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    return "";
  }

  private byte[] html(Headers h, String query, Person p, ZonedDateTime date, String[] answer) {
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>\n");
    if (random.nextInt(4) > 0) {
      b.append("<div>").append(esc(pick(GREETINGS))).append("</div><div><br></div>\n");
    }
    b.append("<div>").append(esc(query)).append("</div><div><br></div>\n");
    b.append("<div>")
        .append(esc(pick(SIGN_OFFS)))
        .append("<br>")
        .append(esc(p.full()))
        .append("</div>\n");
    b.append("<div style=\"color:#888\">")
        .append(esc(pick(PHONE_LABELS) + p.phone))
        .append("<br><a href=\"mailto:")
        .append(p.address)
        .append("\">")
        .append(p.address)
        .append("</a></div>\n");
    if (random.nextBoolean()) {
      h.reply("<case-html-" + date.toEpochSecond() + "@acme-bank.example>");
      h.subject("Re: " + answer[0]);
      b.append("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">")
          .append(esc(attribution(date.minusDays(2)).replace("\n", " ")))
          .append("<br></div>")
          .append(
              "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid\">")
          .append(esc(bankLetter(p, answer[1])).replace("\n", "<br>\n"))
          .append("</blockquote></div>\n");
    }
    b.append("</body></html>\n");
    return mime(h, "text/html; charset=UTF-8", "quoted-printable", qp(b.toString()));
  }

  private byte[] alternative(Headers h, String text) {
    String boundary = "=_alt_" + Integer.toHexString(random.nextInt());
    StringBuilder html = new StringBuilder("<html><body>");
    for (String para : text.split("\n\n")) {
      html.append("<p>").append(esc(para).replace("\n", "<br>")).append("</p>");
    }
    html.append("</body></html>");
    String body =
        "This is a multi-part message in MIME format.\n\n--"
            + boundary
            + "\n"
            + "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text)
            + "\n--"
            + boundary
            + "\n"
            + "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(html.toString())
            + "\n--"
            + boundary
            + "--\n";
    return mime(h, "multipart/alternative; boundary=\"" + boundary + "\"", null, body);
  }

  private byte[] plain(Headers h, String body, String encoding) {
    return mime(h, "text/plain; charset=UTF-8", encoding, body + "\n");
  }

  private byte[] plain(Headers h, String subject, String body, String encoding) {
    return plain(h.subject(subject), body, encoding);
  }
}
