package io.mailtriage.train.eval.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.config.ConfigSection;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.inference.Prediction;
import io.mailtriage.inference.text.ModelText;
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
import java.util.Arrays;
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
 * the higher thresholds. Prints the choice, the rule switched off, the priority file's own setting,
 * and the trade-off on the way. {@code model.possibleP0.inDomain} stays as the file has it; with
 * {@code --off-topic} each setting is also scored on the held-out messages of a mailing-list and
 * spam corpus (none of them a support request), the ones paged are listed with their reasons, and
 * {@code model.possibleP0.inDomain} is chosen on the sets' mails (support requests) and those
 * messages as on {@code --in-domain}'s CSV.
 *
 * <p>{@code --in-domain}: chooses {@code model.possibleP0.inDomain} on a labelled CSV the model's
 * domain head never trained on ({@code domain-test.csv} of {@code prepare-spam-data}): the highest
 * threshold (0.05 to 0.95 by 0.05) that keeps at least {@code --kept} of the support requests in
 * domain, with the share of other mail it keeps out.
 */
public final class PossibleP0Thresholds {
  static final String USAGE =
      String.join(
          "\n",
          "usage: choose-possible-p0 --hold-out TRAIN.csv --out DIR [--fraction 0.1] [--seed 20200501]",
          "       choose-possible-p0 --set DIR [--set DIR...] --model DIR [--paged 0.97]",
          "                          [--off-topic CORPUS [--kept 0.995]]",
          "                          [--config conf/mailtriage.yaml] [--intents conf/intents.yaml]",
          "                          [--priority conf/priority.yaml]",
          "       choose-possible-p0 --in-domain DOMAIN-TEST.csv --model DIR [--kept 0.995]",
          "--hold-out writes DIR/train.csv (the rest) and DIR/held-out.csv (the rows of train-model's",
          "calibration slice for that fraction and seed). --set scores mail built from held-out rows",
          "(build-eval-mail) with a model trained without them and chooses model.possibleP0: the",
          "least paging of other intents with at least --paged of the P0-intent mails paged;",
          "--off-topic also scores the held-out messages of a corpus (scripts/fetch-corpus.sh's folder)",
          "and chooses model.possibleP0.inDomain on the sets and those messages, as --in-domain does.",
          "--in-domain chooses model.possibleP0.inDomain: the highest threshold on DIR/domain that keeps",
          "at least --kept of the CSV's support rows (label support; the rest are other mail).");

  static final String TRAIN = "train.csv";
  static final String HELD_OUT = "held-out.csv";

  /** Tried thresholds, in hundredths: probability 0.01..0.50, topThree 0..0.95. */
  private static final int MAX_PROBABILITY = 50;

  private static final int TOP_THREE_STEP = 5;
  private static final int MAX_TOP_THREE = 95;

