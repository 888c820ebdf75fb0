package io.mailtriage.train.eval.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailtriage.inference.InferenceOperator;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelVerdict;
import io.mailtriage.inference.OnnxModelProvider;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.inference.TriageModel;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.priority.PrioritizedEmail;
import io.mailtriage.priority.PriorityAssigner;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The email-form set scored by the model alone, without Kafka and Flink: each mail as the job's PII
 * step hands it on ({@link EvalMailTexts}), read through the model-text step by the served model
 * (intent and spam heads, cascade included) as the inference operator reads it, given its level by
 * the job's priority rules ({@link PriorityAssigner}) with no thread or sender history, and tabled
 * as the job's run is ({@link EvalMailReport}), beside each mail's query read alone by the same
 * model, so that a form's gap is what its shape costs rather than how hard its queries are. Then
 * every P0-intent mail that did not come out P0, with what the model said. Minutes quicker than the
 * job for comparing models; the job's run ({@code scripts/evaluate-email-forms}) stays the figure
 * of record, since thread state and sender escalation can move a level.
 */
public final class EvalMailModel {
  private static final String USAGE =
      "usage: evaluate-email-forms --model-only [--set data/eval-mail] [--model models/default]"
          + " [--queries data/banking77/test.csv] [--config conf/mailtriage.yaml]"
          + " [--intents conf/intents.yaml] [--priority conf/priority.yaml] [--losses] [--paged]\n"
          + "  --losses  also list every mail read wrong whose query alone is read right, with the"
          + " text the model read\n"
          + "  --paged   also list every mail of another intent emitted as P0, with its reasons";

  private static final Pattern QUERY_ROW = Pattern.compile("(\\d{1,9})\\.eml");

  private EvalMailModel() {}

  public static void main(String[] argv) {
    Cli.main(
        "evaluate-email-forms",
        USAGE,
        Cli.Spec.of("set", "model", "queries", "config", "intents", "priority")
            .flags("losses", "paged"),
        argv,
        EvalMailModel::run);
  }

  private static int run(Cli cli) throws Exception {
    Path set = Path.of(cli.optional("set").orElse("data/eval-mail"));
    Path model = Path.of(cli.optional("model").orElse("models/default"));
    Path intents = cli.file("intents", "conf/intents.yaml");
    Path priority = cli.file("priority", "conf/priority.yaml");
    Path config = cli.file("config", "conf/mailtriage.yaml");
    Path queries = cli.file("queries", "data/banking77/test.csv");
    ModelCard card = ModelCard.read(model.resolve(ModelCard.FILE_NAME));
    PriorityAssigner assigner =
        new PriorityAssigner(
            PriorityPolicy.load(
                priority, Set.copyOf(card.labels()), queues(card, intents).queues()));
    Set<String> p0 = EvalMailReport.p0Intents(priority);
    Map<String, String> queueOf = EvalMailReport.queues(intents);

    List<EvalMailTexts> mails = EvalMailTexts.read(set, config);
    List<Scored> scored;
    List<ModelVerdict> alone;
    try (TriageModel triage = load(model, intents)) {
      scored = score(mails, triage);
      alone = triage.score(queriesOf(mails, CsvReader.readLabelled(queries)));
    }
    ObjectMapper json = new ObjectMapper();
    List<EvalMailReport.Outcome> outcomes = new ArrayList<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder losses = new StringBuilder();
    StringBuilder paged = new StringBuilder();
    for (int i = 0; i < scored.size(); i++) {
      Scored sc = scored.get(i);
      EvalMailTexts m = sc.mail();
      PrioritizedEmail p = assigner.map(PrioritizedEmail.of(sc.email()));
      String aloneIntent = alone.get(i).intent();
      ObjectNode record = json.createObjectNode();
      record.put("intent", p.intent);
      record.put("queue", p.queue);
      record.put("priority", "P" + p.level);
      record.putPOJO("reasons", p.reasons);
      outcomes.add(
          new EvalMailReport.Outcome(m.form(), m.intent(), json.valueToTree(record), aloneIntent));
      if (!m.intent().equals(sc.verdict().intent()) && m.intent().equals(aloneIntent)) {
        losses.append(
            String.format(
                Locale.ROOT,
                "%-30s %-13s gold %-34s read %-34s %.2f%n    %s%n",
                m.file(),
                m.form(),
                m.intent(),
                sc.verdict().intent(),
                sc.verdict().confidence(),
                ModelText.of(m.text()).text().replace('\n', '|')));
      }
      boolean p0Intent = p0.contains(m.intent());
      if (p0Intent && p.level != PriorityPolicy.P0) {
        misses.append(outcomeLine(m, sc.verdict(), p));
      } else if (!p0Intent && p.level == PriorityPolicy.P0) {
        paged.append(outcomeLine(m, sc.verdict(), p));
      }
    }
    System.out.println(
        "model alone: " + model + " (" + card.headSha256().substring(0, 12) + "), set " + set);
    System.out.println();
    System.out.print(EvalMailReport.render(outcomes, queueOf, p0));
    System.out.println();
    System.out.println("P0-intent mails not emitted as P0:");
    System.out.print(misses);
    if (cli.flag("losses")) {
      System.out.println();
      System.out.println(
          "Mails read wrong whose query alone is read right (the text the model read):");
      System.out.print(losses);
    }
    if (cli.flag("paged")) {
      System.out.println();
      System.out.println("Mails of other intents emitted as P0 (what paged them):");
      System.out.print(paged);
    }
    return Cli.OK;
  }

