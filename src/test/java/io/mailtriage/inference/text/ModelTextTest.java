package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mailtriage.inference.text.ModelText.Part;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTextTest {

  private static ModelText.Result read(String subject, String body) {
    return ModelText.of(subject, body);
  }

  @Test
  void plainMailKeepsSubjectAndQuestionWithoutGreetingAndSignOff() {
    ModelText.Result r =
        read(
            "Card not arrived",
            "Hi there,\n\nI ordered a new card two weeks ago and it still has not arrived.\n\n"
                + "Kind regards,\n<PERSON>\n<PHONE>\n");
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text())
        .isEqualTo(
            "Card not arrived\nI ordered a new card two weeks ago and it still has not arrived.");
  }

  @Test
  void greetingOnTheQuestionsLineIsTakenOffTheLineOnly() {
    assertThat(read("", "Hello, why was my transfer declined?").text())
        .isEqualTo("why was my transfer declined?");
    assertThat(read("", "Dear <PERSON>, why was my transfer declined?").text())
        .isEqualTo("why was my transfer declined?");
    // "Hi I ..." is a sentence, not a greeting followed by a name.
    assertThat(read("", "Hi I lost my card").text()).isEqualTo("Hi I lost my card");
  }

  @Test
  void greetingsWithoutGoodAreGreetingsToo() {
    assertThat(read("", "Morning all,\nMy top-up failed.").text()).isEqualTo("My top-up failed.");
    assertThat(read("", "Afternoon team, why was my transfer declined?").text())
        .isEqualTo("why was my transfer declined?");
    // A sentence that opens with the word is still the customer's.
    assertThat(read("", "Morning transfers to my savings account failed").text())
        .isEqualTo("Morning transfers to my savings account failed");
  }

  @Test
  void pleasantryIsDropped() {
    assertThat(
            read("", "Good morning,\nI hope this email finds you well.\nMy top-up failed.").text())
        .isEqualTo("My top-up failed.");
    assertThat(read("", "Hi, hope you are well. My top-up failed.").text())
        .isEqualTo("My top-up failed.");
  }

  @Test
  void gmailTopPostedReplyLosesTheQuotedAnswer() {
    ModelText.Result r =
        read(
            "Re: Your refund request",
            "It has been a week and I still have no refund.\n\n"
                + "On Tue, 4 Jun 2024 at 09:12, Bank Support <<EMAIL>> wrote:\n"
                + "> Dear customer, your refund has been approved.\n> Regards, Support\n");
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text()).isEqualTo("It has been a week and I still have no refund.");
  }

  @Test
  void wrappedAttributionIsFound() {
    ModelText.Result r =
        read(
            "Re: card",
            "Still waiting for the card.\n\nOn Mon, 3 Jun 2024 at 10:00, Support Team <\n<EMAIL>> wrote:\n\n"
                + "> We sent it last week.\n");
    assertThat(r.text()).isEqualTo("Still waiting for the card.");
  }

  @Test
  void bottomPostedReplyKeepsTheTextAfterTheQuote() {
    ModelText.Result r =
        read(
            "Re: exchange rate",
            "On 03/06/2024 14:20, Support wrote:\n> We apply the rate of the day.\n>\n> Best regards\n\n"
                + "Which rate was used for my payment in euros?\n\n-- \n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text()).isEqualTo("Which rate was used for my payment in euros?");
  }

  @Test
  void attributionsInOtherLanguagesEndTheNewMessage() {
    for (String attribution :
        new String[] {
          "Am 04.06.2024 um 09:12 schrieb Kundenservice <<EMAIL>>:",
          "Le mar. 4 juin 2024 à 09:12, Service client <<EMAIL>> a écrit :",
          "El mar, 4 jun 2024 a las 9:12, Soporte (<EMAIL>) escribió:",
          "Il giorno mar 4 giu 2024 alle ore 09:12 <EMAIL> ha scritto:",
          "Em ter., 4 de jun. de 2024 às 09:12, Suporte <<EMAIL>> escreveu:",
          "Op di 4 jun. 2024 om 09:12 schreef Klantenservice <<EMAIL>>:",
        }) {
      assertEndsTheNewMessage(attribution);
    }
  }

  /** The attribution line ends the new message, with the unmarked answer under it. */
  private static void assertEndsTheNewMessage(String attribution) {
    ModelText.Result r =
        read("", "Where is my money?\n\n" + attribution + "\nUnmarked earlier answer here.\n");
    assertThat(r.text()).as(attribution).isEqualTo("Where is my money?");
  }

  @Test
  void outlookReplyBlockEndsTheNewMessage() {
    ModelText.Result r =
        read(
            "RE: Direct debit",
            "Please cancel the direct debit to the gym.\n\n<PERSON>\n\n________________________________\n"
                + "From: Bank Support <<EMAIL>>\nSent: Monday, June 3, 2024 10:00 AM\nTo: <PERSON> <<EMAIL>>\n"
                + "Subject: Direct debit\n\nDear customer, which direct debit do you mean?\n");
    assertThat(r.text()).isEqualTo("Please cancel the direct debit to the gym.");
  }

  @Test
  void localisedOutlookBlockEndsTheNewMessage() {
    ModelText.Result r =
        read(
            "AW: Karte",
            "Meine Karte ist noch nicht da.\n\nVon: Support <<EMAIL>>\nGesendet: Montag, 3. Juni 2024 10:00\n"
                + "An: <EMAIL>\nBetreff: Karte\n\nIhre Karte ist unterwegs.\n");
    assertThat(r.text()).isEqualTo("Meine Karte ist noch nicht da.");
  }

  @Test
  void outlookBlocksOfCentralEuropeanAndTurkishClientsEndTheNewMessage() {
    String[] blocks = {
      "Od: Acme Bank <<EMAIL>>\nOdesláno: sobota 31. října 2026 07:48\nKomu: <PERSON> <<EMAIL>>\n"
          + "Předmět: Your enquiry",
      "Feladó: Acme Bank <<EMAIL>>\nElküldve: 2026. október 31. 7:48\nCímzett: <EMAIL>\n"
          + "Tárgy: Your enquiry",
      "Kimden: Acme Bank <<EMAIL>>\nGönderildi: 31 Ekim 2026 Cumartesi 07:48\nKime: <EMAIL>\n"
          + "Konu: Your enquiry",
      "De la: Acme Bank <<EMAIL>>\nTrimis: sâmbătă, 31 octombrie 2026 07:48\nCătre: <EMAIL>\n"
          + "Subiect: Your enquiry"
    };
    for (String block : blocks) {
      ModelText.Result r =
          read(
              "RE: Your enquiry",
              "My top-up failed.\n\n"
                  + block
                  + "\n\nDear <PERSON>,\nYour refund request has been passed to the merchant team.\n");
      assertThat(r.text()).as(block).isEqualTo("My top-up failed.");
    }
  }

  @Test
  void czechPhoneFooterIsDropped() {
    assertThat(read("", "My top-up failed.\n\nOdesláno z iPhonu\n").text())
        .isEqualTo("My top-up failed.");
  }

  @Test
  void originalMessageSeparatorEndsTheNewMessage() {
    assertThat(
            read("", "Can I get a virtual card?\n-----Original Message-----\nFrom: x\nold text")
                .text())
        .isEqualTo("Can I get a virtual card?");
    assertThat(
            read("", "Can I get a virtual card?\n-------- Original message --------\nold text")
                .text())
        .isEqualTo("Can I get a virtual card?");
  }

  @Test
  void forwardWithNoteKeepsTheNote() {
    ModelText.Result r =
        read(
            "Fwd: Payment failed",
            "Why was this declined?\n\n---------- Forwarded message ---------\nFrom: Shop <<EMAIL>>\n"
                + "Date: Mon, 3 Jun 2024\nSubject: Payment failed\nTo: <EMAIL>\n\nYour payment could not be taken.\n");
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text()).isEqualTo("Why was this declined?");
  }

  /**
   * A note that only points at what it forwards ("See below", "on behalf of") says where the
   * request is, not what it is: the forward is read, then the note.
   */
  @Test
  void forwardWithAPointingNoteIsReadOnTheForwardThenTheNote() {
    ModelText.Result r =
        read(
            "Fwd: Payment failed",
            "See below, this keeps happening.\n\n---------- Forwarded message ---------\nFrom: Shop <<EMAIL>>\n"
                + "Date: Mon, 3 Jun 2024\nSubject: Payment failed\nTo: <EMAIL>\n\nYour payment could not be taken.\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .isEqualTo(
            "Payment failed\nYour payment could not be taken.\nSee below, this keeps happening.");
  }

  /**
   * A shop page's or network's notice that a message came ("Your shop page received a new message",
   * then "<PERSON> wrote:" over the visitor's words unquoted) points at the message: it is read,
   * not the notice alone.
   */
  @Test
  void aNoticeThatAMessageCameIsReadOnTheMessageItCarries() {
    ModelText.Result r =
        read(
            "Page inbox",
            "Your shop page received a new message\n\n<PERSON> wrote:\n\n"
                + "My card payment was declined twice at the till this morning.\n\nOpen inbox\n");
    assertThat(r.text())
        .startsWith("Page inbox\nMy card payment was declined twice at the till this morning.");
  }

  /**
   * A scanner's or fax gateway's mail carries the letter its OCR read between two rules: the letter
   * is read, not the device's lines around it.
   */
  @Test
  void aScannedLettersRecognisedTextIsReadWithoutTheDevicesLines() {
    ModelText.Result r =
        read(
            "",
            "Scan to mail from MFP-3, second floor. Recognized text:\n======\n<PERSON>\n<ADDRESS>\n\n"
                + "Dear bank,\n\nWhy has my standing order not gone out this month?\n\n"
                + "Thank you,\n<PERSON>\n======\nThis device is managed by the IT team.\n");
    assertThat(r.text()).isEqualTo("Why has my standing order not gone out this month?");
  }

  /**
   * An interpreter's or relay's mail passes the caller's words on under a heading between rule
   * marks, up to the heading that closes them: those words are the message.
   */
  @Test
  void aCallersMessageUnderARelaysHeadingIsTheMessage() {
    ModelText.Result r =
        read(
            "",
            "An interpreter relayed this for a caller who uses sign language.\n\n"
                + "*** Caller's message ***\nI need to change the address on my account.\n"
                + "*** End of message ***\n\nReply to this mail and we will pass your answer on.\n");
    assertThat(r.text()).isEqualTo("I need to change the address on my account.");
  }

  /**
   * A complaint site's notification names the consumer's words with its own label ("Describe the
   * problem:", "The customer says:"): they are the message, the case's fields and the site's text
   * are not.
   */
  @Test
  void aComplaintSitesProblemFieldIsTheMessage() {
    ModelText.Result r =
        read(
            "",
            "Case 5521 was opened about your company.\n\nCompany: Example Bank\nCategory: Cards\n"
                + "Opened: today\n\nDescribe the problem:\nMy refund has not reached my account.\n");
    assertThat(r.text()).isEqualTo("My refund has not reached my account.");
  }

  /**
   * A long letter of news (a new grandchild, a garden, a trip) with the request in a middle
   * paragraph: the paragraph that asks is read first, the news after it, so the request is inside
   * the model's window.
   */
  @Test
  void theParagraphThatAsksIsReadBeforeALongLettersNews() {
    String news =
        "Our first grandchild arrived last Tuesday, a little girl, and we have hardly slept since."
            + " Her parents are exhausted but very happy and the dog keeps guarding the pram."
            + " We drove up to see them on Sunday and stayed for three days.";
    String garden =
        "The garden has gone wild while we were away and the roses need cutting back before the"
            + " frost comes.";
    ModelText.Result r =
        read(
            "Family news",
            "Hello all,\n\n"
                + news
                + "\n\nBefore I forget, my standing order to the nursery went out twice this month.\n\n"
                + garden
                + "\n\nKind regards,\n<PERSON>\n");
    assertThat(r.text())
        .isEqualTo(
            "Family news\nBefore I forget, my standing order to the nursery went out twice this"
                + " month.\n"
                + news
                + "\n"
                + garden);
    // A short letter keeps its order: the request is inside the window already.
    assertThat(
            read("", "We moved house.\n\nWhy was my card declined?\n\nThe garden is lovely.")
                .text())
        .isEqualTo("We moved house.\nWhy was my card declined?\nThe garden is lovely.");
  }

  /**
   * What a writer copies off the screen under a line that introduces it ("This is what the website
   * shows:") is the site's wording, not theirs: it is read after their own words.
   */
  @Test
  void anErrorCopiedOffTheScreenIsReadAfterTheWritersOwnWords() {
    ModelText.Result r =
        read(
            "",
            "This is what the website shows:\n\n  Payment could not be processed.\n  Code 77-B\n\n"
                + "Can I still order a second card for my partner?\n");
    assertThat(r.text())
        .isEqualTo(
            "Can I still order a second card for my partner?\nThis is what the website shows:\n"
                + "Payment could not be processed.\nCode 77-B");
  }

  /**
   * A note that says what is wrong and points at its evidence ("They charged me twice, see the
   * receipt below.") is read first, then what it forwards: however long the receipt, the customer's
   * words stay inside the model's window.
   */
  @Test
  void aNoteThatStatesTheProblemIsReadBeforeTheForwardItPointsAt() {
    StringBuilder receipt = new StringBuilder();
    for (int i = 1; i <= 80; i++) {
      receipt.append("Item ").append(i).append(" of 80: gift card, 0.50 EUR.\n");
    }
    ModelText.Result r =
        read(
            "Fwd: Your receipt",
            "They charged me twice, see the receipt below.\n\n---------- Forwarded message ---------\n"
                + "From: Shop <<EMAIL>>\nDate: Mon, 3 Jun 2024\nSubject: Your receipt\nTo: <EMAIL>\n\n"
                + "Thank you for your order.\n"
                + receipt);
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .startsWith(
            "Your receipt\nThey charged me twice, see the receipt below.\nThank you for your order.")
        .contains("Item 80 of 80");
  }

  @Test
  void aChaserOverTheBanksAutomaticAcknowledgementIsReadOnTheMailTheAcknowledgementQuotes() {
    String ack =
        "Thank you for contacting Acme Bank.\n\nThis is an automatic reply to confirm we have"
            + " received your email. If your card has been lost or stolen, call us.\n\n";
    String original = "Hi,\n\nMy card has not arrived yet.\n\nThanks,\n<PERSON>";
    String[] bodies = {
      "Still waiting for a reply to this.\n\nOn 28 October 2026, Acme Bank <<EMAIL>> wrote:\n"
          + quote(ack + "Your original message:\n" + original),
      "Still waiting for a reply to this.\n\nFrom: Acme Bank <<EMAIL>>\nSent: 28 October 2026\n"
          + "To: <EMAIL>\nSubject: Automatic reply: Card\n\n"
          + ack
          + "---------- You wrote ----------\n"
          + original
    };
    for (String body : bodies) {
      ModelText.Result r = read("RE: Automatic reply: Card", body);
      assertThat(r.text()).as(body).startsWith("My card has not arrived yet.");
      assertThat(r.text()).as(body).doesNotContain("automatic").doesNotContain("stolen");
    }
  }

  @Test
  void aForwardedBounceIsReadOnTheMailThatBounced() {
    ModelText.Result r =
        read(
            "Fwd: Delivery Status Notification (Failure)",
            "FYI\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem"
                + " <<EMAIL>>\nSubject: Delivery Status Notification (Failure)\nTo: <EMAIL>\n\n"
                + "Address not found\n\nYour message wasn't delivered to <EMAIL> because the"
                + " address couldn't be found.\n\n---------- Forwarded message ----------\n"
                + "From: <PERSON> <<EMAIL>>\nTo: <EMAIL>\nSubject: Transfer\n\nHello,\n\n"
                + "Why was my transfer declined?\n\nThanks,\n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("Why was my transfer declined?\nFYI");
  }

  @Test
  void aNoteThatResendsOrOnlyAddsToTheEarlierMailIsReadAfterIt() {
    String[] notes = {
      "Resending, see attached.",
      "See attachment.",
      "Sorry, I forgot to say that this is quite urgent.",
      "It's been a week and I've had nothing but this automatic reply. Can someone please answer?"
    };
    for (String note : notes) {
      ModelText.Result r =
          read(
              "Fwd: Transfer",
              note
                  + "\n\n---------- Forwarded message ---------\nFrom: <PERSON> <<EMAIL>>\n"
                  + "To: <EMAIL>\nSubject: Transfer\n\nWhy was my transfer declined?\n");
      assertThat(r.text()).as(note).contains("Why was my transfer declined?");
    }
  }

  @Test
  void aVoicemailIsReadOnItsTranscriptionOnly() {
    String[] bodies = {
      "You have a new voice message.\n\nFrom: <PERSON> (<PHONE>)\nReceived: 2 November 2026 10:20\n"
          + "Length: 0:42\nMailbox: 2201 Customer Service\n\n"
          + "Transcription (automatic, may contain errors):\n\"Hi, this is <PERSON>. My card has not"
          + " arrived yet. Thanks, bye.\"\n\nListen to the message: https://pbx.bank.example/vm/1\n",
      "Voicemail from <PERSON>\n<PHONE>\n\nTranscript\nHi, this is <PERSON>. My card has not arrived"
          + " yet. Thanks, bye.\n\nPlay voice message\nhttps://cc.bank.example/voicemail/2\n\n"
          + "You're receiving this because you're a member of the call queue.\n"
    };
    for (String body : bodies) {
      assertThat(read("New voicemail from <PHONE>", body).text())
          .as(body)
          .doesNotContain("Mailbox", "Listen", "Play voice", "receiving this", "\"")
          .contains("My card has not arrived yet.");
    }
  }

  @Test
  void aChatTranscriptKeepsTheCustomersTurnsOnly() {
    String body =
        "The chat closed before anyone answered, transcript below.\n\nChat transcript\n"
            + "[18:15] Ava (virtual assistant): Hi <PERSON>! Please choose a topic: Cards, Payments\n"
            + "[18:15] <PERSON>: Something else\n"
            + "[18:16] Ava (virtual assistant): In a few words, what can I help you with?\n"
            + "[18:16] <PERSON>: Why was my transfer declined?\n"
            + "[18:16] Bot: Sorry, I didn't understand that.\n"
            + "[18:30] System: The chat has ended because no agent was available.\n";
    String text = read("Chat transcript", body).text();
    assertThat(text).contains("Why was my transfer declined?");
    assertThat(text).doesNotContain("Cards", "help you", "understand", "agent", "[18:");
  }

  @Test
  void aChatbotsTurnsAreNotReadBesideTheWriters() {
    String[] chats = {
      // The speaker and time over each turn, the assistant by a first name only.
      "Robin  09:12\nWelcome! How can I help you today?\n\n"
          + "Me  09:13\nWhy has my standing order to my landlord not gone out?\n\n"
          + "Robin  09:13\nSorry, I didn't understand. Try one of these:\n"
          + "[Savings] [Loans] [Other]\n\nMe  09:14\nspeak to someone\n\n"
          + "Robin  09:14\nOur agents are offline until 9am. The chat has ended.\n",
      // "says:" over the turn, both names made the same placeholder.
      "[21:40] <PERSON> says:\nHey there, I'm <PERSON>, your virtual assistant. How can I help?\n"
          + "[21:40] <PERSON> says:\nWhy has my standing order to my landlord not gone out?\n"
          + "[21:41] <PERSON> says:\nYou can ask me things like \"What is my balance?\"\n"
          + "• Reporting fraud\n• Paying in cheques\n"
          + "[21:41] <PERSON> says:\nspeak to someone\n"
          + "[21:42] <PERSON> says:\nYou are number 6 in the queue for our agents.\n",
      // No times at all.
      "Robin: Welcome! How can I help you today?\n"
          + "You: Why has my standing order to my landlord not gone out?\n"
          + "Robin: Sorry, I didn't understand. Try one of these:\n[Savings] [Loans] [Other]\n"
          + "You: speak to someone\nRobin: Our agents are offline until 9am.\n"
    };
    for (String chat : chats) {
      String body =
          "Hello,\n\nYour chat assistant was no use, this is the conversation:\n\n"
              + chat
              + "\nCould a person look at this please?\n\nMarta\n";
      assertThat(read("The chatbot didn't help", body).text())
          .as(chat)
          .contains("Why has my standing order to my landlord not gone out?")
          .doesNotContain(
              "How can I help",
              "understand",
              "Savings",
              "balance",
              "fraud",
              "agents",
              "chat",
              "assistant",
              "Robin");
    }
  }

  @Test
  void fieldsAndQuotesOfSpeakersWithoutAnAssistantAreNoChatOfIt() {
    // Two people's words as "Name: …" lines, neither side a chat window's nor an assistant's:
    // no chat with the service, and the lines are read with their names.
    String body =
        "My partner and I disagree, who is right?\n\n"
            + "Ola: a transfer to a new payee takes a day\nJan: it is instant\n"
            + "Ola: not the first time\nJan: always instant\n";
    assertThat(read("", body).text()).contains("Ola: a transfer to a new payee takes a day");
  }

  @Test
  void aVoicemailIsReadOnTheCallersRequestOnly() {
    String request = "Why has my standing order to my landlord not gone out?";
    String said =
        "Hello, good morning, this is <PERSON> calling about my account. Sorry, I'm on the"
            + " train. [unclear] "
            + request
            + " If somebody could ring me back on <PHONE> that would be lovely. Okay. Bye bye.";
    String[] bodies = {
      "Mailbox: 12 Service desk\nCaller: <PHONE>\nDuration: 48 seconds\n\n"
          + "=== Transcription ===\n"
          + said
          + "\n=== End of transcription ===\n\nCall back: <PHONE>\nReference: VM-2231\n",
      "NEW VOICE MESSAGE\n\nCaller: <PHONE>\nMailbox: 12 Service desk\nDuration: 48 seconds\n\n"
          + "Message:\n"
          + said.replace(". ", ".\n")
          + "\n\nReply CB to schedule a call back for this caller.\n"
    };
    for (String body : bodies) {
      assertThat(read("Voicemail from <PHONE> (0:48)", body).text()).as(body).isEqualTo(request);
    }
    // The number given where the phone itself is lost stays with the loss.
    String lost =
        "Transcript:\nHi, it's <PERSON>. My phone was stolen last night, call me on <PHONE>."
            + " Thanks, bye.\n";
    assertThat(read("Voicemail from <PHONE> (0:20)", lost).text())
        .isEqualTo("My phone was stolen last night, call me on <PHONE>.");
  }

  @Test
  void aChatCopiedFromAMessagingAppIsReadWithoutItsDatesTimesAndNames() {
    String[] chats = {
      "[14/11/2026, 09:02:17] Priya: heating is fixed btw\n"
          + "[14/11/2026, 09:05:40] Dev: How do I freeze my card in the app?\n"
          + "[14/11/2026, 09:06:02] Priya: no idea, ask the bank\n",
      "14/11/2026, 09:02 - Priya: heating is fixed btw\n"
          + "14/11/2026, 09:05 - Dev: How do I freeze my card in the app?\n"
          + "14/11/2026, 09:06 - Priya: no idea, ask the bank\n",
      "Priya (9:02 am): heating is fixed btw\n"
          + "Dev (9:05 am): How do I freeze my card in the app?\n"
          + "Priya (9:06 am): no idea, ask the bank\n"
    };
    for (String chat : chats) {
      String body =
          "My brother asked this on our chat, he isn't on email.\n\n" + chat + "\nThanks\n";
      assertThat(read("From my brother", body).text())
          .as(chat)
          .contains("How do I freeze my card in the app?")
          // The chatter beside it speaks of nothing a bank does.
          .doesNotContain("2026", "09:0", "9:0", "Priya", "Dev:", "heating is fixed btw");
    }
  }

  @Test
  void aSharingServicesNoticeIsReadOnTheSendersNoteAlone() {
    String folder =
        "<PERSON> (<EMAIL>) shared a folder with you\n\nTax documents\n[View folder]\n\n"
            + "Can you tell me why my direct debit was taken twice this month?\n\n"
            + "https://files.example/s/ab12cd\n\n"
            + "FileHaven, the easy way to share. You received this email because <EMAIL> shared"
            + " a folder with you.\n";
    assertThat(read("Shared with you: Tax documents", folder).text())
        .contains("why my direct debit was taken twice")
        .doesNotContain("shared", "View folder", "https", "FileHaven");
    String transfer =
        "<EMAIL> sent you 3 files\n\nreceipt scan.pdf\nletter from the bank.docx\n\n"
            + "Please check these, why is my refund still pending?\n\n"
            + "Get your files: https://send.example/d/991\n\n"
            + "To ensure our emails arrive in your inbox, add noreply@send.example to your"
            + " contacts.\n";
    assertThat(read("3 files for you", transfer).text())
        .contains("why is my refund still pending?")
        .doesNotContain("sent you", ".pdf", ".docx", "Get your files", "emails arrive");
    // A writer who says they sent something keeps the line: it is their own, not a service's.
    assertThat(read("", "I sent you my statement yesterday, did it arrive?").text())
        .isEqualTo("I sent you my statement yesterday, did it arrive?");
  }

  @Test
  void aNotificationsFooterIsNotRead() {
    String body =
        "New reply in Savings and ISAs\n\nWhat is the interest rate on the easy access saver?\n\n"
            + "You're receiving this because you follow this board. Change how often we email"
            + " you in your settings.\n";
    assertThat(read("Forum: new reply", body).text())
        .contains("interest rate")
        .doesNotContain("receiving this", "settings");
  }

  @Test
  void aForumsPostIsReadWithoutTheFieldsOverItAndTheNotesUnderIt() {
    String english =
        "A post in a thread you follow was flagged for the support team.\n\n"
            + "Forum: Cards and PINs\nThread: Card swallowed by ATM?\n"
            + "Author: jo_1987 (Member, 12 posts)\nDate: Tue 8 Dec 2026, 14:19\n\n"
            + "The cash machine kept my card this morning, how do I get it back?\n\n"
            + "Reply from tom_k (Guide): Happened to me as well last year.\n"
            + "Staff comment: Forwarded to the bank, the customer needs to update their address.\n\n"
            + "12 replies | 3 likes | 410 views\n";
    assertThat(read("", english).text())
        .isEqualTo(
            "The cash machine kept my card this morning, how do I get it back?\n"
                + "A post in a thread you follow was flagged for the support team.");
    String german =
        "Forum: Karten & Zahlungen\nThema: Karte gesperrt\n"
            + "Verfasst von: max_m (Mitglied, 5 Beiträge)\nDatum: 3. Dezember 2026 um 09:12\n\n"
            + "My card was blocked after three wrong PINs. How do I unblock it?\n\n"
            + "Moderator (Anna): Bitte direkt mit der Bank klären.\n"
            + "4 Antworten · 0 Likes · 97 Aufrufe\n";
    assertThat(read("", german).text())
        .isEqualTo("My card was blocked after three wrong PINs. How do I unblock it?");
    // A writer's own labelled line with no fields over it stays.
    assertThat(read("", "Update: the card still has not come. What now?").text())
        .isEqualTo("Update: the card still has not come. What now?");
  }

  @Test
  void aNoteSentThroughASigningOrTransferServiceIsReadWithoutTheServicesCardAndSmallPrint() {
    String signing =
        "Aoife Brennan sent you an envelope to sign.\n\n[Open envelope]\n\n<PERSON>\n<EMAIL>\n\n"
            + "Why was I charged a fee for my transfer to Spain?\n\nPowered by InkSeal\n\n"
            + "Do not forward this email\nAnyone with this link can open the envelope and sign it.\n\n"
            + "Security code: 4F2A9C\n";
    // The subject names the service's document, not the note.
    assertThat(read("Action needed: loan form", signing).text())
        .isEqualTo("Why was I charged a fee for my transfer to Spain?");
    // A transfer service's text part without a blank line: the notice wrapped under the address,
    // the note, the file and the footer in one paragraph.
    String transfer =
        "<EMAIL>\nsent you 3 files\nHere are the receipts. Why was my card charged twice?\n"
            + "receipt 1.pdf\nYou received this email because someone used Sendly to send you"
            + " files.\nSendly · Privacy · Terms\n";
    assertThat(read("", transfer).text())
        .isEqualTo("Here are the receipts. Why was my card charged twice?");
    // The writer's own name and address under what they wrote are still a signature.
    assertThat(
            read("Form", "We sent you the form yesterday. Has it arrived?\n\n<PERSON>\n<EMAIL>\n")
                .text())
        .isEqualTo("Form\nWe sent you the form yesterday. Has it arrived?");
  }

  @Test
  void aRelativesQuestionPastedFromAFamilyChatIsReadWithoutTheChatter() {
    String overTheLine =
        "My dad doesn't use email, so here's our chat:\n\nDad, [09:14]\nDid anyone feed the cat?\n\n"
            + "Lena, [09:16]\nYes this morning\n\n"
            + "Dad, [09:20]\nWhy was I charged twice for the same taxi ride on my card?\n\n"
            + "Lena, [09:21]\nI'll ask them\n";
    assertThat(read("", overTheLine).text())
        .isEqualTo(
            "My dad doesn't use email, so here's our chat:\n"
                + "Why was I charged twice for the same taxi ride on my card?");
    String exported =
        "12.11.26, 20:15 - Oma: Hat jemand meinen Schlüssel gesehen?\n"
            + "12.11.26, 20:17 - Jonas: Nein, sorry\n"
            + "12.11.26, 20:19 - Oma: How do I top up my card from my pension account?\n"
            + "12.11.26, 20:22 - Jonas: Bis Sonntag!\n";
    assertThat(read("", exported).text())
        .isEqualTo("How do I top up my card from my pension account?");
    // A chat that speaks of nothing a bank does is read whole.
    String letter =
        "Mum (18:02): Did the letter come?\nTom (18:05): Not yet\nMum (18:09): Ask them to resend it\n";
    assertThat(read("", letter).text())
        .isEqualTo("Did the letter come?\nNot yet\nAsk them to resend it");
  }

  @Test
  void aDatedLogOfEarlierContactsIsNotReadBesideTheRequest() {
    String body =
        "Hello,\n\nMy history with you so far:\n\n"
            + "2026-11-28 – emailed the complaints address, no reply\n"
            + "Mon 30 Nov: called the helpline, was told to wait\n"
            + "Dec 2nd, visited the branch, sent away\n\n"
            + "Why has my salary transfer still not arrived in my account?\n\nRegards,\n<PERSON>\n";
    assertThat(read("", body).text())
        .isEqualTo("Why has my salary transfer still not arrived in my account?");
    // One dated line is the writer's story, read where it stands.
    assertThat(read("", "3 Dec - my card was declined at the shop. Why?\nPlease help.").text())
        .startsWith("3 Dec - my card was declined at the shop. Why?");
  }

  @Test
  void theBanksOwnTermsQuotedAtItAreReadAfterTheQuestion() {
    String under =
        "Hello,\n\nYour FAQ page says:\n\nWe aim to answer every email within one working day.\n\n"
            + "It has been a week. Why has my transfer not arrived?\n\nRegards,\n<PERSON>\n";
    assertThat(read("", under).text())
        .startsWith("It has been a week. Why has my transfer not arrived?")
        .endsWith("We aim to answer every email within one working day.");
    String onItsLine =
        "Clause 9 of your savings agreement states: \u201cInterest is paid on the first working day"
            + " of each month.\u201d\n\nWhy has no interest been paid into my account?\n";
    assertThat(read("", onItsLine).text())
        .startsWith("Why has no interest been paid into my account?")
        .contains("Clause 9");
    // A question about the terms is the writer's own, wherever it stands.
    assertThat(read("", "What do your terms say about overdraft fees?\n\nThanks").text())
        .isEqualTo("What do your terms say about overdraft fees?");
  }

  @Test
  void aSignOffOverALinkedLogoEndsTheLetter() {
    String link =
        "<https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.com%2F&data=05"
            + "%7C02%7C%7C45e02b1f4e40640afab18e173a668e4c%7C0%7C0%7C638918297887%7CUnknown&sdata="
            + "595ba69f7c1bd12a5bb5d3c9%3D&reserved=0>";
    String body =
        "Hello,\n\nWhy was my transfer declined?\n\nAll the best,\n[cid:image003.png@01DBA3CC.4B89F105]"
            + link
            + "\n<PERSON>\nLumen Logistics\nT: <PHONE>\nwww.example.com"
            + link
            + "\n[LinkedIn]"
            + link
            + "\n[We're hiring - see our open roles]"
            + link
            + "\n";
    assertThat(read("", body).text()).isEqualTo("Why was my transfer declined?");
  }

  @Test
  void forwardWithoutNewTextIsReadOnTheQuotedTextAndSaysSo() {
    ModelText.Result r =
        read(
            "Fwd: my card",
            "---------- Forwarded message ---------\nFrom: <PERSON> <<EMAIL>>\nDate: Mon, 3 Jun 2024\n"
                + "Subject: my card\nTo: <EMAIL>\n\nHi,\nMy card was stolen yesterday, please block it.\n\n"
                + "Thanks,\n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    // The subject's words open the forwarded message: read there, once.
    assertThat(r.text()).isEqualTo("My card was stolen yesterday, please block it.");
  }

  @Test
  void appleForwardWithoutNewTextIsReadOnTheQuotedText() {
    ModelText.Result r =
        read(
            "Fwd: top up",
            "\n\nSent from my iPhone\n\nBegin forwarded message:\n\n> From: <PERSON> <<EMAIL>>\n"
                + "> Date: 3 June 2024 at 10:00:00 BST\n> To: <EMAIL>\n> Subject: top up\n>\n"
                + "> My top-up is still pending.\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("top up\nMy top-up is still pending.");
  }

  @Test
  void onlyQuoteMarkedLinesAreReadAsQuotedText() {
    ModelText.Result r =
        read("", "> I cannot log in to the app.\n> It says my password is wrong.\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("I cannot log in to the app.\nIt says my password is wrong.");
  }

  @Test
  void emptyNewPartFallsBackToTheFullText() {
    ModelText.Result r = read("Lost card", "Hi,\n\nThanks,\n<PERSON>\n<PHONE>");
    assertThat(r.part()).isEqualTo(Part.FULL_TEXT);
    assertThat(r.text()).isEqualTo("Lost card\nHi,\nThanks,\n<PERSON>\n<PHONE>");
  }

  @Test
  void mobileFootersAreDropped() {
    for (String footer :
        new String[] {
          "Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
              "Sent from Yahoo Mail for iPhone",
          "Envoyé de mon iPhone", "Von meinem iPhone gesendet", "Enviado desde mi iPhone",
              "Inviato da iPhone"
        }) {
      assertThat(read("", "Why is my balance not updated?\n\n" + footer).text())
          .as(footer)
          .isEqualTo("Why is my balance not updated?");
    }
  }

  @Test
  void signatureAfterDashDashIsDropped() {
    assertThat(
            read(
                    "",
                    "Is there a fee for ATM withdrawals abroad?\n-- \nJane\nAcme Ltd\nhttp://acme.example")
                .text())
        .isEqualTo("Is there a fee for ATM withdrawals abroad?");
  }

  @Test
  void contactLinesAndNamesAtTheEndAreDropped() {
    assertThat(
            read(
                    "",
                    "I was charged twice for one purchase.\n\n<PERSON>\nHead of Finance\nAcme Ltd.\nTel: <PHONE> | <EMAIL>")
                .text())
        .isEqualTo("I was charged twice for one purchase.");
    assertThat(read("", "I was charged twice.\nCheers, <PERSON>\nM: <PHONE>").text())
        .isEqualTo("I was charged twice.");
    // A number the detector did not take for a phone, and a company with its lower-case suffix.
    assertThat(
            read(
                    "",
                    "I was charged twice.\n\nBest,\n<PERSON>\nUmbrella Logistics plc\n0151 23453116")
                .text())
        .isEqualTo("I was charged twice.");
  }

  @Test
  void addressLinesOfASignatureGoWithIt() {
    assertThat(
            read("", "Can I get a refund?\n\nKind regards,\n<PERSON>\nHauptstraße 5, 10115 Berlin")
                .text())
        .isEqualTo("Can I get a refund?");
    assertThat(
            read("", "Can I get a refund?\n\n<PERSON>\n18 rue de la Paix, 75002 Paris\n<PHONE>")
                .text())
        .isEqualTo("Can I get a refund?");
  }

  @Test
  void anUnpunctuatedQuestionAboveContactLinesIsNotASignature() {
    assertThat(read("", "My transfer was declined\n<PERSON>\n<PHONE>").text())
        .isEqualTo("My transfer was declined");
    assertThat(read("", "why was I charged twice\nmy card ends 1234\nTel: <PHONE>").text())
        .isEqualTo("why was I charged twice\nmy card ends 1234");
  }

  @Test
  void greetingUnderAnExternalSenderBannerIsDropped() {
    assertThat(
            read(
                    "",
                    "[EXTERNAL] This message came from an external sender.\n\nDear Sir or Madam,\n\nMy PIN is blocked.")
                .text())
        .isEqualTo("My PIN is blocked.");
  }

  @Test
  void thanksThatOpensASentenceStays() {
    assertThat(read("", "Thanks for the reply, but the card still does not work.").text())
        .isEqualTo("Thanks for the reply, but the card still does not work.");
    // A sign-off followed by more sentences is not the end of the mail.
    // (The thanks alone, a courtesy, is left out, and with it the "Also," that turned from it.)
    assertThat(read("", "Thank you.\n\nAlso, my card was declined in a shop today.").text())
        .isEqualTo("my card was declined in a shop today.");
  }

  @Test
  void disclaimersAndExternalNoticesAreDropped() {
    ModelText.Result r =
        read(
            "",
            "CAUTION: This email originated from outside of the organization. Do not click links.\n\n"
                + "How do I change my PIN?\n\nRegards\n<PERSON>\n\n"
                + "This e-mail and any attachments are confidential and intended solely for the addressee. If you\n"
                + "have received it in error, please notify the sender and delete it from your system.\n");
    assertThat(r.text()).isEqualTo("How do I change my PIN?");
  }

  @Test
  void theWritersWordsKeepTheirUrgencyButNotTheDisclaimersOrTheHistorys() {
    ModelText.Result r =
        read(
            "Help needed please",
            "Hello,\n\nSomeone has taken my wallet with the debit card in it. Please help asap."
                + "\n\nKind regards\n<PERSON>\n\n"
                + "The information in this message is confidential. If it reached you by mistake,"
                + " tell the sender at once and\nerase it immediately; do not copy or forward it.\n\n"
                + "On Tue, 2 Jun 2026, <EMAIL> wrote:\n> Our fraud team will act immediately.");
    assertThat(r.text()).isEqualTo("Someone has taken my wallet with the debit card in it.");
    assertThat(r.writerText())
        .as("the subject as written and the courtesy the model leaves out are the writer's")
        .startsWith("Help needed please\n")
        .contains("Please help asap.")
        .doesNotContain("immediately")
        .doesNotContain("<PERSON>");
    ModelText.Result forward =
        read(
            "Fwd: stolen card",
            "---------- Forwarded message ---------\n"
                + "From: <EMAIL>\nSubject: stolen card\n\nMy card was stolen, block it urgently.");
    assertThat(forward.part()).isEqualTo(ModelText.Part.QUOTED_ONLY);
    assertThat(forward.writerText())
        .as("a forward without a note is read on what it forwards, urgency too")
        .contains("block it urgently");
  }

  @Test
  void aForwardedMessagesSubjectIsNoUrgencyOfTheWriterWhoseNoteIsRead() {
    String phish =
        "\n\n-------- Forwarded Message --------\nFrom: <EMAIL>\nSubject: IMMEDIATE ACTION:"
            + " account locked\n\nDear client, log in within 24 hours or lose access.";
    for (String subject :
        List.of(
            "Fwd: IMMEDIATE ACTION: account locked",
            "FW: IMMEDIATE ACTION: account locked",
            "[EXTERNAL] WG: IMMEDIATE ACTION: account locked")) {
      ModelText.Result r =
          read(
              subject,
              "Got this today, looks fake to me. Separately, how do I order a new card?" + phish);
      assertThat(r.writerText())
          .as(subject)
          .contains("order a new card")
          .doesNotContain("IMMEDIATE")
          .doesNotContain("24 hours");
    }
    ModelText.Result reply =
        read(
            "Re: URGENT card blocked",
            "Still blocked this morning, please sort it today.\n\nOn Mon, <EMAIL> wrote:\n> We are"
                + " looking into it.");
    assertThat(reply.writerText())
        .as("a reply's subject may be the writer's own, from their first mail")
        .startsWith("Re: URGENT card blocked");
    ModelText.Result plain =
        read("URGENT: card swallowed", "The cash machine kept my card just now.");
    assertThat(plain.writerText()).startsWith("URGENT: card swallowed");
  }

  @Test
  void aDraftAWritingAssistantWroteIsReadWithoutItsNotesBlanksAndSetPhrases() {
    ModelText.Result r =
        read(
            "Standing order",
            "Of course! Here is a revised draft of your message:\n\n"
                + "Dear [Recipient Name] Team,\n\n"
                + "I trust you are keeping well. I am reaching out to seek guidance on the"
                + " following.\n\n"
                + "My standing order to my landlord did not go out on the 1st.\n\n"
                + "Your prompt assistance would be highly appreciated. Please let me know should"
                + " you require any further information.\n\n"
                + "Warm regards,\n[Your Full Name]\n[Your Phone Number]\n\n"
                + "Let me know if you'd like me to make it shorter!");
    assertThat(r.text())
        .isEqualTo("Standing order\nMy standing order to my landlord did not go out on the 1st.");
  }

  @Test
  void aMailToSeveralBanksIsReadWithoutItsWordsAboutTheSending() {
    ModelText.Result r =
        read(
            "One question for all of you",
            "Hi Lloyd, Barclay, Monzo,\n\n"
                + "Sorry for the group email, I hold a savings account with each of you.\n"
                + "What is the most I can pay in each month?\n\n"
                + "Please reply to me directly rather than reply-all. Ignore this if you are the"
                + " wrong bank for it.\n\nThanks\n<PERSON>");
    assertThat(r.text()).isEqualTo("What is the most I can pay in each month?");
    assertThat(read("", "Hi Tom, Anna, how do I order a new card?").text())
        .as("a name and then the request: only the names go")
        .isEqualTo("how do I order a new card?");
    assertThat(read("", "Can each of you tell me your overdraft rate?").text())
        .as("a question to all of them is the request")
        .isEqualTo("Can each of you tell me your overdraft rate?");
  }

  @Test
  void oneCueWordDoesNotMakeACustomersParagraphADisclaimer() {
    assertThat(read("", "A payment was made in error from my account, can you reverse it?").text())
        .isEqualTo("A payment was made in error from my account, can you reverse it?");
  }

  @Test
  void aReplysSubjectIsTheThreadsAndIsLeftOutButANewMailKeepsItsSubject() {
    assertThat(
            read(
                    "Re: Your new card",
                    "My card was declined.\n\nOn Mon, 3 Jun 2024, <EMAIL> wrote:\n> It was sent.")
                .text())
        .isEqualTo("My card was declined.");
    assertThat(read("Card declined", "My card was declined.").text())
        .isEqualTo("Card declined\nMy card was declined.");
    // Without quoted history the prefix alone does not make it a thread's subject to drop.
    assertThat(read("Re: Card declined", "Still declined.").text())
        .isEqualTo("Card declined\nStill declined.");
  }

  @Test
  void aSubjectThatOnlySaysTheMailAsksSomethingIsLeftOut() {
    assertThat(read("Quick question", "Why was I charged a fee for my transfer?").text())
        .isEqualTo("Why was I charged a fee for my transfer?");
    assertThat(read("Problem with my account!!", "My top-up has not gone through.").text())
        .isEqualTo("My top-up has not gone through.");
    assertThat(read("Customer enquiry - need assistance", "My card is stuck in the ATM.").text())
        .isEqualTo("My card is stuck in the ATM.");
    assertThat(read("Anfrage: bitte Hilfe", "Meine Karte wurde gestohlen.").text())
        .isEqualTo("Meine Karte wurde gestohlen.");
    // Urgency is more than filler: the model weighs it toward the intents that cannot wait.
    assertThat(read("URGENT - need assistance", "My card is stuck in the ATM.").text())
        .isEqualTo("URGENT - need assistance\nMy card is stuck in the ATM.");
    // A subject naming anything more is the writer's summary and stays.
    assertThat(read("Question about my PIN", "How do I change it?").text())
        .isEqualTo("Question about my PIN\nHow do I change it?");
    // Where the subject is all there is, the mail is still read on it.
    assertThat(read("Help please", "").text()).isEqualTo("Help please");
  }

  @Test
  void aSubjectTheMessageOpensWithIsReadOnceInTheMessage() {
    // A web form's or a hurried sender's subject: the first words, cut off mid-sentence.
    assertThat(
            read(
                    "I was charged twice for",
                    "Hello,\n\nI was charged twice for my coffee this morning, can you refund"
                        + " one?\n\nThanks,\n<PERSON>\n")
                .text())
        .isEqualTo("I was charged twice for my coffee this morning, can you refund one?");
    // Another case, an ellipsis, and the message wrapped before the subject's last word.
    assertThat(
            read(
                    "MY NEW CARD HAS NOT ARRIVED YET…",
                    "My new card has not\narrived yet. I ordered it two weeks ago.")
                .text())
        .isEqualTo("My new card has not\narrived yet. I ordered it two weeks ago.");
    assertThat(
            read(
                    "Ich habe meine Karte verloren und brauche...",
                    "Guten Tag,\n\nich habe meine Karte verloren und brauche eine neue.\n\n"
                        + "Mit freundlichen Grüßen\n<PERSON>\n")
                .text())
        .isEqualTo("ich habe meine Karte verloren und brauche eine neue.");
    assertThat(
            read(
                    "Virement non reçu",
                    "Bonjour,\n\nVirement non reçu depuis lundi, que se passe-t-il ?\n\n"
                        + "Cordialement,\n<PERSON>\n")
                .text())
        .isEqualTo("Virement non reçu depuis lundi, que se passe-t-il ?");
    assertThat(read("¿Por qué me cobraron", "¿Por qué me cobraron dos veces la compra?").text())
        .isEqualTo("¿Por qué me cobraron dos veces la compra?");
    // A message that is only its subject is read once.
    assertThat(read("Card declined", "Card declined").text()).isEqualTo("Card declined");
  }

  @Test
  void aForwardsRepeatedSubjectIsReadOnceInTheQuotedText() {
    ModelText.Result r =
        read(
            "Fwd: Why was my card",
            "Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: <PERSON> <<EMAIL>>\n"
                + "Subject: Why was my card\nDate: 3 June 2024 at 10:00:00 BST\nTo: <EMAIL>\n\n"
                + "Why was my card declined at the pharmacy?\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("Why was my card declined at the pharmacy?");
  }

  @Test
  void aSubjectWithWordsOfItsOwnStays() {
    // Same letters but not the same words, the same words elsewhere, or more than the opening.
    assertThat(read("My card", "My cardholder name is misspelt.").text())
        .isEqualTo("My card\nMy cardholder name is misspelt.");
    assertThat(read("Card not arriving", "Hi,\nmy card is not arriving.").text())
        .isEqualTo("Card not arriving\nmy card is not arriving.");
    assertThat(read("Refund for the double charge", "Refund please.").text())
        .isEqualTo("Refund for the double charge\nRefund please.");
  }

  @Test
  void subjectPrefixesAndTagsAreDropped() {
    assertThat(ModelText.subject("RE: Fwd: [EXTERNAL] AW: card blocked")).isEqualTo("card blocked");
    assertThat(ModelText.subject("Card: blocked")).isEqualTo("Card: blocked");
  }

  @Test
  void joinedModelTextHasTheSubjectOnItsFirstLine() {
    ModelText.Result r =
        ModelText.of("Re: pin\nHello,\nHow do I reset my PIN?\nSent from my iPhone");
    assertThat(r.text()).isEqualTo("pin\nHow do I reset my PIN?");
    assertThat(ModelText.of((String) null).text()).isEmpty();
  }

  @Test
  void dropsAttributionsWhoseVerbIsPolishRussianOrTurkish() {
    for (String attribution :
        new String[] {
          "W dniu 3.12.2026 o 14:02, Bank Support <<EMAIL>> pisze:",
          "3.12.2026 14:02, Bank Support <<EMAIL>> пишет:",
          "Bank Support <<EMAIL>>, 03.12.2026 14:02 tarihinde şunu yazdı:",
        }) {
      assertEndsTheNewMessage(attribution);
    }
  }

  @Test
  void dropsAttributionsWithoutAVerb() {
    for (String attribution :
        new String[] {
          // Japanese and Chinese clients: a date, the writer and the address, then the colon.
          "2026年12月3日 14:02 Bank Support <<EMAIL>>:", "Quoting Bank Support <<EMAIL>>:",
        }) {
      assertEndsTheNewMessage(attribution);
    }
    // A customer's own line that ends in an address is no attribution.
    assertThat(read("", "Please write to me at <EMAIL>:\nI lost my card.").text())
        .isEqualTo("Please write to me at <EMAIL>:\nI lost my card.");
  }

  @Test
  void findsAttributionsWrappedBeforeTheirLastWords() {
    ModelText.Result r =
        read(
            "Re: card",
            "How can I verify my identity?\n\n21.11.2026 o 06:18 Bank Support <<EMAIL>>\n"
                + "napisał(a):\nHi <PERSON>,\nWe have reviewed your account.\n");
    assertThat(r.text()).isEqualTo("How can I verify my identity?");
  }

  @Test
  void findsAttributionsWrappedBeforeTheAddress() {
    ModelText.Result r =
        read(
            "Re: card",
            "Still no card.\n\n17.11.2026 klo 09.31 Bank Support\n<<EMAIL>> kirjoitti:\n"
                + "> We sent it last week.\n");
    assertThat(r.text()).isEqualTo("Still no card.");
    // A finished sentence above the address line stays the customer's.
    assertThat(read("", "Where is card 2?\n<<EMAIL>> kirjoitti:\n> We sent it.\n").text())
        .isEqualTo("Where is card 2?");
  }

  @Test
  void dropsCorporateSignaturesWithoutDashesAndTheirWebAndLogoLines() {
    ModelText.Result r =
        read(
            "",
            "Can I cancel a transfer?\n\nKind regards\n\n<PERSON>\nHead of Finance | Northpoint Ltd\n"
                + "[cid:image001.png@01DA1F4A.5C1E7A90]\nul. Przykładowa 7 lok. 3\n00-950 Warszawa\n"
                + "Polska\nTel. <PHONE>\nFax: <PHONE>\nW: www.northpoint.example\n"
                + "https://www.northpoint.example\nLinkedIn | Twitter | Instagram\n"
                + "Follow us on LinkedIn\n");
    assertThat(r.text()).isEqualTo("Can I cancel a transfer?");
    assertThat(
            read("", "Is my card broken?\n\nTak,\n<PERSON>\nBookkeeper\nVistula Foods Sp. z o.o.\n")
                .text())
        .isEqualTo("Is my card broken?");
    // The same lines without a sign-off go with the contact lines at the end.
    assertThat(
            read("", "Can I cancel a transfer?\n\n<PERSON>\nwww.northpoint.example\nLinkedIn")
                .text())
        .isEqualTo("Can I cancel a transfer?");
  }

  @Test
  void dropsExternalSenderBannersScanStampsAndPrintNoticesInOtherWordings() {
    for (String notice :
        new String[] {
          "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Öffnen Sie keine Anhänge.",
          "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur"
              + " les liens.",
          "WARNING: This message was sent from outside the company. Think before you click.",
          "[EXT] External sender",
          "You don't often get email from this sender. Learn why this is important"
              + " <https://aka.example/x>",
          "This email has been scanned for viruses by Example Antivirus.",
          "Scanned by MailGuard <https://mailguard.example>",
          "P Please consider the environment before printing this e-mail",
          "Think green - keep it on the screen.",
          "The content of this message is for the named recipient only. Views given here are the"
              + " writer's own.",
        }) {
      assertThat(read("", notice + "\n\nHow do I change my PIN?\n\n" + notice).text())
          .as(notice)
          .isEqualTo("How do I change my PIN?");
    }
    // One of those phrases in a customer's sentence does not make it a notice.
    assertThat(read("", "My card was stolen outside the company office.").text())
        .isEqualTo("My card was stolen outside the company office.");
  }

  @Test
  void readsAWebFormOnItsMessageFieldWithoutTheFormsSubject() {
    ModelText.Result r =
        read(
            "New contact form submission",
            "You have received a new message from your website contact form.\n\nName: <PERSON>\n"
                + "Email: <EMAIL>\nPhone: <PHONE>\nAccount: 10000925\nTopic: My account\n"
                + "Message: What is the tracking number for my card?\n\n--\n"
                + "Sent via the contact form at https://www.bank.example/contact\n");
    assertThat(r.text()).isEqualTo("What is the tracking number for my card?");
    ModelText.Result below =
        read(
            "[Contact] Web form",
            "Name:\t\t<PERSON>\nE-mail:\t\t<EMAIL>\nCustomer number:\t10006993\n\nYour message:\n"
                + "There is a charge I do not know.\nCould you tell me why?\n\n-----------------\n"
                + "Submitted on Tuesday, 3 November 2026 18:24 from https://www.bank.example/help\n"
                + "IP: <IP_ADDRESS>\n");
    assertThat(below.text()).isEqualTo("There is a charge I do not know.\nCould you tell me why?");
  }

  @Test
  void aSignaturesContactFieldsDoNotMakeAForm() {
    ModelText.Result r =
        read(
            "Card", "Question: can I get a second card?\n\n<PERSON>\nTel: <PHONE>\nEmail: <EMAIL>");
    assertThat(r.text()).isEqualTo("Card\nQuestion: can I get a second card?");
  }

  @Test
  void readsAHelpDeskNotificationBelowItsReplyLineWithoutItsFields() {
    ModelText.Result r =
        read(
            "[Bank Help] Request #48061: Hello",
            "##- Please type your reply above this line -##\n\nA new request has been submitted.\n\n"
                + "<PERSON>\nMonday, 2 November 2026 18:56\n\nHow do I link my new card?\n\n"
                + "Request ID: 48061\nStatus: Open\nPriority: Normal\n\n"
                + "View the request: https://help.bank.example/agent/tickets/48061\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .isEqualTo(
            "Request #48061: Hello\nA new request has been submitted.\n"
                + "How do I link my new card?");
  }

  @Test
  void readsTheMailThatBouncedWhenItIsSentAgainWithItsFailureReport() {
    ModelText.Result r =
        read(
            "FW: Undeliverable: Card left in a taxi",
            "Second go at this one.\n\n"
                + "-----Original Message-----\nFrom: Microsoft Outlook <<EMAIL>>\n"
                + "Sent: 02 December 2026 08:14\nTo: <PERSON>\n"
                + "Subject: Undeliverable: Card left in a taxi\n\n"
                + "Your message to <EMAIL> couldn't be delivered.\n"
                + "The recipient's mailbox is full and can't accept messages now.\n\n"
                + "-----Original Message-----\nFrom: <PERSON> <<EMAIL>>\n"
                + "Sent: 02 December 2026 08:13\nTo: <EMAIL>\nSubject: Card left in a taxi\n\n"
                + "I left my debit card in a taxi last night, please cancel it and send another.\n\n"
                + "Thanks\n<PERSON>\n");
    assertThat(r.text())
        .isEqualTo(
            "I left my debit card in a taxi last night, please cancel it and send another.\n"
                + "Second go at this one.");
    // A note over the bank's automatic acknowledgement is no resend: it is read as written.
    assertThat(
            read(
                    "",
                    "Is my savings pot closed now?\n\nOn Mon, 30 Nov 2026, <EMAIL> wrote:\n"
                        + "> We have received your message and will reply within two days.\n"
                        + ">\n> On Sun, 29 Nov 2026, <PERSON> wrote:\n> Please close my pot.")
                .text())
        .isEqualTo("Is my savings pot closed now?");
  }

  @Test
  void readsACalendarInvitationOnTheDescriptionTheOrganiserTyped() {
    ModelText.Result r =
        read(
            "",
            "<PERSON> has invited you to an event\n\n"
                + "Event: Phone appointment\nDate: Thursday 3 December 2026, 10:15 - 10:45 (GMT)\n"
                + "Location: phone\nAttendees:\n- <PERSON> (organizer)\n- <EMAIL>\n\n"
                + "My standing order to the landlord went out twice this month, can someone ring"
                + " me about getting one back?\n\n"
                + "Accept? yes / maybe / no - see all options\n\n"
                + "Sent by an online calendar to <EMAIL>. Reply to this invitation to let the"
                + " organizer know if you can come.\n");
    assertThat(r.text())
        .isEqualTo(
            "My standing order to the landlord went out twice this month, can someone ring me"
                + " about getting one back?");
    // Fields with a time in them and no answer line are no invitation: all stays.
    assertThat(read("", "Booked: Friday 09:30\nBranch: Leeds\n\nCan I bring my son?").text())
        .isEqualTo("Booked: Friday 09:30\nBranch: Leeds\nCan I bring my son?");
  }

  @Test
  void readsAnInvitationsSubjectOnItsTitleWithoutTheTimeAndGuest() {
    assertThat(
            read(
                    "Updated invitation with note: Overdraft chat @ Tue 8 Dec 2026 15:00 - 15:20"
                        + " (GMT) (<EMAIL>)",
                    "Can I raise my overdraft limit for December?")
                .text())
        .isEqualTo("Overdraft chat\nCan I raise my overdraft limit for December?");
    // An "@" in an ordinary subject is the writer's.
    assertThat(read("Refund @ the garden centre", "It never came back to my card.").text())
        .isEqualTo("Refund @ the garden centre\nIt never came back to my card.");
  }

  @Test
  void dropsAVideoCallsJoiningDetailsBetweenTheirRules() {
    ModelText.Result r =
        read(
            "Call re savings",
            "Could we talk through moving my savings into the fixed rate account?\n\n"
                + "----------------------------------------\n"
                + "Join the call from your browser or the app\n"
                + "https://video.example.net/room/8812-4410?pwd=x1\n"
                + "Room number: 8812 4410\nOne tap mobile: <PHONE>\n"
                + "----------------------------------------\n");
    assertThat(r.text())
        .isEqualTo(
            "Call re savings\nCould we talk through moving my savings into the fixed rate account?");
    // A fenced note without a link is the writer's.
    assertThat(read("", "This is urgent.\n=====\nMy card was swallowed by the ATM.\n=====").text())
        .isEqualTo("This is urgent.\nMy card was swallowed by the ATM.");
  }

  @Test
  void dropsALineSayingTheMailWasDictatedOrApologisingForTypos() {
    for (String footer :
        new String[] {
          "Speech-to-text on my phone, sorry about any typos",
          "Dictated but not read.",
          "Please forgive the brevity and the errors.",
          "Written with voice recognition"
        }) {
      assertThat(read("", "how do i change my address on the account\n" + footer).text())
          .as(footer)
          .isEqualTo("how do i change my address on the account");
    }
    // An apology for one mistake of the writer's is part of the request.
    assertThat(read("", "Sorry for the mistake, I paid the wrong person.").text())
        .isEqualTo("Sorry for the mistake, I paid the wrong person.");
  }

  @Test
  void keepsAPostscriptUnderTheSignature() {
    ModelText.Result r =
        read(
            "Thanks!",
            "Thank you for your help last week.\n\nBest wishes,\n<PERSON>\n\n"
                + "P.S. Can I order a virtual card?\n");
    assertThat(r.text())
        .isEqualTo("Thanks!\nCan I order a virtual card?\nThank you for your help last week.");
    for (String mark : new String[] {"PS ", "PS: ", "PS - ", "P.S.: ", "P.P.S. "}) {
      assertThat(
              read("", "The app logged me out.\n\nThanks,\n<PERSON>\n" + mark + "My card is lost.")
                  .text())
          .as(mark)
          .isEqualTo("The app logged me out.\nMy card is lost.");
    }
    // A word that starts with "PS" is no postscript mark: the line is the signature's footer.
    assertThat(read("", "The app logged me out.\n\nThanks,\n<PERSON>\nPS5 refund please").text())
        .isEqualTo("The app logged me out.");
  }

  @Test
  void aClientsNoSubjectIsNotRead() {
    assertThat(read("(no subject)", "My card was declined.").text())
        .isEqualTo("My card was declined.");
    assertThat(read("Re: (kein Betreff)", "My card was declined.").text())
        .isEqualTo("My card was declined.");
  }

  /**
   * A customer chasing their own unanswered mail writes nothing new but the chase: the mail is read
   * on the earlier message it points at, the chase after it, through a chase of the chase.
   */
  @Test
  void aChaserIsReadOnTheMessageItChases() {
    String earlier =
        "On Tue, 3 Nov 2026 at 09:12, <PERSON> <<EMAIL>> wrote:\n> Hi,\n>\n"
            + "> Why hasn't my card arrived yet?\n>\n> Thanks,\n> <PERSON>\n";
    ModelText.Result r = read("Re: card", "Any update?\n\n" + earlier);
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("card\nWhy hasn't my card arrived yet?\nAny update?");
    assertThat(read("", "?\n<PERSON>\n\n" + earlier).text())
        .isEqualTo("Why hasn't my card arrived yet?\n?");
    ModelText.Result twice =
        read(
            "",
            "Bumping this - 5 days and no answer.\n\n"
                + "On Thu, 5 Nov 2026 at 10:00, <PERSON> <<EMAIL>> wrote:\n"
                + "> Still nothing?\n>\n"
                + earlier.replace("\n", "\n> ").replace("On Tue", "> On Tue"));
    assertThat(twice.text())
        .isEqualTo(
            "Why hasn't my card arrived yet?\nStill nothing?\nBumping this - 5 days and no answer.");
    // A reply that asks something of its own is the new message, however short.
    assertThat(read("", "Any update on the refund fee?\n\n" + earlier).part())
        .isEqualTo(Part.NEW_MESSAGE);
  }

  /** Someone forwarding the customer's letter with a line that only points at it. */
  @Test
  void aForwardOnSomeonesBehalfIsReadOnTheLetter() {
    ModelText.Result r =
        read(
            "FW: Question from my mother",
            "Forwarding on behalf of my mother, see below.\n\nThanks\n<PERSON>\nPA to <PERSON>\n\n"
                + "-----Original Message-----\nFrom: <PERSON> <<EMAIL>>\nSent: 04/10/2026 09:12\n"
                + "To: <PERSON> <<EMAIL>>\nSubject: card\n\nHello,\n\nCan I still use my card abroad?\n\n"
                + "Kind regards,\n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .isEqualTo(
            "Question from my mother\nCan I still use my card abroad?\n"
                + "Forwarding on behalf of my mother, see below.");
  }

  /**
   * A note that only says who is on the mail now ("Copying in my wife.", "My husband is on this
   * email too.") points at the quoted mail, which holds the request: it is read first, the note
   * after it.
   */
  @Test
  void aNoteThatOnlyCopiesSomeoneInIsReadAfterTheMailItQuotes() {
    ModelText.Result r =
        read(
            "Re: savings",
            "Copying in my wife.\n\nOn Tue, 4 Jun 2024 at 09:12, <PERSON>"
                + " <<EMAIL>> wrote:\n> Can you ask them why the savings rate dropped in May?\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .startsWith("savings\nCan you ask them why the savings rate dropped in May?");
    ModelText.Result husband =
        read(
            "Re: savings",
            "My husband is on this email too.\n\nOn Tue, 4 Jun 2024 at 09:12, <PERSON>"
                + " <<EMAIL>> wrote:\n> Why did the savings rate drop in May?\n");
    assertThat(husband.text()).startsWith("savings\nWhy did the savings rate drop in May?");
  }

  /**
   * Translations and non-native writers close with "Greetings," ("Saludos", "Grüße"): over the
   * writer's name it ends the letter and is no opening greeting with a heading above it.
   */
  @Test
  void greetingsOverTheNameClosesTheLetter() {
    ModelText.Result r =
        read(
            "",
            "[Translated from Spanish]\n\nWhy was my salary not paid into my account this month?"
                + "\n\nGreetings,\n<PERSON>\n");
    assertThat(r.text())
        .isEqualTo(
            "[Translated from Spanish]\nWhy was my salary not paid into my account this month?");
  }

  /**
   * A friendly note that only thanks or passes on news carries its request in the postscript under
   * the signature: the postscript is read first. Where the letter asks a question of its own, the
   * postscript stays an afterthought, read after it.
   */
  @Test
  void aPostscriptUnderAThankYouNoteIsReadFirst() {
    ModelText.Result r =
        read(
            "",
            "Many thanks for the birthday card you sent me, it was a lovely surprise.\n\n"
                + "Best wishes,\n<PERSON>\n\nPS could you tell me why my savings interest went down\n");
    assertThat(r.text())
        .isEqualTo(
            "could you tell me why my savings interest went down\n"
                + "Many thanks for the birthday card you sent me, it was a lovely surprise.");
    ModelText.Result asks =
        read(
            "",
            "Thanks for the new card. Why does it not work at the petrol station?\n\n"
                + "Best wishes,\n<PERSON>\n\nPS I am away next week.\n");
    assertThat(asks.text())
        .isEqualTo(
            "Thanks for the new card. Why does it not work at the petrol station?\n"
                + "I am away next week.");
  }

  /**
   * A formal complaint sets its request among numbered paragraphs of procedure and standing (how
   * long the writer has banked here, "log this as a formal complaint", the final response, the
   * ombudsman) under a subject that only says it is a complaint: the request is read first and the
   * subject after it; three paragraphs of procedure are a rant's worth and not read, nor are their
   * labels.
   */
  @Test
  void aFormalComplaintsProcedureIsReadAfterItsRequest() {
    ModelText.Result r =
        read(
            "Formal complaint",
            "Dear Sirs,\n\n1. I have been a customer since 2001.\n\n2. My direct debit to the"
                + " council was paid twice this month.\n\n3. Please log this as a formal complaint"
                + " and send your final response in writing.\n\n4. I reserve my rights to go to the"
                + " ombudsman.\n\nYours faithfully,\n<PERSON>\n");
    assertThat(r.text())
        .isEqualTo(
            "2. My direct debit to the council was paid twice this month.\nFormal complaint");
  }

  /**
   * A bank's own staff pass a customer's mail on to the desk with a routing note: the customer in
   * the third person, a handover ("can you pick it up?"), the case's fields. The customer's mail is
   * the request; the note is read after it. A customer's own note that names customer service still
   * stands as the request.
   */
  @Test
  void aColleaguesHandoverNoteIsReadAfterTheCustomersMail() {
    ModelText.Result r =
        read(
            "FW: transfer",
            "Morning,\n\nThis landed in the Harrogate mailbox, client asked us to pass it on. Can you"
                + " pick it up?\n\nCase ref: 88120\nChannel: Branch\n\nCheers\n<PERSON>\n\n"
                + "-----Original Message-----\nFrom: <PERSON> <<EMAIL>>\nSent: 04/10/2026 09:12\n"
                + "To: <PERSON> <<EMAIL>>\nSubject: transfer\n\nHi,\n\nMy transfer to my landlord"
                + " still hasn't arrived, what's going on?\n\nThanks\n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text())
        .startsWith("transfer\nMy transfer to my landlord still hasn't arrived, what's going on?");
    ModelText.Result own =
        read(
            "FW: card",
            "Your customer service line said to send this on, my card still gets refused.\n\n"
                + "-----Original Message-----\nFrom: <PERSON> <<EMAIL>>\nSent: 04/10/2026 09:12\n"
                + "To: <PERSON> <<EMAIL>>\nSubject: card\n\nYour card payment was declined.\n");
    assertThat(own.part()).isEqualTo(Part.NEW_MESSAGE);
    ModelText.Result newCustomer =
        read(
            "RE: transfer",
            "New customer here, and my sister still can't pick it up at the cash desk.\n\n"
                + "-----Original Message-----\nFrom: <PERSON> <<EMAIL>>\nSent: 04/10/2026 09:12\n"
                + "To: <PERSON> <<EMAIL>>\nSubject: transfer\n\nThank you for your message.\n");
    assertThat(newCustomer.part()).isEqualTo(Part.NEW_MESSAGE);
  }

  /**
   * Outlook users answer a message's questions inside its unquoted history, marking their lines
   * with their initials: those lines are the reply, the rest is the other side's.
   */
  @Test
  void answersMarkedInlineWithInitialsAreTheReply() {
    ModelText.Result r =
        read(
            "RE: Your enquiry",
            "Please see my answers inline.\n\nFrom: Support <<EMAIL>>\nSent: Monday, 2 November 2026"
                + " 09:00\nTo: <PERSON> <<EMAIL>>\nSubject: Your enquiry\n\nDear <PERSON>,\n\n"
                + "Could you describe the issue?\n[Jv] My top-up has not arrived.\n\n"
                + "Are you able to log in?\n[Jv] Yes.\n\nKind regards,\nSam\n");
    assertThat(r.text())
        .isEqualTo("My top-up has not arrived.\nYes.\nPlease see my answers inline.");
  }

  /** Bottom-posting under a separator and header block over a quote: the text under the quote. */
  @Test
  void aHeaderBlockOverAQuoteLeavesTheTextUnderTheQuoteNew() {
    ModelText.Result r =
        read(
            "Re: Your message",
            "-----Original Message-----\nFrom: Support <<EMAIL>>\nSent: 04/10/2026 17:13\n"
                + "To: <EMAIL>\nSubject: Your message\n\n> Dear <PERSON>,\n>\n"
                + "> What do you need help with?\n\nWhy is there a fee on my statement?\n\n"
                + "Thanks,\n<PERSON>\n");
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text()).isEqualTo("Why is there a fee on my statement?");
  }

  /**
   * A sign-off with the writer's name under it, or the name with a title under it, ends the letter:
   * the footer under it goes whatever its wording, a postscript stays.
   */
  @Test
  void aSignatureEndsTheLetterWhateverFooterFollows() {
    String footer =
        "Finance Assistant | Harbourline Logistics\n<PHONE>\n\nMy working hours may not be"
            + " yours.\n\nPensa all'ambiente prima di stampare questa email.\n\nWinner of a"
            + " small business award, book a meeting with me.\n";
    assertThat(read("", "My card was declined.\n\nWarm regards,\n<PERSON>\n" + footer).text())
        .isEqualTo("My card was declined.");
    assertThat(read("", "My card was declined.\n\n<PERSON> (she/her)\n" + footer).text())
        .isEqualTo("My card was declined.");
    assertThat(
            read(
                    "",
                    "My card was declined.\n\nWarm regards,\n<PERSON>\n"
                        + footer
                        + "\nP.S. Urgent!")
                .text())
        .isEqualTo("My card was declined.\nUrgent!");
    // A portal's name heading over the relayed text is followed by a date, not a title.
    assertThat(
            read(
                    "",
                    "A request was submitted.\n\n<PERSON>\nMonday, 2 November 2026 07:45\n\nWhere is my card?")
                .text())
        .endsWith("Where is my card?");
  }

  @Test
  void bannersInOtherWordingsAreNotices() {
    for (String banner :
        new String[] {
          "[Externe Mail] Vorsicht bei Links und Anhängen.",
          "*** This message came from the Internet ***"
        }) {
      assertThat(read("", banner + "\n\nWhere is my card?").text())
          .as(banner)
          .isEqualTo("Where is my card?");
    }
  }

  /** Attributions that run into the quoted text, or have their date on a line of its own above. */
  @Test
  void attributionsRunningOnOrDatedAboveAreCut() {
    assertThat(
            read(
                    "",
                    "Where is my card?\n\nSent from Yahoo Mail for iPhone\n\n  On Sun, 4 Oct 2026 at 20:32,"
                        + " Support<<EMAIL>> wrote:    Dear <PERSON>,\n\n  How can we help?\n")
                .text())
        .isEqualTo("Where is my card?");
    assertThat(
            read(
                    "",
                    "Sent: Sun, 4 Oct 2026 at 17:23\nSupport <<EMAIL>> wrote:\n> How can we help?\n\n"
                        + "Hi,\n\nWhere is my card?\n")
                .text())
        .isEqualTo("Where is my card?");
  }

  /**
   * History a client indented instead of quoting, with no attribution: the writer's letter is read
   * above it or under it; the writer's own indented list stays theirs.
   */
  @Test
  void historyIndentedInsteadOfQuotedIsNotRead() {
    String history =
        "    Dear <PERSON>,\n\n    Your standing order to the landlord was cancelled today."
            + "\n\n    Kind regards,\n    Support\n";
    String letter = "Hi,\n\nWhy is my top-up still pending?\n\nThanks,\n<PERSON>\n";
    assertThat(read("Re: Your enquiry", history + "\n" + letter).text())
        .isEqualTo("Why is my top-up still pending?");
    assertThat(read("", letter + "\n\n" + history.replace("    ", "\t")).text())
        .isEqualTo("Why is my top-up still pending?");
    String block =
        "  From: Support [<EMAIL>]\n  Sent: 4 November 2026 10:12\n  To: <PERSON>\n"
            + "  Subject: Your enquiry\n\n";
    assertThat(read("", letter + "\n" + block + history.replace("    ", "  ")).text())
        .isEqualTo("Why is my top-up still pending?");
    assertThat(
            read(
                    "",
                    "My card payment failed. What I tried:\n  - restarting the app\n"
                        + "  - another shop\n  - contactless\n")
                .text())
        .contains("another shop");
  }

  /**
   * Rows copied from a statement beside the request (columns, tabs, pipes, an HTML table's cells
   * joined by spaces) are not read: their descriptions name other payments; the request is.
   */
  @Test
  void rowsCopiedFromAStatementAreNotRead() {
    String ask = "Why was I charged this fee?";
    for (String rows :
        new String[] {
          "12/10/2026   DIRECT DEBIT COUNCIL TAX      -120.00\n"
              + "13/10/2026   CASH MACHINE KINGS RD         -40.00\n",
          "Date\tDetails\tAmount\n2026-10-12\tINTERNATIONAL TRANSFER\t-€300.00\n"
              + "2026-10-13\tMONTHLY FEE\t-€2.99\n",
          "| Date | Details | Amount |\n|---|---|---|\n| 12 Oct | TOP UP VISA | +£20.00 |\n"
              + "| 13 Oct | MONTHLY FEE | -£2.99 |\n",
          "Posted Date Details Amount\n12 Oct 2026 SALARY ACME LTD 1,850.00 CR\n"
              + "13 Oct 2026 MONTHLY FEE 2.99\n"
        }) {
      assertThat(read("", "Hello,\n\nFrom my statement:\n" + rows + "\n" + ask + "\n").text())
          .as(rows)
          .isEqualTo("From my statement:\n" + ask);
    }
    // One dated line of the writer's own stays.
    assertThat(read("", "12 Oct 2026 I paid the shop 45.00\nWhy was I charged twice?").text())
        .startsWith("12 Oct 2026");
  }

  /**
   * What stands above the letter's greeting in paragraphs of its own is not the letter: a gateway's
   * banner in a wording no notice rule knows, a posted letter's address, date and account lines.
   */
  @Test
  void paragraphsAboveTheGreetingAreNotRead() {
    assertThat(
            read(
                    "",
                    "AVISO: Este mensaje procede de un remitente externo. Compruebe los enlaces.\n\n"
                        + "Hello,\n\nHow do I top up by bank transfer?\n")
                .text())
        .isEqualTo("How do I top up by bank transfer?");
    assertThat(
            read(
                    "",
                    "<PERSON>\n<ADDRESS>\n\n3 October 2026\n\nAccount number: 12345678\n\n"
                        + "Dear Sir or Madam,\n\nPlease close my savings account.\n\n"
                        + "Yours faithfully,\n\n<PERSON>\n")
                .text())
        .isEqualTo("Please close my savings account.");
    // A sentence above a greeting run into the same paragraph is the writer's.
    assertThat(read("", "My card is blocked.\nHi,\nCan you help?").text())
        .startsWith("My card is blocked.");
  }

  /** The lines clients write for pasted screenshots and photos say nothing of the request. */
  @Test
  void readsTheOpenBoxOfAToDoListFirstAndLeavesTheTickedOnesOut() {
    assertThat(
            read(
                    "Odds and ends",
                    "Things on my plate this month:\n"
                        + "[x] Paid the council tax bill\n"
                        + "[x] Sent you the form with my new address\n"
                        + "[ ] Is my overdraft limit going up in January\n"
                        + "[x] Renewed the home insurance\n")
                .text())
        .isEqualTo(
            "Odds and ends\nIs my overdraft limit going up in January\nThings on my plate this month:");
    // A Markdown task list: a bullet, then the box.
    assertThat(
            read(
                    "",
                    "- [x] Restarted the phone\n- [x] Reinstalled the app\n"
                        + "- [ ] Can you reset my login so I can get back in\n")
                .text())
        .isEqualTo("Can you reset my login so I can get back in");
  }

  @Test
  void readsTheItemOfAPlainListThatAsksFirstAndLeavesOutItemsThatSayTheyAreDone() {
    assertThat(
            read(
                    "",
                    "Catching up on a few things:\n"
                        + "- Standing order to my landlord is fine now, thanks\n"
                        + "- My savings interest dropped last month\n"
                        + "- Updated my email address online already\n")
                .text())
        .isEqualTo("My savings interest dropped last month");
    // An item that says something is done but still asks is open.
    assertThat(
            read(
                    "",
                    "* Address changed already, why is the old one on my statement?\n"
                        + "* Savings pot all sorted\n")
                .text())
        .isEqualTo("Address changed already, why is the old one on my statement?");
    // A list of what the writer tried, or of details, holds no settled item and keeps its order.
    String tried =
        "My card keeps being declined online.\nWhat I tried:\n1. Restarted my phone\n"
            + "2. Cleared the browser cache\n3. Used my partner's card, which worked";
    assertThat(read("", tried).text()).isEqualTo(tried);
  }

  @Test
  void leavesOutAFailureMessageCopiedBesideTheWritersWordsUnlessItSaysWhatFailed() {
    assertThat(
            read(
                    "",
                    "Why can't I log in to online banking since Monday?\n\nHere is what it shows:\n"
                        + "\"Oops, an unexpected error occurred.\nCorrelation ID: 9f2c-11ab\"\n")
                .text())
        .isEqualTo("Why can't I log in to online banking since Monday?");
    // A machine's error body on its own, no line introducing it.
    assertThat(
            read(
                    "",
                    "{\"status\": 502, \"error\": \"Bad Gateway\"}\n\n"
                        + "Is the savings rate changing next month?\n")
                .text())
        .isEqualTo("Is the savings rate changing next month?");
    // The line that introduced a paste indented under it, which went as indented history.
    assertThat(
            read(
                    "",
                    "How do I order a new chequebook?\n\nCopied from the screen:\n\n"
                        + "    Service Unavailable\n    The server is overloaded.\n"
                        + "    Please try again later.\n")
                .text())
        .isEqualTo("How do I order a new chequebook?");
    // One that names what failed is still read, after the writer's words.
    assertThat(
            read(
                    "",
                    "The app says:\n\"Transfer declined: daily limit reached. Try again tomorrow.\"\n\n"
                        + "Can you raise it for me?\n")
                .text())
        .isEqualTo(
            "Can you raise it for me?\nThe app says:\n"
                + "\"Transfer declined: daily limit reached. Try again tomorrow.\"");
    String own = "Every time I pay my credit card bill the website says something went wrong.";
    assertThat(read("", own).text()).isEqualTo(own);
    // A mail that is only an error keeps it.
    assertThat(read("", "Something went wrong (Error 500)\nRequest ID: 77ab-90cd").text())
        .isEqualTo("Something went wrong (Error 500)\nRequest ID: 77ab-90cd");
  }

  @Test
  void pastedImagesPlaceholdersAreNotRead() {
    for (String image :
        new String[] {
          "[image: Screenshot 2026-10-03 at 14.22.05.png]",
          "<IMG_0042.HEIC>",
          "[photo_2026-10-03.jpg]",
          "<Scan of my letter.pdf>"
        }) {
      assertThat(read("", "Hi,\n\n" + image + "\n\nWhy was my payment returned?\n").text())
          .as(image)
          .isEqualTo("Why was my payment returned?");
    }
  }

  /**
   * An angry writer's venting is read after the request, so the request comes first in the model's
   * window; nothing is dropped, a mail of venting only stays as written, and so does one
   * complaining sentence in a story.
   */
  @Test
  void grievancesAreReadAfterTheRequest() {
    assertThat(
            read(
                    "",
                    "This service is a shambles. Forty minutes on hold again today and then cut"
                        + " off, honestly pathetic. How do I change my PIN?\n\nRegards,\n<PERSON>\n")
                .text())
        .isEqualTo(
            "How do I change my PIN?\nThis service is a shambles.\nForty minutes on hold again"
                + " today and then cut off, honestly pathetic.");
    assertThat(read("", "I am livid. This is the last straw.").text())
        .isEqualTo("I am livid. This is the last straw.");
    // One complaining sentence in a story is part of the story.
    assertThat(read("", "I was on hold for an hour yesterday. How do I change my PIN?").text())
        .isEqualTo("I was on hold for an hour yesterday. How do I change my PIN?");
  }

  /**
   * Three sentences of venting or more are not read at all: after the request they would still fill
   * the n-grams with their words. Two stay, after the rest, as they may be the request's own.
   */
  @Test
  void aLongRantIsLeftOutOfTheModelText() {
    assertThat(
            read(
                    "",
                    "Dear bank,\n\nI am fed up with your so-called support. Nobody cares about"
                        + " customers any more. Why was my standing order not paid this month?"
                        + " I'm going to switch banks if this happens again.\n\nYours,\n<PERSON>\n")
                .text())
        .isEqualTo("Why was my standing order not paid this month?");
    assertThat(
            read(
                    "",
                    "I took cash out abroad. The fees were outrageous. I am very disappointed"
                        + " nobody told me.\n")
                .text())
        .isEqualTo(
            "I took cash out abroad.\nThe fees were outrageous.\nI am very disappointed nobody"
                + " told me.");
  }

  /**
   * Courtesies ("Apologies for bothering you.", "I would really appreciate a quick reply.", how to
   * reach the writer) say nothing of what the writer needs, wherever they stand in the message:
   * they are left out, in any wording, so they neither fill the model's window nor pour into its
   * n-grams.
   */
  @Test
  void courtesiesAroundTheRequestAreLeftOut() {
    assertThat(
            read(
                    "",
                    "Hello,\n\nApologies for bothering you. My new card still hasn't come in the"
                        + " post, is that normal? I would really appreciate a quick reply. I can be"
                        + " reached at <PHONE> in the evenings.\n\nThanks,\n<PERSON>\n")
                .text())
        .isEqualTo("My new card still hasn't come in the post, is that normal?");
    assertThat(
            read(
                    "",
                    "I've been a loyal customer for many years.\nWhy has my salary not shown up"
                        + " yet?\n\nHoping to hear back soon.\n")
                .text())
        .isEqualTo("Why has my salary not shown up yet?");
  }

  /**
   * A chaser's courtesy ("Kindly respond.") is part of what makes it a chaser: the mail is still
   * read on the history it points at, and the courtesy is left out there.
   */
  @Test
  void aChasersCourtesyStillPointsAtTheHistory() {
    ModelText.Result r =
        read(
            "RE: card",
            "Still waiting. Kindly respond.\n\nFrom: <PERSON> <<EMAIL>>\nSent: Monday, 2 November"
                + " 2026 09:12\nTo: <EMAIL>\nSubject: card\n\nHow do I freeze my card? Thanks for"
                + " your help.\n");
    assertThat(r.part()).isEqualTo(Part.QUOTED_ONLY);
    assertThat(r.text()).isEqualTo("card\nHow do I freeze my card? Still waiting.");
  }

  /**
   * A family letter's close ("Warmest wishes,", "Lots of love,") ends the message like "Regards,".
   */
  @Test
  void aFamilyLettersCloseIsASignOff() {
    for (String close : new String[] {"Warmest wishes,", "Lots of love,", "Love", "Fondly,"}) {
      assertThat(
              read(
                      "",
                      "Why is there a fee on my cash withdrawal?\n\n"
                          + close
                          + "\nAuntie Margaret\n")
                  .text())
          .as(close)
          .isEqualTo("Why is there a fee on my cash withdrawal?");
    }
    assertThat(read("", "Love the new app. Why is there a fee on my withdrawal?\n").text())
        .isEqualTo("Love the new app. Why is there a fee on my withdrawal?");
  }

  /** A courtesy run on after a request typed without its full stop goes too. */
  @Test
  void aCourtesyRunOnAfterTheRequestIsLeftOut() {
    assertThat(read("", "where can i see my pin Thank you so much for any help\n").text())
        .isEqualTo("where can i see my pin");
    assertThat(read("", "My PIN is not working and I need assistance.\n").text())
        .isEqualTo("My PIN is not working and I need assistance.");
    assertThat(read("", "WHERE IS MY CARD PLEASE REPLY\n").text())
        .isEqualTo("WHERE IS MY CARD PLEASE REPLY");
  }

  /**
   * A sentence that names anything the writer needs, or asks how, why or when, is no courtesy
   * however politely it asks; and a message of courtesies alone is read as it is.
   */
  @Test
  void aPoliteRequestAndAMessageOfCourtesiesOnlyStay() {
    assertThat(
            read("", "Can you help me understand why my transfer failed? Thanks for your help.\n")
                .text())
        .isEqualTo("Can you help me understand why my transfer failed?");
    assertThat(read("", "Could you call me about the payment?\n").text())
        .isEqualTo("Could you call me about the payment?");
    assertThat(read("", "Sorry to bother you. Any help is appreciated.\n").text())
        .isEqualTo("Sorry to bother you. Any help is appreciated.");
  }

  /**
   * A letter dressed as a legal notice: its set phrases say how to treat the mail, not what the
   * writer needs; a formula that introduces the request on its own line leaves the request.
   */
  @Test
  void aLegalNoticesFormulaeAreLeftOutAndTheRequestTheyIntroduceStays() {
    String body =
        "PLEASE TAKE NOTICE that the undersigned requires the information below within ten"
            + " working days of receipt of this letter.\n\n"
            + "Why was my standing order to my landlord cancelled?\n\n"
            + "This letter is sent without prejudice. For the avoidance of doubt, all my rights"
            + " remain reserved.\n";
    assertThat(read("Letter before action - answer due in 10 days", body).text())
        .isEqualTo("Why was my standing order to my landlord cancelled?");
    assertThat(
            read(
                    "",
                    "1. I hereby place you on notice that I want the following answered: can I"
                        + " still use my old card until the new one comes? 2. Time is of the"
                        + " essence.\n")
                .text())
        .isEqualTo("can I still use my old card until the new one comes?");
    // A request that only sounds formal is no formula.
    assertThat(read("", "I hereby ask you to close my account.\n").text())
        .isEqualTo("I hereby ask you to close my account.");
  }

  @Test
  void aMarkdownMailIsReadAsProseWithoutItsHeadingsMarksAndFencedCode() {
    String body =
        "## Summary\n\nMy salary from last Friday is *still* missing from my balance.\n\n"
            + "## Setup\n\n"
            + "- **Bank:** Main account\n"
            + "- **Browser:** `Firefox 120`\n"
            + "- **Steps so far:** cleared cookies and signed in again\n\n"
            + "```text\nERR 0x80070005 access denied\nat session.refresh(line 88)\n```\n\n"
            + "Cheers,\n*<PERSON>*\n";
    assertThat(read("Salary **not** in", body).text())
        .isEqualTo("Salary not in\nMy salary from last Friday is still missing from my balance.");
    // A heading that asks is the writer's question, and a snake_case name keeps its underscores.
    assertThat(read("", "### Can I raise my limit?\n\n**Context:** my job_title changed.\n").text())
        .isEqualTo("Can I raise my limit?\nContext: my job_title changed.");
    // Without Markdown's marks a mail's asterisks and hashes are left alone.
    assertThat(read("", "Is the *fee* the same abroad?\n").text())
        .isEqualTo("Is the *fee* the same abroad?");
  }

  @Test
  void aMarkdownCallOutIsTheWritersAsideNotReadBesideTheRequestWhileQuotedRepliesStayHistory() {
    String callOut =
        "**In short:** can I raise the daily limit on my debit card?\n\n"
            + "> **Heads up:** I'm on night shifts this month.\n\n"
            + "## More\n\nIt is for a deposit on a flat.\n\nThanks,\n<PERSON>\n";
    ModelText.Result r = read("", callOut);
    assertThat(r.part()).isEqualTo(Part.NEW_MESSAGE);
    assertThat(r.text())
        .isEqualTo(
            "In short: can I raise the daily limit on my debit card?\n"
                + "It is for a deposit on a flat.");
    // A call-out that is all the writer wrote is the message.
    assertThat(
            read("", "> **FYI:** my new address is on the way.\n\nThanks,\n**<PERSON>**\n").text())
        .isEqualTo("FYI: my new address is on the way.");
    String reply =
        "**Thanks!** That answers the first part.\n\n## Follow-up\n\n"
            + "What about the joint savings pot?\n\n"
            + "On Tue, 1 Dec 2026 at 10:02, Acme Bank <EMAIL> wrote:\n"
            + "> **Note:** your card limit is set in the app.\n";
    assertThat(read("Re: limits", reply).text()).doesNotContain("card limit");
  }

  @Test
  void aCopiedQuestionnaireIsReadOnTheAnswerToItsDescribeYourRequestPrompt() {
    String qa =
        "Hello,\n\nHere are my answers to your checklist:\n\n"
            + "Q: Account holder\nA: <PERSON>\n\n"
            + "Q: Which product is it about?\nA: Savings\n\n"
            + "Q: Describe what you need\nA: I'd like to move my ISA from another bank.\n\n"
            + "Q: Best time to call?\nA: Mornings\n\nBest,\n<PERSON>\n";
    assertThat(read("", qa).text()).isEqualTo("I'd like to move my ISA from another bank.");
    String arrows =
        "Sort code -> <ACCOUNT>\n"
            + "What is this regarding? -> Cards\n"
            + "How can we help? -> My new PIN letter never came.\n"
            + "Contact preference -> Text\n";
    assertThat(read("", arrows).text()).isEqualTo("My new PIN letter never came.");
    String numbered =
        "1. Your name?\n<PERSON>\n\n2. Details of your query?\nWhy is my overdraft fee higher"
            + " this month?\n\n3. Have you written before?\nNo\n";
    assertThat(read("", numbered).text()).isEqualTo("Why is my overdraft fee higher this month?");
    // The writer's own numbered questions, each with its context, are no questionnaire.
    String own =
        "1. Why was I charged twice?\nThe shop refunded one.\n\n"
            + "2. Can I stop the direct debit?\nIt is for the gym.\n\n"
            + "3. Is there a fee?\nJust checking.\n";
    assertThat(read("", own).text()).contains("Why was I charged twice?").contains("gym");
  }

  @Test
  void tenMegabyteBodiesStripInBoundedTime() {
    String sentence =
        "I would like to know why my card payment at the supermarket was declined yesterday. ";
    // One 10 MB line, and 10 MB of lines of every kind the rules look at, each twice over.
    String oneLine = sentence.repeat(10 * 1024 * 1024 / sentence.length());
    StringBuilder many = new StringBuilder();
    String[] kinds = {
      sentence,
      "> quoted " + sentence,
      "Hi,",
      "Thanks,",
      "<PERSON>",
      "Tel: <PHONE>",
      "Sent from my iPhone",
      "From: <EMAIL>",
      "confidential " + sentence,
      "------",
      "On Mon wrote",
      "Dear <PERSON> " + "x ".repeat(300),
      "Name: <PERSON>",
      "Message: " + sentence,
      "P.S. " + sentence,
      "[cid:image001.png@01DA1F4A.5C1E7A90]",
      "https://www.example.com",
      "Monday, 2 November 2026 18:56",
      "Any update?",
      "[AB] " + sentence,
      "<PERSON> (she/her)",
      "Posted by: jo_1987 (Member, 12 posts)",
      "Reply from tom_k (Guide " + "x".repeat(300) + "): " + sentence,
      "12 replies · 3 likes · " + "1 view · ".repeat(40),
      ""
    };
    for (int i = 0; many.length() < 10 * 1024 * 1024; i++) {
      many.append(kinds[i % kinds.length]).append('\n');
    }
    String manyLines = many.toString();
    // An unclosed greeting and an attribution opener that never ends: shapes that make backtracking
    // rules spin.
    String adversarial = ("Hi " + "a,".repeat(50) + "\nOn " + "x".repeat(5000) + "\n").repeat(2000);
    // A to-do list of 10 MB, ticked and open items in turn: every item is moved or left out.
    StringBuilder list = new StringBuilder();
    while (list.length() < 10 * 1024 * 1024) {
      list.append("☑ Paid the bill already\n☐ ").append(sentence).append('\n');
    }
    String toDo = list.toString();
    // Each body is read up to the ingest's cut (MAX_BODY_CHARS), so the five reads cost what five
    // bodies of that size do: under a second on a 2-core machine, and a rule that turned quadratic
    // in lines would break the bound. It is on the reading thread's CPU time: wall time follows the
    // load of a shared machine. The wall-clock limit only stops a rule that would never end.
    assertTimeoutPreemptively(
        Duration.ofMinutes(3),
        () -> {
          ThreadMXBean threads = ManagementFactory.getThreadMXBean();
          long cpuStart = threads.getCurrentThreadCpuTime();
          assertThat(read("Subject", oneLine).text()).startsWith("Subject\nI would like");
          assertThat(read("Subject", manyLines).part()).isEqualTo(Part.NEW_MESSAGE);
          assertThat(read("Subject", adversarial).text()).isNotEmpty();
          assertThat(read("Subject", toDo).text()).startsWith("Subject\n" + sentence.strip());
          // A chaser over 10 MB of history: the history is read, a bounded number of times.
          assertThat(read("", "Any update?\n\n> " + manyLines.replace("\n", "\n> ")).part())
              .isEqualTo(Part.QUOTED_ONLY);
          assertThat(Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart))
              .as("CPU time of the five reads")
              .isLessThan(Duration.ofSeconds(5));
        });
  }

  @Test
  void readsABodyUpToTheIngestsCutAndNoFurther() {
    StringBuilder body = new StringBuilder("Why was my card payment declined yesterday?\n");
    while (body.length() < ModelText.MAX_BODY_CHARS) {
      body.append("I paid at the supermarket at noon.\n");
    }
    body.append("My card was stolen last night, please block it.\n");
    ModelText.Result r = read("Declined", body.toString());
    assertThat(r.writerText()).contains("declined yesterday").doesNotContain("stolen");
    assertThat(r.writerText().length())
        .isLessThan(ModelText.MAX_BODY_CHARS + "Declined\n".length());
  }

  private static String quote(String text) {
    return ("> " + text.replace("\n", "\n> ")).replace("> \n", ">\n");
  }
}