  /** Tried domain thresholds, in hundredths: 0.05..0.95. */
  private static final int DOMAIN_STEP = 5;

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
            "priority",
            "off-topic",
            "in-domain",
            "kept"),
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
    if (cli.optional("in-domain").isPresent()) {
      Path model = cli.directory("model");
      Path csv = cli.file("in-domain");
      double kept = cli.decimal("kept", 0.995, 0, 1);
      Path domainDir = model.resolve(ModelLocation.DOMAIN_DIR);
      if (!Files.isDirectory(domainDir)) {
        throw new Cli.UsageException(
            "--model: no " + ModelLocation.DOMAIN_DIR + "/ head in " + model);
      }
      List<CsvReader.Row> rows = CsvReader.readLabelled(csv);
      List<Prediction> p;
      try (IntentModel domain = IntentModel.load(domainDir)) {
        p = domain.predict(rows.stream().map(r -> ModelText.of(r.text()).text()).toList());
      }
      double[] inDomain = new double[rows.size()];
      boolean[] support = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        inDomain[i] = p.get(i).probability(ModelLocation.DOMAIN_LABEL);
        support[i] = rows.get(i).label().equals(ModelLocation.DOMAIN_LABEL);
      }
      System.out.printf(Locale.ROOT, "domain head %s on %s (model text)%n%n", domainDir, csv);
      System.out.print(renderDomain(inDomain, support, kept));
      // The rows on the wrong side of 0.5, by their subject line, to see what the head misreads.
      System.out.println("\nRows on the wrong side of 0.5 (gold, inDomain, subject line):");
      for (int i = 0; i < rows.size(); i++) {
        if (support[i] != inDomain[i] >= 0.5) {
          System.out.printf(
              Locale.ROOT,
              "  %-7s %.3f %s%n",
              rows.get(i).label(),
              inDomain[i],
              rows.get(i).text().lines().findFirst().orElse(""));
        }
      }
      return Cli.OK;
    }
    if (cli.all("set").isEmpty()) {
      throw new Cli.UsageException("give --hold-out TRAIN.csv, --set DIR or --in-domain FILE.csv");
    }
    Path model = cli.directory("model");
    double paged = cli.decimal("paged", 0.97, 0, 1);
    double kept = cli.decimal("kept", 0.995, 0, 1);
    Path config = cli.file("config", "conf/mailtriage.yaml");
    Path intents = cli.file("intents", "conf/intents.yaml");
    Path priority = cli.file("priority", "conf/priority.yaml");
    List<EvalMailModel.Scored> mails = new ArrayList<>();
    for (String set : cli.all("set")) {
      mails.addAll(EvalMailModel.score(EvalMailTexts.read(Path.of(set), config), model, intents));
    }
    Path corpus = cli.optional("off-topic").isPresent() ? cli.directory("off-topic") : null;
    List<EvalMailModel.Scored> offTopic =
        corpus == null
            ? List.of()
            : EvalMailModel.score(EvalMailTexts.heldOutCorpus(corpus, config), model, intents);
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
        "model %s (%s, domain head %s), %d mails from %s; P0 intents %s; %s%n%n",
        model,
        card.headSha256().substring(0, 12),
        Files.isDirectory(model.resolve(ModelLocation.DOMAIN_DIR)) ? "present" : "absent",
        mails.size(),
        String.join(", ", cli.all("set")),
        String.join(", ", p0),
        corpus == null
            ? "no off-topic corpus"
            : offTopic.size() + " held-out off-topic messages from " + corpus);
    if (!offTopic.isEmpty()) {
      // The domain gate's own trade-off on the same mail: the sets are support requests, the corpus
      // is not.
      List<EvalMailModel.Scored> both = new ArrayList<>(mails);
      both.addAll(offTopic);
      double[] inDomain = both.stream().mapToDouble(m -> m.email().inDomain).toArray();
      boolean[] support = new boolean[both.size()];
      Arrays.fill(support, 0, mails.size(), true);
      System.out.printf(
          Locale.ROOT,
          "model.possibleP0.inDomain: the sets' mails are support requests, the corpus's are not%n");
      System.out.print(renderDomain(inDomain, support, kept));
      System.out.println();
    }
    List<Outcome> outcomes = sweep(mails, offTopic, p0, policies);
    Outcome chosen = choose(outcomes, paged);
    PriorityPolicy file = policies.with(null, null);
    double fileProbability = file.possibleP0Probability();
    double fileTopThree = file.possibleP0TopThree();
    System.out.printf(
        Locale.ROOT,
        "model.possibleP0.inDomain %.2f (as in %s): support mails read as support %s,"
            + " off-topic messages %s%n",
        file.possibleP0InDomain(),
        priority,
        inDomain(mails, file.possibleP0InDomain()),
        inDomain(offTopic, file.possibleP0InDomain()));
    System.out.print(render(outcomes, paged));
    System.out.printf(
        Locale.ROOT,
        "%nas given:  %s%n",
        outcome(mails, offTopic, p0, policies, fileProbability, fileTopThree).describe());
    if (!offTopic.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "%nOff-topic messages paged P0 as given (probability %.2f, topThree %.2f):%n%s",
          fileProbability,
          fileTopThree,
          pagedOffTopic(offTopic, policies.with(fileProbability, fileTopThree), policies));
      System.out.printf(
          Locale.ROOT,
          "%nOff-topic messages paged P0 as chosen (probability %.2f, topThree %.2f):%n%s",
          chosen.probability,
          chosen.topThree,
          pagedOffTopic(offTopic, policies.with(chosen.probability, chosen.topThree), policies));
    }
    return Cli.OK;
  }

  /**
   * Per tried domain threshold, the share of support rows kept in domain and of other rows kept
   * out; the chosen one (the highest that keeps at least {@code kept} of the support rows) marked.
   */
  static String renderDomain(double[] inDomain, boolean[] support, double kept) {
    int supports = 0;
    for (boolean b : support) {
      supports += b ? 1 : 0;
    }
    int others = support.length - supports;
    StringBuilder out = new StringBuilder("| inDomain | support kept in | other kept out |\n");
    out.append("|---|---|---|\n");
    double chosen = 0;
    for (int t = DOMAIN_STEP; t < 100; t += DOMAIN_STEP) {
      double threshold = t / 100.0;
      int supportIn = 0;
      int otherOut = 0;
      for (int i = 0; i < support.length; i++) {
        boolean in = inDomain[i] >= threshold;
        supportIn += support[i] && in ? 1 : 0;
        otherOut += !support[i] && !in ? 1 : 0;
      }
      if (supportIn >= kept * supports) {
        chosen = threshold;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %.2f | %d/%d (%.2f %%) | %d/%d (%.2f %%) |%n",
              threshold,
              supportIn,
              supports,
              100.0 * supportIn / Math.max(1, supports),
              otherOut,
              others,
              100.0 * otherOut / Math.max(1, others)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nchosen: inDomain %.2f, the highest that keeps at least %.1f %% of support rows in"
                + " domain%s%n",
            chosen,
            100 * kept,
            chosen == 0 ? " (none does: the gate stays off)" : ""));
    return out.toString();
  }

  /** How many of the mails the domain head puts at or above the threshold, as "n/N". */
  private static String inDomain(List<EvalMailModel.Scored> mails, double threshold) {
    long n = mails.stream().filter(m -> m.email().inDomain >= threshold).count();
    return n + "/" + mails.size();
  }

  /**
   * Each off-topic message the policy pages: file, model answer, domain probability, reasons; a
   * {@code *} marks those the rule alone pages (not P0 with the rule switched off).
   */
  static String pagedOffTopic(
      List<EvalMailModel.Scored> offTopic, PriorityPolicy policy, Policies policies) {
    PriorityAssigner assigner = new PriorityAssigner(policy);
    PriorityAssigner ruleOff = new PriorityAssigner(policies.with(1.0, 0.0));
    StringBuilder out = new StringBuilder();
    int n = 0;
    int onlyByRule = 0;
    for (EvalMailModel.Scored m : offTopic) {
      PrioritizedEmail p = assigner.map(PrioritizedEmail.of(m.email()));
      if (p.level == PriorityPolicy.P0) {
        boolean alone = ruleOff.map(PrioritizedEmail.of(m.email())).level != PriorityPolicy.P0;
        n++;
        onlyByRule += alone ? 1 : 0;
        out.append(
            String.format(
                Locale.ROOT,
                "%s %-32s read %-32s %.2f inDomain %.2f %s%n",
                alone ? "*" : " ",
                m.mail().file(),
                m.email().intent,
                m.email().confidence,
                m.email().inDomain,
                String.join(",", p.reasons)));
      }
    }
    return String.format(
            Locale.ROOT,
            "%d paged, %d of them by the rule alone (*: not P0 with the rule off)%n",
            n,
            onlyByRule)
        + out;
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

  /** The priority file with only {@code model.possibleP0}'s probability and topThree varied. */
  record Policies(JsonNode tree, String origin, Set<String> intents, Set<String> queues) {
    /** The file with these two thresholds; either null keeps the file's own. */
    PriorityPolicy with(Double probability, Double topThree) {
      JsonNode copy = tree.deepCopy();
      ObjectNode possible = (ObjectNode) copy.path("model").path("possibleP0");
      if (probability != null) {
        possible.put("probability", probability);
      }
      if (topThree != null) {
        possible.put("topThree", topThree);
      }
      return PriorityPolicy.read(
          ConfigSection.of(copy, origin, ConfigSection.Values.QUOTED), intents, queues);
    }
  }

  /**
   * What one setting does to the mails: P0-intent mails, other mails, and off-topic messages (no
   * support request at all) that came out P0.
   */
  record Outcome(
      double probability,
      double topThree,
      int p0Paged,
      int p0Mails,
      int otherPaged,
      int others,
      int offTopicPaged,
      int offTopic) {
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
              100.0 * otherPaged / Math.max(1, others))
          + (offTopic == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  ", off-topic paged %d/%d (%.1f %%)",
                  offTopicPaged,
                  offTopic,
                  100.0 * offTopicPaged / offTopic));
    }
  }

  /** Every tried setting, and last the rule switched off (probability 1). */
  static List<Outcome> sweep(
      List<EvalMailModel.Scored> mails,
      List<EvalMailModel.Scored> offTopic,
      Set<String> p0,
      Policies policies) {
    List<Outcome> out = new ArrayList<>();
    for (int p = 1; p <= MAX_PROBABILITY; p++) {
      for (int t = 0; t <= MAX_TOP_THREE; t += TOP_THREE_STEP) {
        out.add(outcome(mails, offTopic, p0, policies, p / 100.0, t / 100.0));
      }
    }
    out.add(outcome(mails, offTopic, p0, policies, 1, 0));
    return out;
  }

  private static Outcome outcome(
      List<EvalMailModel.Scored> mails,
      List<EvalMailModel.Scored> offTopic,
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
    int offTopicPaged = 0;
    for (EvalMailModel.Scored m : offTopic) {
      offTopicPaged +=
          assigner.map(PrioritizedEmail.of(m.email())).level == PriorityPolicy.P0 ? 1 : 0;
    }
    return new Outcome(
        probability,
        topThree,
        p0Paged,
        p0Mails,
        otherPaged,
        mails.size() - p0Mails,
        offTopicPaged,
        offTopic.size());
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
    out.append(
        "\n| P0 intents paged | other intents paged | off-topic paged | probability | topThree |\n");
    out.append("|---|---|---|---|---|\n");
    int fewest = Integer.MAX_VALUE;
    for (Outcome o : frontier.descendingMap().values()) {
      if (o.otherPaged < fewest) {
        fewest = o.otherPaged;
        out.append(
            String.format(
                Locale.ROOT,
                "| %d/%d | %d/%d | %d/%d | %.2f | %.2f |%n",
                o.p0Paged,
                o.p0Mails,
                o.otherPaged,
                o.others,
                o.offTopicPaged,
                o.offTopic,
                o.probability,
                o.topThree));
      }
    }
    return out.toString();
  }
}
