package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.dayDateAt;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
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
 * The sixth evaluation set's templates ({@code data/eval-mail-sixth}), written by a sixth author
 * from the five earlier sets' form lists and the builder's plumbing only, before reading the
 * model-text step's rules: replies typed above a help desk's "reply above this line" marker, text
 * typed by voice, the request in the subject alone, replies to the bank's no-reply alerts, meeting
 * invitations, corporate classification labels, mail sent through a sales tool's merge, a bounce
 * forwarded with the mail it bounced, shouting in capitals, and two account holders in one thread.
 * Renders BANKING77 <em>test</em> queries and must never feed training.
 *
 * <p>Every mail holds its query's words once, unchanged, as the customer's request (in the body, or
 * for {@code subject-only} in the subject); everything around it is the template's. Dates are
 * written by hand and everything is drawn from the {@link Random} passed in, so a seed gives the
 * same bytes on every JDK.
 */
final class EvalMailSixthForms extends MailParts.FormSet<EvalMailSixthForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    REPLY_ABOVE_LINE,
    DICTATED,
    SUBJECT_ONLY,
    NOREPLY_REPLY,
    MEETING_INVITE,
    CLASSIFICATION,
    CRM_SENT,
    BOUNCE_RESEND,
    SHOUTING,
    JOINT_THREAD;
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 11, 16, 7, 41, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Gareth", "Priya", "Tomasz", "Aoife", "Kwame", "Mei", "Rosalind", "Deepak", "Hannah",
        "Oluwaseun",
    "Callum", "Ingrid", "Matteo", "Siobhan", "Yusuf", "Beatriz", "Rhys", "Naomi", "Lars", "Farah",
    "Declan", "Ewa", "Joaquín", "Leila", "Stuart", "Chiara", "Bilal", "Morag", "Theo", "Zainab"
  };

  private static final String[] LAST = {
    "Pritchard", "Venkataraman", "Kowalczyk", "Brennan", "Asante", "Zhou", "Hargreaves", "Mistry",
    "Lindqvist", "Adeyemi", "Fraser", "Bianchi", "O'Sullivan", "Demir", "Carvalho", "Llewellyn",
    "Okafor", "Haddad", "McAllister", "Nowak", "Ibáñez", "Sutherland", "Rahman", "Whitfield"
  };

  private static final String[] DOMAINS = {
    "inbox.example",
    "postbox.example.net",
    "mailhome.example.org",
    "fastpost.example",
    "greenleaf-accounts.example",
    "mills-and-co.example.co.uk",
    "example.com"
  };

  private static final String[] PHONES = {"07700 900%03d", "+44 7700 900%03d", "0113 496 0%03d"};

  private static final String[] COMPANIES = {
    "Harbour Joinery Ltd",
    "Greenleaf Accounts",
    "Mills & Co Logistics",
    "Northgate Dental Practice",
    "Bluebell Nurseries",
    "Kestrel Property Services",
    "Oakfield Primary Academy Trust"
  };

  private static final String[] ROLES = {
    "Office Manager",
    "Finance Assistant",
    "Director",
    "Operations Lead",
    "Practice Manager",
    "Bookkeeper",
    "Purchasing Officer"
  };

  EvalMailSixthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(11L * index + 3);
    String domain = p.domain();
    String messageId =
        "<"
            + Long.toString(date.toEpochSecond() * 7 + index, 36)
            + "."
            + hex(6)
            + "@"
            + domain
            + ">";
    Headers h = new Headers(p, date, messageId, pick("", "Acme Bank Help ") + "<" + SUPPORT + ">");
    return switch (form) {
      case REPLY_ABOVE_LINE -> replyAboveLine(h, query, p, index);
      case DICTATED -> dictated(h, query, p);
      case SUBJECT_ONLY -> subjectOnly(h, query, p);
      case NOREPLY_REPLY -> noreplyReply(h, query, p);
      case MEETING_INVITE -> meetingInvite(h, query, p);
      case CLASSIFICATION -> classification(h, query, p);
      case CRM_SENT -> crmSent(h, query, p);
      case BOUNCE_RESEND -> bounceResend(h, query, p);
      case SHOUTING -> shouting(h, query, p);
      case JOINT_THREAD -> jointThread(h, query, p);
    };
  }

  private EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        switch (random.nextInt(4)) {
          case 0 -> first + "." + last;
          case 1 -> first + "_" + last + (1960 + index % 45);
          case 2 -> first.charAt(0) + "." + last;
          default -> last + first.charAt(0);
        };
    local = ascii(local).toLowerCase(Locale.ROOT).replace("'", "");
    String phone = MailParts.phone(pick(PHONES), random);
    String street =
        pick(
            "3 Weaver's Row\nOtley LS21 1AA",
            "27 Harbour View\nFalmouth TR11 2XY",
            "Flat 4, 61 Queen Street\nGlasgow G1 3EN",
            "The Old Forge, Church Lane\nLittle Bardfield CM7 4TS");
    return new EvalMailForms.Person(first, last, local + "@" + pick(DOMAINS), phone, street);
  }

  // ---- the forms ----------------------------------------------------------------------------

  /** What a help desk wrote on top of its notifications, and what its agents wrote in them. */
  private static final String[] MARKERS = {
    "##- Please type your reply above this line -##",
    "-- Reply ABOVE THIS LINE to add a comment --",
    "[[ Write your reply above this line ]]",
    "Please reply above this line",
    "----- Type above this line to reply -----"
  };

  private static final String[] AGENT_LINES = {
    "Thanks for contacting us. Your message has reached our team and an adviser will reply as soon"
        + " as possible.",
    "Could you give us a little more detail so we can look into this for you?",
    "We have not heard back from you for a few days, so we will close this request soon. Reply to"
        + " this message if you still need help.",
    "I'm sorry for the wait. I've passed your question to the right team and they will be in touch.",
    "Your request has been marked as solved. If anything is still not right, just reply and it will"
        + " reopen."
  };

  private static final String[] AGENTS = {"Kirsty", "Ollie", "Samira", "Dev", "Fiona", "Marcus"};

  /**
   * A reply typed above a help desk's marker line, over the desk's notification: request number,
   * the agent's message, earlier messages and the desk's footer and reference token, quoted or not.
   */
  private byte[] replyAboveLine(Headers h, String query, EvalMailForms.Person p, int index) {
    int ticket = 40_000 + index * 7 + random.nextInt(7);
    String topic = pick("Question about my account", "Help needed", "Card query", "Account issue");
    h.subject(
        pick(
            "Re: [Acme Bank] Re: " + topic,
            "Re: [Request #" + ticket + "] " + topic,
            "RE: Your request " + ticket + " has been updated",
            "Re: Update on ticket #" + ticket));
    h.reply("<ticket-" + ticket + "-" + hex(8) + "@desk.acme-bank.example>");
    String agent = pick(AGENTS);
    ZonedDateTime sent = h.date.minusHours(3 + random.nextInt(40));
    StringBuilder n = new StringBuilder();
    n.append(pick(MARKERS)).append("\n\n");
    n.append(
        pick(
            "Your request ("
                + ticket
                + ") has been updated. To add a comment, reply to this email.",
            "Ticket #" + ticket + ": a new reply is waiting for you.",
            "Hello " + p.first() + ",\nThere is a new reply on your request #" + ticket + "."));
    n.append("\n\n----------------------------------------------\n\n");
    n.append(agent).append(" (Acme Bank)\n");
    n.append(shortDate(sent)).append(", ").append(time24(sent)).append(" GMT\n\n");
    n.append(pick(AGENT_LINES))
        .append("\n\n")
        .append(pick("Kind regards,", "Best wishes,", "Thanks,"));
    n.append('\n').append(agent).append("\nCustomer Help Team\n");
    if (random.nextBoolean()) {
      ZonedDateTime first = sent.minusHours(5 + random.nextInt(30));
      n.append("\n----------------------------------------------\n\n");
      n.append(p.full()).append('\n').append(shortDate(first)).append(", ");
      n.append(time24(first)).append(" GMT\n\n");
      n.append(pick("Hello, I need some help please.", "Hi, can someone get back to me?", "Hello"));
      n.append('\n');
    }
    n.append('\n')
        .append(
            pick(
                "This message was sent to " + p.address() + " by Acme Bank Help.",
                "You are receiving this because you raised a request with Acme Bank.",
                "Sent by Acme Bank's help desk. Please keep the reference below when you reply."));
    n.append("\n[").append(hex(6).toUpperCase(Locale.ROOT)).append('-');
    n.append(hex(4).toUpperCase(Locale.ROOT)).append("]\n");
    StringBuilder b = new StringBuilder();
    b.append(greeting(agent)).append(query).append("\n\n").append(signOff(p));
    if (random.nextInt(3) > 0) {
      b.append("\n\nOn ").append(dayDateAt(sent)).append(", Acme Bank Help <").append(SUPPORT);
      b.append("> wrote:\n").append(quote(n.toString().stripTrailing()));
    } else {
      b.append("\n\n________________________________\nFrom: Acme Bank Help <").append(SUPPORT);
      b.append(">\nSent: ").append(dayDateAt(sent)).append("\nTo: ").append(p.full());
      b.append("\nSubject: [Request #").append(ticket).append("] ").append(topic).append("\n\n");
      b.append(n.toString().stripTrailing());
    }
    return plain(h, b.toString());
  }

  /**
   * Text spoken into a phone: filler words, no capitals or commas around the request, spoken
   * punctuation taken literally, one paragraph, and the phone's "typed by voice" footer.
   */
  private byte[] dictated(Headers h, String query, EvalMailForms.Person p) {
    String name = p.first().toLowerCase(Locale.ROOT);
    String before =
        pick(
            "hi there um this is " + name + " " + p.last() + " ",
            "hello yes hi it's " + name + " here ",
            "good morning comma ",
            "hiya okay so ",
            "hello there new line ",
            "");
    String middle =
        pick(
            "",
            "I'm just driving at the moment so I'm talking to my phone ",
            "sorry I can't really type with my hands at the moment ",
            "okay ");
    String after =
        pick(
            " thanks very much bye",
            " cheers thanks",
            " thank you full stop speak soon",
            " okay thanks " + name,
            " that's it thank you " + p.first() + " " + p.last(),
            "");
    String footer =
        pick(
            "Sent by voice from my phone, please excuse any odd words",
            "Dictated on the move. Apologies for any mistakes.",
            "(Voice typed – excuse typos)",
            "Sent from my iPhone using dictation",
            "This message was spoken not typed, so it may contain errors.");
    String body = before + middle + query + after;
    if (random.nextBoolean()) {
      body = body + "\n\n" + footer;
    } else {
      body = body + "\n" + footer;
    }
    h.subject(pick("", "Voice message", "message", "query", "Hi"));
    return plain(h, body);
  }

  /**
   * The request written as the subject, the body empty or saying no more: "see subject", a phone's
   * tagline, a signature alone.
   */
  private byte[] subjectOnly(Headers h, String query, EvalMailForms.Person p) {
    h.subject(query);
    String body =
        switch (random.nextInt(7)) {
          case 0 -> "";
          case 1 -> pick("See subject", "As per subject.", "^^ see subject line", "(see subject)");
          case 2 -> "\n\nSent from my iPhone";
          case 3 -> "-- \n" + p.full() + "\n" + p.phone();
          case 4 -> pick("Thanks", "Ta", "Thank you.", "?") + "\n" + p.first();
          case 5 -> "Get Outlook for Android";
          default -> "\n";
        };
    if (random.nextInt(4) == 0) {
      String html =
          "<html><body><div dir=\"ltr\">"
              + (body.isBlank() ? "<br>" : esc(body.strip()).replace("\n", "<br>\n"))
              + "</div></body></html>";
      return alternative(h, body, html);
    }
    return plain(h, body);
  }

  /**
   * Alerts from the bank's unattended address: a subject and a text with {amount}, {card}, {date}.
   */
  private static final String[][] ALERTS = {
    {
      "Your statement is ready",
      "Your statement for the account ending {card} is now ready to view in online banking and the"
          + " app."
    },
    {
      "A new device signed in",
      "We noticed a sign-in to your online banking from a new device on {date}. If this was you,"
          + " there is nothing you need to do."
    },
    {
      "Card payment declined",
      "A payment of £{amount} with your card ending {card} was declined because the details entered"
          + " did not match our records."
    },
    {
      "Your direct debit is due",
      "A direct debit of £{amount} to NORTHWAY ENERGY will be collected from your account ending"
          + " {card} in three working days."
    },
    {
      "Low balance alert",
      "The balance of your account ending {card} has fallen below the £{amount} limit you set in"
          + " your alerts."
    },
    {
      "New payee added",
      "A new payee was added to your account ending {card} on {date}. If you did not do this, call"
          + " us straight away."
    }
  };

  /** A reply to one of the bank's automated alerts, the alert quoted or under its header block. */
  private byte[] noreplyReply(Headers h, String query, EvalMailForms.Person p) {
    String[] alert = ALERTS[random.nextInt(ALERTS.length)];
    ZonedDateTime sent = h.date.minusMinutes(20 + random.nextInt(3000));
    String body =
        alert[1]
            .replace("{card}", String.format(Locale.ROOT, "%04d", random.nextInt(10_000)))
            .replace(
                "{amount}",
                (5 + random.nextInt(400))
                    + String.format(Locale.ROOT, ".%02d", random.nextInt(100)))
            .replace("{date}", shortDate(sent));
    String notice =
        "Dear Customer,\n\n"
            + body
            + "\n\n"
            + pick(
                "Please do not reply to this email – this mailbox is not monitored.",
                "This is an automated message. Replies to this address are not read.",
                "You can't reply to this email. To contact us, log in and use secure messaging.")
            + "\n\nAcme Bank\n\nAcme Bank plc. Registered in England and Wales no. 00000000."
            + "\nYou are receiving this alert because of the settings in your online banking.";
    String from = "Acme Bank <no-reply@alerts.acme-bank.example>";
    h.subject(pick("Re: ", "RE: ", "Fw: ") + alert[0]);
    h.reply("<alert-" + hex(12) + "@alerts.acme-bank.example>");
    StringBuilder b = new StringBuilder();
    b.append(
        pick(
            "I know this says not to reply but ",
            "Replying here as it's the only email I have. ",
            "Hello, ",
            "",
            ""));
    b.append(query).append("\n\n").append(signOff(p));
    if (random.nextBoolean()) {
      b.append("\n\nOn ").append(dayDateAt(sent)).append(", ").append(from).append(" wrote:\n");
      b.append(quote(notice));
    } else {
      b.append("\n\n-----Original Message-----\nFrom: ").append(from).append("\nSent: ");
      b.append(dayDateAt(sent)).append("\nTo: ").append(p.address()).append("\nSubject: ");
      b.append(alert[0]).append("\n\n").append(notice);
    }
    return plain(h, b.toString());
  }

  /**
   * A meeting request asking for a call: the request as the invitation's text over a video call's
   * joining block or a calendar's invitation chrome, and the text/calendar part calendars send.
   */
  private byte[] meetingInvite(Headers h, String query, EvalMailForms.Person p) {
    ZonedDateTime at =
        h.date.plusDays(1 + random.nextInt(6)).withMinute(random.nextBoolean() ? 0 : 30);
    String title =
        pick("Call about my account", "Callback please", "Phone call re my card", "Chat");
    h.subject(pick("Invitation: ", "", "Updated invitation: ") + title + " @ " + dayDateAt(at));
    String meetingId =
        String.format(
            Locale.ROOT,
            "%03d %03d %03d %03d",
            random.nextInt(1000),
            random.nextInt(1000),
            random.nextInt(1000),
            random.nextInt(1000));
    String text;
    if (random.nextBoolean()) {
      String rule = "_".repeat(80);
      text =
          query
              + "\n\n"
              + rule
              + "\nVideo meeting\nJoin from a computer, the mobile app or a meeting room"
              + "\nJoin the meeting now<https://meet.example.com/j/"
              + hex(10)
              + ">\nMeeting ID: "
              + meetingId
              + "\nPasscode: "
              + hex(6)
              + "\n\nDial in by phone\n+44 20 7946 0"
              + String.format(Locale.ROOT, "%03d", random.nextInt(1000))
              + ",,"
              + meetingId.replace(" ", "")
              + "# United Kingdom, London\n\nGet the app<https://meet.example.com/download> |"
              + " Join in the browser<https://meet.example.com/web>\nHelp<https://meet.example.com/help>"
              + " | Meeting options<https://meet.example.com/options>\n"
              + rule
              + "\n";
    } else {
      text =
          "You have been invited to this event.\n\n"
              + "Title: "
              + title
              + "\nWhen: "
              + dayDateAt(at)
              + " – "
              + time24(at.plusMinutes(30))
              + " (United Kingdom Time)\nOrganiser: "
              + p.full()
              + " <"
              + p.address()
              + ">\nGuests:\n  * "
              + p.full()
              + " – organiser\n  * "
              + SUPPORT
              + "\n\nDetails:\n"
              + query
              + "\n\nWill you attend?  Yes – Maybe – No   More options\n\n"
              + "Invitation from an online calendar\nYou are getting this email at "
              + SUPPORT
              + " because you are a guest on this event.\nTo stop getting updates, decline the"
              + " event. Forwarding this invitation lets anyone who gets it reply to the organiser.\n";
    }
    String uid = hex(16) + "@" + p.domain();
    String ics =
        "BEGIN:VCALENDAR\nPRODID:-//Example//Calendar 1.0//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
            + "BEGIN:VEVENT\nUID:"
            + uid
            + "\nDTSTAMP:"
            + icsTime(h.date)
            + "\nDTSTART:"
            + icsTime(at)
            + "\nDTEND:"
            + icsTime(at.plusMinutes(30))
            + "\nSUMMARY:"
            + title
            + "\nORGANIZER;CN="
            + ascii(p.full())
            + ":mailto:"
            + p.address()
            + "\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:"
            + SUPPORT
            + "\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n";
    String boundary = "_000_" + hex(12) + "_";
    String body =
        "--"
            + boundary
            + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding:"
            + " quoted-printable\n\n"
            + qp(text)
            + "\n--"
            + boundary
            + "\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\n"
            + "Content-Transfer-Encoding: 7bit\n\n"
            + ics
            + "--"
            + boundary
            + "--\n";
    return mime(h, "multipart/alternative; boundary=\"" + boundary + "\"", null, body);
  }

  private static final String[] LABELS_TOP = {
    "Classification: Internal",
    "OFFICIAL",
    "Sensitivity: General",
    "[PUBLIC]",
    "INTERNAL USE ONLY",
    "Classified as: Confidential – Personal"
  };

  private static final String[] LABELS_BOTTOM = {
    "Classification: Internal",
    "OFFICIAL-SENSITIVE",
    "This email has been classified as PUBLIC by %s on %s.",
    "Sensitivity: Confidential",
    "Label applied: General Business. Handle according to the data policy.",
    "INTERNAL"
  };

  /**
   * A company's mail with the data classification label its tools stamp on it: a line on top, at
   * the foot, or both, a tag in the subject, in text or in a small-print HTML part.
   */
  private byte[] classification(Headers h, String query, EvalMailForms.Person p) {
    String company = pick(COMPANIES);
    String role = pick(ROLES);
    String top = random.nextInt(3) > 0 ? pick(LABELS_TOP) : null;
    String bottom =
        top == null || random.nextBoolean()
            ? String.format(Locale.ROOT, pick(LABELS_BOTTOM), p.full(), shortDate(h.date))
            : null;
    String subject = pick("Business account query", "Query from " + company, "Account question");
    h.subject(
        switch (random.nextInt(3)) {
          case 0 -> "[" + pick("OFFICIAL", "Internal", "PUBLIC", "General") + "] " + subject;
          case 1 -> subject + " [" + pick("Internal", "Classification: General") + "]";
          default -> subject;
        });
    String greet = pick("Hello,", "Good afternoon,", "Hi team,", "Dear Acme Bank,");
    String sign =
        pick("Kind regards,", "Many thanks,", "Regards,")
            + "\n\n"
            + p.full()
            + "\n"
            + role
            + " | "
            + company
            + "\nT: "
            + p.phone()
            + "\n"
            + p.street();
    StringBuilder t = new StringBuilder();
    if (top != null) {
      t.append(top).append("\n\n");
    }
    t.append(greet).append("\n\n").append(query).append("\n\n").append(sign);
    if (bottom != null) {
      t.append("\n\n").append(bottom);
    }
    if (random.nextBoolean()) {
      return plain(h, t.toString());
    }
    StringBuilder html = new StringBuilder("<html><body>");
    if (top != null) {
      html.append("<p style=\"font-size:8pt;color:#2E7D32;font-family:Calibri\">")
          .append(esc(top))
          .append("</p>");
    }
    html.append("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>")
        .append(esc(greet))
        .append("</p><p>")
        .append(esc(query))
        .append("</p><p>")
        .append(esc(sign).replace("\n", "<br>\n"))
        .append("</p></div>");
    if (bottom != null) {
      html.append("<p style=\"font-size:8pt;color:#2E7D32\">").append(esc(bottom)).append("</p>");
    }
    html.append("</body></html>");
    return alternative(h, t.toString(), html.toString());
  }

  /**
   * Mail a small business sent through its sales tool: a merge field left unfilled or filled with
   * the mailbox, the tool's tagline, an opt-out line, a booking link and a tracking image.
   */
  private byte[] crmSent(Headers h, String query, EvalMailForms.Person p) {
    String company = pick(COMPANIES);
    String greet =
        pick(
            "Hi {{first_name}},",
            "Hello [Contact First Name],",
            "Dear %%FirstName%%,",
            "Hi Help,",
            "Hi there,",
            "Hi Acme,");
    String bookLine =
        pick(
            "Book a time in my calendar: https://book.example.com/"
                + p.first().toLowerCase(Locale.ROOT),
            "Prefer a call? Grab 15 minutes here: https://cal.example.net/" + hex(6),
            "");
    String optOut =
        pick(
            "If you'd rather not get emails from me, just let me know.",
            "Unsubscribe | Update your email preferences",
            "Don't want to hear from us? Unsubscribe here.");
    String tagline =
        pick("Sent with PipelineDesk", "Sent via Outreachly CRM", "Tracked with MailMerge Pro", "");
    String sign =
        pick("Best,", "Thanks so much,", "Cheers,")
            + "\n"
            + p.first()
            + "\n\n"
            + p.full()
            + " | "
            + pick(ROLES)
            + "\n"
            + company
            + "\n"
            + p.phone();
    h.subject(
        pick(
            "Quick question", "Following up", "{{company}} – account query", "Hi from " + company));
    String text =
        greet
            + "\n\n"
            + query
            + "\n\n"
            + sign
            + (bookLine.isEmpty() ? "" : "\n\n" + bookLine)
            + "\n\n"
            + company
            + ", "
            + p.street().replace("\n", ", ")
            + "\n"
            + optOut
            + (tagline.isEmpty() ? "" : "\n" + tagline);
    String pixel =
        "<img src=\"https://t.example.com/o/"
            + hex(24)
            + ".gif\" width=\"1\" height=\"1\" alt=\"\">";
    String html =
        "<html><body><div style=\"font-family:Arial\"><p>"
            + esc(greet)
            + "</p><p>"
            + esc(query)
            + "</p><p>"
            + esc(sign).replace("\n", "<br>")
            + "</p>"
            + (bookLine.isEmpty() ? "" : "<p>" + esc(bookLine) + "</p>")
            + "<p style=\"font-size:10px;color:#999\">"
            + esc(company)
            + ", "
            + esc(p.street().replace("\n", ", "))
            + "<br><a href=\"https://t.example.com/u/"
            + hex(16)
            + "\">"
            + esc(optOut)
            + "</a>"
            + (tagline.isEmpty() ? "" : "<br>" + esc(tagline))
            + "</p></div>"
            + pixel
            + "</body></html>";
    return alternative(h, text, html);
  }

  /**
   * The customer sends again what bounced, forwarding the delivery failure report with the original
   * mail (the request) under it.
   */
  private byte[] bounceResend(Headers h, String query, EvalMailForms.Person p) {
    String typo = pick("hepl@acme-bank.example", "help@acmebank.example", "help@acme-bnak.example");
    ZonedDateTime first = h.date.minusMinutes(15 + random.nextInt(2000));
    String subject = pick("Account help", "Question", "My card", "Urgent", "Query re account");
    h.subject(
        pick("Fwd: Undeliverable: ", "Fw: Delivery Status Notification (Failure)", "Fwd: ")
            + (random.nextBoolean() ? subject : ""));
    String original =
        "From: "
            + p.full()
            + " <"
            + p.address()
            + ">\nDate: "
            + dayDateAt(first)
            + "\nSubject: "
            + subject
            + "\nTo: "
            + typo
            + "\n\n"
            + greeting(null)
            + query
            + "\n\n"
            + signOff(p);
    String report =
        random.nextBoolean()
            ? "** Address not found **\n\nYour message wasn't delivered to "
                + typo
                + " because the address couldn't be found, or is unable to receive mail.\n\n"
                + "The response from the remote server was:\n550 5.1.1 <"
                + typo
                + ">: Recipient address rejected: User unknown in virtual mailbox table"
            : "Delivery has failed to these recipients or groups:\n\n"
                + typo
                + "\nThe email address you entered couldn't be found. Please check the recipient's"
                + " address and try to resend the message.\n\nDiagnostic information for"
                + " administrators:\n\nGenerating server: mx"
                + random.nextInt(9)
                + ".mailhost.example\n"
                + typo
                + "\nRemote Server returned '550 5.4.1 Recipient address rejected: Access denied'";
    String note =
        pick(
            "Resending to the right address this time – it bounced before.",
            "This bounced, trying again.",
            "Hi, I sent this last week but it came back. See below.",
            "Forwarding as my first email didn't go through.",
            "");
    String fwd = "---------- Forwarded message ---------";
    StringBuilder b = new StringBuilder();
    if (!note.isEmpty()) {
      b.append(note).append("\n\n");
    }
    b.append(fwd)
        .append("\nFrom: Mail Delivery Subsystem <mailer-daemon@")
        .append(p.domain())
        .append(">\nDate: ")
        .append(dayDateAt(first.plusMinutes(1)))
        .append("\nSubject: Delivery Status Notification (Failure)\nTo: ")
        .append(p.address())
        .append("\n\n")
        .append(report)
        .append("\n\n")
        .append(
            random.nextBoolean()
                ? fwd + "\n" + original
                : "----- Original message -----\n" + original);
    return plain(h, b.toString());
  }

  /**
   * Capitals and exclamation marks around the request: the subject, the greeting, lines of urgency,
   * the name; the request itself as the customer typed it.
   */
  private byte[] shouting(Headers h, String query, EvalMailForms.Person p) {
    h.subject(
        pick(
            "URGENT!!!",
            "PLEASE HELP!!!!!",
            "URGENT - READ ASAP",
            "HELLO?????",
            "NEED ANSWER TODAY!!",
            "!!!! IMPORTANT !!!!"));
    List<String> lines = new ArrayList<>();
    lines.add(pick("HELLO!!!", "HELLO????", "HI", "TO WHOM IT MAY CONCERN!!", "ATTN ACME BANK"));
    String[] urgent = {
      "PLEASE READ THIS!!!",
      "THIS IS URGENT",
      "I NEED A REPLY TODAY!!!!",
      "SECOND TIME ASKING!!",
      "PLEASE PLEASE HELP 🙏🙏",
      "CALL ME ON " + p.phone() + " ASAP",
      "DO NOT SEND ME ANOTHER AUTOMATIC REPLY!!!"
    };
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      lines.add(urgent[random.nextInt(urgent.length)]);
    }
    lines.add(query + pick("!!!", " !!!!!", "", "???"));
    lines.add(pick("THANK YOU!!!", "PLEASE RESPOND!!!", "WAITING FOR YOUR ANSWER", "THANKS"));
    lines.add(
        pick(p.full(), p.full().toUpperCase(Locale.ROOT), p.first().toUpperCase(Locale.ROOT)));
    String sep = random.nextBoolean() ? "\n\n" : "\n";
    return plain(h, String.join(sep, lines));
  }

  /** What one account holder says to the other in a thread the bank is copied into. */
  private static final String[] PARTNER_NOTES = {
    "Can you email the bank about this? I'm on nights all week so I can't ring them.",
    "You're better at this than me, can you ask them please x",
    "Sorry, I forgot to send this. Can you chase it up when you get a minute?",
    "I've put the bank in copy. Please write to them from your email, it's your name first on the"
        + " account.",
    "Mum says to ask them directly. Can you do it today?"
  };

  /**
   * Two holders of a joint account in one thread: one writes the request over the other's note to
   * them, or adds a line for both of them above the other's request.
   */
  private byte[] jointThread(Headers h, String query, EvalMailForms.Person p) {
    EvalMailForms.Person other = person(0);
    ZonedDateTime earlier = h.date.minusMinutes(30 + random.nextInt(1500));
    String topic = pick("Joint account", "our account", "Bank", "Question for the bank");
    h.reply("<" + hex(10) + "@" + other.domain() + ">");
    String attribution =
        pick(
            "On " + dayDateAt(earlier) + ", " + other.full() + " <" + other.address() + "> wrote:",
            "On "
                + shortDate(earlier)
                + " at "
                + twelveHour(earlier)
                + ", "
                + other.first()
                + " "
                + other.last()
                + " wrote:");
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      h.subject("Re: " + topic);
      b.append(
          pick(
              "Hello, I'm writing for both of us – "
                  + other.first()
                  + " and I hold the account jointly.\n\n",
              "Hi, adding the bank to our thread.\n\n",
              greeting(null)));
      b.append(query)
          .append("\n\n")
          .append(signOff(p))
          .append("\n\n")
          .append(attribution)
          .append('\n');
      b.append(quote(pick(PARTNER_NOTES) + "\n\n" + other.first()));
    } else {
      h.subject("Fwd: " + topic);
      b.append(
          pick(
              "Hi, please see my "
                  + pick("wife's", "husband's", "partner's")
                  + " question below."
                  + " We both hold the account and I'm happy for you to reply to either of us.",
              "Forwarding this from " + other.first() + ", it's our joint account.",
              "Both account holders are on this email now."));
      b.append("\n\n").append(p.first()).append("\n\n").append(attribution).append('\n');
      b.append(quote(greeting(null) + query + "\n\n" + signOff(other)));
    }
    return plain(h, b.toString());
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** A greeting line and a blank line, or nothing; by name where a name is known. */
  private String greeting(String name) {
    int r = random.nextInt(5);
    if (r == 0) {
      return "";
    }
    if (r == 1 && name != null) {
      return "Hi " + name + ",\n\n";
    }
    return pick("Hello,", "Hi,", "Good morning,", "Hi there,", "Dear Acme Bank,") + "\n\n";
  }

  private String signOff(EvalMailForms.Person p) {
    return pick("Thanks,", "Kind regards,", "Many thanks", "Best wishes,", "Thanks in advance,")
        + "\n"
        + pick(p.first(), p.full());
  }

  /** "17 Nov 2026". */
  private static String shortDate(ZonedDateTime w) {
    return w.getDayOfMonth()
        + " "
        + MONTHS[w.getMonthValue() - 1].substring(0, 3)
        + " "
        + w.getYear();
  }

  /** iCalendar's UTC form, "20261117T091200Z". */
  private static String icsTime(ZonedDateTime w) {
    ZonedDateTime u = w.withZoneSameInstant(ZoneOffset.UTC);
    return String.format(
        Locale.ROOT,
        "%04d%02d%02dT%02d%02d%02dZ",
        u.getYear(),
        u.getMonthValue(),
        u.getDayOfMonth(),
        u.getHour(),
        u.getMinute(),
        u.getSecond());
  }

  /** multipart/alternative of a text and an HTML part, both quoted-printable. */
  private byte[] alternative(Headers h, String text, String html) {
    return MailParts.alternative(h, "=_alt_" + hex(10), text, html);
  }

  private String hex(int digits) {
    return MailParts.hex(random, digits);
  }

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=UTF-8", "8bit", body + "\n");
  }
}
