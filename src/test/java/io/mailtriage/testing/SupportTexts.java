package io.mailtriage.testing;

import java.util.List;

/**
 * Customer requests the bundled model reads a known way, for the tests and benchmarks that need P0
 * mail and ordinary mail side by side.
 */
public final class SupportTexts {
  private SupportTexts() {}

  /** A subject and the customer's text. */
  public record Text(String subject, String body) {}

  public static final Text CARD_LOST =
      new Text(
          "Lost my card at the airport",
          "I cannot find my card anywhere, I think I lost it at the airport. Can you freeze it?");
  public static final Text CARD_STOLEN =
      new Text(
          "Card stolen",
          "Someone stole my bag with my card in it an hour ago. Please stop the card before they"
              + " use it.");
  public static final Text CARD_COMPROMISED =
      new Text(
          "Compromised card",
          "I think my card details were copied at a petrol station, there are payments I do not"
              + " know. Please block the card.");
  public static final Text CARD_NOT_ARRIVED =
      new Text(
          "New card not arrived",
          "I ordered a new card two weeks ago and it has still not arrived. When will it be"
              + " delivered?");

  /**
   * Lost, stolen or compromised cards: P0 in conf/priority.yaml. The bundled spam head scores some
   * short genuine requests as spam ("I lost my card, please block it." at 0.98), which forces them
   * to P3; these three it does not.
   */
  public static final List<Text> P0 = List.of(CARD_LOST, CARD_STOLEN, CARD_COMPROMISED);

  /** Ordinary requests of four queues, none of them P0. */
  public static final List<Text> OTHER =
      List.of(
          CARD_NOT_ARRIVED,
          new Text(
              "Transfer", "I sent money to my sister on Monday and she has not received it yet."),
          new Text("Exchange rate", "What exchange rate do you use when I pay in euros?"),
          new Text(
              "Top up", "My top up by bank transfer is still pending, how long does it take?"));
}
