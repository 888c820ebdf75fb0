package io.mailtriage.testing;

import io.mailtriage.config.MailtriageConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Overrides of {@code conf/mailtriage.yaml} that put one run of the job on a broker of its own
 * choosing, on topics and a consumer group named after the run (so runs sharing a broker never see
 * each other's records), with a test keystore's keys and its own checkpoint directory.
 */
public final class RunConfig {
  private RunConfig() {}

  /** A short random run id, e.g. {@code 3f9c2a1b}. */
  public static String newRunId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public static List<String> overrides(
      String bootstrap, String run, MailtriageConfig.Keys keys, Path checkpoints) {
    return new ArrayList<>(
        List.of(
            "kafka.bootstrapServers=" + bootstrap,
            "kafka.consumerGroup=mailtriage-" + run,
            "topics.input=emails-raw-" + run,
            "topics.deadLetter=emails-dlq-" + run,
            "topics.triagePrefix=triage-" + run + ".",
            "topics.stats=triage-stats-" + run,
            "topics.modelControl=models-control-" + run,
            "topics.erasure=pii-erasure-" + run,
            "topics.subjectKeys=pii-subject-keys-" + run,
            "topics.audit=pii-audit-" + run,
            "topics.urgent=triage-urgent-" + run,
            "checkpoint.storage=" + checkpoints.toUri(),
            TestKeystores.override(keys)));
  }
}
