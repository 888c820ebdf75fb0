package io.mailtriage.job;

import ai.onnxruntime.OrtException;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.IntentQueues;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.ModelLocation;
import io.mailtriage.inference.ModelProvider;
import io.mailtriage.inference.ModelRejectedException;
import io.mailtriage.inference.OnnxModelProvider;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.pii.PiiRuntime;
import io.mailtriage.priority.PriorityPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything the job needs besides its edges, resolved and cross-checked once at submission: the
 * configuration, the intent mapping checked against the default model's labels, the priority policy
 * checked against those intents and queues, and that the PII keys can be loaded. Any problem stops
 * the job before it starts, with one line naming the file and key ({@link
 * io.mailtriage.config.ConfigException}).
 */
public record JobSettings(
    MailtriageConfig config,
    PriorityPolicy policy,
    ModelAnnouncement defaultModel,
    ModelProvider modelProvider) {

  public static JobSettings resolve(MailtriageConfig config) {
    PiiRuntime.validate(config);
    try {
      MasterKeys.load(config.pii().keys());
    } catch (KeyMaterialException e) {
      throw config.invalid("pii.keys", e.getMessage());
    }

    MailtriageConfig.Model model = config.model();
    Path dir;
    ModelCard card;
    String headSha256;
    try {
      dir = ModelLocation.resolve(model.dir());
      // Loading proves what reading the card cannot: the head matches the card's checksum, labels
      // and buckets, and ONNX Runtime accepts it. Otherwise every inference subtask would fail at
      // open and the job would restart-loop.
      try (IntentModel intents = IntentModel.load(dir)) {
        card = intents.card();
      }
      OnnxModelProvider.checkOptionalHeads(dir);
      headSha256 = OnnxModelProvider.sha256(dir.resolve(card.headFile()));
    } catch (ModelRejectedException | ModelLoadException | OrtException | IOException e) {
      throw config.invalid("model.dir", firstLine(e.getMessage()));
    }

    String intentsYaml;
    try {
      intentsYaml = Files.readString(Path.of(model.intents()));
    } catch (NoSuchFileException e) {
      throw config.invalid("model.intents", "file not found: " + model.intents());
    } catch (IOException e) {
      throw config.invalid("model.intents", "cannot read: " + firstLine(e.getMessage()));
    }
    IntentQueues queues = IntentQueues.parse(intentsYaml, model.intents(), card.labels());

    Path policyFile = Path.of(config.priority().policy());
    if (!Files.isRegularFile(policyFile)) {
      throw config.invalid("priority.policy", "file not found: " + policyFile);
    }
    PriorityPolicy policy =
        PriorityPolicy.load(policyFile, Set.copyOf(card.labels()), queues.queues());

    ModelAnnouncement defaultModel =
        new ModelAnnouncement("intent-" + headSha256.substring(0, 12), model.dir(), headSha256, 0L);
    ModelProvider provider =
        new OnnxModelProvider(intentsYaml, model.intents(), model.intraOpThreads());
    return new JobSettings(config, policy, defaultModel, provider);
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
  }
}
