package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.hex;
import static io.mailtriage.train.eval.forms.MailParts.sender;
import static io.mailtriage.train.eval.forms.MailParts.text;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The tenth author's templates ({@code --templates tenth}, {@code data/eval-mail-tenth}): ten forms
 * of support mail none of the nine earlier sets holds, written from those sets' form lists and the
 * builder's plumbing only, before reading the model-text step. Each form holds the query once,
 * whole, as the customer's request; everything around it is the form's.
 */
final class EvalMailTenthForms extends MailParts.FormSet<EvalMailTenthForms.Form> {
  static final String SUPPORT = "help@acme-bank.example";

  enum Form {
    /** The support line's voicemail, emailed by the phone system with the caller's words. */
    VOICEMAIL,
    /** A writer whose English is a second language: word order, idiom and spelling of their own. */
    SECOND_LANGUAGE,
    /** The bank's chat assistant's failed conversation pasted in, the question in it. */
    CHATBOT_PASTE,
    /** A firm's or club's letterhead, references and addresses over the request. */
    LETTERHEAD,
    /**
     * The request beside an unrelated errand: a new address, a thank-you, post for someone else.
     */
    SECOND_ERRAND,
    /** A reply to the bank's marketing newsletter, the newsletter quoted below. */
    NEWSLETTER_REPLY,
    /** A household's or club's shared inbox, the mail signed by several people. */
    SHARED_INBOX,
    /** A young writer's mail thick with emoji and chat abbreviations. */
    EMOJI,
    /** A legal-sounding formal notice ("NOTICE IS HEREBY GIVEN") with the question inside. */
    FORMAL_NOTICE,
    /** A letter written in Word or saved as PDF, its text pasted in with the page furniture. */
    PASTED_DOCUMENT
  }

  private static final String[] FIRST = {
    "Adaeze", "Benedikt", "Catalina", "Dmitri", "Eilidh", "Fatima", "Gwilym", "Hana", "Ishaan",
    "Juniper", "Kofi", "Leocadia", "Mateus", "Niamh", "Oskar", "Priya", "Quentin", "Rhiannon",
    "Soren", "Tamsin", "Ugo", "Wiktoria"
  };
  private static final String[] LAST = {
    "Achterberg",
    "Blackwood",
    "Cardenas",
    "Dunmore",
    "Efemini",
    "Foxley",
    "Grzybowski",
    "Haverford",
    "Ikeda",
    "Jessop",
    "Kowalczyk",
    "Lindqvist",
    "Mbeki-Hart",
    "Naughton",
    "Okonkwo",
    "Prendergast",
    "Quarshie",
    "Rowntree"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.net", "example.org", "mail.example.co.uk", "inbox.example"
  };
  private static final String[] PHONES = {
    "07700 900%03d", "+44 7700 900%03d", "0113 496 0%03d", "020 7946 0%03d", "0161 496 0%03d"
  };
  private static final String[] TOWNS = {
    "Wrenmouth", "Ashcombe Vale", "Thornbury Cross", "Millbrook Ferris", "Castle Ebbing", "Hollins"
  };
  private static final String[] STREETS = {
    "Tannery Lane", "Orchard Rise", "Mill Street", "Beacon Road", "Saltmarsh Close", "Weavers Row"
  };

  EvalMailTenthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = decemberTime(1, 10, 15);
    String id = messageId(p, index, 20);
    return switch (form) {
      case VOICEMAIL -> voicemail(p, date, id, query);
      case SECOND_LANGUAGE -> secondLanguage(p, date, id, query);
      case CHATBOT_PASTE -> chatbotPaste(p, date, id, query);
      case LETTERHEAD -> letterhead(p, date, id, query);
      case SECOND_ERRAND -> secondErrand(p, date, id, query);
      case NEWSLETTER_REPLY -> newsletterReply(p, date, id, query);
      case SHARED_INBOX -> sharedInbox(p, date, id, query);
      case EMOJI -> emoji(p, date, id, query);
      case FORMAL_NOTICE -> formalNotice(p, date, id, query);
      case PASTED_DOCUMENT -> pastedDocument(p, date, id, query);
    };
  }

  private EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local = MailParts.ascii(first + "." + last).toLowerCase(Locale.ROOT).replace("-", "");
    return new EvalMailForms.Person(
        first,
        last,
        local + "." + index + "@" + pick(DOMAINS),
        MailParts.phone(pick(PHONES), random),
        (2 + random.nextInt(80)) + " " + pick(STREETS));
  }

  private static MailParts.Headers headers(
      EvalMailForms.Person from, ZonedDateTime date, String id, String subject) {
    return new MailParts.Headers(from, date, id, SUPPORT).subject(subject);
  }

  /** A made-up postcode ("ZZ4 7QX": the ZZ area is no real one). */
  private String postcode() {
    return "ZZ" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + pick("AB", "QX", "HT", "NU");
  }

  /** "7 December 2026". */
  private static String longDate(ZonedDateTime d) {
    return d.getDayOfMonth() + " " + MailParts.MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** "07/12/2026". */
  private static String slashDate(ZonedDateTime d) {
    return String.format(
        Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  // ---------------------------------------------------------------- voicemail

  private static final String[] CALL_OPENINGS = {
    "Hi, yeah, hello, this is %s, um, I'm a customer of yours.",
    "Oh hi, it's %s here.",
    "Hello. Good afternoon. My name is %s and I'm calling about my account.",
    "Hiya, um, this message is for the bank, it's %s.",
    "Yeah hi, %s speaking, I've been holding for about forty minutes so I'm just going to leave"
        + " a message."
  };
  private static final String[] CALL_ASIDES = {
    "",
    "Sorry, I'm in the car. ",
    "I did try the app first. ",
    "[inaudible] ",
    "Uh, right, so. ",
    "Sorry, bit of a noisy line. "
  };
  private static final String[] CALL_ENDS = {
    "Um, if someone could call me back on %s that'd be great, or email me, whatever's easiest."
        + " Thanks, bye.",
    "My number is %s. Cheers. Bye bye.",
    "You can get me on %s any time after three. Thank you. Bye.",
    "Okay. Thanks. Bye. Oh, it's %s if you need the number. Bye."
  };

  private byte[] voicemail(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String caller = pick(p.full(), p.first());
    String words =
        String.format(Locale.ROOT, pick(CALL_OPENINGS), caller)
            + " "
            + pick(CALL_ASIDES)
            + query
            + " "
            + String.format(Locale.ROOT, pick(CALL_ENDS), p.phone());
    int seconds = 25 + random.nextInt(110);
    String length = String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    String token = hex(random, 10);
    EvalMailForms.Person from;
    String subject;
    String body;
    switch (random.nextInt(3)) {
      case 0 -> {
        from = sender("Callbox Voicemail", "voicemail@callbox.example");
        subject = "New voicemail from " + p.phone() + " (" + length + ")";
        body =
            "You have a new voicemail.\n\n"
                + "From: "
                + pick(p.phone(), p.last().toUpperCase(Locale.ROOT) + " " + p.phone())
                + "\nTo: Customer Support line (ext. 2"
                + digits(3)
                + ")\nReceived: "
                + MailParts.DAYS[d.getDayOfWeek().ordinal()]
                + ", "
                + longDate(d)
                + " at "
                + MailParts.time24(d)
                + "\nLength: "
                + length
                + "\n\nTranscript (automatically generated, may contain errors):\n\""
                + words
                + "\"\n\nListen to the message: https://callbox.example/vm/"
                + token
                + "\nMark as heard: https://callbox.example/vm/"
                + token
                + "/heard\n\nYou are receiving this because voicemail-to-email is turned on for"
                + " this mailbox. Callbox - cloud phones for teams.\n";
      }
      case 1 -> {
        from = sender("VoxLine Notifications", "no-reply@voxline.example");
        subject = "Voicemail: " + p.phone() + " -> Support queue";
        body =
            "VOICEMAIL NOTIFICATION\n\nCaller: "
                + p.phone()
                + "\nCaller name: "
                + pick("Not available", p.full().toUpperCase(Locale.ROOT), "MOBILE CALLER")
                + "\nMailbox: 4"
                + digits(2)
                + " - Support queue\nDate/time: "
                + slashDate(d)
                + " "
                + MailParts.time24(d)
                + "\nDuration: "
                + seconds
                + " seconds\nTranscription confidence: "
                + (61 + random.nextInt(35))
                + "%\n\nMessage:\n"
                + MailParts.wrap(words, 72)
                + "\n\n"
                + pick(
                    "The audio file is available for 30 days in your VoxLine portal.",
                    "Reply with the word CALLBACK to log a callback task.")
                + "\n--\nThis is an automated message from VoxLine. Please do not reply.\n";
      }
      default -> {
        from = sender("Acme Bank Phone System", "pbx-voicemail@phones.acme-bank.example");
        subject = "[Voicemail] Out of hours support - " + length;
        body =
            "Voicemail for: Support (out of hours)\nCaller ID: "
                + p.phone()
                + "\nLeft: "
                + MailParts.dayDateAt(d)
                + "\n\n--- Transcription ---\n"
                + words
                + "\n--- End of transcription ---\n\nCall back: "
                + p.phone()
                + "\nMessage ID: VM-"
                + digits(8)
                + "\n";
      }
    }
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- second language

  /** One writer's idiom: greeting, opening, background, closing, sign-off. */
  private static final String[][][] IDIOMS = {
    {
      {"Dear Ladies and Gentlemen,", "Dear Sir or Madam,"},
      {"I have a question to my account.", "I must ask you one thing about my bank account."},
      {
        "Since two weeks I am living in %s and before I was in Munich.",
        "I have opened the account in the summer over the app.",
        "My english is not so good, I hope you understand me."
      },
      {"I would be very thankful for a fast answer.", "For a short answer I would be glad."},
      {"With friendly greetings", "Kind greetings"}
    },
    {
      {"Dear Sirs,", "Hello good day,"},
      {"I write you because I have a doubt.", "I am writing for ask you a question."},
      {
        "I am in England since october for work, I have 29 years.",
        "I was trying in the application many times but is not working for me.",
        "Sorry for the mistakes in my english, I am learning still."
      },
      {"I wait your answer.", "Thank you very much for your attention."},
      {"Regards", "A greeting"}
    },
    {
      {"Respected Sir/Madam,", "Dear Team,"},
      {"I am having one query regarding my account.", "This is to inform you I have a doubt."},
      {
        "I have opened the account last month only.",
        "I am residing at %s since some time.",
        "I tried calling the customer care number but the line is always busy."
      },
      {
        "Kindly do the needful and revert back at the earliest.",
        "Kindly revert with the details at your earliest convenience."
      },
      {"Thanking you,", "Thanks and regards,"}
    },
    {
      {"Hello,", "Good morning,"},
      {"I have question about my account in your bank.", "I need information from you please."},
      {
        "I am client of bank from 2 years.",
        "I was write already one email but nobody answer me.",
        "I am living now in %s, before in Gdansk."
      },
      {
        "Please, answer me as soon as possible, it is very important for me.",
        "Please help me with this situation."
      },
      {"Best regards", "With respect"}
    },
    {
      {"Hello Madam, Sir,", "Good evening,"},
      {"I am writting to you for a question.", "I allow myself to contact you for a question."},
      {
        "Actually I am living in %s for my studies.",
        "I have recieved a letter but I dont understand it very well.",
        "I have looked on your web site but I did not find the informations."
      },
      {
        "I remain at your disposal for any informations.",
        "Thanking you in advance for your answer."
      },
      {"Best regards", "Cordially"}
    }
  };

  private byte[] secondLanguage(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[][] idiom = IDIOMS[random.nextInt(IDIOMS.length)];
    String town = pick(TOWNS);
    List<String> background = some(1 + random.nextInt(2), idiom[2]);
    StringBuilder b = new StringBuilder(pick(idiom[0])).append("\n\n").append(pick(idiom[1]));
    for (String line : background) {
      b.append(' ').append(String.format(Locale.ROOT, line, town));
    }
    b.append(random.nextBoolean() ? "\n\n" : " ").append(query).append("\n\n");
    b.append(pick(idiom[3])).append("\n\n").append(pick(idiom[4])).append('\n');
    b.append(pick(p.full(), p.first() + " " + p.last().toUpperCase(Locale.ROOT))).append('\n');
    String subject =
        pick(
            "Question", "Question about my account", "Ask for help", "Request information", "help");
    return text(headers(p, d, id, subject), b.toString());
  }

  // ---------------------------------------------------------------- chatbot paste

  private static final String[] BOT_MISSES = {
    "Sorry, I didn't quite get that. You can ask me things like \"How do I freeze my card?\" or"
        + " choose a topic below.",
    "I'm still learning! Could you rephrase your question?",
    "Here are some articles that might help:\n• Changing your PIN\n• Card delivery times\n"
        + "• Making an international payment",
    "I think you're asking about: Statements. Is that right?",
    "I can help with lots of things, like checking your balance or reporting a lost card."
  };
  private static final String[] BOT_BUTTONS = {
    "[Cards] [Payments] [My account] [Something else]",
    "[Yes] [No]",
    "[Talk to an agent] [Start again]",
    "[Something else]"
  };
  private static final String[] BOT_ENDS = {
    "Our agents are available 8am-8pm Monday to Friday. It's currently outside these hours, so"
        + " please try again later.",
    "All our agents are busy right now. You are number 14 in the queue.",
    "The chat has ended. Was this conversation helpful? 👍 👎",
    "Sorry, I can't help with that. You could visit our Help Centre at"
        + " https://www.acme-bank.example/help"
  };

  private byte[] chatbotPaste(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String bot = pick("Ava", "Penny", "Acme Assistant", "Max (virtual assistant)");
    String me = pick("You", "Me", p.first());
    int style = random.nextInt(3);
    int minute = d.getHour() * 60 + d.getMinute() - 10;
    StringBuilder chat = new StringBuilder();
    String[][] turns = {
      {
        bot,
        pick(
            "Hi! I'm " + bot + ", Acme Bank's virtual assistant. What can I help you with today?",
            "Hello, how can I help? Type your question in a few words.")
      },
      {me, query},
      {bot, pick(BOT_MISSES) + (random.nextBoolean() ? "\n" + pick(BOT_BUTTONS) : "")},
      {me, pick("Something else", "No", "agent", "Talk to a person", "human please")},
      {bot, pick(BOT_ENDS)}
    };
    for (String[] turn : turns) {
      minute += random.nextInt(2);
      String time = String.format(Locale.ROOT, "%02d:%02d", minute / 60 % 24, minute % 60);
      switch (style) {
        case 0 -> chat.append(turn[0]).append("  ").append(time).append('\n').append(turn[1]);
        case 1 -> chat.append(turn[0]).append(": ").append(turn[1]);
        default -> chat.append('[').append(time).append("] ").append(turn[0]).append(" says:\n");
      }
      if (style == 2) {
        chat.append(turn[1]);
      }
      chat.append(style == 1 ? "\n" : "\n\n");
    }
    String intro =
        pick(
            "I tried your chat assistant first and it was useless, here's the conversation:",
            "Your chatbot couldn't answer this, so I'm emailing instead. Copy of the chat below.",
            "Hello,\n\nI've been going round in circles with the chat in the app. This is what"
                + " happened:",
            "Hi. Pasting my chat with your bot as it didn't get anywhere.");
    String outro =
        pick(
            "Can a human please answer my question?",
            "So, can someone actually answer this?",
            "Please reply by email, I don't want to go through the chat again.",
            "Thanks in advance.");
    String body =
        intro
            + "\n\n"
            + pick("", "-----\n", "--- chat transcript ---\n")
            + chat.toString().stripTrailing()
            + "\n\n"
            + outro
            + "\n\n"
            + p.first()
            + "\n";
    String subject =
        pick(
            "Your chat assistant couldn't help",
            "Chatbot useless - question",
            "Question (the chat didn't work)",
            "Re: your virtual assistant");
    return text(headers(p, d, id, subject), body);
  }

  // ---------------------------------------------------------------- letterhead

  private static final String[][] FIRMS = {
    {"BRIGHTWATER JOINERY LTD", "Company No. 0%s", "Finance Manager"},
    {"Friends of Hollins Library", "Registered Charity No. 11%s", "Treasurer"},
    {"Saltmarsh Dental Practice", "CQC Provider ID 1-10%s", "Practice Manager"},
    {"ASHCOMBE VALE PARISH COUNCIL", "Council ref. PC/%s", "Clerk to the Council"},
    {"Foxley & Dunmore Lettings", "Company No. SC%s", "Office Manager"},
    {"St Cuthbert's Primary PTA", "Registered Charity No. 10%s", "PTA Treasurer"}
  };

  private byte[] letterhead(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] firm = FIRMS[random.nextInt(FIRMS.length)];
    String town = pick(TOWNS);
    String ref =
        firm[0].substring(0, 2).toUpperCase(Locale.ROOT)
            + "/"
            + pick("ACC", "FIN", "BANK", "GEN")
            + "/"
            + digits(4)
            + pick("", "/" + p.first().substring(0, 1) + p.last().substring(0, 1));
    String domain = firm[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "").substring(0, 10);
    StringBuilder b = new StringBuilder();
    b.append(firm[0]).append('\n');
    b.append(pick("Unit ", "") + (1 + random.nextInt(20)) + " " + pick(STREETS) + ", " + town)
        .append(' ')
        .append(postcode())
        .append('\n');
    b.append("Tel: ")
        .append(MailParts.phone(pick(PHONES), random))
        .append(" | ")
        .append(pick("office", "accounts", "info"))
        .append('@')
        .append(domain)
        .append(".example\n");
    b.append(String.format(Locale.ROOT, firm[1], digits(6))).append("\n\n");
    if (random.nextBoolean()) {
      b.append(pick("PRIVATE & CONFIDENTIAL", "BY EMAIL ONLY", "URGENT")).append("\n\n");
    }
    b.append("Our ref: ").append(ref).append('\n');
    b.append("Your ref: ").append(pick("(none)", "-", "TBC", "n/a")).append('\n');
    b.append("Date: ").append(longDate(d)).append("\n\n");
    b.append(pick("FAO: Customer Services\n", "For the attention of: Customer Support\n", ""));
    b.append("Acme Bank plc\nPO Box 7")
        .append(digits(3))
        .append('\n')
        .append(pick(TOWNS))
        .append(' ')
        .append(postcode())
        .append("\n\n");
    b.append(pick("Dear Sir or Madam,", "Dear Sirs,", "Dear Customer Services,")).append("\n\n");
    b.append("Re: ")
        .append(
            pick(
                "Business current account ending ",
                "Account ending ",
                "Our account no. ****",
                "Treasurer's account ending "))
        .append(digits(4))
        .append("\n\n");
    b.append(
            pick(
                "We write regarding the above account. ",
                "I write on behalf of the above. ",
                "",
                "Further to our telephone call last week, "))
        .append(query)
        .append("\n\n");
    b.append(
            pick(
                "We look forward to hearing from you.",
                "I should be grateful for your early reply, quoting our reference.",
                "Thank you for your assistance in this matter."))
        .append("\n\n");
    b.append("Yours faithfully,\n\n").append(p.full()).append('\n').append(firm[2]).append('\n');
    b.append("For and on behalf of ").append(firm[0]).append('\n');
    if (random.nextBoolean()) {
      b.append("\nRegistered office: as above. Registered in England and Wales.\n");
    }
    String subject = pick("Our ref " + ref, "Account query - our ref " + ref, "Letter: " + ref);
    return text(headers(p, d, id, subject), b.toString());
  }

  // ---------------------------------------------------------------- second errand

  private String errand(EvalMailForms.Person p) {
    return switch (random.nextInt(7)) {
      case 0 ->
          "I've moved house - my new address is "
              + p.street()
              + ", "
              + pick(TOWNS)
              + " "
              + postcode()
              + ". Could you update your records? The app wouldn't let me change it.";
      case 1 ->
          "I wanted to say thank you to the staff at your "
              + pick(TOWNS)
              + " branch, who were very patient with my dad last week.";
      case 2 ->
          "We keep getting post for a "
              + pick("Mr ", "Mrs ", "Ms ")
              + pick(LAST)
              + " who lived here before us. I've written 'not at this address' on it and put it"
              + " back in the post.";
      case 3 ->
          "My mobile number has changed to "
              + MailParts.phone(pick(PHONES), random)
              + " if you need to reach me.";
      case 4 -> "Please take me off your marketing list, I don't want the leaflets any more.";
      case 5 ->
          "The cash machine outside the "
              + pick(TOWNS)
              + " branch has had an out of order sign on it for a fortnight, just so you know.";
      default ->
          "I'll be away visiting family from the 18th until early January, in case anyone tries"
              + " to call.";
    };
  }

  private byte[] secondErrand(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String errand = errand(p);
    String hello = pick("Hello,", "Hi,", "Good morning,", "Hi there,");
    String body =
        switch (random.nextInt(4)) {
          case 0 ->
              hello
                  + "\n\n"
                  + pick("Two things, if that's OK.", "A couple of unrelated things.")
                  + "\n\n1. "
                  + errand
                  + "\n\n2. "
                  + query;
          case 1 ->
              hello
                  + "\n\n"
                  + query
                  + "\n\n"
                  + pick("Also, while I'm writing: ", "Separately - ", "On another note, ")
                  + errand;
          case 2 ->
              hello
                  + "\n\n"
                  + errand
                  + "\n\n"
                  + pick("And my actual question: ", "The other thing: ", "Secondly, ")
                  + query;
          default -> hello + "\n\n" + errand + " " + pick("Also, ", "Oh and ", "") + query;
        };
    body += "\n\n" + pick("Thanks,", "Many thanks", "Cheers,", "Best wishes,") + "\n" + p.first();
    String subject =
        pick("A couple of things", "Two things", "Update and a question", "Misc", "Couple of bits");
    return text(headers(p, d, id, subject), body + "\n");
  }

  // ---------------------------------------------------------------- newsletter reply

  private static final String[][] NEWSLETTERS = {
    {
      "Your December money roundup 🎄",
      "Christmas is coming, and so are the bills. Here are three ways to stay on top of your"
          + " spending this month:",
      "1. Set a budget in the app and we'll nudge you when you're close.\n2. Earn 5% cashback at"
          + " selected retailers when you pay with your Acme debit card.\n3. Travelling? Use your"
          + " card abroad with no foreign transaction fees.",
      "[Find out more]"
    },
    {
      "New: instant savings pots are here",
      "Saving for something special? You can now open up to ten savings pots in the app and move"
          + " money in and out instantly.",
      "• Round up your card payments to the nearest pound\n• Set a goal and a date\n• Earn 3.1%"
          + " AER (variable) on every pot",
      "[Open a pot]"
    },
    {
      "Your account, your way: what's new this winter",
      "We've been busy making banking with us simpler.",
      "- Freeze and unfreeze your card in one tap\n- Get paid up to two days early\n- Send money"
          + " to 40 countries in the app",
      "[Update your app]"
    },
    {
      "Win a £500 shopping voucher ❄️",
      "Refer a friend before 31 December and you could both win a £500 voucher. Terms apply.",
      "It's easy: share your code from the app, your friend opens an account and makes five card"
          + " payments, and you're both in the draw.",
      "[Get my code]"
    }
  };

  private byte[] newsletterReply(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String[] news = NEWSLETTERS[random.nextInt(NEWSLETTERS.length)];
    ZonedDateTime sent = d.minusDays(1 + random.nextInt(6)).withHour(10).withMinute(0);
    String newsletter =
        pick("View this email in your browser\n\n", "")
            + "ACME BANK\n\n"
            + "Hi "
            + p.first()
            + ",\n\n"
            + news[1]
            + "\n\n"
            + news[2]
            + "\n\n"
            + news[3]
            + "\n\nAcme Bank plc is authorised by the Prudential Regulation Authority. Registered"
            + " office: 1 Example Square, London.\nYou're receiving this email because you opted"
            + " in to marketing from us. Unsubscribe | Manage preferences | Privacy notice";
    String note =
        pick(
                "Not about the offer, but this is the only email address I could find for you. ",
                "I know this is a marketing email but I can't get through on the phone. ",
                "",
                "Hi, replying to this as your newsletter is all I get from you these days. ")
            + query
            + "\n\n"
            + pick("Thanks", "Regards", "Thank you")
            + "\n"
            + p.first()
            + pick("", "\n\nSent from my iPad");
    String quoted;
    if (random.nextBoolean()) {
      quoted =
          "On "
              + MailParts.dayDateAt(sent)
              + ", Acme Bank <news@mail.acme-bank.example> wrote:\n\n"
              + MailParts.quote(newsletter);
    } else {
      quoted =
          "________________________________\nFrom: Acme Bank <news@mail.acme-bank.example>\nSent: "
              + MailParts.outlookDate(sent)
              + "\nTo: "
              + p.address()
              + "\nSubject: "
              + news[0]
              + "\n\n"
              + newsletter;
    }
    MailParts.Headers h = headers(p, d, id, "Re: " + news[0]);
    h.reply("<news." + hex(random, 16) + "@mail.acme-bank.example>");
    return text(h, note + "\n\n" + quoted + "\n");
  }

  // ---------------------------------------------------------------- shared inbox

  private byte[] sharedInbox(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    // Another member of the household or club, never the writer's own first name.
    String other =
        FIRST[
            (List.of(FIRST).indexOf(p.first()) + 1 + random.nextInt(FIRST.length - 1))
                % FIRST.length];
    String household;
    String opening;
    String signed;
    switch (random.nextInt(3)) {
      case 0 -> {
        household = "The " + p.last() + " Family";
        opening =
            pick(
                "Hi, this is "
                    + p.first()
                    + " writing from our family email ("
                    + other
                    + " reads it too).",
                "Hello, "
                    + p.first()
                    + " here - we share this inbox, so "
                    + other
                    + " may be the one who replies.");
        signed =
            pick(
                p.first() + " & " + other + " " + p.last(),
                "Thanks,\n" + p.first() + " and " + other,
                p.first()
                    + " (and "
                    + other
                    + ")\nJoint account holders - either of us can answer");
      }
      case 1 -> {
        household = pick("Hollins Cricket Club", "Beacon Road Allotments", "Wrenmouth Choir");
        opening = "Hello, I'm writing for the committee from the club's shared email account.";
        signed =
            "Sent on behalf of the committee:\n"
                + p.full()
                + " (Treasurer)\n"
                + other
                + " "
                + pick(LAST)
                + " (Chair)\n"
                + pick(FIRST)
                + " "
                + pick(LAST)
                + " (Secretary)";
      }
      default -> {
        household = p.last() + " & Daughters";
        opening = "Hi, " + p.first() + " from the office inbox.";
        signed =
            "Kind regards,\n"
                + p.first()
                + " (Mon-Wed) / "
                + other
                + " (Thu-Fri)\n"
                + household
                + " - whoever picks this up will reply";
      }
    }
    String address =
        household.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + "@" + pick(DOMAINS);
    EvalMailForms.Person from = sender(household, address);
    String addition =
        pick(
            "",
            "\n\n"
                + other
                + " here - please reply to this address rather than ring, we both work"
                + " days.",
            "\n\n(" + other + " adding: we'd both like to be copied in.)");
    String body = opening + "\n\n" + query + addition + "\n\n" + signed + "\n";
    String subject =
        pick("Query", "Account question", "Question from " + household, "From " + household);
    return text(headers(from, d, id, subject), body);
  }

  // ---------------------------------------------------------------- emoji

  private static final String[] EMOJI_OPENINGS = {
    "heyy 👋 hope ur good 😊",
    "hiii 🙋‍♀️",
    "hello!! 😅 sorry if this is the wrong email lol",
    "hey 👀 ok so",
    "hi hi ✨",
    "omg hi 😭 need help"
  };
  private static final String[] EMOJI_LEADS = {
    "so basically 😅 ", "ok so ", "", "quick q 🤔 ", "ngl im confused 😵‍💫 "
  };
  private static final String[] EMOJI_TAILS = {" 🙏🙏", " 😩", " 💳❓", "", " 🥲", " pls 🙏"};
  private static final String[] EMOJI_CLOSINGS = {
    "my mum said to email u lol 🙈 pls get back to me asap!! ty 💕",
    "thank uuu 🫶",
    "ty in advance!!! 🙏✨",
    "idk who else to ask tbh 😂 thanks x",
    "😭😭😭\n\nanyway thx",
    "lmk!! 👍"
  };

  private byte[] emoji(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String body =
        pick(EMOJI_OPENINGS)
            + "\n\n"
            + pick(EMOJI_LEADS)
            + query
            + pick(EMOJI_TAILS)
            + "\n\n"
            + pick(EMOJI_CLOSINGS)
            + "\n\n"
            + pick(
                p.first().toLowerCase(Locale.ROOT) + " 🌸",
                "- " + p.first(),
                p.first() + " xx",
                p.first().toLowerCase(Locale.ROOT))
            + pick("", "\n\nSent from my iPhone")
            + "\n";
    String subject = pick("hiii 👋", "quick q 🙏", "help 😭", "hello!!", "??", "question 🤔");
    MailParts.Headers h = headers(p, d, id, subject);
    if (random.nextInt(3) == 0) {
      String html = "<div dir=\"auto\">" + esc(body.strip()).replace("\n", "<br>") + "</div>";
      return MailParts.alternative(h, "000000000000" + hex(random, 16), body, html);
    }
    return text(h, body);
  }

  // ---------------------------------------------------------------- formal notice

  private byte[] formalNotice(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String last4 = digits(4);
    int days = new int[] {7, 14, 28}[random.nextInt(3)];
    String daysWords = days == 7 ? "seven (7)" : days == 14 ? "fourteen (14)" : "twenty-eight (28)";
    String address = p.street() + ", " + pick(TOWNS) + " " + postcode();
    StringBuilder b = new StringBuilder();
    b.append(pick("FORMAL NOTICE", "NOTICE OF ENQUIRY", "NOTICE TO THE ACCOUNT PROVIDER"))
        .append("\n\n");
    b.append("To: Acme Bank plc, Customer Services\n");
    b.append("From: ").append(p.full()).append(", ").append(address).append('\n');
    b.append("Date: ").append(longDate(d)).append('\n');
    b.append("Re: Account ending ").append(last4).append("\n\n");
    if (random.nextBoolean()) {
      b.append("NOTICE IS HEREBY GIVEN that I, the undersigned, ")
          .append(p.full())
          .append(", being the holder of the above account, require a full written answer to")
          .append(" the following within ")
          .append(daysWords)
          .append(" days of the date of this notice:\n\n")
          .append(query)
          .append("\n\n");
    } else {
      b.append("1. I am the holder of the above account.\n\n")
          .append("2. I have previously raised this matter with you without a satisfactory")
          .append(" response.\n\n")
          .append("3. I hereby put you on notice that I require an answer, in writing, to the")
          .append(" following: ")
          .append(query)
          .append("\n\n4. Time is of the essence. Your reply is required within ")
          .append(daysWords)
          .append(" days.\n\n");
    }
    b.append(
            pick(
                "TAKE FURTHER NOTICE that failing a satisfactory response I reserve all my rights,"
                    + " including the right to refer this matter to the Financial Ombudsman Service"
                    + " without further reference to you.",
                "Should you fail to respond, I shall treat your silence as acquiescence and act"
                    + " accordingly.",
                "Please acknowledge receipt of this notice by return."))
        .append("\n\n");
    b.append(
        pick(
            "This notice is served by electronic mail and is deemed received on the date of"
                + " sending.\n\n",
            ""));
    b.append(pick("All rights reserved. Without prejudice.\n\n", "Without prejudice.\n\n", ""));
    b.append("Signed: ").append(p.full()).append('\n');
    String subject =
        pick(
            "FORMAL NOTICE - account ending " + last4,
            "Notice of enquiry - response required within " + days + " days",
            "NOTICE - " + p.full().toUpperCase(Locale.ROOT));
    return text(headers(p, d, id, subject), b.toString());
  }

  // ---------------------------------------------------------------- pasted document

  private static final String[] BACKGROUNDS = {
    "I have been a customer of the bank for a number of years and have always managed my finances"
        + " carefully. Until recently I had no reason to contact you, but I now find myself unable"
        + " to get a clear answer from the app or the website.",
    "I set out below my question in writing so that there is a record of it, as my previous"
        + " attempts to resolve this by telephone were not successful and I was not given a"
        + " reference number.",
    "I am writing this on behalf of myself. I would prefer to deal with this matter in writing"
        + " as I find telephone calls difficult, and I would be grateful for a written reply."
  };

  /** Ligatures a PDF's text layer gives back when copied: "ﬁ", "ﬂ", "ﬀ". */
  private static String ligatures(String text) {
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ").replace("ff", "ﬀ");
  }

  private byte[] pastedDocument(EvalMailForms.Person p, ZonedDateTime d, String id, String query) {
    String title =
        pick("Query regarding my account", "Letter to Acme Bank", "Account enquiry", "My question");
    String file =
        pick("letter to bank", "Acme query", "bank letter v2", "complaint draft")
            + pick(".docx", ".pdf", ".odt");
    boolean pdf = file.endsWith(".pdf");
    String background = pick(BACKGROUNDS);
    StringBuilder doc = new StringBuilder();
    doc.append(pdf ? title.toUpperCase(Locale.ROOT) : title).append("\n\n");
    doc.append("Prepared by: ").append(p.full()).append('\n');
    doc.append(pdf ? "Date: " + slashDate(d) : "Date:\t" + longDate(d)).append('\n');
    doc.append(pdf ? "Account: ****" : "Account:\tending ").append(digits(4)).append("\n\n");
    doc.append("1. Background\n\n");
    doc.append(pdf ? ligatures(MailParts.wrap(background, 78, true)) : background).append("\n\n");
    doc.append(pick("2. My question", "2. Request", "2. What I would like to know")).append("\n\n");
    doc.append(pdf ? MailParts.wrap(query, 78) : query).append("\n\n");
    doc.append("3. Enclosures\n\n");
    doc.append(pick("• None\n", "• Copy of statement (to follow)\n", "- none at this stage\n"));
    String footer =
        pdf
            ? "\n" + p.full() + " - " + title + "                    Page 1 of 1\n"
            : "\n" + pick("", "Page 1\n");
    String intro =
        pick(
            "I wrote this up in Word - your contact form won't take attachments so I've pasted it"
                + " below.",
            "Please see my letter below (copied from the attached "
                + file
                + " in case it doesn't"
                + " open).",
            "Hello, pasting the text of my letter as I couldn't attach it:",
            "Dear Sir/Madam,\n\nMy letter is below.");
    String body =
        intro
            + "\n\n"
            + pick("----- " + file + " -----\n\n", "", "=====\n\n")
            + doc
            + footer
            + "\n"
            + pick("Thanks,\n" + p.first(), "Regards\n" + p.full(), p.full())
            + "\n";
    String subject = pick("My query (letter pasted below)", "Letter re my account", title);
    return text(headers(p, d, id, subject), body);
  }
}
