package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.Prediction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spam head is the same trainer and runtime with n-gram features only and labels ham/spam;
 * checked end to end on synthetic mail (the real corpus is not available in CI).
 */
class SpamHeadTest {

  @TempDir Path tmp;

  private static final List<String> SPAM_WORDS =
      List.of(
          "winner",
          "free",
          "viagra",
          "click here",
          "limited offer",
          "cash prize",
          "unsubscribe",
          "lowest price",
          "act now",
          "$$$");
  private static final List<String> HAM_WORDS =
      List.of(
          "meeting",
          "patch",
          "kernel",
          "lunch",
          "review",
          "the build",
          "thanks",
          "attached",
          "schedule",
          "mailing list");
  private static final List<String> FILLER =
      List.of("the", "a", "you", "we", "please", "today", "this", "and", "for", "your");

  private static String mail(Random r, List<String> topical) {
    StringBuilder sb = new StringBuilder("Subject: ");
    for (int i = 0; i < 25; i++) {
      sb.append(
              r.nextInt(3) == 0
                  ? topical.get(r.nextInt(topical.size()))
                  : FILLER.get(r.nextInt(FILLER.size())))
          .append(i % 9 == 8 ? ".\n" : " ");
    }
    return sb.toString();
  }

  private Path csv(String name, int n, long seed) throws Exception {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("text,label\n");
    for (int i = 0; i < n; i++) {
      boolean spam = i % 2 == 0;
      sb.append('"')
          .append(mail(r, spam ? SPAM_WORDS : HAM_WORDS).replace("\"", "\"\""))
          .append("\",")
          .append(spam ? "spam" : "ham")
          .append('\n');
    }
    Path p = tmp.resolve(name);
    Files.writeString(p, sb.toString());
    return p;
  }

  @Test
  void trainsAndScoresHeldOutSyntheticMail() throws Exception {
    Path out = tmp.resolve("spam");
    assertThat(
            TrainModel.run(
                new String[] {
                  "--train",
                  csv("train.csv", 200, 1).toString(),
                  "--test",
                  csv("test.csv", 100, 2).toString(),
                  "--out",
                  out.toString(),
                  "--features",
                  "ngrams",
                  "--buckets",
                  "4096",
                  "--l2",
                  "1e-3"
                }))
        .isZero();
    ModelCard card = ModelCard.read(out.resolve(ModelCard.FILE_NAME));
    assertThat(card.labels()).containsExactly("ham", "spam");
    assertThat(card.features().useEmbedding()).isFalse();
    assertThat(card.evaluation().accuracy()).isGreaterThan(0.95);
    try (IntentModel spam = IntentModel.load(out)) {
      List<Prediction> p =
          spam.predict(
              List.of(
                  "Subject: winner! free cash prize, click here, act now",
                  "Subject: review of the kernel patch before the meeting, thanks"));
      assertThat(p).extracting(Prediction::label).containsExactly("spam", "ham");
    }
  }

  @Test
  void trainingIsReproducible() throws Exception {
    Path train = csv("train.csv", 120, 5);
    for (String run : List.of("a", "b")) {
      assertThat(
              TrainModel.run(
                  new String[] {
                    "--train",
                    train.toString(),
                    "--out",
                    tmp.resolve(run).toString(),
                    "--features",
                    "ngrams",
                    "--buckets",
                    "1024"
                  }))
          .isZero();
    }
    assertThat(Files.readAllBytes(tmp.resolve("a").resolve(TrainModel.HEAD_FILE)))
        .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(TrainModel.HEAD_FILE)));
  }
}
