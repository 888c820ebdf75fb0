package io.mailtriage.train.eval.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.ConfigSection;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.priority.PrioritizedEmail;
import io.mailtriage.priority.PriorityAssigner;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import io.mailtriage.train.TrainModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses {@code model.possibleP0} (conf/priority.yaml) on mail the evaluation set never holds.
 *
 * <p>{@code --hold-out}: splits a training CSV into the rows of the trainer's calibration slice
 * (same fraction and seed as {@code train-model}) and the rest, so that a model trained on the rest
 * can be scored on mail rendered from the slice ({@code build-eval-mail --test}).
 *
 * <p>{@code --set}: scores such mail as {@code evaluate-email-forms --model-only} does, then tries
 * every {@code probability} (0.01 to 0.50 by 0.01) and {@code topThree} (0 to 0.95 by 0.05) with
 * the rest of the priority file as it is, and chooses the setting that pages the fewest mails of
 * other intents while at least {@code --paged} of the P0-intent mails come out P0; between equals,
 * the higher thresholds. Prints the choice, the rule switched off, and the trade-off on the way.
 */
public final class PossibleP0Thresholds {
  static final String USAGE =
      String.join(
          "\n",
          "usage: choose-possible-p0 --hold-out TRAIN.csv --out DIR [--fraction 0.1] [--seed 20200501]",
          "       choose-possible-p0 --set DIR [--set DIR...] --model DIR [--paged 0.97]",
          "                          [--config conf/mailtriage.yaml] [--intents conf/intents.yaml]",
          "                          [--priority conf/priority.yaml]",
          "--hold-out writes DIR/train.csv (the rest) and DIR/held-out.csv (the rows of train-model's",
          "calibration slice for that fraction and seed). --set scores mail built from held-out rows",
          "(build-eval-mail) with a model trained without them and chooses model.possibleP0: the",
          "least paging of other intents with at least --paged of the P0-intent mails paged.");

  static final String TRAIN = "train.csv";
  static final String HELD_OUT = "held-out.csv";

  /** Tried thresholds, in hundredths: probability 0.01..0.50, topThree 0..0.95. */
  private static final int MAX_PROBABILITY = 50;

  private static final int TOP_THREE_STEP = 5;
  private static final int MAX_TOP_THREE = 95;

  private PossibleP0Thresholds() {}

  public static void main(String[] argv) {
    Cli.main(
        "choose-possible-p0",
        USAGE,
        Set.of(
            "hold-out",
            "out",
            "fraction",
            "seed",
            "set",
            "model",
            "paged",
            "config",
            "intents",
            "priority"),
        argv,
        PossibleP0Thresholds::run);
  }

  private static int run(Cli cli) throws Exception {
    if (cli.optional("hold-out").isPresent()) {
      Path train = cli.file("hold-out");
      Path out = Path.of(cli.required("out"));
      double fraction = cli.decimal("fraction", 0.1, 0, 0.9);
      long seed = cli.number("seed", 20200501, Long.MIN_VALUE);
      int held = holdOut(train, out, fraction, seed);
      System.out.println(
          "choose-possible-p0: " + held + " held-out rows in " + out.resolve(HELD_OUT));
      return Cli.OK;
    }
    if (cli.all("set").isEmpty()) {
      throw new Cli.UsageException("give --hold-out TRAIN.csv or --set DIR");
    }
    Path model = cli.directory("model");
    double paged = cli.decimal("paged", 0.97, 0, 1);
    Path config = cli.file("config", "conf/mailtriage.yaml");
    Path intents = cli.file("intents", "conf/intents.yaml");
    Path priority = cli.file("priority", "conf/priority.yaml");
    List<EvalMailModel.Scored> mails = new ArrayList<>();
    for (String set : cli.all("set")) {
      mails.addAll(EvalMailModel.score(EvalMailTexts.read(Path.of(set), config), model, intents));
    }
    ModelCard card = ModelCard.read(model.resolve(ModelCard.FILE_NAME));
    Policies policies =
        new Policies(
            ConfigSection.readTree(priority),
            priority.toString(),
            Set.copyOf(card.labels()),
            EvalMailModel.queues(card, intents).queues());
    Set<String> p0 = EvalMailReport.p0Intents(priority);
    System.out.printf(
        Locale.ROOT,
        "model %s (%s), %d mails from %s; P0 intents %s%n%n",
        model,
        card.headSha256().substring(0, 12),
        mails.size(),
        String.join(", ", cli.all("set")),
        String.join(", ", p0));
    System.out.print(render(sweep(mails, p0, policies), paged));
    return Cli.OK;
  }

