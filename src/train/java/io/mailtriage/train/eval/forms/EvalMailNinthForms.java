package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.hex;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.sender;
import static io.mailtriage.train.eval.forms.MailParts.text;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The ninth author's templates ({@code --templates ninth}, {@code data/eval-mail-ninth}): ten forms
 * of support mail none of the eight earlier sets holds, written from those sets' form lists and the
 * builder's plumbing only, before reading the model-text step. Each form holds the query once,
 * whole, as the customer's request (in the subject for {@code subject-ask}); everything around it
 * is the form's.
 */
final class EvalMailNinthForms extends MailParts.FormSet<EvalMailNinthForms.Form> {
  static final String SUPPORT = "help@acme-bank.example";

  enum Form {
    /** A relative's question pasted from a family group chat among the chat's other lines. */
    GROUP_CHAT,
    /** A file-sharing, file-transfer or e-signature service's notice carrying the sender's note. */
    SHARE_NOTICE,
    /** The bank's community forum's notice of a member's post, moved to email by a moderator. */
    COMMUNITY_POST,
    /** A business customer's issue tracker or service desk mailing the bank an issue. */
    ISSUE_TRACKER,
    /** The bank's "what to include" questions copied into the mail and answered one by one. */
    QUESTIONNAIRE,
    /** The request as the subject, a body of context that does not repeat it. */
    SUBJECT_ASK,
    /** A clause of the bank's terms or service charter quoted at it beside the request. */
    TERMS_QUOTE,
    /** An elderly writer's mail broken into short lines wherever the Enter key fell. */
    BROKEN_LINES,
    /** The bank added to a thread with a shop, landlord or employer about a payment. */
    LOOPED_IN,
    /** A dated log of the earlier contacts that got nowhere, then the request. */
    TIMELINE
  }

  private static final String[] FIRST = {
    "Agnieszka", "Bertie", "Chiamaka", "Declan", "Esme", "Farid", "Greta", "Hollis", "Ingrid",
    "Jonah", "Kalinda", "Lorcan", "Mirela", "Nikhil", "Orla", "Piotr", "Rosalind", "Sanjay",
    "Thea", "Vusi"
  };
  private static final String[] LAST = {
    "Abernethy",
    "Bankole",
    "Castellano",
    "Driscoll",
    "Egerton",
    "Fitzroy",
    "Gallagher",
    "Hartigan",
    "Iwu",
    "Jablonski",
    "Kavanagh",
    "Lockhart",
    "Mwangi",
    "Oyelaran",
    "Pennington",
    "Rutherford"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.net", "example.org", "post.example.co.uk", "home.example"
  };
  private static final String[] PHONES = {
    "07700 900%03d", "+44 7700 900%03d", "0113 496 0%03d", "029 2018 0%03d", "+353 20 913 %04d"
  };

  EvalMailNinthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p =
        dottedSender(
            index, FIRST, LAST, DOMAINS, PHONES, 90, "Orchard Way", "Kiln Street", "Ferry Road");
    ZonedDateTime date = decemberTime(7);
    String id = messageId(p, index);
    return switch (form) {
      case GROUP_CHAT -> groupChat(p, date, id, query);
      case SHARE_NOTICE -> shareNotice(p, date, id, query);
      case COMMUNITY_POST -> communityPost(p, date, id, query);
      case ISSUE_TRACKER -> issueTracker(p, date, id, query);
      case QUESTIONNAIRE -> questionnaire(p, date, id, query);
      case SUBJECT_ASK -> subjectAsk(p, date, id, query);
      case TERMS_QUOTE -> termsQuote(p, date, id, query);
      case BROKEN_LINES -> brokenLines(p, date, id, query);
      case LOOPED_IN -> loopedIn(p, date, id, query);
      case TIMELINE -> timeline(p, date, id, query);
    };
  }

  private static MailParts.Headers headers(
      EvalMailForms.Person from, ZonedDateTime date, String id, String subject) {
    return new MailParts.Headers(from, date, id, SUPPORT).subject(subject);
  }

  private String boundary() {
    return "----=_NextPart_" + hex(random, 14);
  }

  /** The plain text as HTML paragraphs: a blank line ends one, a line break is a {@code <br>}. */
  private static String paragraphs(String text) {
    StringBuilder b = new StringBuilder();
    for (String para : text.strip().split("\n\n")) {
      b.append("<p>").append(esc(para).replace("\n", "<br>\n")).append("</p>\n");
    }
    return b.toString();
  }

  private static String hhmm(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
  }

  // ---------------------------------------------------------------- group chat

  private static final String[] CHATTER = {
    "Anyone coming on Sunday?",
    "Who's bringing pudding 😂",
    "Bins go out tonight btw",
    "Happy birthday Auntie Ros!! 🎂🎉",
    "Can someone ring me after 6",
    "👍",
    "Love you all x",
    "Did the parcel come?",
    "Photos from Saturday coming now",
    "Ha! Classic",
    "Running late, start without me",
    "Is the heating fixed yet?"
  };

  private byte[] groupChat(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] who =
        pick(
                "Dad|my dad|his",
                "Mum|my mum|her",
                "Grandad|my grandad|his",
                "Nana|my nan|her",
                "Steph|my wife|her",
                "Marco|my husband|his",
                "Uncle Ray|my uncle|his")
            .split("\\|");
    List<String> before = some(1 + random.nextInt(3), CHATTER);
    List<String> after = some(1 + random.nextInt(2), CHATTER);
    after.removeAll(before);
    String[] others = {"Me", "Jess", "Tom", "Auntie Ros", who[0].equals("Mum") ? "Dad" : "Mum"};
    int style = random.nextInt(4);
    int minute = 17 * 60 + random.nextInt(300);
    String day = String.format(Locale.ROOT, "%02d/12/2026", d.getDayOfMonth() - 1);
    StringBuilder chat = new StringBuilder();
    List<String[]> lines = new ArrayList<>();
    for (String c : before) {
      lines.add(new String[] {others[random.nextInt(others.length)], c});
    }
    lines.add(new String[] {who[0], query});
    lines.add(new String[] {"Me", pick("I'll email them", "Leave it with me", "Will ask x")});
    for (String c : after) {
      lines.add(new String[] {others[1 + random.nextInt(others.length - 1)], c});
    }
    for (String[] l : lines) {
      minute += 1 + random.nextInt(9);
      switch (style) {
        case 0 ->
            chat.append('[')
                .append(day)
                .append(", ")
                .append(hhmm(minute))
                .append(':')
                .append(String.format(Locale.ROOT, "%02d", random.nextInt(60)))
                .append("] ")
                .append(l[0])
                .append(": ")
                .append(l[1])
                .append('\n');
        case 1 ->
            chat.append(day)
                .append(", ")
                .append(hhmm(minute))
                .append(" - ")
                .append(l[0])
                .append(": ")
                .append(l[1])
                .append('\n');
        case 2 -> chat.append(l[0]).append(" (").append(hhmm(minute)).append("): ");
        default -> chat.append(l[0]).append(", [").append(hhmm(minute)).append("]\n");
      }
      if (style == 2) {
        chat.append(l[1]).append('\n');
      } else if (style == 3) {
        chat.append(l[1]).append("\n\n");
      }
    }
    String note =
        pick(
            "Hi, "
                + who[1]
                + " asked this in our family chat and I said I'd email you as "
                + (who[2].equals("her") ? "she doesn't" : "he doesn't")
                + " do email:",
            "Copying this over from our WhatsApp group, it's "
                + who[1]
                + "'s question about "
                + who[2]
                + " account:",
            "Hello - "
                + who[1]
                + " sent this to the family group and nobody knew, so I'm"
                + " passing it on. Pasting the chat as it is:",
            "Hi there,\n\nBit of an odd one. This is from our group chat - the question is "
                + who[1]
                + "'s, not mine:",
            who[1].substring(0, 1).toUpperCase(Locale.ROOT)
                + who[1].substring(1)
                + " isn't on email so I've copied the messages below.");
    String close =
        pick(
            "Could you reply to me and I'll pass it on? Thanks.",
            "Thanks for your help.",
            who[1].substring(0, 1).toUpperCase(Locale.ROOT)
                + who[1].substring(1)
                + " is happy for me to ask on "
                + who[2]
                + " behalf.",
            "Cheers");
    String body =
        note
            + "\n\n"
            + pick("", "---\n", "-------- chat --------\n")
            + chat.toString().stripTrailing()
            + "\n\n"
            + close
            + "\n\n"
            + p.first()
            + "\n";
    String subject =
        pick(
            "Question from " + who[1],
            "For " + who[1],
            "Family chat question",
            "Asking on behalf of " + who[1],
            "Question (copied from WhatsApp)");
    return text(headers(p, d, id, subject), body);
  }

  // ---------------------------------------------------------------- share notice

  private static final String[] FILES = {
    "Statement Nov 2026.pdf",
    "bank letter.pdf",
    "IMG_20261203_0912.jpg",
    "Screenshot 2026-12-03.png",
    "account form (signed).pdf",
    "scan0042.pdf"
  };

  private byte[] shareNotice(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String file = pick(FILES);
    int kind = random.nextInt(3);
    String subject;
    String text;
    String html;
    EvalMailForms.Person from;
    switch (kind) {
      case 0 -> {
        from = sender(p.full() + " (via Cloudbox)", "drive-shares-dm-noreply@cloudbox.example");
        subject = pick("Item shared with you: \"", "Document shared with you: \"") + file + "\"";
        String lead = p.full() + " (" + p.address() + ") has shared the following file:";
        text =
            lead
                + "\n\n"
                + file
                + "\n[Open]\n\n"
                + query
                + "\n\nCloudbox: Online file storage. Logo for Cloudbox\n"
                + "Cloudbox Ltd, 1 Example Way, Dublin\n"
                + "You have received this email because "
                + p.address()
                + " shared a file with you from Cloudbox.\n";
        html =
            "<table width=\"100%\"><tr><td><img alt=\"Cloudbox\" src=\"https://cloudbox.example/logo.png\"></td></tr>\n"
                + "<tr><td><p>"
                + esc(lead)
                + "</p>\n<table style=\"border:1px solid #dadce0\"><tr><td><img alt=\"PDF\" src=\"https://cloudbox.example/pdf.png\"> "
                + esc(file)
                + "</td></tr></table>\n<p style=\"font-style:italic\">"
                + esc(query)
                + "</p>\n<p><a href=\"https://cloudbox.example/file/d/"
                + hex(random, 20)
                + "\">Open</a></p></td></tr>\n<tr><td style=\"font-size:11px;color:#5f6368\">Cloudbox Ltd, 1 Example Way, Dublin<br>"
                + "You have received this email because "
                + esc(p.address())
                + " shared a file with you from Cloudbox.</td></tr></table>\n";
      }
      case 1 -> {
        from = sender(p.full() + " via SignFlow", "dse_na3@signflow.example");
        subject =
            pick("Please review and sign: ", "Complete with SignFlow: ", "Signature requested: ")
                + file.replace(".pdf", "").replace(".jpg", "").replace(".png", "");
        String code = hex(random, 8).toUpperCase(Locale.ROOT);
        text =
            p.full()
                + " sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
                + p.full()
                + "\n"
                + p.address()
                + "\n\n"
                + query
                + "\n\nPowered by SignFlow\n\nDo Not Share This Email\nThis email contains a secure"
                + " link to SignFlow. Please do not share this email, link, or access code with"
                + " others.\n\nAlternate Signing Method\nVisit signflow.example, click 'Access"
                + " Documents', and enter the security code:\n"
                + code
                + "\n\nAbout SignFlow\nSign documents electronically in just minutes. It's safe,"
                + " secure, and legally binding.\n\nQuestions about the Document?\nIf you need to"
                + " modify the document or have questions about the details in the document,"
                + " please reach out to the sender by emailing them directly.\n";
        html =
            "<div style=\"background:#1e4e79;color:#fff;padding:24px\">"
                + esc(p.full())
                + " sent you a document to review and sign.<br><a style=\"color:#fff\" href=\"https://signflow.example/Signing/"
                + hex(random, 24)
                + "\">REVIEW DOCUMENT</a></div>\n<div style=\"padding:24px\"><b>"
                + esc(p.full())
                + "</b><br>"
                + esc(p.address())
                + "<br><br>"
                + esc(query)
                + "</div>\n<div style=\"font-size:11px;color:#666\"><b>Do Not Share This Email</b><br>This email contains a secure link to SignFlow. Please do not share this email, link, or access code with others.<br><b>Alternate Signing Method</b><br>Visit signflow.example, click 'Access Documents', and enter the security code: "
                + code
                + "<br><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</div>\n";
      }
      default -> {
        from = sender("DropIt Transfer", "noreply@dropit-transfer.example");
        int n = 1 + random.nextInt(3);
        String size = (1 + random.nextInt(9)) + "." + random.nextInt(10) + " MB";
        subject = p.address() + " sent you " + (n == 1 ? "a file" : n + " files") + " via DropIt";
        StringBuilder names = new StringBuilder();
        for (String f : some(n, FILES)) {
          names.append(f).append('\n');
        }
        text =
            p.address()
                + "\nsent you "
                + (n == 1 ? "a file" : n + " files")
                + "\n"
                + size
                + " in total ・ Expires in 7 days\n\n"
                + query
                + "\n\nDownload your files\nhttps://dropit-transfer.example/downloads/"
                + hex(random, 16)
                + "\n\n"
                + names
                + "\nTo make sure our emails arrive, please add noreply@dropit-transfer.example"
                + " to your contacts.\nAbout DropIt · Help · Legal · Report this transfer as"
                + " spam\n";
        html =
            "<table align=\"center\" width=\"560\"><tr><td style=\"font-size:22px\"><b>"
                + esc(p.address())
                + "</b><br>sent you "
                + (n == 1 ? "a file" : n + " files")
                + "</td></tr>\n<tr><td style=\"color:#6a6d70\">"
                + size
                + " in total ・ Expires in 7 days</td></tr>\n<tr><td style=\"padding:20px 0\">"
                + esc(query)
                + "</td></tr>\n<tr><td><a href=\"https://dropit-transfer.example/downloads/x\">Download your files</a></td></tr>\n<tr><td style=\"font-size:12px\">"
                + esc(names.toString()).replace("\n", "<br>")
                + "</td></tr>\n<tr><td style=\"font-size:11px;color:#999\">To make sure our emails arrive, please add noreply@dropit-transfer.example to your contacts.<br>About DropIt · Help · Legal · Report this transfer as spam</td></tr></table>\n";
      }
    }
    MailParts.Headers h = headers(from, d, id, subject);
    if (random.nextInt(3) == 0) {
      return mime(h, "text/html; charset=utf-8", "quoted-printable", qp(html));
    }
    return MailParts.alternative(h, boundary(), text, html);
  }

  // ---------------------------------------------------------------- community post

  private static final String[] BOARDS = {
    "Everyday Banking", "Cards & Payments", "App & Online Banking", "Savings", "General Chat"
  };

  private byte[] communityPost(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String user =
        pick(
            p.first().toLowerCase(Locale.ROOT) + "_" + digits(2),
            MailParts.ascii(p.last()) + "Fan",
            "New_User_" + digits(4),
            p.first() + MailParts.ascii(p.last()).charAt(0));
    String board = pick(BOARDS);
    String title =
        pick(
            "Help please",
            "Quick question",
            "Anyone else?",
            "First post - need advice",
            "Not sure where to ask this",
            "Urgent!!");
    String opener =
        pick(
            "Hi all, first time posting. ",
            "Hello everyone. ",
            "",
            "Hope someone can help. ",
            "Sorry if this is in the wrong place. ");
    String closer =
        pick(
            " Has anyone else had this?",
            " Thanks in advance.",
            "",
            " Any advice welcome!",
            " Cheers all.");
    String reply =
        pick(
            "Same here, following this thread.",
            "I had something similar last month - ring them, the chat was useless.",
            "Bump. Would like to know too.",
            "You'll need to speak to the bank directly for this one I think.");
    String replier = pick("SavvySaver", "Dave_from_Leeds", "moneyhoney", "CommunityChamp_Ali");
    String mod = pick("Sam", "Priya", "Joe", "Kerry");
    String text =
        "Acme Community\n\n"
            + pick(
                "A member's post has been escalated to the Customer Support team.",
                "This topic has been moved to email support by a moderator.",
                "New escalation from Acme Community")
            + "\n\nBoard: "
            + board
            + "\nTopic: "
            + title
            + "\nPosted by: "
            + user
            + " (New Member, "
            + (1 + random.nextInt(9))
            + " posts)\nPosted: "
            + MailParts.dayDateAt(d.minusDays(1 + random.nextInt(3)))
            + "\n\n"
            + opener
            + query
            + closer
            + "\n\n"
            + (random.nextBoolean() ? "Latest reply (" + replier + "): " + reply + "\n\n" : "")
            + "Moderator note: "
            + pick(
                "Moved to email support as it needs the member's account details. ",
                "Escalated - please contact the member using the email on their profile. ",
                "Needs account access, passing to the team. ")
            + "- CommunityMod_"
            + mod
            + "\n\n"
            + (1 + random.nextInt(5))
            + " replies · "
            + random.nextInt(4)
            + " kudos · "
            + (20 + random.nextInt(300))
            + " views\nView the topic: https://community.acme-bank.example/t5/"
            + board.replace(" & ", "-").replace(' ', '-')
            + "/td-p/"
            + digits(6)
            + "\n\nYou are receiving this because you moderate "
            + board
            + ". Manage notifications · Community guidelines · Unsubscribe\n";
    EvalMailForms.Person from =
        sender("Acme Community", "community-noreply@community.acme-bank.example");
    MailParts.Headers h =
        headers(
            from, d, id, pick("[Escalation] ", "Moved to email: ", "[Acme Community] ") + title);
    if (random.nextInt(3) == 0) {
      return MailParts.alternative(h, boundary(), text, paragraphs(text));
    }
    return text(h, text);
  }

  // ---------------------------------------------------------------- issue tracker

  private byte[] issueTracker(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String company = pick("Ledgerly", "Brightwater Foods", "Northgate Studio", "Pinfold Logistics");
    String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
    String key = pick("FIN", "OPS", "ACC", "AP") + "-" + (100 + random.nextInt(900));
    String title =
        pick(
            "Question for the bank",
            "Raise with Acme",
            "Ask bank support",
            "Banking query",
            "Follow up with Acme Bank");
    String body;
    String subject;
    EvalMailForms.Person from;
    if (random.nextBoolean()) {
      from = sender(p.full() + " (Trackly)", "trackly@" + domain);
      subject = "[Trackly] (" + key + ") " + title;
      String how =
          pick(
              " created " + key + ":",
              " mentioned you on " + key + ":",
              " added you as a watcher on " + key + ":");
      body =
          p.full()
              + how
              + "\n\n"
              + pick("Finance Operations", "Accounts Payable", "Back Office")
              + " / "
              + key
              + "\n"
              + title
              + "\n\n  Issue Type:  Task\n  Assignee:  "
              + pick("Unassigned", p.first() + " " + p.last(), "Finance team")
              + "\n  Components:  Banking\n  Created:  "
              + MailParts.dayDate(d)
              + "\n  Priority:  "
              + pick("Medium", "High", "Low")
              + "\n  Reporter:  "
              + p.full()
              + "\n  Labels:  acme-bank, q4\n\n"
              + pick("Description:\n", "")
              + pick("", "@Acme Support ", "Hi Acme team - ")
              + query
              + "\n\n"
              + pick(
                  "",
                  "Comment by "
                      + pick(FIRST)
                      + " "
                      + pick(LAST)
                      + ":\nThey'll want the account"
                      + " number, it's on the shared drive.\n\n")
              + "  Add Comment\n\nThis message was sent by Trackly (v9.12.3#912003-sha1:"
              + hex(random, 7)
              + ")\nGet Trackly notifications on your phone! Download the Trackly Cloud app.\n"
              + "Unsubscribe from this issue · Manage notifications\n";
    } else {
      String ticket = digits(4);
      from = sender(company + " Support", "support@" + domain);
      subject = pick("[" + company + "] ", "") + "Side conversation: " + title;
      body =
          pick("Hello,\n\n", "", "Hi Acme Bank,\n\n")
              + query
              + "\n\n"
              + pick("Kind regards,", "Thanks,", "Best,")
              + "\n"
              + p.first()
              + "\n"
              + company
              + " Finance\n\n"
              + "--------------------------------\nThis is a side conversation from ticket #"
              + ticket
              + " at "
              + company
              + ". Reply to this email to respond; your reply will be added to the"
              + " ticket.\n["
              + hex(random, 6).toUpperCase(Locale.ROOT)
              + "-"
              + digits(4)
              + "]\n";
    }
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- questionnaire

  private byte[] questionnaire(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    List<String[]> qa = new ArrayList<>();
    qa.add(new String[] {pick("Your full name", "Full name", "Name on the account"), p.full()});
    qa.add(
        new String[] {
          pick(
              "Last 4 digits of your card or account number",
              "The last four digits of your account",
              "Account (last 4 digits only)"),
          digits(4)
        });
    int askAt = 2 + random.nextInt(2);
    String[][] rest = {
      {
        pick("What is your question about?", "Topic"),
        pick("Not sure", "Other", "General enquiry", "Not listed")
      },
      {
        pick("When did this happen?", "Date it started"),
        pick("Yesterday", "Last week", "N/A", "Not sure", "Monday")
      },
      {
        pick("Have you contacted us about this before?", "Previous contact?"),
        pick("No", "Yes, by phone", "Once on the chat", "No, first time")
      },
      {
        pick("How would you like us to reply?", "Preferred contact method"),
        pick("Email please", "Email", "Phone after 5pm", "Either is fine")
      }
    };
    for (String[] r : rest) {
      qa.add(r);
    }
    qa.add(
        askAt,
        new String[] {
          pick(
              "Please describe your question in as much detail as you can",
              "Your question",
              "Tell us how we can help",
              "Details of your enquiry"),
          query
        });
    qa = qa.subList(0, qa.size() - random.nextInt(2));
    int style = random.nextInt(4);
    StringBuilder b = new StringBuilder();
    b.append(pick("Hello,", "Hi,", "Dear Acme,", "Good morning,")).append("\n\n");
    b.append(
            pick(
                "Your website said to include the following, so here goes:",
                "As requested, my answers are below:",
                "I've copied your questions from the help page and answered them:",
                "Filling in your list below so you have everything:"))
        .append("\n\n");
    for (int i = 0; i < qa.size(); i++) {
      String q = qa.get(i)[0];
      String a = qa.get(i)[1];
      switch (style) {
        case 0 ->
            b.append(i + 1)
                .append(". ")
                .append(q.endsWith("?") ? q : q + "?")
                .append('\n')
                .append(a)
                .append("\n\n");
        case 1 -> b.append("Q: ").append(q).append("\nA: ").append(a).append("\n\n");
        case 2 -> b.append(q).append(" -> ").append(a).append('\n');
        default -> b.append("* ").append(q).append(":\n  ").append(a).append("\n\n");
      }
    }
    b.append(style == 2 ? "\n" : "");
    b.append(pick("Thanks,", "Many thanks", "Regards,", "Thank you,")).append('\n');
    b.append(p.first()).append('\n');
    String subject = pick("My enquiry", "Query - details below", "Form answers", "Question");
    return text(headers(p, d, id, subject), b.toString());
  }

  // ---------------------------------------------------------------- subject ask

  private static final String[] CONTEXT = {
    "I've been with you for about twelve years and never had to ask anything before.",
    "I tried the app and the help pages but couldn't find an answer.",
    "I'd rather not phone as I work nights and sleep during your opening hours.",
    "My daughter usually sorts this sort of thing out but she's away at the moment.",
    "I'm using the app on an older phone, if that matters.",
    "I'm abroad until the middle of January.",
    "Your chat just kept sending me back to the start.",
    "I'm a bit stuck and would appreciate a quick reply.",
    "Not urgent, but I'd like to know before the weekend.",
    "I have a joint account with my husband but this is about mine."
  };

  private byte[] subjectAsk(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    List<String> context = some(1 + random.nextInt(3), CONTEXT);
    StringBuilder b = new StringBuilder();
    b.append(pick("Hi,", "Hello,", "Hi there,", "Dear Sir/Madam,", "Good afternoon,"));
    b.append("\n\n");
    String lead = pick("", "", "As per the subject. ", "Question's in the subject line. ");
    b.append(lead).append(String.join(" ", context)).append("\n\n");
    b.append(pick("Thanks,", "Thanks in advance,", "Kind regards,", "Cheers,", "Best wishes,"));
    b.append('\n').append(p.full()).append('\n');
    if (random.nextBoolean()) {
      b.append(p.phone()).append('\n');
    }
    MailParts.Headers h = headers(p, d, id, query);
    if (random.nextInt(4) == 0) {
      return MailParts.alternative(
          h, boundary(), b.toString(), "<div dir=\"ltr\">" + paragraphs(b.toString()) + "</div>");
    }
    return text(h, b.toString());
  }

  // ---------------------------------------------------------------- terms quote

  private static final String[][] CLAUSES = {
    {
      "Section 14.2 of your Customer Terms",
      "We will respond to your enquiry within two business days of receiving it."
    },
    {
      "Your Service Charter (point 3)",
      "Every message to our team gets a reply from a real person, not a template."
    },
    {
      "Clause 21.1 (Communications) of the account conditions",
      "You can contact us by email at any time and we will aim to reply within 48 hours."
    },
    {
      "The 'Our commitments to you' page on your website",
      "When you ask us something, we will give you a clear answer in plain English."
    },
    {
      "Your complaints leaflet",
      "We aim to resolve concerns at the first point of contact wherever we can."
    },
    {
      "Part C, paragraph 9 of your general terms",
      "Where you write to us we shall acknowledge your correspondence promptly and deal with it"
          + " fairly."
    }
  };

  private byte[] termsQuote(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] c = CLAUSES[random.nextInt(CLAUSES.length)];
    int style = random.nextInt(4);
    String says = pick(" says:", " states:", " promises:", ":");
    String clause =
        switch (style) {
          case 0 -> c[0] + says + " \"" + c[1] + "\"";
          case 1 -> c[0] + says + "\n\n    " + MailParts.wrap(c[1], 60).replace("\n", "\n    ");
          case 2 -> c[0] + says + "\n\n> " + c[1];
          default -> c[0] + says + "\n\n\u201c" + c[1] + "\u201d";
        };
    String push =
        pick(
            "I have asked this twice already.",
            "So I am holding you to that.",
            "Please honour it this time.",
            "That has not been my experience so far.",
            "I'd appreciate it if that were true in my case.");
    boolean first = random.nextBoolean();
    StringBuilder b = new StringBuilder();
    b.append(pick("Dear Sir or Madam,", "Hello,", "To the support team,", "Hi,")).append("\n\n");
    if (first) {
      b.append(clause).append("\n\n").append(push).append("\n\n");
      b.append(pick("My question is this: ", "So: ", "", "Once more: ")).append(query);
      b.append("\n\n");
    } else {
      b.append(query).append("\n\n").append(push).append(' ');
      b.append(pick("For reference, ", "Just a reminder: ", "")).append(clause).append("\n\n");
    }
    b.append(pick("Yours faithfully,", "Regards,", "Thank you,", "Sincerely,")).append('\n');
    b.append(p.full()).append('\n');
    String subject =
        pick(
            "Still waiting for an answer",
            "Your own terms",
            "Enquiry - response time",
            "Re: my question",
            "Question (third attempt)");
    return text(headers(p, d, id, subject), b.toString());
  }

  // ---------------------------------------------------------------- broken lines

  private static final String[] ASIDES = {
    "I hope this email finds you well.",
    "I am 83 and not very good with the computer.",
    "My grandson set this email up for me.",
    "I used to go into the branch but it has closed now.",
    "I do not have one of those smart phones.",
    "Please excuse my typing.",
    "I have been a customer since 1971."
  };

  /** Breaks {@code text} after every two to six words, wherever the Enter key fell. */
  private String breakUp(String text) {
    StringBuilder b = new StringBuilder();
    int left = 2 + random.nextInt(5);
    for (String w : text.split(" ")) {
      if (b.length() > 0) {
        if (left == 0) {
          b.append('\n');
          left = 2 + random.nextInt(5);
        } else {
          b.append(random.nextInt(6) == 0 ? "  " : " ");
        }
      }
      b.append(w);
      left--;
    }
    return b.toString();
  }

  private byte[] brokenLines(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    List<String> parts = new ArrayList<>();
    parts.add(
        pick("Dear Sir,", "Dear Acme Bank", "Hello Bank", "Dear Sirs", "To Whom It May Concern"));
    for (String a : some(1 + random.nextInt(2), ASIDES)) {
      parts.add(breakUp(a));
    }
    parts.add(breakUp(query));
    parts.add(
        breakUp(
            pick(
                "Thank you for your help.",
                "I would be grateful for a letter back or an email.",
                "Thanking you in advance.",
                "I look forward to hearing from you.")));
    parts.add(pick("Yours sincerely", "Yours faithfully", "Kind Regards", "Regards"));
    parts.add(pick("Mrs ", "Mr ", "", "Mrs. ") + p.full());
    String sep = random.nextBoolean() ? "\n\n" : "\n";
    String body = String.join(sep, parts) + "\n";
    String subject = pick("Enquiry", "my account", "Question", "A query", "(no subject)", "Bank");
    MailParts.Headers h = headers(p, d, id, subject.equals("(no subject)") ? "" : subject);
    if (random.nextInt(3) == 0) {
      StringBuilder html = new StringBuilder("<div>");
      for (String line : body.split("\n", -1)) {
        html.append(line.isEmpty() ? "<div><br></div>" : "<div>" + esc(line) + "</div>");
        html.append('\n');
      }
      html.append("</div>\n");
      return MailParts.alternative(h, boundary(), body, html.toString());
    }
    return text(h, body);
  }

  // ---------------------------------------------------------------- looped in

  private static final String[][] PARTIES = {
    {
      "Bloom & Twig Orders",
      "orders@bloomandtwig.example",
      "Hi, we've checked on our side and as far as we can see everything went through normally."
          + " These things are usually handled by the card provider, so it may be best to contact"
          + " your bank directly.\n\nKind regards,\nOrders Team, Bloom & Twig",
      "Hi, I still can't see what's happened here. Can you look again please?"
    },
    {
      "Pete Larkin",
      "pete.larkin@landlord.example",
      "Hi, I still haven't seen anything arrive. Can you check with your bank? Thanks, Pete",
      "Hi Pete, sorry about this, I'll ask them."
    },
    {
      "Hannah Osei (HR)",
      "hannah.osei@northgatestudio.example",
      "Hi, payroll ran as normal on our side on the 28th. If there's a problem I'm afraid it"
          + " will be at the bank's end.\n\nBest,\nHannah\nPeople Team, Northgate Studio",
      "Hi Hannah, thanks - something's not right though, so I'll get the bank on it."
    },
    {
      "Marketplace Seller Support",
      "seller-support@tradehub.example",
      "Hello, thank you for your message. Our records show the order is complete. For questions"
          + " about your account balance please contact your bank or card issuer.\n\nCase"
          + " 4471-220, TradeHub Seller Support",
      "Hello, I've done everything I can on the site. Who do I talk to?"
    },
    {
      "Gym Membership Team",
      "members@flexfit.example",
      "Dear member, we have not received this month's payment. Please check with your bank and"
          + " let us know. FlexFit Membership Team",
      "I've no idea why, I'll ask my bank."
    }
  };

  private byte[] loopedIn(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] party = PARTIES[random.nextInt(PARTIES.length)];
    String loop =
        pick(
            "Adding Acme Bank support (" + SUPPORT + ") to this thread.",
            "+" + SUPPORT + " - looping you in.",
            "Copying in my bank so everyone has the same information.",
            "I've added the bank to this email chain.",
            "Bringing Acme Bank into this conversation.");
    String context =
        pick(
            "Thread below for context.",
            "You can see the back and forth below.",
            "See below for what they've said.",
            "");
    ZonedDateTime earlier = d.minusHours(3 + random.nextInt(40));
    ZonedDateTime earliest = earlier.minusHours(2 + random.nextInt(30));
    String theirs = party[2];
    String mine = party[3] + "\n\n" + p.first();
    String history;
    switch (random.nextInt(3)) {
      case 0 ->
          history =
              "On "
                  + MailParts.dayDateAt(earlier)
                  + ", "
                  + party[0]
                  + " <"
                  + party[1]
                  + "> wrote:\n"
                  + MailParts.quote(
                      theirs
                          + "\n\nOn "
                          + MailParts.dayDateAt(earliest)
                          + ", "
                          + p.full()
                          + " <"
                          + p.address()
                          + "> wrote:\n"
                          + MailParts.quote(mine));
      case 1 ->
          history =
              "________________________________\nFrom: "
                  + party[0]
                  + " <"
                  + party[1]
                  + ">\nSent: "
                  + MailParts.outlookDate(earlier)
                  + "\nTo: "
                  + p.full()
                  + " <"
                  + p.address()
                  + ">\nSubject: RE: "
                  + pick("Payment", "Missing payment", "My order", "December")
                  + "\n\n"
                  + theirs
                  + "\n\n________________________________\nFrom: "
                  + p.full()
                  + " <"
                  + p.address()
                  + ">\nSent: "
                  + MailParts.outlookDate(earliest)
                  + "\nTo: "
                  + party[0]
                  + " <"
                  + party[1]
                  + ">\n\n"
                  + mine;
      default ->
          history =
              "On "
                  + MailParts.dayDateAt(earlier)
                  + ", "
                  + party[0]
                  + " <"
                  + party[1]
                  + "> wrote:\n"
                  + MailParts.quote(theirs);
    }
    String body =
        pick("Hi,", "Hello Acme,", "Hi all,", "Hello,")
            + "\n\n"
            + loop
            + " "
            + query
            + (context.isEmpty() ? "" : "\n\n" + context)
            + "\n\n"
            + pick("Thanks,", "Regards,", "Thanks both,")
            + "\n"
            + p.first()
            + "\n\n"
            + history
            + "\n";
    String subject =
        pick("Re: ", "RE: ", "Re: Re: ")
            + pick("Payment", "Missing payment", "Your order", "December", "Rent")
            + pick("", " [bank cc'd]");
    MailParts.Headers h = headers(p, d, id, subject);
    h.reply("<" + hex(random, 12) + "@" + party[1].substring(party[1].indexOf('@') + 1) + ">");
    return text(h, body);
  }

  // ---------------------------------------------------------------- timeline

  private static final String[] EVENTS = {
    "rang the helpline, waited 40 minutes, then got cut off",
    "used the chat in the app, was told someone would email me",
    "went into the branch, they said to email this address",
    "nothing heard back",
    "rang again, was told it had been passed on",
    "sent a message through online banking, no reply",
    "got an automatic email with a reference number, nothing since",
    "tried the chatbot, it didn't understand",
    "wrote a letter, still waiting"
  };

  private byte[] timeline(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    List<String> events = some(2 + random.nextInt(3), EVENTS);
    int style = random.nextInt(4);
    int day = d.getDayOfMonth() - events.size() * 2;
    StringBuilder log = new StringBuilder();
    for (String e : events) {
      day += 1 + random.nextInt(2);
      ZonedDateTime when = d.withDayOfMonth(Math.max(1, day));
      String date =
          switch (style) {
            case 0 -> when.getDayOfMonth() + " Dec - ";
            case 1 ->
                MailParts.DAYS[when.getDayOfWeek().ordinal()].substring(0, 3)
                    + " "
                    + String.format(Locale.ROOT, "%02d/12", when.getDayOfMonth())
                    + ": ";
            case 2 -> "• " + when.getDayOfMonth() + " December: ";
            default -> String.format(Locale.ROOT, "%02d.12.2026 — ", when.getDayOfMonth());
          };
      log.append(date).append(e).append('\n');
    }
    String intro =
        pick(
            "Here's what's happened so far:",
            "So you have the full picture:",
            "Timeline, for your records:",
            "What I've done so far:");
    boolean requestFirst = random.nextBoolean();
    StringBuilder b =
        new StringBuilder(pick("Hello,", "Hi,", "Dear team,", "To whom it may concern,"));
    b.append("\n\n");
    if (requestFirst) {
      b.append(query).append("\n\n").append(intro).append("\n\n").append(log).append('\n');
      b.append(
          pick(
              "Please can someone actually answer this time.",
              "I'd like a reply in writing.",
              "Thank you."));
    } else {
      b.append(intro).append("\n\n").append(log).append('\n');
      b.append(pick("So, my question again: ", "Still the same question: ", "", "To repeat: "));
      b.append(query);
    }
    b.append("\n\n").append(pick("Regards,", "Thanks,", "Yours,")).append('\n').append(p.full());
    b.append('\n');
    String subject =
        pick("Still no answer", "Fourth attempt", "Chasing", "Timeline of my query", "Please read");
    return text(headers(p, d, id, subject), b.toString());
  }
}
