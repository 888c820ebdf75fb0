package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In a mail longer than the encoder's window, the sentences that ask are read before the story, the
 * rant or the points told around them ({@link RequestFirst}).
 */
class RequestFirstTest {

  private static String read(String subject, String body) {
    return ModelText.of(subject, body).text();
  }

  @Test
  void aRantsRequestIsReadBeforeTheVenting() {
    assertThat(
            read(
                "",
                "Hello,\n\nTwenty years I have kept my salary with you and this"
                    + " is the thanks I get. Does anybody there even open this inbox? I want the"
                    + " standing order to my gym cancelled before it goes out again on Monday.\n"))
        .isEqualTo(
            "I want the standing order to my gym cancelled before it goes out again on Monday.\n"
                + "Twenty years I have kept my salary with you and this is the thanks I get. Does"
                + " anybody there even open this inbox?");
  }

  @Test
  void aChattyLettersRequestIsReadBeforeItsNews() {
    assertThat(
            read(
                "Greetings from the coast",
                "Dear all,\n\nWe finally sold the old flat and moved down to the seaside in"
                    + " August, and the grandchildren visit every other weekend now.\nThe cat"
                    + " has taken to the beach better than any of us.\n\nThe boring part:"
                    + " could you change the address on my savings account to the new one?\n\n"
                    + "My husband sends his best.\n\nWarm wishes,\n<PERSON>\n"))
        .isEqualTo(
            "Greetings from the coast\nThe boring part: could you change the address on my"
                + " savings account to the new one?\nWe finally sold the old flat and moved down"
                + " to the seaside in August, and the grandchildren visit every other weekend"
                + " now. The cat has taken to the beach better than any of us.\nMy husband sends"
                + " his best.");
  }

  @Test
  void theNumberedPointThatAsksIsReadBeforeTheComplaintsOtherPoints() {
    assertThat(
            read(
                "",
                "Dear Sir or Madam,\n\n1. I write about the joint account I hold with my"
                    + " brother.\n2. Our branch in Elm Road closed without a word to us.\n3."
                    + " Please send me a paper statement for every month since March.\n"))
        .isEqualTo(
            "Please send me a paper statement for every month since March.\nI write about the"
                + " joint account I hold with my brother.\nOur branch in Elm Road closed without a"
                + " word to us.");
  }

  @Test
  void aManagersEscalationIsReadOnTheCustomersRequest() {
    assertThat(
            read(
                "",
                "Hi team,\n\nPassing this one up as the customer has been into the branch three"
                    + " times now and is understandably fed up with us. She needs her blocked"
                    + " PIN reset before she travels on Friday.\n"))
        .isEqualTo(
            "She needs her blocked PIN reset before she travels on Friday.\nPassing this one up"
                + " as the customer has been into the branch three times now and is"
                + " understandably fed up with us.");
  }

  @Test
  void theQuestionOfSomeoneLoopedIntoAThreadIsReadBeforeWhyTheyWrote() {
    assertThat(
            read(
                "",
                "Adding the bank to this chain since my landlord and I have gone round in"
                    + " circles all week about the rent.\nHas my transfer of 900 pounds on the"
                    + " first actually left my account?\n"))
        .isEqualTo(
            "Has my transfer of 900 pounds on the first actually left my account?\nAdding the"
                + " bank to this chain since my landlord and I have gone round in circles all"
                + " week about the rent.");
  }

  @Test
  void aBareRequestTakesTheSentenceThatSaysWhatIsWrongAlong() {
    // "Can you help?" asks, but of nothing: what is wrong is read first, and the courtesy left out.
    assertThat(
            read(
                "",
                "My parents came over from Canada for the whole of the summer and we took them"
                    + " everywhere. My card was swallowed by the machine at the airport. Can"
                    + " you help?\n\nThey fly home next week.\n"))
        .isEqualTo(
            "My card was swallowed by the machine at the airport.\nMy parents"
                + " came over from Canada for the whole of the summer and we took them"
                + " everywhere.\nThey fly home next week.");
  }

  @Test
  void aQuestionThatOnlyVentsIsNotTheRequest() {
    assertThat(
            read(
                "",
                "How hard can it be to answer a letter? Is anyone at your head office awake?"
                    + " The new card you sent me last week still will not work in any shop.\n"))
        .isEqualTo(
            "How hard can it be to answer a letter? Is anyone at your head office awake? The"
                + " new card you sent me last week still will not work in any shop.");
  }

  @Test
  void aMailThatFitsTheWindowOrAsksFirstKeepsItsOrder() {
    assertThat(read("", "We moved house in May. Where is my new card?"))
        .isEqualTo("We moved house in May. Where is my new card?");
    String asksFirst =
        "Why was my card declined at the petrol station this morning? I had plenty of money in"
            + " the account and it worked at the bakery just before. The attendant was not"
            + " impressed.";
    assertThat(read("", asksFirst)).isEqualTo(asksFirst);
  }
}