  /** One mail's line in the P0 lists: what it is, what the model read, its level and reasons. */
  private static String outcomeLine(EvalMailTexts m, ModelVerdict v, PrioritizedEmail p) {
    return String.format(
        Locale.ROOT,
        "%-30s %-13s gold %-21s read %-34s %.2f spam %.2f P%d %s%n",
        m.file(),
        m.form(),
        m.intent(),
        v.intent(),
        v.confidence(),
        v.spamProbability(),
        p.level,
        String.join(",", p.reasons));
  }

  /** One mail of a set: the model's verdict and what the priority stage receives. */
  record Scored(EvalMailTexts mail, ModelVerdict verdict, ScoredEmail email) {}

  /** The queues of {@code intents} for the model's labels. */
  static IntentQueues queues(ModelCard card, Path intents) throws IOException {
    return IntentQueues.parse(Files.readString(intents), intents.toString(), card.labels());
  }

  /**
   * Each mail read through the model-text step and scored by the served model (intent and spam
   * heads, cascade included), as the inference operator does.
   */
  static List<Scored> score(List<EvalMailTexts> mails, Path model, Path intents) throws Exception {
    try (TriageModel triage = load(model, intents)) {
      return score(mails, triage);
    }
  }

  private static List<Scored> score(List<EvalMailTexts> mails, TriageModel triage)
      throws Exception {
    List<ModelText.Result> read = mails.stream().map(m -> ModelText.of(m.text())).toList();
    List<ModelVerdict> verdicts =
        triage.score(
            read.stream().map(ModelText.Result::text).toList(),
            mails.stream().map(EvalMailTexts::text).toList());
    List<Scored> out = new ArrayList<>(mails.size());
    for (int i = 0; i < mails.size(); i++) {
      EvalMailTexts m = mails.get(i);
      out.add(new Scored(m, verdicts.get(i), scored(m, verdicts.get(i), read.get(i))));
    }
    return out;
  }

  /** The served model as the inference operator loads it. */
  private static TriageModel load(Path model, Path intents) throws Exception {
    return new OnnxModelProvider(Files.readString(intents), intents.toString(), 1)
        .load(new ModelAnnouncement("eval", model.toString(), null, 0));
  }

  /**
   * Each mail's query by itself, as the set's builder took it: a mail's file name is its query's
   * row in the queries CSV ({@code mail/<form>/<row>.eml}, 0-based), whose label must be the
   * mail's.
   */
  static List<String> queriesOf(List<EvalMailTexts> mails, List<CsvReader.Row> queries)
      throws Cli.UsageException {
    List<String> out = new ArrayList<>(mails.size());
    for (EvalMailTexts m : mails) {
      Matcher name = QUERY_ROW.matcher(Path.of(m.file()).getFileName().toString());
      int row = name.matches() ? Integer.parseInt(name.group(1)) : -1;
      if (row < 0 || row >= queries.size() || !queries.get(row).label().equals(m.intent())) {
        throw new Cli.UsageException(
            m.file()
                + ": no query of that row with its intent "
                + m.intent()
                + " in --queries (was the set built from another CSV?)");
      }
      out.add(queries.get(row).text());
    }
    return out;
  }

  /** What the inference operator makes of the mail, for the priority stage. */
  private static ScoredEmail scored(EvalMailTexts m, ModelVerdict v, ModelText.Result read) {
    TokenizedEmail e = new TokenizedEmail();
    e.tenant = "eval";
    e.senderToken = "sender:" + m.file(); // every mail its own sender: no repeat escalation
    e.subject = m.subject();
    e.body = m.body();
    ScoredEmail s = InferenceOperator.toScored(e, v, "eval", 0);
    s.modelTextPart = read.part();
    s.writerText = read.writerText();
    return s;
  }
}
