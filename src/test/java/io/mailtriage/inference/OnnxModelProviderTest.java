package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.testing.ModelDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real provider on real model directories: a model that cannot serve is refused with a reason,
 * before any email sees it, and in a running operator the refusal is counted while the old model
 * keeps scoring.
 */
class OnnxModelProviderTest {
  private static final String INTENTS = "conf/intents.yaml";
  private static final String RAZOR_POST =
      "[Razor-users] Razor 2.14 - the day after\nAfter upgrading to 2.14 the agents report every"
          + " message twice; razor-check -d shows the same catalogue servers as before. Anyone"
          + " else seeing this on the list?";

  @TempDir Path tmp;

  private static OnnxModelProvider provider() throws Exception {
    return new OnnxModelProvider(Files.readString(Path.of(INTENTS)), INTENTS, 1);
  }

  private Path copyOfDefaultModel() throws Exception {
    return ModelDirs.copyOfDefault(tmp.resolve("model"));
  }

  private static ModelAnnouncement announce(String version, Path dir) throws Exception {
    return new ModelAnnouncement(
        version, dir.toString(), OnnxModelProvider.sha256(dir.resolve("intent-head.onnx")), 1L);
  }

  @Test
  void anIntactModelServesUnderItsAnnouncedVersion() throws Exception {
    try (TriageModel model = provider().load(announce("v2", copyOfDefaultModel()))) {
      List<ModelVerdict> verdicts = model.score(List.of("my card was stolen last night", ""));
      assertThat(model.version()).isEqualTo("v2");
      assertThat(verdicts.get(0).intent()).isEqualTo("lost_or_stolen_card");
      assertThat(verdicts.get(1).queue()).isEqualTo(ModelVerdict.NEEDS_REVIEW);
    }
  }

  @Test
  void aModelTrainedBeforeTheCascadeServesWithItsFullHeadAlone() throws Exception {
    Path dir = copyOfDefaultModel();
    Path card = dir.resolve(ModelCard.FILE_NAME);
    ModelCard.read(card).withCascade(null).write(card);
    Files.delete(dir.resolve("ngram-head.onnx"));
    try (TriageModel model = provider().load(announce("v1", dir))) {
      assertThat(model.score(List.of("my card was stolen last night")).get(0).intent())
          .isEqualTo("lost_or_stolen_card");
    }
  }

  @Test
  void theDomainHeadTellsASupportRequestFromAMailingListPost() throws Exception {
    try (TriageModel model = provider().load(announce("v2", copyOfDefaultModel()))) {
      List<ModelVerdict> verdicts =
          model.score(
              List.of(
                  "Card gone\nHi, I think my card was stolen at the station this morning."
                      + " Please block it.",
                  RAZOR_POST));
      assertThat(verdicts.get(0).inDomain()).isGreaterThan(0.9);
      assertThat(verdicts.get(1).inDomain()).isLessThan(0.1);
    }
  }

  @Test
  void theBundledModelUnpacksItsDomainHeadFromTheJar() throws Exception {
    ModelAnnouncement bundled =
        new ModelAnnouncement("default", "classpath:models/default", null, 0L);
    try (TriageModel model = provider().load(bundled)) {
      assertThat(model.score(List.of(RAZOR_POST)))
          .singleElement()
          .satisfies(v -> assertThat(v.inDomain()).isLessThan(0.1));
    }
  }

  @Test
  void aModelWithoutADomainHeadServesAndCountsEveryTextAsASupportRequest() throws Exception {
    Path dir = copyOfDefaultModel();
    try (Stream<Path> files = Files.walk(dir.resolve(ModelLocation.DOMAIN_DIR))) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    try (TriageModel model = provider().load(announce("v1", dir))) {
      assertThat(model.score(List.of("[Razor-users] Razor 2.14 - the day after")))
          .singleElement()
          .satisfies(v -> assertThat(v.inDomain()).isEqualTo(1.0));
    }
  }

