package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailtriage.inference.FeatureExtractor;
import io.mailtriage.inference.IdfTable;
import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.inference.NgramFeaturizer;
import io.mailtriage.inference.SentenceEncoder;
import io.mailtriage.tools.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/train-model --char-min, --char-across-words, --idf: the options travel in the model card
 * (and the idf table in the model directory), so serving reads exactly the features fitted.
 */
class TrainNgramOptionsTest {

  @TempDir Path tmp;

  /** train-model on the small training set into {@code tmp/out}, with {@code options}. */
  private int train(String out, String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--train",
                TrainAugmentationTest.writeTrainingSet(tmp).toString(),
                "--out",
                tmp.resolve(out).toString()));
    args.addAll(List.of(options));
    return TrainModel.run(args.toArray(String[]::new));
  }

  private Path trainInto(String out, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("--features", "ngrams", "--buckets", "512"));
    args.addAll(List.of(options));
    assertThat(train(out, args.toArray(String[]::new))).isZero();
    return tmp.resolve(out);
  }

  @Test
  void optionsAreNamedInTheCardAndServedAsFitted() throws Exception {
    Path dir = trainInto("m", "--char-min", "2", "--char-across-words", "--idf");
    ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
    assertThat(card.features().ngramOptions()).contains(new NgramFeaturizer.Options(2, true, true));
    assertThat(card.features().idfFile()).isEqualTo(IdfTable.FILE_NAME);
    byte[] table = Files.readAllBytes(dir.resolve(IdfTable.FILE_NAME));
    assertThat(card.features().idfSha256()).isEqualTo(SentenceEncoder.sha256(table));
    float[] idf = IdfTable.read(dir.resolve(IdfTable.FILE_NAME), card.features().idfSha256(), 512);

    // Learned on the fitted texts only: a bucket none of them has gets ln(1 + fitted) + 1.
    int fitted = card.training().examples() - card.training().calibrationExamples();
    float max = 0;
    for (float x : idf) {
      max = Math.max(max, x);
    }
    assertThat((double) max)
        .isCloseTo(Math.log(1 + fitted) + 1, org.assertj.core.api.Assertions.within(1e-5));

    // Serving reads the card's options and table: the features the head was fitted on.
    NgramFeaturizer expected =
        new NgramFeaturizer(512, new NgramFeaturizer.Options(2, true, true), idf);
    try (FeatureExtractor fx = new FeatureExtractor(card.features(), idf, 1, 1);
        IntentModel model = IntentModel.load(dir)) {
      assertThat(fx.ngramsOf(List.of("my card is lost")).get(0).ngrams())
          .isEqualTo(expected.featurize("my card is lost"));
      assertThat(model.predict(List.of("I lost my card")).get(0).label()).isEqualTo("lost");
    }
  }

  @Test
  void withoutOptionsTheCardIsAsBefore() throws Exception {
    Path dir = trainInto("m");
    ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
    assertThat(card.features().ngramSpec()).isEqualTo(NgramFeaturizer.SPEC);
    assertThat(card.features().idfFile()).isNull();
    assertThat(Files.readString(dir.resolve(ModelCard.FILE_NAME))).doesNotContain("idf");
    assertThat(dir.resolve(IdfTable.FILE_NAME)).doesNotExist();
  }

  /**
   * {@code options} on top of a training set and an output folder: usage error, nothing written.
   */
  private void assertUsageError(String... options) throws Exception {
    assertThat(train("m", options)).isEqualTo(Cli.USAGE);
    assertThat(tmp.resolve("m")).doesNotExist();
  }

  @Test
  void idfWithoutNgramsOrAnUnknownCharGramIsAUsageError() throws Exception {
    assertUsageError("--features", "embedding", "--idf");
    assertUsageError("--char-min", "6");
  }

  /** A support window widens the encoder's window: an n-gram head or a narrower one is misuse. */
  @Test
  void aSupportWindowWithoutTheEncoderOrNarrowerThanItsWindowIsAUsageError() throws Exception {
    assertUsageError("--features", "ngrams", "--support-window", "128");
    assertUsageError("--max-tokens", "32", "--support-window", "16");
    assertThat(ModelCard.read(trainInto("n").resolve(ModelCard.FILE_NAME)).supportWindow())
        .isNull();
  }

  @Test
  void aMissingOrAlteredIdfTableIsRefused() throws Exception {
    Path dir = trainInto("m", "--idf");
    Path table = dir.resolve(IdfTable.FILE_NAME);
    byte[] bytes = Files.readAllBytes(table);
    bytes[5] ^= 1;
    Files.write(table, bytes);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(IdfTable.FILE_NAME)
        .hasMessageContaining("SHA-256");
    Files.delete(table);
    assertThatThrownBy(() -> IntentModel.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(IdfTable.FILE_NAME)
        .hasMessageContaining("missing");
  }

  @Test
  void aCardWhoseSpecNamesIdfWithoutATableIsRefused() throws Exception {
    Path dir = trainInto("m", "--idf");
    Path card = dir.resolve(ModelCard.FILE_NAME);
    Files.writeString(card, Files.readString(card).replaceAll("\"idfFile\" : \"[^\"]*\",", ""));
    assertThatThrownBy(() -> ModelCard.read(card))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("idfFile");
  }

  @Test
  void aSpecThisRuntimeDoesNotKnowIsRefused() throws Exception {
    Path dir = trainInto("m");
    Path card = dir.resolve(ModelCard.FILE_NAME);
    Files.writeString(card, Files.readString(card).replace("char3-5-wb", "char3-6-wb"));
    assertThatThrownBy(() -> ModelCard.read(card))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("char3-6-wb")
        .hasMessageContaining("not one this runtime knows");
  }
}
