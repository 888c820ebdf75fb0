package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.ConfigSection;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.train.CsvReader;
import io.mailtriage.train.TrainModel;
import io.mailtriage.train.eval.forms.PossibleP0Thresholds.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PossibleP0ThresholdsTest {
  private static final Path PRIORITY = Path.of("conf/priority.yaml");

  @TempDir Path tmp;

  @Test
  void theHeldOutRowsAreTheTrainersCalibrationSliceAndTheRestIsEverythingElse() throws Exception {
    StringBuilder csv = new StringBuilder("text,category\n");
    for (int i = 0; i < 40; i++) {
      csv.append("\"query ").append(i).append(", \"\"quoted\"\"\nsecond line\",");
      csv.append(i % 2 == 0 ? "lost_or_stolen_card" : "card_arrival").append('\n');
    }
    Path train = Files.writeString(tmp.resolve("in.csv"), csv);

    int held = PossibleP0Thresholds.holdOut(train, tmp.resolve("split"), 0.1, 7);

    List<CsvReader.Row> rows = CsvReader.readLabelled(train);
    boolean[] slice =
        TrainModel.calibrationSlice(
            TrainModel.labelIndices(rows, TrainModel.labels(rows)), 2, 0.1, 7);
    List<String> expectedHeld = new ArrayList<>();
    List<String> expectedRest = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      (slice[i] ? expectedHeld : expectedRest).add(rows.get(i).text());
    }
    assertThat(held).isEqualTo(4);
    assertThat(texts(tmp.resolve("split/held-out.csv"))).isEqualTo(expectedHeld);
    assertThat(texts(tmp.resolve("split/train.csv"))).isEqualTo(expectedRest);
    assertThat(expectedHeld.get(0)).contains(", \"quoted\"\nsecond line");
  }

  @Test
  void choosesTheLeastPagingOfOtherIntentsThatPagesEnoughP0IntentMails() throws Exception {
    // A lost card the model ranks second at 0.20; a card that has not arrived, with a lost card
    // second at 0.15. Paging the first and not the second needs a probability in (0.15, 0.20];
    // the first's three answers hold 0.9.
    List<EvalMailModel.Scored> mails =
        List.of(
            mail(
                "lost_or_stolen_card",
                new String[] {"topping_up_by_card", "lost_or_stolen_card", "card_linking"},
                new double[] {0.6, 0.2, 0.1}),
            mail(
                "card_arrival",
                new String[] {"card_arrival", "lost_or_stolen_card", "card_linking"},
                new double[] {0.7, 0.15, 0.1}));

    List<Outcome> outcomes =
        PossibleP0Thresholds.sweep(
            mails, List.of(), EvalMailReport.p0Intents(PRIORITY), policies());
    Outcome chosen = PossibleP0Thresholds.choose(outcomes, 1.0);

    assertThat(chosen.probability()).isEqualTo(0.20);
    assertThat(chosen.topThree()).isEqualTo(0.90);
    assertThat(chosen.p0Paged()).isEqualTo(1);
    assertThat(chosen.otherPaged()).isZero();
    Outcome off = outcomes.get(outcomes.size() - 1);
    assertThat(off.probability()).isEqualTo(1.0);
    assertThat(off.p0Paged()).isZero();
    assertThat(PossibleP0Thresholds.render(outcomes, 1.0))
        .contains("rule off:  probability 1.00, topThree 0.00: P0 intents paged 0/1")
        .contains("chosen:    probability 0.20, topThree 0.90: P0 intents paged 1/1 (100.0 %)")
        .contains("| 1/1 | 0/1 | 0/0 | 0.20 | 0.90 |");
  }

  @Test
  void whenNoSettingPagesEnoughTheOneThatPagesTheMostIsShown() {
    List<Outcome> outcomes =
        List.of(
            new Outcome(0.1, 0.5, 8, 10, 30, 100, 0, 0),
            new Outcome(0.2, 0.5, 9, 10, 40, 100, 0, 0),
            new Outcome(0.3, 0.5, 9, 10, 20, 100, 0, 0),
            new Outcome(1, 0, 5, 10, 3, 100, 0, 0));

    assertThat(PossibleP0Thresholds.choose(outcomes, 0.97)).isEqualTo(outcomes.get(2));
    assertThat(PossibleP0Thresholds.render(outcomes, 0.97))
        .contains("none reaches 97 %; most P0 paged: probability 0.30");
    // At 50 %, the rule switched off pages fewer other mails than any that reaches it.
    assertThat(PossibleP0Thresholds.choose(outcomes, 0.5)).isEqualTo(outcomes.get(3));
  }

  @Test
  void offTopicMessagesArePagedOnlyWhenTheDomainHeadReadsThemAsSupport() throws Exception {
    // A mailing-list post the intent model leans on a card intent for, a compromised card third.
    EvalMailModel.Scored post =
        mail(
            "",
            new String[] {"card_not_working", "verify_top_up", "compromised_card"},
            new double[] {0.31, 0.12, 0.08});
    post.email().inDomain = 0.03;
    Set<String> p0 = EvalMailReport.p0Intents(PRIORITY);

    Outcome gated = shipped(PossibleP0Thresholds.sweep(List.of(), List.of(post), p0, policies()));
    post.email().inDomain = 0.9;
    Outcome read = shipped(PossibleP0Thresholds.sweep(List.of(), List.of(post), p0, policies()));

    assertThat(gated.offTopicPaged()).isZero();
    assertThat(gated.offTopic()).isOne();
    assertThat(read.offTopicPaged()).isOne();
    assertThat(read.describe()).endsWith("off-topic paged 1/1 (100.0 %)");
    assertThat(
            PossibleP0Thresholds.pagedOffTopic(
                List.of(post), policies().with(0.02, 0.45), policies()))
        .startsWith("1 paged, 1 of them by the rule alone")
        .contains("* .eml")
        .contains("possible_intent:compromised_card");
  }

  @Test
  void theDomainThresholdIsTheHighestThatKeepsEnoughSupportMail() {
    double[] inDomain = {0.9, 0.6, 0.2, 0.3, 0.1};
    boolean[] support = {true, true, true, false, false};

    String table = PossibleP0Thresholds.renderDomain(inDomain, support, 0.6);

    assertThat(table)
        .contains("| 0.25 | 2/3 (66.67 %) | 1/2 (50.00 %) |")
        .contains("| 0.65 | 1/3 (33.33 %) | 2/2 (100.00 %) |")
        .contains("chosen: inDomain 0.60, the highest that keeps at least 60.0 % of support rows");
    assertThat(PossibleP0Thresholds.renderDomain(inDomain, support, 1.0))
        .contains("chosen: inDomain 0.20");
  }

  /** The outcome of the shipped probability and topThree. */
  private static Outcome shipped(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(
            o -> Math.abs(o.probability() - 0.02) < 1e-9 && Math.abs(o.topThree() - 0.45) < 1e-9)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> texts(Path csv) throws Exception {
    return CsvReader.readLabelled(csv).stream().map(CsvReader.Row::text).toList();
  }

  private static PossibleP0Thresholds.Policies policies() throws Exception {
    ModelCard card = ModelCard.read(Path.of("models/default", ModelCard.FILE_NAME));
    IntentQueues queues = EvalMailModel.queues(card, Path.of("conf/intents.yaml"));
    return new PossibleP0Thresholds.Policies(
        ConfigSection.readTree(PRIORITY),
        PRIORITY.toString(),
        Set.copyOf(card.labels()),
        queues.queues());
  }

  private static EvalMailModel.Scored mail(
      String gold, String[] topIntents, double[] topConfidences) {
    TokenizedEmail e = new TokenizedEmail();
    e.tenant = "eval";
    e.senderToken = "sender:" + gold;
    e.subject = "Question";
    e.body = "Could you look into this for me?";
    ScoredEmail s = new ScoredEmail();
    s.email = e;
    s.intent = topIntents[0];
    s.queue = "cards";
    s.confidence = topConfidences[0];
    s.topIntents = topIntents;
    s.topConfidences = topConfidences;
    s.urgency = 0.1;
    s.spamProbability = 0.01;
    s.inDomain = 0.98;
    EvalMailTexts m = new EvalMailTexts(gold + ".eml", "plain", gold, e.subject, e.body, "");
    return new EvalMailModel.Scored(m, null, s);
  }
}