  /** Writes the two files; returns the number of held-out rows. */
  static int holdOut(Path train, Path out, double fraction, long seed)
      throws IOException, Cli.UsageException {
    List<CsvReader.Row> rows = TrainModel.trainingRows(train);
    List<String> labels = TrainModel.labels(rows);
    boolean[] held =
        TrainModel.calibrationSlice(
            TrainModel.labelIndices(rows, labels), labels.size(), fraction, seed);
    StringBuilder rest = new StringBuilder("text,label\n");
    StringBuilder slice = new StringBuilder("text,label\n");
    int n = 0;
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder to = held[i] ? slice : rest;
      to.append(CsvReader.field(rows.get(i).text()))
          .append(',')
          .append(CsvReader.field(rows.get(i).label()));
      to.append('\n');
      n += held[i] ? 1 : 0;
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve(TRAIN), rest, StandardCharsets.UTF_8);
    Files.writeString(out.resolve(HELD_OUT), slice, StandardCharsets.UTF_8);
    return n;
  }

  /** The priority file with only {@code model.possibleP0} varied. */
  record Policies(JsonNode tree, String origin, Set<String> intents, Set<String> queues) {
    PriorityPolicy with(double probability, double topThree) {
      JsonNode copy = tree.deepCopy();
      ((ObjectNode) copy.path("model").path("possibleP0"))
          .put("probability", probability)
          .put("topThree", topThree);
      return PriorityPolicy.read(
          ConfigSection.of(copy, origin, ConfigSection.Values.QUOTED), intents, queues);
    }
  }

  /** What one setting does to the mails: P0-intent mails and other mails that came out P0. */
  record Outcome(
      double probability, double topThree, int p0Paged, int p0Mails, int otherPaged, int others) {
    String describe() {
      return String.format(
          Locale.ROOT,
          "probability %.2f, topThree %.2f: P0 intents paged %d/%d (%.1f %%), other intents"
              + " paged %d/%d (%.1f %%)",
          probability,
          topThree,
          p0Paged,
          p0Mails,
          100.0 * p0Paged / Math.max(1, p0Mails),
          otherPaged,
          others,
          100.0 * otherPaged / Math.max(1, others));
    }
  }

  /** Every tried setting, and last the rule switched off (probability 1). */
  static List<Outcome> sweep(List<EvalMailModel.Scored> mails, Set<String> p0, Policies policies) {
    List<Outcome> out = new ArrayList<>();
    for (int p = 1; p <= MAX_PROBABILITY; p++) {
      for (int t = 0; t <= MAX_TOP_THREE; t += TOP_THREE_STEP) {
        out.add(outcome(mails, p0, policies, p / 100.0, t / 100.0));
      }
    }
    out.add(outcome(mails, p0, policies, 1, 0));
    return out;
  }

  private static Outcome outcome(
      List<EvalMailModel.Scored> mails,
      Set<String> p0,
      Policies policies,
      double probability,
      double topThree) {
    PriorityAssigner assigner = new PriorityAssigner(policies.with(probability, topThree));
    int p0Mails = 0;
    int p0Paged = 0;
    int otherPaged = 0;
    for (EvalMailModel.Scored m : mails) {
      boolean paged = assigner.map(PrioritizedEmail.of(m.email())).level == PriorityPolicy.P0;
      if (p0.contains(m.mail().intent())) {
        p0Mails++;
        p0Paged += paged ? 1 : 0;
      } else {
        otherPaged += paged ? 1 : 0;
      }
    }
    return new Outcome(probability, topThree, p0Paged, p0Mails, otherPaged, mails.size() - p0Mails);
  }

  /**
   * The setting that pages the fewest other mails while at least {@code paged} of the P0-intent
   * mails come out P0 (between equals the higher probability, then the higher topThree: the
   * stricter rule); when none reaches it, the one that pages the most P0-intent mails.
   */
  static Outcome choose(List<Outcome> outcomes, double paged) {
    Outcome best = null;
    for (Outcome o : outcomes) {
      if (best == null || better(o, best, paged)) {
        best = o;
      }
    }
    return best;
  }

  private static boolean better(Outcome a, Outcome b, double paged) {
    boolean aMeets = a.p0Paged >= paged * a.p0Mails;
    boolean bMeets = b.p0Paged >= paged * b.p0Mails;
    if (aMeets != bMeets) {
      return aMeets;
    }
    if (!aMeets && a.p0Paged != b.p0Paged) {
      return a.p0Paged > b.p0Paged;
    }
    if (a.otherPaged != b.otherPaged) {
      return a.otherPaged < b.otherPaged;
    }
    return a.probability != b.probability ? a.probability > b.probability : a.topThree > b.topThree;
  }

  static String render(List<Outcome> outcomes, double paged) {
    Outcome off = outcomes.get(outcomes.size() - 1);
    Outcome chosen = choose(outcomes, paged);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "rule off:  %s%n", off.describe()));
    out.append(
        String.format(
            Locale.ROOT,
            "%s %s%n",
            chosen.p0Paged >= paged * chosen.p0Mails
                ? "chosen:   "
                : String.format(Locale.ROOT, "none reaches %.0f %%; most P0 paged:", 100 * paged),
            chosen.describe()));
    // The trade-off: for each count of P0-intent mails paged, the least other paging that buys it.
    TreeMap<Integer, Outcome> frontier = new TreeMap<>();
    for (Outcome o : outcomes) {
      frontier.merge(o.p0Paged, o, (a, b) -> better(b, a, 0) ? b : a);
    }
    out.append("\n| P0 intents paged | other intents paged | probability | topThree |\n");
    out.append("|---|---|---|---|\n");
    int fewest = Integer.MAX_VALUE;
    for (Outcome o : frontier.descendingMap().values()) {
      if (o.otherPaged < fewest) {
        fewest = o.otherPaged;
        out.append(
            String.format(
                Locale.ROOT,
                "| %d/%d | %d/%d | %.2f | %.2f |%n",
                o.p0Paged,
                o.p0Mails,
                o.otherPaged,
                o.others,
                o.probability,
                o.topThree));
      }
    }
    return out.toString();
  }
}
