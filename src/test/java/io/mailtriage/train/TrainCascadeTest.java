package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.Prediction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/train-model --cascade: an n-gram head and its threshold next to the full head. */
class TrainCascadeTest {

  @TempDir Path tmp;

  /** Two intents, BANKING77 training queries (lost card, card arrival), 40 of each. */
  private Path csv(String name, int from, int count) throws Exception {
    List<CsvReader.Row> all = CsvReader.readLabelled(Path.of("data/banking77/train.csv"));
    StringBuilder sb = new StringBuilder("text,label\n");
    for (String label : List.of("lost_or_stolen_card", "card_arrival")) {
      List<CsvReader.Row> rows = new ArrayList<>();
      for (CsvReader.Row r : all) {
        if (r.label().equals(label)) {
          rows.add(r);
        }
      }
      for (CsvReader.Row r : rows.subList(from, from + count)) {
        sb.append('"').append(r.text().replace("\"", "\"\"")).append("\",").append(label);
        sb.append('\n');
      }
    }
    Path p = tmp.resolve(name);
    Files.writeString(p, sb.toString());
    return p;
  }

  private int train(Path out, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--train",
                csv("train.csv", 0, 40).toString(),
                "--test",
                csv("test.csv", 40, 20).toString(),
                "--out",
                out.toString(),
                "--buckets",
                "1024",
                "--max-tokens",
                "32",
                "--calibration-fraction",
                "0.25"));
    args.addAll(List.of(extra));
    return TrainModel.run(args.toArray(String[]::new));
  }

  @Test
  void writesTheNgramHeadWithItsThresholdAndFigures() throws Exception {
    Path out = tmp.resolve("m");
    assertThat(train(out, "--cascade")).isZero();
    assertThat(out.resolve(TrainModel.NGRAM_HEAD_FILE)).isNotEmptyFile();
    ModelCard.Cascade c = ModelCard.read(out.resolve(ModelCard.FILE_NAME)).cascade();
    assertThat(c.headFile()).isEqualTo(TrainModel.NGRAM_HEAD_FILE);
    assertThat(c.threshold()).isBetween(0.5, 1.0);
    assertThat(c.temperature()).isPositive();
    assertThat(c.rule()).isEqualTo(CascadeThreshold.RULE);
    assertThat(c.calibration().examples()).isEqualTo(20);
    assertThat(c.calibration().cascadeAccuracy())
        .isGreaterThanOrEqualTo(c.calibration().fullAccuracy());
    assertThat(c.evaluation().examples()).isEqualTo(40);
    try (IntentModel m = IntentModel.load(out)) {
      List<Prediction> p = m.predict(List.of("I lost my card", "my card has not arrived yet"));
      assertThat(p)
          .extracting(Prediction::label)
          .containsExactly("lost_or_stolen_card", "card_arrival");
    }
  }

  @Test
  void withoutTheFlagTheDirectoryHasNoCascade() throws Exception {
    Path out = tmp.resolve("plain");
    assertThat(train(out)).isZero();
    assertThat(out.resolve(TrainModel.NGRAM_HEAD_FILE)).doesNotExist();
    assertThat(ModelCard.read(out.resolve(ModelCard.FILE_NAME)).cascade()).isNull();
  }

  @Test
  void needsBothFeatureFamilies() throws Exception {
    assertThat(train(tmp.resolve("n"), "--cascade", "--features", "ngrams")).isEqualTo(2);
    assertThat(tmp.resolve("n")).doesNotExist();
  }
}
