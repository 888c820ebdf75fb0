package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.text.ModelText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the committed default model through the production path. */
class IntentModelPredictTest {

  private static IntentModel model;

  @BeforeAll
  static void load() throws Exception {
    model = IntentModel.load(TestModels.DEFAULT_MODEL);
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void classifiesObviousIntents() throws Exception {
    List<Prediction> p =
        model.predict(
            List.of("I lost my card, someone may have stolen it", "How do I top up with my card?"));
    assertThat(p.get(0).label()).isEqualTo("lost_or_stolen_card");
    assertThat(p.get(0).ok()).isTrue();
    assertThat(p.get(0).topK()).hasSize(3);
    assertThat(p.get(0).topK().get(0).label()).isEqualTo("lost_or_stolen_card");
    assertThat(p.get(1).label()).isEqualTo("topping_up_by_card");
  }

  /**
   * The spam and the domain head read the same n-grams; scoring both on one featurization must give
   * each exactly what it answers alone, and a missing head or text changes nothing else.
   */
  @Test
  void headsSharingTheirNgramsAnswerAsEachAlone() throws Exception {
    List<String> texts =
        java.util.Arrays.asList(
            "Please block my card, it was stolen this morning.",
            null,
            "[Razor-users] Razor 2.14 - the day after\nAnyone else seeing timeouts since the upgrade?",
            "Cheap meds, no prescription, click here to unsubscribe");
    try (IntentModel spam = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("spam"));
        IntentModel domain = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("domain"))) {
      assertThat(spam.card().features()).isEqualTo(domain.card().features());
      List<List<Prediction>> both = IntentModel.predictBoth(spam, domain, texts);
      assertThat(both.get(0)).isEqualTo(spam.predict(texts));
      assertThat(both.get(1)).isEqualTo(domain.predict(texts));
      assertThat(both.get(1).get(1).status()).isEqualTo(Prediction.Status.EMPTY_TEXT);
      List<List<Prediction>> spamOnly = IntentModel.predictBoth(spam, null, texts);
      assertThat(spamOnly.get(0)).isEqualTo(both.get(0));
      assertThat(spamOnly.get(1)).isNull();
    }
  }

  /**
   * A customer who tells their story first puts the request past the encoder's 32 tokens. The
   * served model reads what its domain head takes for a support request with the card's wider
   * window, and other mail (a mailing-list post) with the narrow one, exactly as {@link
   * IntentModel#predict} reads it.
   */
  @Test
  void readsASupportStoryPastTheWindowAndOtherMailWithinIt() throws Exception {
    String story =
        "I have been with your bank for years and never needed to write to you before. I was"
            + " travelling for work all of last week and only got home late yesterday evening."
            + " This morning I found that my card has been stolen from my bag, please block it.";
    String post =
        "[Razor-users] Razor 2.14 - the day after\nAnyone else seeing timeouts since the upgrade"
            + " to 2.14 yesterday? The agent hangs for thirty seconds on every check against the"
            + " catalogue servers and then gives up, which it never did with the old release.";
    try (IntentModel full =
            IntentModel.load(
                TestModels.DEFAULT_MODEL, IntentModel.Options.DEFAULT.withCascade(false));
        IntentModel spam = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("spam"));
        IntentModel domain = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("domain"))) {
      assertThat(full.card().supportWindow().maxTokens()).isGreaterThan(64);
      List<List<Prediction>> served =
          IntentModel.predictServed(full, spam, domain, List.of(story, post), List.of(story, post));
      List<Prediction> narrow = full.predict(List.of(story, post));

      assertThat(served.get(2).get(0).label()).isEqualTo(ModelLocation.DOMAIN_LABEL);
      assertThat(narrow.get(0).truncated()).isTrue();
      assertThat(served.get(0).get(0).truncated()).isFalse();
      assertThat(served.get(0).get(0).label())
          .as("read wide, narrow: %s", narrow.get(0).label())
          .isEqualTo("lost_or_stolen_card");

      assertThat(served.get(2).get(1).label()).isNotEqualTo(ModelLocation.DOMAIN_LABEL);
      assertThat(served.get(0).get(1)).isEqualTo(narrow.get(1));
      assertThat(served.get(0).get(1).truncated()).isTrue();
      assertThat(served.subList(1, 3))
          .isEqualTo(IntentModel.predictBoth(spam, domain, List.of(story, post)));
    }
  }

  @Test
  void theSpamHeadReadsTheOfferUnderTheSignOffThatTheModelTextLeavesOut() throws Exception {
    String message =
        "Make money from home\nHi friend, I tried this and it works. Have a look below and tell me"
            + " what you think!\nBest regards,\n<PERSON>\n\n*** LIMITED TIME OFFER ***\nEARN $5,000"
            + " A WEEK FROM HOME!!! No experience needed, guaranteed income, act now before this"
            + " exclusive offer expires. Click here: <URL>\nTo be removed from our mailing list"
            + " reply with REMOVE in the subject line. This is not spam.";
    String text = ModelText.of(message).text();
    try (IntentModel full = IntentModel.load(TestModels.DEFAULT_MODEL);
        IntentModel spam = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("spam"));
        IntentModel domain = IntentModel.load(TestModels.DEFAULT_MODEL.resolve("domain"))) {
      assertThat(text).doesNotContain("OFFER");
      List<List<Prediction>> served =
          IntentModel.predictServed(full, spam, domain, List.of(text), List.of(message));

      assertThat(served.get(1).get(0).probability("spam"))
          .as("on the model text alone: %s", spam.predict(List.of(text)).get(0).probability("spam"))
          .isGreaterThan(0.9);
      assertThat(spam.predict(List.of(text)).get(0).probability("spam")).isLessThan(0.6);
      assertThat(served.get(2)).isEqualTo(domain.predict(List.of(text)));
    }
  }

  @Test
  void emptyTextIsFlaggedNotScored() throws Exception {
    List<Prediction> p =
        model.predict(java.util.Arrays.asList("", "   \n\t", null, "my card has not arrived"));
    assertThat(p.subList(0, 3))
        .allSatisfy(
            x -> {
              assertThat(x.status()).isEqualTo(Prediction.Status.EMPTY_TEXT);
              assertThat(x.ok()).isFalse();
            });
    assertThat(p.get(3).ok()).isTrue();
  }

  @Test
  void overLongTextIsTruncatedAndFlagged() throws Exception {
    String longText =
        "My card payment was declined at the shop again and I do not know why. ".repeat(60);
    List<Prediction> p = model.predict(List.of(longText, "My card payment was declined."));
    assertThat(p.get(0).truncated()).isTrue();
    assertThat(p.get(0).ok()).isTrue();
    assertThat(p.get(0).label()).isEqualTo("declined_card_payment");
    assertThat(p.get(1).truncated()).isFalse();
  }

  /**
   * Replay safety: an email's label and confidence must be bit-identical whatever else shares its
   * call or batch (the quantized encoder would otherwise leak batch neighbours into scores).
   */
  @Test
  void sameTextGivesIdenticalResultInAnyBatchComposition() throws Exception {
    String target = "Why was I charged twice for the same coffee?";
    List<String> neighbours =
        List.of(
            "I want to close my account",
            "The exchange rate applied to my card payment abroad looked wrong, can you explain how it is worked out in detail please?",
            "pin blocked",
            "x".repeat(900),
            "Can I get a refund for an item I returned last week? The shop says they sent the money back.");
    Prediction alone = model.predict(List.of(target)).get(0);
    List<Prediction> seen = new ArrayList<>();
    for (int bs : new int[] {1, 2, 8, 32}) {
      IntentModel.Options o = new IntentModel.Options(1, 1, bs, 3, true, true);
      try (IntentModel m = IntentModel.load(TestModels.DEFAULT_MODEL, o)) {
        List<String> mixed = new ArrayList<>(neighbours);
        mixed.add(bs % neighbours.size(), target);
        seen.add(m.predict(mixed).get(bs % neighbours.size()));
        List<String> reversed = new ArrayList<>(mixed);
        java.util.Collections.reverse(reversed);
        seen.add(m.predict(reversed).get(reversed.indexOf(target)));
      }
    }
    assertThat(seen)
        .allSatisfy(
            p -> {
              assertThat(p.label()).isEqualTo(alone.label());
              assertThat(p.confidence()).isEqualTo(alone.confidence());
              assertThat(p.topK()).isEqualTo(alone.topK());
            });
  }

  @Test
  void fastBatchedModeAgreesOnLabels() throws Exception {
    List<String> texts =
        List.of(
            "I lost my card",
            "cancel my transfer please",
            "what is the exchange rate",
            "my top up failed",
            "I was charged twice");
    try (IntentModel fast =
        IntentModel.load(
            TestModels.DEFAULT_MODEL, new IntentModel.Options(1, 1, 8, 3, false, true))) {
      List<Prediction> a = fast.predict(texts);
      List<Prediction> b = model.predict(texts);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(a.get(i).label()).isEqualTo(b.get(i).label());
        assertThat(a.get(i).confidence())
            .isCloseTo(b.get(i).confidence(), org.assertj.core.api.Assertions.within(0.05));
      }
    }
  }

  /**
   * The default model's cascade, on every fifth BANKING77 test query through the serving path: the
   * n-gram head answers a good share alone, and the cascade is as accurate as the full head.
   */
  @Test
  void theCascadeLosesNothingOnTestQueries() throws Exception {
    List<io.mailtriage.train.CsvReader.Row> rows = new ArrayList<>();
    List<io.mailtriage.train.CsvReader.Row> all =
        io.mailtriage.train.CsvReader.readLabelled(
            java.nio.file.Path.of("data/banking77/test.csv"));
    for (int i = 0; i < all.size(); i += 5) {
      rows.add(all.get(i));
    }
    List<String> texts = rows.stream().map(io.mailtriage.train.CsvReader.Row::text).toList();
    List<Prediction> cascade = model.predict(texts);
    List<Prediction> full;
    try (IntentModel m =
        IntentModel.load(
            TestModels.DEFAULT_MODEL, IntentModel.Options.DEFAULT.withCascade(false))) {
      full = m.predict(texts);
    }
    int cascadeRight = 0;
    int fullRight = 0;
    for (int i = 0; i < rows.size(); i++) {
      cascadeRight += cascade.get(i).label().equals(rows.get(i).label()) ? 1 : 0;
      fullRight += full.get(i).label().equals(rows.get(i).label()) ? 1 : 0;
    }
    assertThat(cascadeRight).isGreaterThanOrEqualTo(fullRight);
    assertThat(cascade.stream().filter(Prediction::ngramsOnly).count())
        .isGreaterThan(rows.size() / 3);
    assertThat(full).noneMatch(Prediction::ngramsOnly);
  }

  @Test
  void cardDescribesTheDefaultModel() {
    ModelCard c = model.card();
    assertThat(c.labels()).hasSize(77);
    assertThat(c.evaluation()).isNotNull();
    assertThat(c.evaluation().accuracy()).isGreaterThan(0.93);
    assertThat(c.features().useEmbedding()).isTrue();
    assertThat(c.training().dataSha256()).hasSize(64);
    assertThat(c.cascade().threshold()).isBetween(0.5, 1.0);
    assertThat(c.cascade().evaluation().cascadeAccuracy())
        .isGreaterThanOrEqualTo(c.cascade().evaluation().fullAccuracy());
  }
}
