package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.ModelCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/train-model --augment (email renderings of the training texts) and --cache (embeddings
 * kept across runs).
 */
class TrainAugmentationTest {

  @TempDir Path tmp;

  private Path train() throws Exception {
    return writeTrainingSet(tmp);
  }

  /** Twelve short texts of two intents as a training CSV in {@code dir}. */
  static Path writeTrainingSet(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder("text,label\n");
    List<String> lost =
        List.of(
            "I lost my card",
            "my card is gone and I cannot find it",
            "card lost on the bus",
            "where did my card go as I lost it",
            "I have lost my debit card",
            "lost card please help");
    List<String> fee =
        List.of(
            "why was I charged a fee",
            "there is a fee on my statement",
            "what is this charge",
            "I was charged for a transfer",
            "an extra fee appeared",
            "why the charge on my account");
    for (int i = 0; i < lost.size(); i++) {
      sb.append(lost.get(i)).append(",lost\n").append(fee.get(i)).append(",fee\n");
    }
    Path p = dir.resolve("train.csv");
    Files.writeString(p, sb.toString());
    return p;
  }

  /** Runs train-model on {@link #train()} with {@code options}, into {@code tmp/out}. */
  private int trainInto(String out, String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("--train", train().toString(), "--out", tmp.resolve(out).toString()));
    args.addAll(List.of(options));
    return TrainModel.run(args.toArray(String[]::new));
  }

  private byte[] head(String out) throws Exception {
    return Files.readAllBytes(tmp.resolve(out).resolve(TrainModel.HEAD_FILE));
  }

  @Test
  void augmentAddsOneRenderingPerTextAndRecordsWhereTheyCameFrom() throws Exception {
    assertThat(
            trainInto(
                "m",
                "--features",
                "ngrams",
                "--buckets",
                "512",
                "--augment",
                "data/email-forms/training.json",
                "--augment-copies",
                "2"))
        .isZero();
    ModelCard card = ModelCard.read(tmp.resolve("m").resolve(ModelCard.FILE_NAME));
    assertThat(card.training().examples()).isEqualTo(12 * 3);
    // A held-out row takes its renderings with it: the slice is a multiple of three texts.
    assertThat(card.training().calibrationExamples()).isPositive().matches(n -> n % 3 == 0);
    assertThat(card.training().augmentation())
        .contains("2 email rendering(s) per training text", "data/email-forms/training.json");
  }

  @Test
  void cachedEmbeddingsGiveTheSameModelAsFreshOnes() throws Exception {
    Path cache = tmp.resolve("emb.bin");
    for (String run : List.of("fresh", "cached")) {
      assertThat(
              trainInto(
                  run,
                  "--features",
                  "embedding",
                  "--max-tokens",
                  "32",
                  "--cache",
                  cache.toString()))
          .isZero();
    }
    assertThat(cache).isNotEmptyFile();
    assertThat(head("cached")).isEqualTo(head("fresh"));
  }

  @Test
  void aCacheOfAnotherWindowIsNotUsed() throws Exception {
    String cache = tmp.resolve("emb.bin").toString();
    assertThat(trainInto("a", "--features", "embedding", "--max-tokens", "32", "--cache", cache))
        .isZero();
    assertThat(trainInto("b", "--features", "embedding", "--max-tokens", "16", "--cache", cache))
        .isZero();
    assertThat(trainInto("c", "--features", "embedding", "--max-tokens", "16")).isZero();
    assertThat(head("b")).isEqualTo(head("c"));
  }
}
