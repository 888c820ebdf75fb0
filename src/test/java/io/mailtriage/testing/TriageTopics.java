package io.mailtriage.testing;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.job.JobSettings;
import io.mailtriage.priority.PriorityPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The topics a job run uses, for tests and benchmarks that create and read them. */
public final class TriageTopics {
  private TriageTopics() {}

  /**
   * A topic per queue the intent mapping routes to, plus the policy's fallback queue and its queues
   * of machine-sent mail.
   */
  public static List<String> of(JobSettings settings) throws Exception {
    MailtriageConfig.Model model = settings.config().model();
    ModelCard card =
        ModelCard.read(ModelLocation.resolve(model.dir()).resolve(ModelCard.FILE_NAME));
    Set<String> queues =
        new TreeSet<>(IntentQueues.load(Path.of(model.intents()), card.labels()).queues());
    queues.add(settings.policy().fallbackQueue());
    queues.addAll(autoSubmittedQueues(settings.policy()));
    return queues.stream().map(settings.config().topics()::triageTopic).toList();
  }

  /**
   * The policy's queues of machine-sent mail; none where the job's classes are of a build from
   * before they existed (2991201), as {@code benchmark-e2e --baseline} runs this harness on them.
   */
  private static Set<String> autoSubmittedQueues(PriorityPolicy policy) {
    try {
      return policy.autoSubmittedQueues();
    } catch (NoSuchMethodError olderBuild) {
      return Set.of();
    }
  }

  /**
   * Every topic the configuration names itself: input, control, privacy, dead-letter, stats and
   * urgent topics, that is all but the per-queue ones of {@link #of}.
   */
  public static List<String> named(MailtriageConfig.Topics t) {
    return List.of(
        t.input(),
        t.deadLetter(),
        t.stats(),
        t.urgent(),
        t.modelControl(),
        t.erasure(),
        t.subjectKeys(),
        t.audit());
  }
}
