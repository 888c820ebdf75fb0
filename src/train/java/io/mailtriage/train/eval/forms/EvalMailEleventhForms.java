package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.hex;
import static io.mailtriage.train.eval.forms.MailParts.text;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The eleventh author's forms (data/eval-mail-eleventh), written from the earlier sets' form lists
 * and the builder's plumbing only, before reading the model-text step: replies to the bank's own
 * fraud and security alerts, suspected scams forwarded to the bank, follow-ups to the bank's answer
 * to an app-store review, mail an AI writing assistant drafted with its leftovers, mail sent
 * through a privacy alias service, mail from a smartwatch or a car's voice assistant, one question
 * sent to several banks at once, a business customer's table of payments, mail from a writer using
 * assistive technology, and questions under a quoted service-status notice. Every mail holds its
 * query once, unchanged, as the customer's request.
 */
final class EvalMailEleventhForms extends MailParts.FormSet<EvalMailEleventhForms.Form> {
  static final String SUPPORT = "help@acme-bank.example";

  enum Form {
    /** A reply to the bank's own alert (an unusual payment, a new device, a new payee). */
    FRAUD_ALERT,
    /** A suspected phishing mail or text forwarded to the bank, beside the writer's question. */
    SCAM_FORWARD,
    /** Mail the bank's answer to an app-store review asked for, quoting the review and answer. */
    STORE_REVIEW,
    /** A letter an AI writing assistant drafted, pasted with its preamble and placeholders. */
    AI_DRAFTED,
    /** Mail sent from a privacy service's alias, with the service's banner and footer. */
    ALIAS_RELAY,
    /** A few words from a smartwatch or dictated to a car's voice assistant. */
    WEARABLE,
    /** The same question sent to several banks in one mail. */
    MULTI_BANK,
    /** A business customer's question beside a table of its payments. */
    BUSINESS_TABLE,
    /** A writer using an eye-gaze keyboard, a switch, a communication aid or a screen reader. */
    ASSISTIVE_TECH,
    /** A question under the bank's quoted status-page notice, in-app banner or post. */
    STATUS_PAGE
  }

  private static final String[] FIRST = {
    "Imogen", "Tariq", "Bronwen", "Kasimir", "Delphine", "Obinna", "Saoirse", "Radu", "Mireille",
    "Hamish", "Yusra", "Teodor", "Wren", "Caspian", "Nkechi", "Leif", "Ottilie", "Anselm",
    "Perpetua", "Joaquim", "Marisol", "Declan", "Annika", "Ravi"
  };
  private static final String[] LAST = {
    "Fairweather", "Okonkwo", "Lindgren", "Baptiste", "Harrowgate", "Quenneville", "Mbatha",
    "Strachan", "Villanueva", "Pettigrew", "Adebayo", "Rosenthal", "Kilbride", "Nakashima",
    "Thistlewood", "Duarte", "Carmody", "Sørensen"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.net", "example.org", "mail.example.com", "post.example.net"
  };
  private static final String[] PHONES = {
    "07700 900%03d", "+44 7700 900%03d", "0161 496 0%03d", "0113 496 0%03d", "020 7946 0%03d"
  };
  private static final String[] STREETS = {
    "Quarry Lane", "Tannery Row", "Heron Close", "Mill Hill Road", "Orchard Way", "Lantern Street"
  };
  private static final String[] TOWNS = {
    "Ashbury", "Kettlewick", "Port Ellery", "Brindle", "Marston Fold", "Hapton Vale"
  };
  private static final String[] MERCHANTS = {
    "SKYMART ONLINE",
    "QuickRide*Trip",
    "PAYWAVE*GAMESHOP",
    "Lumen Electronics Ltd",
    "TRAVELHUB.EXAMPLE",
    "Brightwater Fuel 2291",
    "Cobalt Fashion Outlet"
  };

  EvalMailEleventhForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = dottedSender(index, FIRST, LAST, DOMAINS, PHONES, 140, STREETS);
    ZonedDateTime date = decemberTime(2);
    return switch (form) {
      case FRAUD_ALERT -> fraudAlert(p, date, query, index);
      case SCAM_FORWARD -> scamForward(p, date, query, index);
      case STORE_REVIEW -> storeReview(p, date, query, index);
      case AI_DRAFTED -> aiDrafted(p, date, query, index);
      case ALIAS_RELAY -> aliasRelay(p, date, query, index);
      case WEARABLE -> wearable(p, date, query, index);
      case MULTI_BANK -> multiBank(p, date, query, index);
      case BUSINESS_TABLE -> businessTable(p, date, query, index);
      case ASSISTIVE_TECH -> assistiveTech(p, date, query, index);
      case STATUS_PAGE -> statusPage(p, date, query, index);
    };
  }

  private MailParts.Headers headers(EvalMailForms.Person p, ZonedDateTime date, int index) {
    return new MailParts.Headers(p, date, messageId(p, index), SUPPORT);
  }

  /** A postcode in the ZZ area, which no real address uses. */
  private String postcode() {
    return "ZZ"
        + (1 + random.nextInt(9))
        + " "
        + random.nextInt(10)
        + (char) ('A' + random.nextInt(26))
        + (char) ('A' + random.nextInt(26));
  }

  private String amount(int max) {
    return (1 + random.nextInt(max)) + "." + digits(2);
  }

  /** An everyday closing: a few words and the writer's name, as people sign. */
  private String closing(EvalMailForms.Person p) {
    return switch (random.nextInt(6)) {
      case 0 -> "Thanks,\n" + p.first();
      case 1 -> "Many thanks\n" + p.full();
      case 2 -> "Regards,\n" + p.full() + "\n" + p.phone();
      case 3 -> "Cheers\n" + p.first();
      case 4 -> "Best wishes,\n" + p.full();
      default -> "Thank you\n" + p.first() + " " + p.last().charAt(0) + ".";
    };
  }

  // ---- fraud-alert ----------------------------------------------------------------------

  private byte[] fraudAlert(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    ZonedDateTime sent = date.minusHours(1 + random.nextInt(30)).minusMinutes(random.nextInt(60));
    String card = digits(4);
    String ref = "FPX-" + digits(7);
    String merchant = pick(MERCHANTS);
    String amt = amount(480);
    int kind = random.nextInt(4);
    String subject =
        switch (kind) {
          case 0 -> pick("Did you make this payment?", "Was this you? Unusual card payment");
          case 1 -> pick("We declined a payment on your card", "Payment declined - please check");
          case 2 -> pick("New device signed in to your account", "Security alert: new sign-in");
          default -> pick("A new payee was added to your account", "New payee added");
        };
    String alert =
        switch (kind) {
          case 0 ->
              pick("Dear Customer,", "Hello,", "Hi " + p.first() + ",")
                  + "\n\n"
                  + pick(
                      "We've noticed an unusual transaction on your debit card ending "
                          + card
                          + ":",
                      "We spotted a payment on your card ending "
                          + card
                          + " that doesn't look like"
                          + " your usual spending:")
                  + "\n\nMerchant: "
                  + merchant
                  + "\nAmount: £"
                  + amt
                  + "\nDate: "
                  + MailParts.dayDateAt(sent)
                  + "\n\n"
                  + pick(
                      "Did you make this transaction? Reply YES if you recognise it, or NO if you"
                          + " don't. Your card is on hold until we hear from you.",
                      "Was this you? Just reply Y or N to this email. Until then we've paused"
                          + " online payments on the card.")
                  + "\n\n"
                  + pick(
                      "If you don't recognise it, don't worry - you won't lose out for payments you"
                          + " didn't make.",
                      "We will never ask you for your PIN, full card number or passcode.");
          case 1 ->
              pick("Dear Customer,", "Hello " + p.first() + ",")
                  + "\n\nWe declined a payment of £"
                  + amt
                  + " to "
                  + merchant
                  + " on your card ending "
                  + card
                  + " because it looked unusual.\n\n"
                  + pick(
                      "If it was you, reply YES and try the payment again in 10 minutes.",
                      "If this was you, reply to this email with YES and we'll let it through next"
                          + " time.")
                  + "\n"
                  + pick(
                      "If it wasn't you, reply NO and we'll send you a new card.",
                      "If you didn't try to pay, reply NO and we'll block the card straight away.");
          case 2 ->
              "Hello,\n\nA new device signed in to your online banking:\n\nDevice: "
                  + pick(
                      "iPhone (Safari)", "Windows PC (Edge)", "Android phone (app)", "Mac (Chrome)")
                  + "\nWhere: "
                  + pick(TOWNS)
                  + " (approximate)\nWhen: "
                  + MailParts.dayDateAt(sent)
                  + "\n\n"
                  + pick(
                      "If this was you, you don't need to do anything.",
                      "If this was you, you can ignore this message.")
                  + " "
                  + pick(
                      "If it wasn't, call us straight away on 0808 157 0" + digits(3) + ".",
                      "If it wasn't, reply NO and we'll lock your online banking.");
          default ->
              "Hi "
                  + p.first()
                  + ",\n\n"
                  + pick("A new payee", "Someone new")
                  + " was added to your current account on "
                  + MailParts.dayDateAt(sent)
                  + ":\n\nPayee: "
                  + pick("J SMITH", "HOLLOWAY TRADING", "M OKAFOR", "RENT ACCOUNT")
                  + "\nAccount ending: "
                  + digits(4)
                  + "\n\nIf you didn't add this payee, reply NO to this email or call us on 0808 157"
                  + " 0"
                  + digits(3)
                  + ".";
        };
    alert +=
        "\n\n"
            + pick("Acme Bank Fraud Prevention", "Acme Bank Security Team", "Acme Bank")
            + "\n"
            + pick(
                "This is an automated message. Ref: " + ref,
                "Ref " + ref + " | Please don't change the subject line when you reply.",
                "Reference: "
                    + ref
                    + "\nAcme Bank plc is authorised by the Prudential Regulation"
                    + " Authority.");
    String answer =
        switch (kind) {
          case 0 ->
              pick(
                  "YES that was me.",
                  "Yes, that was me - I was buying a present.",
                  "NO - not me! I've frozen the card in the app for now.",
                  "Y",
                  "That one's fine, it was me.");
          case 1 -> pick("YES, it was me.", "Yes that was me trying to pay.", "YES");
          case 2 -> pick("That was me on my new phone.", "It was me, all fine.", "Yes it was me.");
          default -> pick("I added that one, it's fine.", "YES that's my landlord.", "Fine, me.");
        };
    String request =
        switch (random.nextInt(4)) {
          case 0 ->
              answer
                  + "\n\n"
                  + pick("While I have you:", "Also, a separate question:")
                  + "\n"
                  + query;
          case 1 ->
              answer
                  + " "
                  + pick("But another thing.", "Different question though.")
                  + "\n\n"
                  + query;
          case 2 ->
              query
                  + "\n\n"
                  + pick("(And re the alert: " + answer + ")", "PS the alert below - " + answer);
          default -> answer + "\n\n" + query;
        };
    String body = request + "\n\n" + closing(p);
    if (random.nextBoolean()) {
      body +=
          "\n\n" + pick("Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android");
    }
    String from =
        pick(
            "alerts@acme-bank.example",
            "fraud-alerts@acme-bank.example",
            "security@acme-bank.example");
    String fromName = pick("Acme Bank Alerts", "Acme Bank Fraud Prevention", "Acme Bank Security");
    String parent = "<" + hex(random, 20) + "@alerts.acme-bank.example>";
    if (random.nextBoolean()) {
      body +=
          "\n\nOn "
              + MailParts.dayDateAt(sent)
              + ", "
              + fromName
              + " <"
              + from
              + "> wrote:\n\n"
              + MailParts.quote(alert);
    } else {
      body +=
          "\n\n________________________________\nFrom: "
              + fromName
              + " <"
              + from
              + ">\nSent: "
              + MailParts.outlookDate(sent)
              + "\nTo: "
              + p.address()
              + "\nSubject: "
              + subject
              + "\n\n"
              + alert;
    }
    MailParts.Headers h = headers(p, date, index).subject(pick("Re: ", "RE: ") + subject);
    h.reply(parent);
    return text(h, body);
  }

  // ---- scam-forward ---------------------------------------------------------------------

  private byte[] scamForward(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    ZonedDateTime got = date.minusHours(2 + random.nextInt(40));
    boolean sms = random.nextInt(3) == 0;
    String phish;
    String intro;
    String subject;
    if (sms) {
      String number = pick("+44 7700 900" + digits(3), "07700 900" + digits(3), "ACME-INFO");
      phish =
          pick(
              "ACMEBANK: A new device has been added to your account. If this was NOT you, visit"
                  + " acme-secure-device.example or call 07700 900"
                  + digits(3),
              "Acme Bank: your card has been frozen due to suspicious activity. Unfreeze it at"
                  + " acme-unlock.example/c/"
                  + hex(random, 6),
              "Acme: we tried to deliver your new card but there is a £1.45 redelivery fee. Pay"
                  + " here: acme-cards-delivery.example",
              "ACME BANK ALERT: Payment of £"
                  + amount(900)
                  + " to "
                  + pick(MERCHANTS)
                  + " pending. Not you? Cancel at acme-cancel-payment.example");
      intro =
          pick(
              "I got the text below "
                  + pick("this morning", "last night", "earlier")
                  + " from "
                  + number
                  + ".",
              "Had a text from " + number + ", copied below.",
              "Is the message below from you? It came by text (" + number + ").");
      phish = pick("\"" + phish + "\"", ">> " + phish, "---\n" + phish + "\n---");
      subject = pick("Is this text from you?", "Scam text?", "Suspicious SMS + a question");
    } else {
      String sender =
          pick(
              "Acme Bank Security <security@acme-bank-verify.example>",
              "Acme Online Banking <no-reply@acmebank-secure.example>",
              "ACME BANK <service@acme-bank.account-check.example>");
      String title =
          pick(
              "Your account has been suspended",
              "Urgent: verify your details",
              "Refund of £" + amount(300) + " pending",
              "Unusual sign-in activity");
      String text =
          switch (random.nextInt(3)) {
            case 0 ->
                "Dear Valued Customer,\n\nWe have detected unusual activity on your account and"
                    + " access has been temporarily suspended. To restore access, please verify your"
                    + " identity within 24 hours using the secure link below:\n\n"
                    + "http://acme-bank-secure-login.example/verify?id="
                    + hex(random, 10)
                    + "\n\nFailure to do so will result in permanent closure of your account.\n\n"
                    + "Acme Bank Security Department";
            case 1 ->
                "Dear Customer,\n\nYou are due a refund of £"
                    + amount(300)
                    + " for overcharged fees. To receive your refund, please confirm your card"
                    + " details and date of birth here: http://acme-refunds.example/claim\n\n"
                    + "Kind regards,\nRefunds Team";
            default ->
                "Hello,\n\nYour payment to "
                    + pick(MERCHANTS)
                    + " could not be processed and your card has been placed on hold. Update your"
                    + " billing information to avoid extra charges:\nhttps://acmebank-update.example"
                    + "\n\n© Acme Bank 2026. All rights reserved.";
          };
      phish =
          "---------- Forwarded message ---------\nFrom: "
              + sender
              + "\nDate: "
              + MailParts.dayDateAt(got)
              + "\nSubject: "
              + title
              + "\nTo: <"
              + p.address()
              + ">\n\n"
              + text;
      intro =
          pick(
              "I got the email below and it doesn't look right - the sender's address is odd.",
              "Forwarding this as I think it's a phishing email. I haven't clicked anything.",
              "Can you confirm the email below is NOT from you? Looks fishy.");
      subject = pick("Fwd: ", "FW: ", "Fw: ") + title;
    }
    String ask =
        pick(
            "I haven't clicked the link.",
            "I assume it's a scam? I've reported it.",
            "Please tell me it's fake.",
            "Is it genuine?");
    String body =
        switch (random.nextInt(3)) {
          case 0 ->
              query
                  + "\n\n"
                  + pick("Also - ", "And separately: ", "One more thing: ")
                  + intro
                  + " "
                  + ask
                  + "\n\n"
                  + closing(p)
                  + "\n\n"
                  + phish;
          case 1 ->
              pick("Hi,", "Hello,", "Hi there,")
                  + "\n\n"
                  + intro
                  + "\n\n"
                  + phish
                  + "\n\n"
                  + ask
                  + "\n\n"
                  + pick("Also, while I'm writing:", "Unrelated, but", "My actual question though:")
                  + "\n"
                  + query
                  + "\n\n"
                  + closing(p);
          default ->
              pick("Hi,", "Hello,")
                  + "\n\n"
                  + intro
                  + " "
                  + ask
                  + "\n\n"
                  + pick("Separately -", "Second thing:", "And a real question for you:")
                  + "\n"
                  + query
                  + "\n\n"
                  + closing(p)
                  + "\n\n"
                  + phish;
        };
    return text(headers(p, date, index).subject(subject), body);
  }

  // ---- store-review ---------------------------------------------------------------------

  private byte[] storeReview(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    String store = pick("App Store", "Google Play", "the App Store", "Play Store");
    String nick =
        pick(
            p.first().toLowerCase(Locale.ROOT) + digits(2),
            p.first() + " " + p.last().charAt(0) + ".",
            pick("grumpycustomer", "NotHappy2026", "SkyBlueFan", "bankinguser_" + digits(3)));
    int stars = 1 + random.nextInt(3);
    String starLine =
        switch (random.nextInt(3)) {
          case 0 -> "★".repeat(stars) + "☆".repeat(5 - stars);
          case 1 -> stars + (stars == 1 ? " star" : " stars");
          default -> "Rated " + stars + " out of 5";
        };
    String title =
        pick(
            "Used to be good",
            "Terrible since the update",
            "Why is everything so hard??",
            "Keeps logging me out",
            "Fine but support is useless");
    String review =
        pick(
            "Used to be a great app but since the last update it keeps logging me out and Face ID"
                + " doesn't work half the time. Sort it out.",
            "Can't do anything without ringing customer services and waiting 40 minutes. Why can't"
                + " I do this in the app??",
            "Love the savings pots but the app crashes every time I open statements on my tablet.",
            "Notifications are late, the dark mode is unreadable and the chat never answers.",
            "Simple things are buried three menus deep. At least the card controls work.");
    String agent = pick("Jess", "Marcus", "Priya", "Tom", "Aoife");
    String response =
        pick(
            "Hi "
                + nick
                + ", we're sorry to hear about your experience. We'd love to look into"
                + " this - please email us at help@acme-bank.example with your details and we'll"
                + " get back to you. Thanks, "
                + agent
                + ", Acme Bank App Team",
            "Hello, thanks for taking the time to leave a review. We're sorry the app isn't"
                + " working as it should. Please get in touch with our support team at"
                + " help@acme-bank.example so we can help. "
                + agent
                + " (Acme Bank)",
            "Thanks for your feedback. We're always working to improve the app. If you need help,"
                + " our team is available at help@acme-bank.example. ^"
                + agent.charAt(0));
    ZonedDateTime reviewed = date.minusDays(2 + random.nextInt(12));
    String quoted =
        switch (random.nextInt(3)) {
          case 0 ->
              starLine
                  + "  "
                  + title
                  + "\n"
                  + nick
                  + ", "
                  + MailParts.dayDate(reviewed)
                  + "\n"
                  + review
                  + "\n\nDeveloper Response\n"
                  + response;
          case 1 ->
              "My review ("
                  + starLine
                  + "):\n\""
                  + title
                  + " - "
                  + review
                  + "\"\n\nYour reply:\n\""
                  + response
                  + "\"";
          default ->
              "> "
                  + title
                  + " "
                  + starLine
                  + "\n> "
                  + review
                  + "\n>\n> Response from Acme Bank:\n> "
                  + response;
        };
    String opener =
        pick(
            "Your team replied to my review on "
                + store
                + " and asked me to email you, so here"
                + " I am.",
            "I left a review of your app on "
                + store
                + " last week and the reply said to contact"
                + " this address.",
            "Emailing as your reply to my " + store.replace("the ", "") + " review suggested.",
            "Following up my " + stars + "-star review, as your app team asked.");
    String reference =
        pick(
            "For reference, here's my review and your reply:",
            "This is what I wrote and what you said:",
            "Copied from " + store + ":");
    String body =
        pick("Hi,", "Hello,", "Dear Acme Bank,", "Hi Acme team,")
            + "\n\n"
            + opener
            + "\n\n"
            + (random.nextBoolean()
                ? query + "\n\n" + reference + "\n\n" + quoted
                : reference
                    + "\n\n"
                    + quoted
                    + "\n\n"
                    + pick("So, my question:", "Anyway:")
                    + "\n"
                    + query)
            + "\n\n"
            + closing(p);
    String subject =
        pick(
            "Following up my app review",
            "As asked in your reply to my review",
            store.replace("the ", "") + " review - emailing as requested",
            "Re my " + stars + "-star review");
    return text(headers(p, date, index).subject(subject), body);
  }

  // ---- ai-drafted -----------------------------------------------------------------------

  private byte[] aiDrafted(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    String preamble =
        pick(
            "Sure! Here's a polished version of your email:",
            "Certainly! Here is a more professional version:",
            "Here's a clear and concise email you can send:",
            "Of course. Below is a draft you can copy and paste:",
            "");
    boolean markdown = random.nextInt(3) == 0;
    String subjectLine =
        pick(
            "Inquiry Regarding My Account",
            "Request for Assistance",
            "Question About My Banking Services",
            "Assistance Required with My Account");
    String greeting =
        pick(
            "Dear Acme Bank Customer Support Team,",
            "Dear [Bank Name] Support Team,",
            "Dear Customer Service Team,",
            "Dear Sir or Madam,");
    String wellWish =
        pick(
            "I hope this email finds you well.",
            "I hope you are doing well.",
            "I trust this message finds you well.");
    String purpose =
        pick(
            "I am writing to inquire about a matter regarding my account.",
            "I am reaching out to seek clarification on the following matter.",
            "I would like to request your assistance with the following:");
    String close =
        pick(
            "I would greatly appreciate your assistance in resolving this matter at your earliest"
                + " convenience. Please let me know if you require any further information from my"
                + " side.",
            "Thank you in advance for your help. I look forward to your prompt response.",
            "Could you please provide guidance on this? Your support would be highly appreciated.");
    String name = random.nextBoolean() ? p.full() : "[Your Name]";
    String signature =
        pick("Best regards,", "Kind regards,", "Sincerely,")
            + "\n"
            + name
            + "\n"
            + pick("[Your Account Number]", "Account ending " + digits(4), "[Account Number]")
            + "\n"
            + pick("[Your Contact Information]", p.phone(), "[Phone Number]");
    String after =
        pick(
            "---\nFeel free to adjust the tone or add any specific details!",
            "Let me know if you'd like me to make it more formal or add details about your account.",
            "Would you like a shorter version too?",
            "");
    String subjectPrefix = markdown ? "**Subject:** " : "Subject: ";
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) == 0) {
      b.append(pick("sorry my english not great, used AI to write this", "(copied from ChatGPT)"))
          .append("\n\n");
    }
    if (!preamble.isEmpty()) {
      b.append(preamble).append("\n\n");
    }
    if (markdown) {
      b.append("---\n\n");
    }
    b.append(subjectPrefix).append(subjectLine).append("\n\n");
    b.append(greeting).append("\n\n");
    b.append(wellWish).append(' ').append(purpose).append("\n\n");
    b.append(query).append("\n\n");
    b.append(close).append("\n\n");
    b.append(signature);
    if (markdown) {
      b.append("\n\n---");
    }
    if (!after.isEmpty()) {
      b.append("\n\n").append(after);
    }
    String subject = random.nextBoolean() ? subjectLine : pick("question", "Help", "account");
    return text(headers(p, date, index).subject(subject), b.toString());
  }

  // ---- alias-relay ----------------------------------------------------------------------

  private byte[] aliasRelay(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    String[] service = {"ShieldBox", "Cloakmail", "Hushline", "MaskPost"};
    String name = pick(service);
    String domain = name.toLowerCase(Locale.ROOT) + ".example";
    String alias =
        pick("acme.bank", "acmebank", "bank-acme", "acme")
            + "."
            + hex(random, 5)
            + "@"
            + pick(domain, "relay." + domain);
    EvalMailForms.Person masked =
        new EvalMailForms.Person(p.first(), p.last(), alias, p.phone(), p.street());
    String top =
        pick(
            "["
                + name
                + "] You're replying from your alias "
                + alias
                + ". Your real address"
                + " stays private.",
            "This message was sent from a "
                + name
                + " alias. The sender's real address is"
                + " hidden. "
                + name
                + " removed "
                + pick("1 tracker", "2 trackers", "3 trackers", "4 trackers")
                + ".",
            "");
    String foot =
        pick(
            "--\nSent via "
                + name
                + " alias "
                + alias
                + "\nManage this alias:"
                + " https://app."
                + domain
                + "/aliases/"
                + hex(random, 8)
                + " · Block sender",
            "———\nForwarded and protected by "
                + name
                + ". Replies to this address reach the"
                + " owner of the alias. Report abuse: abuse@"
                + domain,
            "This email was sent through "
                + name
                + ", a free email-masking service. Don't want"
                + " mail from this alias? Disable it in your dashboard.");
    String explain =
        pick(
            "I use a different email alias for every company, so this is the address registered"
                + " with you (it forwards to me).",
            "Please reply to this address - it's a masked address that forwards to my real"
                + " inbox.",
            "(Writing from my alias address, which is the one on my account.)",
            "");
    StringBuilder b = new StringBuilder();
    if (!top.isEmpty()) {
      b.append(top).append("\n\n");
    }
    b.append(pick("Hello,", "Hi,", "Dear Acme Bank,", "Good afternoon,")).append("\n\n");
    if (!explain.isEmpty() && random.nextBoolean()) {
      b.append(explain).append("\n\n");
      explain = "";
    }
    b.append(query).append("\n\n");
    if (!explain.isEmpty()) {
      b.append(explain).append("\n\n");
    }
    b.append(closing(p)).append("\n\n").append(foot);
    MailParts.Headers h =
        new MailParts.Headers(masked, date, messageId(masked, index), SUPPORT)
            .subject(pick("Question", "Account query", "Hello", "Help please", "Enquiry"));
    if (random.nextInt(3) > 0) {
      return text(h, b.toString());
    }
    String html =
        "<html><body>"
            + (top.isEmpty()
                ? ""
                : "<table width=\"100%\" style=\"background:#f3f0ff;font-size:12px\"><tr><td>"
                    + esc(top)
                    + "</td></tr></table>")
            + "<div>"
            + esc(b.substring(top.isEmpty() ? 0 : top.length() + 2))
                .replace("\n\n", "</div><br><div>")
                .replace("\n", "<br>")
            + "</div></body></html>";
    return MailParts.alternative(h, "relay-" + hex(random, 12), b.toString(), html);
  }

  // ---- wearable -------------------------------------------------------------------------

  private byte[] wearable(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    boolean car = random.nextBoolean();
    StringBuilder b = new StringBuilder();
    String subject;
    if (car) {
      String system = pick("DriveLink", "CarPlay", "Android Auto", "the car's assistant");
      if (random.nextBoolean()) {
        b.append(pick("Message from " + p.first() + ":", "Voice message from " + p.full() + ":"))
            .append('\n');
      }
      b.append(query).append("\n\n");
      b.append(
          pick(
              "This message was dictated in the car using "
                  + system
                  + ". Please excuse any"
                  + " errors.",
              "Sent hands-free from my car",
              "[Dictated via " + system + "]",
              "Driving - dictated, not typed. Reply by email, it'll read it out to me."));
      subject = pick("Message from " + p.first(), "Dictated message", "Voice message", "Note");
    } else {
      String watch = pick("Apple Watch", "Galaxy Watch", "Pulse watch", "Pixel Watch");
      if (random.nextInt(3) == 0) {
        b.append(pick("On my watch so short msg.", "typing on my watch sorry")).append('\n');
      }
      b.append(query);
      if (random.nextBoolean()) {
        b.append(' ').append(pick("Thx", "ty", "pls reply", "Thanks " + p.first()));
      }
      b.append("\n\n").append(pick("Sent from my " + watch, "Sent from " + watch, "— " + watch));
      subject = pick("(no subject)", "Quick q", "Sent from my watch", "Message", "Hi");
    }
    return text(headers(p, date, index).subject(subject), b.toString());
  }

  // ---- multi-bank -----------------------------------------------------------------------

  private byte[] multiBank(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    List<String> others =
        some(
            2 + random.nextInt(2),
            "support@northwind-bank.example",
            "customerservice@contoso-bank.example",
            "hello@fabrikam-building-society.example",
            "help@tailspin-savings.example",
            "enquiries@woodgrove-bank.example");
    List<String> names =
        others.stream()
            .map(a -> a.substring(a.indexOf('@') + 1, a.indexOf('-')))
            .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
            .toList();
    StringBuilder to = new StringBuilder();
    int at = random.nextInt(others.size() + 1);
    for (int i = 0, j = 0; i <= others.size(); i++) {
      if (to.length() > 0) {
        to.append(", ");
      }
      to.append(i == at ? SUPPORT : others.get(j++));
    }
    String banks = "Acme, " + String.join(", ", names);
    String opener =
        pick(
            "Dear all,",
            "To whichever bank this reaches (I've written to a few of you):",
            "Hello " + banks + ",",
            "Hi everyone,");
    String why =
        pick(
            "I'm sending the same question to all the banks I hold accounts with, as I'm"
                + " deciding which one to keep.",
            "I have accounts with each of you and I'm asking everyone the same thing to save time.",
            "Apologies for the group email - I bank with all of you and need the same answer from"
                + " each.",
            "Copying in all my banks, since I'm not sure which of you this concerns.");
    String end =
        pick(
            "If you're not the right bank for this, please just ignore it.",
            "Please reply individually - I'm comparing your answers.",
            "Whichever of you answers first wins my business!",
            "Please don't reply-all.");
    String body =
        opener
            + "\n\n"
            + (random.nextBoolean() ? why + "\n\n" + query : query + "\n\n" + why)
            + "\n\n"
            + end
            + "\n\n"
            + closing(p);
    MailParts.Headers h =
        new MailParts.Headers(p, date, messageId(p, index), to.toString())
            .subject(
                pick(
                    "Question for my banks",
                    "Same question to all my banks",
                    "Query",
                    "To all my banks",
                    "Customer question"));
    return text(h, body);
  }

  // ---- business-table -------------------------------------------------------------------

  private record Row(String date, String party, String ref, String amount, String status) {}

  private byte[] businessTable(
      EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    String firm =
        pick(
            "Harbour Lane Joinery Ltd",
            "Pelham & Voss Architects",
            "Greenfinch Nurseries",
            "Brassworks Catering Ltd",
            "Moorland Physio Clinic",
            "Tidewater Print Co");
    String slug = firm.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "").substring(0, 9);
    EvalMailForms.Person from =
        new EvalMailForms.Person(
            p.first(),
            p.last(),
            pick("accounts", "finance", p.first().toLowerCase(Locale.ROOT))
                + index
                + "@"
                + slug
                + ".example",
            p.phone(),
            p.street());
    int kind = random.nextInt(3);
    String[] head =
        switch (kind) {
          case 0 -> new String[] {"Date", "Payee", "Reference", "Amount (£)", "Status"};
          case 1 -> new String[] {"Pay date", "Employee", "Payroll ref", "Net pay (£)", "Status"};
          default -> new String[] {"Date", "Merchant", "Cardholder", "Amount (£)", "Note"};
        };
    String[] parties =
        switch (kind) {
          case 0 ->
              new String[] {
                "Northgate Timber",
                "Ellis Plant Hire",
                "Rowan Utilities",
                "K. Achterberg Consulting",
                "Fenwick Office Supplies"
              };
          case 1 ->
              new String[] {
                "Employee 014", "Employee 022", "Employee 031", "Employee 047", "Employee 052"
              };
          default ->
              new String[] {
                "FUELSTOP 118", "RAILWAYS ONLINE", "CAFE MERIDIAN", "CLOUDHOST", "PARKWISE"
              };
        };
    String[] states =
        switch (kind) {
          case 0 -> new String[] {"Paid", "Pending", "Paid", "Returned", "Paid"};
          case 1 -> new String[] {"Paid", "Paid", "Failed", "Pending", "Paid"};
          default -> new String[] {"", "duplicate?", "", "", "not ours"};
        };
    int n = 3 + random.nextInt(3);
    List<String> picked = some(n, parties);
    java.util.ArrayList<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      ZonedDateTime d = date.minusDays(1 + random.nextInt(20));
      String dd =
          String.format(
              Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      String ref =
          switch (kind) {
            case 0 -> "INV-" + digits(5);
            case 1 -> "PR" + digits(4);
            default -> pick("J. " + p.last(), "card ..." + digits(4), "A. Mensah");
          };
      String amt = String.format(Locale.ROOT, "%,d.%s", 20 + random.nextInt(4800), digits(2));
      rows.add(new Row(dd, picked.get(i), ref, amt, pick(states)));
    }
    boolean tabs = random.nextInt(3) == 0;
    StringBuilder table = new StringBuilder();
    int[] width = {11, 26, 16, 12, 10};
    table.append(line(head, width, tabs));
    if (!tabs) {
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        rule.append(i == 0 ? "" : "|").append("-".repeat(width[i] + (i == 0 ? 0 : 1)));
      }
      table.append(rule).append('\n');
    }
    StringBuilder html =
        new StringBuilder(
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse;font-family:"
                + "Arial\"><tr>");
    for (String col : head) {
      html.append("<th>").append(esc(col)).append("</th>");
    }
    html.append("</tr>");
    for (Row r : rows) {
      String[] cells = {r.date(), r.party(), r.ref(), r.amount(), r.status()};
      table.append(line(cells, width, tabs));
      html.append("<tr>");
      for (String c : cells) {
        html.append("<td>").append(esc(c)).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
    String account = "ending " + digits(4);
    String intro =
        pick(
            "We bank with you for " + firm + " (business current account " + account + ").",
            "Writing on behalf of " + firm + ", business account " + account + ".",
            "I look after the accounts for " + firm + " (" + account + ").");
    String lead =
        pick(
            "The payments in question are below:",
            "Details below (exported from our accounting software):",
            "For reference, this month's " + (kind == 1 ? "payroll run" : "activity") + ":",
            "See the table:");
    String sig =
        p.full()
            + "\n"
            + pick("Finance Manager", "Office Manager", "Director", "Bookkeeper")
            + " | "
            + firm
            + "\n"
            + (1 + random.nextInt(90))
            + " "
            + pick(STREETS)
            + ", "
            + pick(TOWNS)
            + " "
            + postcode()
            + "\nT: "
            + p.phone()
            + (random.nextBoolean() ? "\nCompany no. 0" + digits(7) : "");
    String greet = pick("Hi,", "Hello,", "Dear Business Banking team,", "Good morning,");
    String thanks = pick("Thanks,", "Kind regards,", "Many thanks,");
    boolean first = random.nextBoolean();
    String text =
        greet
            + "\n\n"
            + intro
            + (first ? "\n\n" + query : "")
            + "\n\n"
            + lead
            + "\n\n"
            + table.toString().stripTrailing()
            + (first
                ? ""
                : "\n\n" + pick("Our question:", "What we need to know:", "So:") + "\n" + query)
            + "\n\n"
            + thanks
            + "\n"
            + sig;
    String htmlBody =
        "<html><body style=\"font-family:Arial;font-size:13px\"><p>"
            + esc(greet)
            + "</p><p>"
            + esc(intro)
            + "</p>"
            + (first ? "<p>" + esc(query) + "</p>" : "")
            + "<p>"
            + esc(lead)
            + "</p>"
            + html
            + (first ? "" : "<p>" + esc("Our question:") + "<br>" + esc(query) + "</p>")
            + "<p>"
            + esc(thanks)
            + "<br>"
            + esc(sig).replace("\n", "<br>")
            + "</p></body></html>";
    MailParts.Headers h =
        new MailParts.Headers(from, date, messageId(from, index), SUPPORT)
            .subject(
                pick(
                    "Business account query",
                    firm + " - payments",
                    "Query re " + (kind == 1 ? "payroll" : "payments"),
                    "Account " + account));
    return MailParts.alternative(h, "biz-" + hex(random, 14), text, htmlBody);
  }

  /** One row of a plain-text table: padded columns between pipes, or tab-separated cells. */
  private static String line(String[] cells, int[] width, boolean tabs) {
    if (tabs) {
      return String.join("\t", cells) + "\n";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      b.append(i == 0 ? "" : "| ").append(c).append(" ".repeat(Math.max(1, width[i] - c.length())));
    }
    return b.toString().stripTrailing() + "\n";
  }

  // ---- assistive-tech -------------------------------------------------------------------

  private byte[] assistiveTech(
      EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    String tool =
        pick(
            "[This email was written using GazeType, an eye-gaze keyboard. Replies by email"
                + " please - I cannot use the phone.]",
            "I have cerebral palsy and type with a head switch, so I keep my emails short.",
            "Written with my communication aid (word prediction on), sorry for any odd words.",
            "I am blind and use a screen reader. Please reply in plain text - no PDFs or images.",
            "I have MND and write with my eyes. It takes a long time, so please answer by email.");
    String needs =
        pick(
            "Accessibility needs: email only, no phone calls. Please note this on my account as a"
                + " reasonable adjustment.",
            "Please do not phone me - I cannot speak on the phone. Email or text only.",
            "Communication needs are on my file (ref AX-" + digits(5) + ").",
            "If you need to check who I am, please do it by email or video with captions.",
            "");
    String device =
        pick(
            "Sent from my AAC device",
            "Sent with SwitchMail 3",
            "-- composed with GazeType --",
            "Sent from my iPad with VoiceOver",
            "");
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append(pick("Hello.", "Hi.", "Dear Acme Bank")).append("\n\n");
    }
    if (random.nextBoolean()) {
      b.append(tool).append("\n\n").append(query).append("\n\n");
    } else {
      b.append(query).append("\n\n").append(tool).append("\n\n");
    }
    if (!needs.isEmpty()) {
      b.append(needs).append("\n\n");
    }
    b.append(pick(p.first(), p.full(), "Thank you. " + p.first(), "From " + p.full()));
    if (!device.isEmpty()) {
      b.append("\n\n").append(device);
    }
    String subject =
        pick("Question", "Please reply by email", "Enquiry (email only please)", "Help", "Account");
    return text(headers(p, date, index).subject(subject), b.toString());
  }

  // ---- status-page ----------------------------------------------------------------------

  private byte[] statusPage(EvalMailForms.Person p, ZonedDateTime date, String query, int index) {
    ZonedDateTime posted = date.minusHours(random.nextInt(20)).minusMinutes(random.nextInt(60));
    String notice =
        switch (random.nextInt(4)) {
          case 0 ->
              "Investigating - We're aware some customers are unable to log in to the app or make"
                  + " card payments. Our teams are working to fix this as quickly as possible."
                  + " We're sorry for any inconvenience.";
          case 1 ->
              "Resolved - Faster Payments delays. Payments made between 09:00 and 11:30 may take"
                  + " longer to arrive. All payments have now been processed.";
          case 2 ->
              "Scheduled maintenance: online banking and the app will be unavailable from 00:00"
                  + " to 04:00 on "
                  + MailParts.dayDate(posted.plusDays(2))
                  + ". Card payments and cash machines will work as normal.";
          default ->
              "Monitoring - Some customers saw duplicate card transactions in the app this"
                  + " morning. These are display errors only and will disappear within 24 hours."
                  + " You have not been charged twice.";
        };
    String stamp = "Posted " + MailParts.dayDateAt(posted) + " GMT";
    String where =
        pick(
            "I saw this on your status page:",
            "Your app showed this banner when I logged in:",
            "Your X account posted this earlier:",
            "This is on your website:");
    String quoted =
        switch (random.nextInt(3)) {
          case 0 -> MailParts.quote(notice + "\n" + stamp);
          case 1 -> "\"" + notice + "\" (" + "posted " + MailParts.dayDateAt(posted) + ")";
          default -> "-----\nAcme Bank Service Status\n" + notice + "\n" + stamp + "\n-----";
        };
    String link =
        pick(
            "",
            "status.acme-bank.example",
            "(https://status.acme-bank.example/incidents/" + hex(random, 8) + ")");
    String bridge =
        pick(
            "Not sure if it's related, but",
            "Is that why I'm having trouble? Either way:",
            "Maybe unrelated:",
            "Anyway, my question:");
    String body =
        pick("Hi,", "Hello,", "Hi Acme,")
            + "\n\n"
            + (random.nextBoolean()
                ? where
                    + "\n\n"
                    + quoted
                    + (link.isEmpty() ? "" : "\n" + link)
                    + "\n\n"
                    + bridge
                    + "\n"
                    + query
                : query
                    + "\n\n"
                    + pick("Context -", "Context:", "PS")
                    + " "
                    + where
                    + "\n\n"
                    + quoted
                    + (link.isEmpty() ? "" : "\n" + link))
            + "\n\n"
            + closing(p);
    String subject =
        pick(
            "Outage?",
            "Is this related to the problem today?",
            "Question",
            "Your status page",
            "App problems today");
    return text(headers(p, date, index).subject(subject), body);
  }
}
