package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.hex;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.sender;
import static io.mailtriage.train.eval.forms.MailParts.text;

import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The eighth author's templates ({@code --templates eighth}, {@code data/eval-mail-eighth}): ten
 * forms of support mail none of the seven earlier sets holds, written from those sets' form lists
 * and the builder's plumbing only, before reading the model-text step. Each form holds the query
 * once, whole, as the customer's request; everything around it is the form's.
 */
final class EvalMailEighthForms extends MailParts.FormSet<EvalMailEighthForms.Form> {
  static final String SUPPORT = "help@acme-bank.example";

  enum Form {
    /** The request as one item of a to-do list whose other items ask nothing. */
    CHECKLIST,
    /** A long, chatty letter about something else with the request in a middle paragraph. */
    LONG_LETTER,
    /**
     * An accountant, attorney, carer or debt adviser writing for the customer under a ref block.
     */
    REPRESENTATIVE,
    /** A sign-language video relay or typing-aid service passing a deaf customer's words on. */
    RELAY_SERVICE,
    /** A consumer complaint website's notification carrying the customer's issue. */
    COMPLAINT_SITE,
    /** An error message from the app or website pasted in beside the request. */
    ERROR_PASTE,
    /** A social network's notification of a direct message or mention sent to the bank's page. */
    SOCIAL_DM,
    /** The banking app's feedback screen: rating, category, the message and a device block. */
    APP_FEEDBACK,
    /** A technical customer writing in Markdown: headings, bold labels, code, "> " call-outs. */
    MARKDOWN,
    /** A faxed letter delivered by a fax-to-email gateway with the text its OCR read. */
    FAX_OCR
  }

  private static final String[] FIRST = {
    "Maren", "Tobias", "Ifeoma", "Gareth", "Linnea", "Rohan", "Beatriz", "Callum", "Yusra",
        "Dmitri",
    "Saoirse", "Kwame", "Eliška", "Hamish", "Noor", "Teodor", "Ayesha", "Rhys", "Jolanta", "Femi"
  };
  private static final String[] LAST = {
    "Ashdown", "Okonkwo", "Lindqvist", "Pereira", "Marsh", "Kowalczyk", "Dunmore", "Haddad",
    "Fairbairn", "Nakamura", "Whitlock", "Ferreira", "Quigley", "Brennan", "Sorensen", "Adeyemi"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.net", "example.org", "mail.example.co.uk", "inbox.example"
  };
  private static final String[] PHONES = {
    "07700 900%03d", "+44 7700 900%03d", "020 7946 0%03d", "0161 496 0%03d", "(555) 010-0%02d"
  };

  EvalMailEighthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p =
        dottedSender(
            index,
            FIRST,
            LAST,
            DOMAINS,
            PHONES,
            120,
            "Larch Road",
            "Quayside",
            "Mill Lane",
            "Byron Close");
    ZonedDateTime date = decemberTime(1);
    String id = messageId(p, index);
    return switch (form) {
      case CHECKLIST -> checklist(p, date, id, query);
      case LONG_LETTER -> longLetter(p, date, id, query);
      case REPRESENTATIVE -> representative(p, date, id, query);
      case RELAY_SERVICE -> relayService(p, date, id, query);
      case COMPLAINT_SITE -> complaintSite(p, date, id, query);
      case ERROR_PASTE -> errorPaste(p, date, id, query);
      case SOCIAL_DM -> socialDm(p, date, id, query);
      case APP_FEEDBACK -> appFeedback(p, date, id, query);
      case MARKDOWN -> markdown(p, date, id, query);
      case FAX_OCR -> faxOcr(p, date, id, query);
    };
  }

  private static MailParts.Headers headers(
      EvalMailForms.Person from, ZonedDateTime date, String id, String subject) {
    return new MailParts.Headers(from, date, id, SUPPORT).subject(subject);
  }

  private String boundary() {
    return "----=_Part_" + hex(random, 12);
  }

  /** Text and a made-up binary attachment in multipart/mixed. */
  private byte[] withAttachment(
      MailParts.Headers h, String body, String type, String name, int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    String b = boundary();
    String mixed =
        "--"
            + b
            + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(body)
            + "\n--"
            + b
            + "\nContent-Type: "
            + type
            + "; name=\""
            + name
            + "\"\nContent-Disposition: attachment; filename=\""
            + name
            + "\"\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder(76, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(data)
            + "\n--"
            + b
            + "--\n";
    return mime(h, "multipart/mixed; boundary=\"" + b + "\"", null, mixed);
  }

  private static String dmy(ZonedDateTime d) {
    return String.format(
        Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  // ---------------------------------------------------------------- checklist

  private static final String[] DONE_ITEMS = {
    "Address change on the app - done, thanks",
    "The new card arrived on Tuesday and it's activated",
    "Paper statements: happy for you to stop them, no need to reply",
    "The lady at the Mill Street branch was brilliant last week",
    "I've already updated my phone number online",
    "Gym direct debit is sorted now",
    "Read the leaflet about the savings pots, all clear",
    "Christmas pot topped up myself, all good",
    "Got the letter about the new terms, filed it",
    "My son's account is all set up, thank you for that",
    "Changed my password after your reminder",
    "Moved the car insurance payment to the 28th myself"
  };

  private byte[] checklist(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    List<String> items = some(2 + random.nextInt(3), DONE_ITEMS);
    int at = 1 + random.nextInt(items.size());
    items.add(at, query);
    int style = random.nextInt(6);
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      boolean open = i == at;
      String marker =
          switch (style) {
            case 0 -> "- ";
            case 1 -> "• ";
            case 2 -> "* ";
            case 3 -> (i + 1) + ". ";
            case 4 -> open ? "[ ] " : "[x] ";
            default -> open ? "☐ " : "☑ ";
          };
      list.append(marker).append(item).append('\n');
    }
    String intro =
        pick(
            "A few things while I have you:",
            "Quick list so I don't forget anything:",
            "Going through my list for this week:",
            "Here's where I'm up to:",
            "Ticking things off before Christmas:");
    String hello = pick("Hi,", "Hello there,", "Morning team,", "Hi all,", "Good afternoon,");
    String bye = pick("Thanks!", "Cheers,", "Many thanks,", "That's everything, thank you.", "Ta,");
    String body = hello + "\n\n" + intro + "\n\n" + list + "\n" + bye + "\n" + p.first() + "\n";
    MailParts.Headers h =
        headers(
            p,
            d,
            id,
            pick("A few things", "Couple of bits", "My list", "Bits and pieces", "Catching up"));
    if (random.nextInt(4) == 0) {
      String tag = style == 3 ? "ol" : "ul";
      StringBuilder html = new StringBuilder("<html><body><p>" + esc(hello) + "</p>\n");
      html.append("<p>").append(esc(intro)).append("</p>\n<").append(tag).append(">\n");
      for (String item : items) {
        html.append("<li>").append(esc(item)).append("</li>\n");
      }
      html.append("</").append(tag).append(">\n<p>").append(esc(bye)).append("<br>\n");
      html.append(esc(p.first())).append("</p></body></html>\n");
      String plain = hello + "\n\n" + intro + "\n\n";
      for (String item : items) {
        plain += "* " + item + "\n";
      }
      plain += "\n" + bye + "\n" + p.first() + "\n";
      return MailParts.alternative(h, boundary(), plain, html.toString());
    }
    return text(h, body);
  }

  // ---------------------------------------------------------------- long letter

  private static final String[][] STORIES = {
    {
      "News from us",
      "Well, we finally did it - we've moved! After eighteen months of viewings and one collapsed"
          + " chain we're in the little house by the canal. The boxes are still everywhere and the"
          + " cat hasn't forgiven us yet.",
      "The removal men were wonderful, though they did manage to lose the kettle for a whole day,"
          + " which in this house is a national emergency.",
      "The garden is the best part. There's an old apple tree at the back and my husband has"
          + " already bought far too many tools for it.",
      "Do pop in if any of you are ever passing - the kettle has been found."
    },
    {
      "Thank you to Priya at Mill Street",
      "I wanted to write and say how kind Priya at your Mill Street branch was when I came in last"
          + " month. I'd just lost my mum and was in a bit of a state, and she sat with me for"
          + " nearly an hour.",
      "She explained everything slowly and never once made me feel silly. I've been with the bank"
          + " for thirty years and that's the best service I've had.",
      "Please do pass my thanks on to her manager. People remember that sort of thing.",
      "Thank you again, it meant a great deal to our family."
    },
    {
      "Back from our travels",
      "We got back on Sunday from five weeks in Portugal and Spain, the longest trip we've ever"
          + " taken. The weather was kinder than here and the food was better.",
      "We drove the whole coast road in a hired camper van. My wife did most of the driving and I"
          + " did most of the map reading, which she says explains the detours.",
      "We're already planning next year, possibly Italy if my knees hold out.",
      "Sorry for the essay - my daughter says I write emails like postcards."
    },
    {
      "Retirement!",
      "After forty-one years at the council I finally retired on Friday. They gave me a lovely"
          + " send-off with a cake in the shape of a filing cabinet.",
      "It's strange not setting an alarm. I've been up at six every day anyway out of habit, and"
          + " the dog is delighted with all the extra walks.",
      "I'm going to take up the allotment properly now, and my grandson wants me to learn to code,"
          + " heaven help us.",
      "Anyway, that's enough of my news."
    },
    {
      "Wedding and a new name",
      "Our daughter got married on the 14th, in the rain, and it was the happiest day. Three"
          + " hundred photos and not one of them with everybody looking at the camera.",
      "The reception was in the village hall and the band played until the caretaker switched the"
          + " lights off on us.",
      "She's off on honeymoon now and I'm left with a garage full of bunting.",
      "Sorry for rambling on, I'm still floating a bit."
    }
  };

  private byte[] longLetter(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] s = STORIES[random.nextInt(STORIES.length)];
    String lead =
        pick(
            "While I remember, ",
            "Anyway, the reason I'm actually writing: ",
            "One thing I do need your help with. ",
            "Before I forget - ",
            "",
            "Now, the boring bit. ");
    String after =
        pick(
            "",
            " I'd be grateful for a reply when someone has a moment.",
            " No great rush.",
            " Thank you in advance.");
    StringBuilder b = new StringBuilder(pick("Dear all,", "Hello,", "Hi there,", "Dear team,"));
    b.append("\n\n").append(s[1]).append("\n\n").append(s[2]).append("\n\n");
    b.append(lead).append(query).append(after).append("\n\n");
    b.append(s[3]).append("\n\n").append(s[4]).append("\n\n");
    b.append(pick("Warm wishes,", "Love to all,", "All the best,", "Kind regards,"));
    b.append("\n").append(p.full()).append("\n");
    if (random.nextBoolean()) {
      b.append(p.street()).append("\n");
    }
    return text(headers(p, d, id, s[0]), b.toString());
  }

  // ---------------------------------------------------------------- representative

  private byte[] representative(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String client = pick("Mr", "Mrs", "Ms", "Dr") + " " + pick(FIRST) + " " + pick(LAST);
    String ending = digits(4);
    String body;
    String subject;
    EvalMailForms.Person from;
    switch (random.nextInt(4)) {
      case 0 -> {
        String firm = pick("Ledgerwell", "Brightside", "Holloway & Kerr", "Penfold");
        String ref = pick("KB", "AC", "TH") + "/" + digits(4) + "/" + pick("PR", "VAT", "SA");
        from =
            new EvalMailForms.Person(
                p.first(),
                p.last(),
                p.first().toLowerCase(Locale.ROOT).charAt(0)
                    + "."
                    + MailParts.ascii(p.last().toLowerCase(Locale.ROOT))
                    + "@"
                    + firm.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                    + "-accountants.example",
                p.phone(),
                p.street());
        subject = "Our client " + client + " - our ref " + ref;
        body =
            "Our ref: "
                + ref
                + "\nYour customer: "
                + client
                + "\nAccount ending: "
                + ending
                + "\nAuthority: "
                + pick(
                    "signed third-party authority sent to you on 12 October 2026",
                    "agent authority form on file",
                    "client's written consent attached")
                + "\n\nDear Sir or Madam,\n\n"
                + "We act as accountants for the above named. "
                + pick(
                    "Our client has asked us to raise the following with you, in their own words:",
                    "Our client asks:",
                    "We are instructed to put the following question to you on our client's"
                        + " behalf:")
                + "\n\n\""
                + query
                + "\"\n\n"
                + "Please reply to this office quoting our reference above.\n\n"
                + "Yours faithfully\n\n"
                + p.full()
                + "\n"
                + pick("Senior Bookkeeper", "Client Manager", "Tax Assistant")
                + "\n"
                + firm
                + " Accountants Ltd\n"
                + p.street()
                + "\nT: "
                + p.phone()
                + "\n"
                + "Registered in England and Wales no. "
                + digits(8)
                + ". Regulated for a range of investment business activities by a professional"
                + " body.\n";
      }
      case 1 -> {
        from = p;
        String rel = pick("my father", "my mother", "my uncle", "my aunt");
        subject = pick("Power of attorney - ", "LPA - ", "On behalf of ") + client;
        body =
            "Re: "
                + rel
                + ", "
                + client
                + " (account ending "
                + ending
                + ")\n"
                + "Lasting Power of Attorney registered: "
                + (1 + random.nextInt(28))
                + " "
                + MailParts.MONTHS[random.nextInt(12)]
                + " 2025\nLPA ref: PA-"
                + digits(4)
                + "-"
                + digits(4)
                + "\nRegistered with you: "
                + pick("yes, at the branch in June", "yes (letter of 2 July)", "yes")
                + "\n\n"
                + pick("Hello,", "Dear Acme Bank,", "Good morning,")
                + "\n\n"
                + "I look after "
                + rel
                + "'s banking under the power of attorney above. "
                + pick(
                    "The question is in " + rel.substring(3) + "'s words, as I wrote it down: ",
                    "This is what I've been asked to send on: ",
                    "The query is: ")
                + query
                + "\n\n"
                + "Please reply to me rather than to "
                + rel
                + ", who finds letters confusing these days. My number is "
                + p.phone()
                + ".\n\n"
                + pick("Thank you,", "Kind regards,", "Many thanks,")
                + "\n"
                + p.full()
                + " (attorney)\n";
      }
      case 2 -> {
        from =
            new EvalMailForms.Person(
                p.first(),
                p.last(),
                MailParts.ascii(p.first().toLowerCase(Locale.ROOT))
                    + "@"
                    + pick("moneyhelpline", "debtfree-advice", "stepclear")
                    + ".example",
                p.phone(),
                p.street());
        subject = "Client " + client + " - case DA-" + digits(6);
        body =
            "Client: "
                + client
                + "\nDate of birth: "
                + String.format(
                    Locale.ROOT,
                    "%02d/%02d/19%d",
                    1 + random.nextInt(28),
                    1 + random.nextInt(12),
                    50 + random.nextInt(40))
                + "\nAccount: ending "
                + ending
                + "\nCase no: DA-"
                + digits(6)
                + "\nConsent: client consent form attached (signed "
                + dmy(d.minusDays(3))
                + ")\n\n"
                + "Dear Sir/Madam,\n\n"
                + "I am a debt adviser with a free advice charity and am helping the client named"
                + " above. "
                + pick(
                    "They have asked me to pass this on:",
                    "Their question for you:",
                    "The client would like to know the following.")
                + "\n\n"
                + query
                + "\n\n"
                + "Please note we have asked all creditors for a 30-day breathing space while we"
                + " prepare a budget.\n\n"
                + "Kind regards\n"
                + p.full()
                + "\nMoney Adviser\nDirect line: "
                + p.phone()
                + "\n";
      }
      default -> {
        from = p;
        subject = pick("Carer enquiry", "For " + client, "On behalf of a client I support");
        body =
            pick("Hi,", "Hello,")
                + "\n\n"
                + "Client: "
                + client
                + "\nRelationship: "
                + pick("paid carer (agency)", "support worker", "neighbour and carer")
                + "\nThird party mandate: "
                + pick("on file", "sent in November", "client is with me now and agrees")
                + "\n\n"
                + "I support "
                + client.substring(client.indexOf(' ') + 1)
                + " with their paperwork. They asked me to type this for them:\n\n"
                + query
                + "\n\n"
                + "They are happy for you to call them or me on "
                + p.phone()
                + ".\n\n"
                + p.first()
                + "\n"
                + pick("Home Care Team", "Support Worker, Oakridge Care", "Carer")
                + "\n";
      }
    }
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- relay service

  private byte[] relayService(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String ref = digits(7);
    String body;
    EvalMailForms.Person from;
    switch (random.nextInt(3)) {
      case 0 -> {
        from = sender("SignLink Relay", "relay@signlink.example");
        body =
            "This message comes to you through SignLink, a British Sign Language video relay"
                + " service. It was signed by your customer, "
                + p.full()
                + ", and written in English by a qualified interpreter (no. "
                + digits(4)
                + ").\n\n"
                + "--- Customer's message ---\n"
                + query
                + "\n--- End of message ---\n\n"
                + "To answer, reply to this email. We will sign your reply to the customer by"
                + " video. Please keep replies in plain English and avoid attachments.\n\n"
                + "Relay session ref: SL"
                + ref
                + "\nSignLink - making every call accessible. signlink.example/accessibility\n";
      }
      case 1 -> {
        from = p;
        body =
            pick("Hello,", "Hi,", "To Acme Bank,")
                + "\n\n"
                + query
                + "\n\n"
                + p.first()
                + "\n\n"
                + "________________________________\n"
                + pick(
                    "I am Deaf and BSL is my first language. Please reply by email or text, not by"
                        + " phone. If you need to call me, use a relay service.",
                    "I have a hearing impairment. Please contact me in writing. Calls through"
                        + " TextBridge: 18001 then my number.",
                    "Written with EyeType, an eye-gaze keyboard, so replies may be slow. Please"
                        + " do not phone; email is best.")
                + "\n";
      }
      default -> {
        from = sender("TextBridge Service", "noreply-" + ref + "@textbridge.example");
        body =
            "TextBridge message relay\n"
                + "========================\n"
                + "A TextBridge user has asked us to deliver the following message. The user is"
                + " deaf, hard of hearing or speech impaired and typed it in our app.\n\n"
                + "From: "
                + p.full()
                + "\nContact: "
                + p.address()
                + "\nPreferred reply: "
                + pick("email", "text message", "relay call")
                + "\n\nMessage:\n"
                + query
                + "\n\n"
                + "Message ID: TB-"
                + ref
                + "\n"
                + "Replies to this address are passed on to the user within one working day."
                + " TextBridge is a free accessibility service and is not part of your"
                + " organisation.\n";
      }
    }
    String subject =
        pick(
            "Relayed message for Acme Bank",
            "Message via relay service (ref " + ref + ")",
            "Please read - from a deaf customer",
            "Customer message");
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- complaint site

  private byte[] complaintSite(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String site = pick("FairFix", "SortMyIssue", "ResolveNow", "ComplainRight");
    String host = site.toLowerCase(Locale.ROOT) + ".example";
    String caseId = site.substring(0, 2).toUpperCase(Locale.ROOT) + "-2026-" + digits(6);
    EvalMailForms.Person from =
        sender(p.full() + " via " + site, "case-" + digits(8) + "@replies." + host);
    String label =
        pick(
            "Issue summary:",
            "Describe your issue:",
            "Details:",
            "What happened?",
            "The consumer says:");
    String body =
        site
            + " - free consumer complaints\n\n"
            + "A consumer has sent you an issue through "
            + site
            + ". Reply to this email and your reply goes to the consumer and is saved to their"
            + " case.\n\n"
            + "Case ID: "
            + caseId
            + "\nCompany: Acme Bank\nCategory: "
            + pick(
                "Banking > Current accounts",
                "Banking > Cards",
                "Money transfers",
                "Banking > Online and mobile banking")
            + "\nConsumer: "
            + p.full()
            + "\nSubmitted: "
            + dmy(d)
            + "\n\n"
            + label
            + "\n"
            + query
            + "\n\n"
            + "What the consumer would like: "
            + pick("An answer", "A response and an explanation", "Information")
            + "\n\n"
            + "This case is at stage 1 of 3. If the consumer has no final response from you within"
            + " 8 weeks they may take it to the ombudsman.\n\n"
            + site
            + " Ltd, 4 Bridge Row, Leeds. You get this because the consumer named Acme Bank."
            + " Manage company notifications: https://"
            + host
            + "/company/settings\n";
    MailParts.Headers h =
        headers(
            from,
            d,
            id,
            pick("New issue from ", "[" + site + "] Case " + caseId + ": ", "Issue raised by ")
                + (random.nextBoolean() ? p.full() : "a consumer"));
    if (random.nextInt(3) == 0) {
      String html =
          "<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td"
              + " style=\"background:#2b6cb0;color:#fff;padding:12px\"><b>"
              + site
              + "</b> free consumer complaints</td></tr><tr><td><p>A consumer has sent you an"
              + " issue through "
              + site
              + ". Reply to this email to answer.</p><table><tr><td>Case ID</td><td>"
              + caseId
              + "</td></tr><tr><td>Consumer</td><td>"
              + esc(p.full())
              + "</td></tr></table><p><b>"
              + esc(label)
              + "</b><br>"
              + esc(query)
              + "</p><p style=\"font-size:11px;color:#777\">This case is at stage 1 of 3. If the"
              + " consumer has no final response from you within 8 weeks they may take it to the"
              + " ombudsman.</p></td></tr></table></body></html>\n";
      return MailParts.alternative(h, boundary(), body, html);
    }
    return text(h, body);
  }

  // ---------------------------------------------------------------- error paste

  private String errorText() {
    String trace = hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 4);
    return switch (random.nextInt(6)) {
      case 0 -> "Something went wrong (Error 500)\nRequest ID: " + trace;
      case 1 ->
          "{\"error\":\"INTERNAL_ERROR\",\"message\":\"Unable to complete request\",\"traceId\":\""
              + trace
              + "\",\"status\":500}";
      case 2 ->
          "This site can't be reached\nsecure.acme-bank.example took too long to respond.\n"
              + "ERR_CONNECTION_TIMED_OUT";
      case 3 ->
          "Oops! We couldn't load this page. Pull down to refresh.\n[Code: AB-"
              + (1000 + random.nextInt(9000))
              + "]";
      case 4 -> "HTTP Status 503 - Service Unavailable\nThe server is temporarily busy.";
      default ->
          "Sorry, we can't do that right now.\nPlease try again later. (ref "
              + trace.toUpperCase(Locale.ROOT)
              + ")";
    };
  }

  private byte[] errorPaste(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String err = errorText();
    if (random.nextBoolean()) {
      StringBuilder indented = new StringBuilder();
      for (String line : err.split("\n")) {
        indented.append("    ").append(line).append('\n');
      }
      err = indented.toString().stripTrailing();
    } else {
      err = pick("\"", "") + err;
      err = err.startsWith("\"") ? err + "\"" : err;
    }
    String caption =
        pick(
            "This is what I get:",
            "I keep getting this when I try in the app:",
            "Copied from the screen:",
            "The website says:",
            "Error message below:",
            "Pasting the error:");
    String hello = pick("Hi,", "Hello,", "Hi team,", "");
    String bye = pick("Thanks,", "Regards,", "Cheers,", "Thank you.");
    String head = hello.isEmpty() ? "" : hello + "\n\n";
    String body =
        random.nextBoolean()
            ? head + query + "\n\n" + caption + "\n\n" + err + "\n\n" + bye + "\n" + p.first()
            : head + caption + "\n\n" + err + "\n\n" + query + "\n\n" + bye + "\n" + p.first();
    String subject =
        pick("Error in the app", "App keeps failing", "Website error", "Error message", "Help");
    return text(headers(p, d, id, subject), body + "\n");
  }

  // ---------------------------------------------------------------- social DM

  private byte[] socialDm(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String handle =
        "@"
            + MailParts.ascii(p.first().toLowerCase(Locale.ROOT))
            + pick("_", "", ".")
            + MailParts.ascii(p.last().toLowerCase(Locale.ROOT)).substring(0, 3)
            + digits(2);
    String body;
    EvalMailForms.Person from;
    String subject;
    switch (random.nextInt(3)) {
      case 0 -> {
        from = sender("Chirp Notifications", "notify@chirp.example");
        subject = p.full() + " (" + handle + ") sent you a Direct Message";
        body =
            "Acme Bank (@AcmeBankHelp), you have a new Direct Message\n\n"
                + p.full()
                + " "
                + handle
                + "\n\n"
                + query
                + "\n\n"
                + "Reply on Chirp: https://chirp.example/messages/"
                + digits(12)
                + "\n\n"
                + "You're receiving this because you manage @AcmeBankHelp. Notification settings"
                + " | Help | Chirp Inc., 1 Market Street\n";
      }
      case 1 -> {
        from = sender("PageBook Notifications", "notification@pagebook.example");
        subject = "New message for Acme Bank UK";
        body =
            "Acme Bank UK has a new message\n\n"
                + p.full()
                + " wrote:\n\n"
                + pick("\"", "")
                + query
                + "\n\n"
                + "Sent "
                + MailParts.time24(d)
                + " · Reply within 24 hours to keep your page's \"Very responsive\" badge.\n\n"
                + "View message\n\n"
                + "This message was sent to page admins of Acme Bank UK. Unsubscribe\n";
      }
      default -> {
        from = sender("Snapgram Notifications", "no-reply@mail.snapgram.example");
        subject = handle.substring(1) + " mentioned you in a comment";
        String tags = pick("#help", "#banking #help", "#customerservice", "");
        body =
            handle.substring(1)
                + " mentioned you in a comment on your post \""
                + pick(
                    "Winter savings are here!",
                    "Meet our new app",
                    "Tap to pay abroad with no fees",
                    "Our branches over Christmas")
                + "\":\n\n"
                + "@acmebank "
                + query
                + (tags.isEmpty() ? "" : " " + tags)
                + "\n\n"
                + "Reply · Like · View post\n\n"
                + "Snapgram · Manage email notifications · Snapgram Ltd., Dublin\n";
      }
    }
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- app feedback

  private byte[] appFeedback(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String version = "7." + random.nextInt(20) + "." + random.nextInt(5);
    String build = digits(5);
    boolean ios = random.nextBoolean();
    String os = ios ? "iOS 18." + random.nextInt(3) : "Android " + (13 + random.nextInt(3));
    String device =
        ios
            ? pick("iPhone14,5", "iPhone15,2", "iPad13,1")
            : pick("Pixel 8", "SM-S918B", "moto g54");
    String body;
    EvalMailForms.Person from;
    if (random.nextBoolean()) {
      from = sender("Acme Bank App Feedback", "app-feedback@acme-bank.example");
      int stars = 1 + random.nextInt(5);
      body =
          "Feedback from the Acme Bank app\n\n"
              + "Rating: "
              + "★".repeat(stars)
              + "☆".repeat(5 - stars)
              + " ("
              + stars
              + "/5)\n"
              + "Category: "
              + pick("Cards", "Payments", "Account", "Other", "Something's not working")
              + "\nScreen: "
              + pick("Home", "Home > Cards", "Payments > New payment", "Profile > Settings")
              + "\nCustomer: "
              + p.full()
              + " <"
              + p.address()
              + ">\n\nMessage:\n"
              + query
              + "\n\n--- Device info ---\n"
              + "App version: "
              + version
              + " ("
              + build
              + ")\nOS: "
              + os
              + "\nDevice: "
              + device
              + "\nLocale: en_GB\nNetwork: "
              + pick("WiFi", "4G", "5G")
              + "\nSession: "
              + hex(random, 16)
              + "\n";
    } else {
      from = p;
      body =
          query
              + "\n\n\n"
              + pick(
                  "--- Please write above this line ---",
                  "------ Type your message above ------",
                  "[Please keep the details below so we can help]")
              + "\nApp: Acme Bank "
              + version
              + " (build "
              + build
              + ")\n"
              + os
              + "\n"
              + device
              + "\nUser ID: "
              + digits(9)
              + "\nSent from the Acme Bank app\n";
    }
    String subject =
        pick(
            "App feedback",
            "Acme Bank app feedback (" + version + ")",
            "Feedback: " + pick("Cards", "Payments", "Account", "Other"),
            "Help from the app");
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- markdown

  private byte[] markdown(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String details =
        "- **Account type:** "
            + pick("Personal current", "Joint current", "Everyday saver")
            + "\n- **App version:** `7."
            + random.nextInt(20)
            + "."
            + random.nextInt(5)
            + "`\n- **Tried:** "
            + pick(
                "logging out and back in, `reinstalling the app`",
                "the website and the app",
                "nothing yet")
            + "\n";
    String note =
        "> "
            + pick(
                "**Note:** I'm travelling next week, so email is best.",
                "Heads up: I work nights, so please don't call before 2pm.",
                "FYI my phone number on file is out of date.",
                "**Tip for whoever reads this:** I've already read the FAQ.");
    String body =
        switch (random.nextInt(3)) {
          case 0 ->
              "## "
                  + pick("Question", "Issue", "Request")
                  + "\n\n"
                  + query
                  + "\n\n## "
                  + pick("Details", "Context", "Background")
                  + "\n\n"
                  + details
                  + "\n"
                  + note
                  + "\n\nThanks,\n*"
                  + p.first()
                  + "*\n";
          case 1 ->
              "**TL;DR:** "
                  + query
                  + "\n\n---\n\n"
                  + note
                  + "\n\n### "
                  + pick("Details", "What I've got", "Setup")
                  + "\n\n"
                  + details
                  + "\nCheers,\n"
                  + p.first()
                  + "\n";
          default ->
              "Hi team,\n\n"
                  + note
                  + "\n\n"
                  + query
                  + "\n\n"
                  + details
                  + "\n```\n"
                  + pick("Error: TOKEN_EXPIRED", "status=409 conflict", "E_TIMEOUT after 30000ms")
                  + "\n```\n\n"
                  + "Thanks!\n"
                  + p.first()
                  + "\n";
        };
    String subject =
        pick(
            "Question about my account",
            "[Help] Account question",
            "Issue - see details",
            "`Acme app` question");
    return text(headers(p, d, id, subject), body);
  }

  // ---------------------------------------------------------------- fax OCR

  /** OCR's usual slips on the letter's other lines: l for I, rn for m, 0 for O, stray marks. */
  private String ocr(String line) {
    String out = line;
    if (random.nextInt(3) == 0) {
      out = out.replace("I ", "l ");
    }
    if (random.nextInt(3) == 0) {
      out = out.replace("m", "rn");
    }
    if (random.nextInt(4) == 0) {
      out = out.replace("O", "0");
    }
    if (random.nextInt(4) == 0) {
      out = out + " |";
    }
    return out;
  }

  private byte[] faxOcr(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String from = MailParts.phone(pick("+44 20 7946 0%03d", "+44 161 496 0%03d"), random);
    int pages = 1 + random.nextInt(3);
    String letter =
        ocr(p.full())
            + "\n"
            + ocr(p.street())
            + "\n\n"
            + ocr(dmy(d))
            + "\n\n"
            + ocr(pick("Dear Sir or Madam,", "Dear Acme Bank,", "To whom it may concern,"))
            + "\n\n"
            + query
            + "\n\n"
            + ocr(
                pick(
                    "I do not use the internet so please write to me at the address above.",
                    "My neighbour is sending this fax for me.",
                    "Please telephone me if anything is unclear."))
            + "\n\n"
            + ocr(pick("Yours faithfully,", "Yours sincerely,"))
            + "\n\n"
            + pick("~", "_/", ".-")
            + "\n"
            + ocr(p.full());
    String body =
        "You have received a "
            + pages
            + "-page fax.\n\n"
            + "From: "
            + from
            + "\nCSID: "
            + pick(
                "HOME FAX",
                p.last().toUpperCase(Locale.ROOT),
                "POST OFFICE " + digits(3),
                "LIBRARY FAX")
            + "\nReceived: "
            + dmy(d)
            + " "
            + MailParts.time24(d)
            + "\nPages: "
            + pages
            + "\nResolution: "
            + pick("Fine", "Standard")
            + "\n\n"
            + "The fax is attached as a PDF. Text recognised on page 1 (OCR, may contain errors):\n"
            + "-----\n"
            + letter
            + "\n-----\n\n"
            + "FaxGate - your faxes by email. Do not reply to this message; it was sent from an"
            + " unattended address.\n";
    MailParts.Headers h =
        headers(
            sender("FaxGate Service", "fax-to-email@faxgate.example"),
            d,
            id,
            "Fax from " + from + " (" + pages + (pages == 1 ? " page)" : " pages)"));
    if (random.nextInt(3) == 0) {
      return text(h, body);
    }
    return withAttachment(
        h, body, "application/pdf", "fax_" + digits(8) + ".pdf", 96 + random.nextInt(64));
  }
}