  @Test
  void aDomainHeadWithoutTheSupportLabelIsRefused() throws Exception {
    Path dir = copyOfDefaultModel();
    Path domain = dir.resolve(ModelLocation.DOMAIN_DIR);
    for (String file : new String[] {ModelCard.FILE_NAME, "intent-head.onnx"}) {
      Files.copy(
          dir.resolve(ModelLocation.SPAM_DIR).resolve(file),
          domain.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    assertThatThrownBy(() -> provider().load(announce("v2", dir)))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("domain head in")
        .hasMessageContaining("has no 'support' label");
  }

  @Test
  void aDamagedCascadeHeadIsRefused() throws Exception {
    Path dir = copyOfDefaultModel();
    ModelDirs.flipAByte(dir.resolve("ngram-head.onnx"));
    assertThatThrownBy(() -> provider().load(announce("v2", dir)))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("ngram-head.onnx")
        .hasMessageContaining("SHA-256 differs from the card");
  }

  @Test
  void anAnnouncedChecksumThatDiffersFromTheFileIsRefused() throws Exception {
    Path dir = copyOfDefaultModel();
    ModelAnnouncement wrong = new ModelAnnouncement("v2", dir.toString(), "0".repeat(64), 1L);
    assertThatThrownBy(() -> provider().load(wrong))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("checksum mismatch for intent-head.onnx");
  }

  @Test
  void aMissingDirectoryIsRefused() {
    ModelAnnouncement missing =
        new ModelAnnouncement("v2", tmp.resolve("gone").toString(), "0".repeat(64), 1L);
    assertThatThrownBy(() -> provider().load(missing))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("model directory not found");
  }

  @Test
  void aCorruptFileIsRefusedEvenWhenTheAnnouncementMatchesIt() throws Exception {
    // Whoever announced it hashed the damaged file: the card's own checksum still catches it.
    Path dir = copyOfDefaultModel();
    ModelDirs.flipAByte(dir.resolve("intent-head.onnx"));
    assertThatThrownBy(() -> provider().load(announce("v2", dir)))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("SHA-256 differs from the card");
  }

  @Test
  void aModelWithAnIntentTheMappingDoesNotRouteIsRefused() throws Exception {
    Path dir = tmp.resolve("five-intents");
    TestModels.writeDir(
        dir,
        TestModels.randomHead(64, 5, 1, 1f),
        TestModels.labels(5),
        FeatureSpec.of(true, 64, false, 128));
    ModelAnnouncement a =
        new ModelAnnouncement(
            "v2", dir.toString(), OnnxModelProvider.sha256(dir.resolve("head.onnx")), 1L);
    assertThatThrownBy(() -> provider().load(a))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining(INTENTS);
  }

  @Test
  void aRunningOperatorCountsTheRefusalAndKeepsServingTheBundledModel() throws Exception {
    ModelAnnouncement bundled =
        new ModelAnnouncement("default", "classpath:models/default", null, 0L);
    InferenceOperator operator = new InferenceOperator(bundled, provider(), 1, 60_000);
    try (var harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            operator,
            (TokenizedEmail e) -> e.threadToken,
            (ModelAnnouncement a) -> "control",
            Types.STRING)) {
      harness.open();
      harness.processElement2(
          new StreamRecord<>(
              new ModelAnnouncement("v2", tmp.resolve("gone").toString(), "0".repeat(64), 1L)));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!operator.hasPendingSwap() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      TokenizedEmail email = new TokenizedEmail();
      email.threadToken = "thread-1";
      email.modelText = "my card was stolen last night";
      harness.processElement1(new StreamRecord<>(email, 1L));

      assertThat(operator.refusedSwaps()).isEqualTo(1);
      assertThat(harness.extractOutputValues())
          .singleElement()
          .satisfies(s -> assertThat(s.modelVersion).isEqualTo("default"));
    }
    assertThat(SharedModels.loadedCount()).as("every model released").isZero();
  }
}
