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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The email-form set scored by the model alone, without Kafka and Flink: each mail as the job's PII
 * step hands it on ({@link EvalMailTexts}), read through the model-text step by the served model
 * (intent and spam heads, cascade included) as the inference operator reads it, given its level by
 * the job's priority rules ({@link PriorityAssigner}) with no thread or sender history, and tabled
 * as the job's run is ({@link EvalMailReport}). Then every P0-intent mail that did not come out P0,
 * with what the model said. Minutes quicker than the job for comparing models; the job's run
 * ({@code scripts/evaluate-email-forms}) stays the figure of record, since thread state and sender
 * escalation can move a level.
 */
public final class EvalMailModel {
  private static final String USAGE =
      "usage: evaluate-email-forms --model-only [--set data/eval-mail] [--model models/default]"
          + " [--config conf/mailtriage.yaml] [--intents conf/intents.yaml]"
          + " [--priority conf/priority.yaml]";

  private EvalMailModel() {}

  public static void main(String[] argv) {
    Cli.main(
        "evaluate-email-forms",
        USAGE,
        Set.of("set", "model", "config", "intents", "priority"),
        argv,
        EvalMailModel::run);
  }

  private static int run(Cli cli) throws Exception {
    Path set = Path.of(cli.optional("set").orElse("data/eval-mail"));
    Path model = Path.of(cli.optional("model").orElse("models/default"));
    Path intents =
        Cli.readable(Path.of(cli.optional("intents").orElse("conf/intents.yaml")), "--intents");
    Path priority =
        Cli.readable(Path.of(cli.optional("priority").orElse("conf/priority.yaml")), "--priority");
    Path config =
        Cli.readable(Path.of(cli.optional("config").orElse("conf/mailtriage.yaml")), "--config");
    ModelCard card = ModelCard.read(model.resolve(ModelCard.FILE_NAME));
    PriorityAssigner assigner =
        new PriorityAssigner(
            PriorityPolicy.load(
                priority, Set.copyOf(card.labels()), queues(card, intents).queues()));
    Set<String> p0 = EvalMailReport.p0Intents(priority);
    Map<String, String> queueOf = EvalMailReport.queues(intents);

    List<Scored> scored = score(EvalMailTexts.read(set, config), model, intents);
    ObjectMapper json = new ObjectMapper();
    List<EvalMailReport.Outcome> outcomes = new ArrayList<>();
    StringBuilder misses = new StringBuilder();
    for (Scored sc : scored) {
      EvalMailTexts m = sc.mail();
      PrioritizedEmail p = assigner.map(PrioritizedEmail.of(sc.email()));
      ObjectNode record = json.createObjectNode();
      record.put("intent", p.intent);
      record.put("queue", p.queue);
      record.put("priority", "P" + p.level);
      record.putPOJO("reasons", p.reasons);
      outcomes.add(new EvalMailReport.Outcome(m.form(), m.intent(), json.valueToTree(record)));
      if (p0.contains(m.intent()) && p.level != PriorityPolicy.P0) {
        ModelVerdict v = sc.verdict();
        misses.append(
            String.format(
                Locale.ROOT,
                "%-30s %-13s gold %-21s read %-34s %.2f spam %.2f P%d %s%n",
                m.file(),
                m.form(),
                m.intent(),
                v.intent(),
                v.confidence(),
                v.spamProbability(),
                p.level,
                String.join(",", p.reasons)));
      }
    }
    System.out.println(
        "model alone: " + model + " (" + card.headSha256().substring(0, 12) + "), set " + set);
    System.out.println();
    System.out.print(EvalMailReport.render(outcomes, queueOf, p0));
    System.out.println();
    System.out.println("P0-intent mails not emitted as P0:");
    System.out.print(misses);
    return Cli.OK;
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
    List<ModelText.Result> read = mails.stream().map(m -> ModelText.of(m.text())).toList();
    List<ModelVerdict> verdicts;
    try (TriageModel triage =
        new OnnxModelProvider(Files.readString(intents), intents.toString(), 1)
            .load(new ModelAnnouncement("eval", model.toString(), null, 0))) {
      verdicts = triage.score(read.stream().map(ModelText.Result::text).toList());
    }
    List<Scored> out = new ArrayList<>(mails.size());
    for (int i = 0; i < mails.size(); i++) {
      EvalMailTexts m = mails.get(i);
      out.add(new Scored(m, verdicts.get(i), scored(m, verdicts.get(i), read.get(i))));
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
    return s;
  }
}
