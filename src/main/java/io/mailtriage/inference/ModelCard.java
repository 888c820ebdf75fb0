package io.mailtriage.inference;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code model-card.json}: what a model directory holds, how its inputs are made, what data trained
 * it and how well it did on held-out data. The runtime refuses a directory whose card and ONNX file
 * disagree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCard(
    String format,
    String createdAt,
    List<String> labels,
    String headFile,
    String headSha256,
    Map<String, String> inputs,
    Map<String, String> outputs,
    FeatureSpec features,
    double temperature,
    Training training,
    Calibration calibration,
    Evaluation evaluation,
    Cascade cascade,
    SupportWindow supportWindow) {

  public static final String FORMAT = "mailtriage-intent-model/1";
  public static final String FILE_NAME = "model-card.json";

  /**
   * How the head was fitted.
   *
   * @param examples texts fitted, email renderings included
   * @param augmentation where the email renderings of the training texts came from, null if none
   */
  public record Training(
      String dataFile,
      String dataSha256,
      int examples,
      int calibrationExamples,
      String method,
      String optimizer,
      double l2,
      double l2Dense,
      int iterations,
      long seed,
      String command,
      String augmentation) {}

  /** Temperature-scaling fit on the calibration slice held out of train. */
  public record Calibration(
      int examples,
      double accuracy,
      double nllBefore,
      double nllAfter,
      double eceBefore,
      double eceAfter) {}

  /** Scores on a test split never used for training. */
  public record Evaluation(
      String dataFile,
      String dataSha256,
      int examples,
      double accuracy,
      double macroF1,
      int truncated,
      int empty) {}

  /**
   * A cheaper first stage: a head on the n-grams alone answers when its calibrated confidence
   * reaches {@code threshold}, and only the other texts run the sentence encoder and the full head.
   * Absent (null) in cards without one; a runtime that does not know it serves the full head alone.
   *
   * @param headFile the n-gram head's ONNX, same contract as the full head (its embedding input is
   *     unused: fed zeros)
   * @param temperature the n-gram head's own, fitted on the calibration slice
   * @param threshold confidence of the n-gram head at or above which its answer stands
   * @param rule how the threshold was chosen
   * @param calibration the cascade on the calibration slice, with the provisional heads that chose
   *     the threshold
   * @param evaluation the cascade on the test split through the serving path, null without one
   */
  public record Cascade(
      String headFile,
      String headSha256,
      double temperature,
      double threshold,
      String rule,
      CascadeFigures calibration,
      CascadeFigures evaluation) {

    public Cascade withEvaluation(CascadeFigures e) {
      return new Cascade(headFile, headSha256, temperature, threshold, rule, calibration, e);
    }
  }

  /**
   * A wider encoder window for the mail that reads as a support request. Customers often tell their
   * story before they ask, and the request then lies past the encoder's own window ({@link
   * FeatureSpec#maxTokens()}); the mailing-list and spam bodies that make up most long mail need no
   * such read, and the encoder's cost grows with the window. So the served model reads a text with
   * {@code maxTokens} when the domain head gives it {@code support} at {@code inDomain} or above
   * (every text, for a model directory without a domain head), and with the features' window
   * otherwise. Training, the trainer's evaluation and the n-gram heads are unchanged; a runtime
   * that does not know this field serves every text with the features' window, as before.
   *
   * @param maxTokens the wider window, special tokens included ({@code features.maxTokens}..512)
   * @param inDomain the domain head's {@code support} probability from which a text is read wide
   */
  public record SupportWindow(int maxTokens, double inDomain) {}

  /**
   * The cascade against the full head on one labelled set.
   *
   * @param fullAccuracy the full head alone
   * @param cascadeAccuracy the cascade
   * @param agreement share of texts the cascade labels as the full head does
   * @param ngramShare share of texts the n-gram head answered alone (no encoder run)
   */
  public record CascadeFigures(
      int examples,
      double fullAccuracy,
      double cascadeAccuracy,
      double agreement,
      double ngramShare) {}

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelCard withEvaluation(Evaluation e) {
    return new ModelCard(
        format,
        createdAt,
        labels,
        headFile,
        headSha256,
        inputs,
        outputs,
        features,
        temperature,
        training,
        calibration,
        e,
        cascade,
        supportWindow);
  }

  public ModelCard withCascade(Cascade c) {
    return new ModelCard(
        format,
        createdAt,
        labels,
        headFile,
        headSha256,
        inputs,
        outputs,
        features,
        temperature,
        training,
        calibration,
        evaluation,
        c,
        supportWindow);
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(this) + "\n");
  }

  /** Reads and validates a card; every failure is one line naming the file. */
  public static ModelCard read(Path file) throws ModelLoadException {
    ModelCard card;
    try {
      card = JSON.readValue(Files.readString(file), ModelCard.class);
    } catch (NoSuchFileException e) {
      throw new ModelLoadException(file + ": model card missing");
    } catch (JsonProcessingException e) {
      throw new ModelLoadException(
          file
              + ": model card is not valid JSON ("
              + e.getOriginalMessage().lines().findFirst().orElse("parse error")
              + ")");
    } catch (IOException e) {
      throw new ModelLoadException(file + ": cannot read model card (" + e + ")");
    }
    if (card == null || !FORMAT.equals(card.format())) {
      throw new ModelLoadException(file + ": not a " + FORMAT + " card");
    }
    if (card.labels() == null
        || card.labels().isEmpty()
        || card.labels().stream().distinct().count() != card.labels().size()) {
      throw new ModelLoadException(file + ": labels missing or not distinct");
    }
    if (card.headFile() == null || card.headSha256() == null || card.features() == null) {
      throw new ModelLoadException(file + ": headFile, headSha256 and features are required");
    }
    FeatureSpec features = card.features();
    if (features.ngramOptions().isEmpty()) {
      throw new ModelLoadException(
          file
              + ": feature spec "
              + features.ngramSpec()
              + " is not one this runtime knows (its default: "
              + NgramFeaturizer.SPEC
              + ")");
    }
    boolean idf = features.ngramOptions().get().idf();
    if (idf != (features.idfFile() != null) || idf != (features.idfSha256() != null)) {
      throw new ModelLoadException(
          file
              + (idf
                  ? ": feature spec names idf but idfFile or idfSha256 is missing"
                  : ": idfFile given but the feature spec names no idf"));
    }
    if (!(card.temperature() > 0)) {
      throw new ModelLoadException(file + ": temperature must be positive");
    }
    Cascade c = card.cascade();
    if (c != null
        && (c.headFile() == null
            || c.headSha256() == null
            || !(c.temperature() > 0)
            || !(c.threshold() > 0 && c.threshold() <= 1))) {
      throw new ModelLoadException(
          file
              + ": cascade needs headFile, headSha256, a positive temperature and 0 < threshold <= 1");
    }
    SupportWindow w = card.supportWindow();
    if (w != null
        && (!features.useEmbedding()
            || w.maxTokens() < features.maxTokens()
            || w.maxTokens() > 512
            || !(w.inDomain() > 0 && w.inDomain() < 1))) {
      throw new ModelLoadException(
          file
              + ": supportWindow needs an encoder, maxTokens in "
              + features.maxTokens()
              + "..512 and 0 < inDomain < 1");
    }
    return card;
  }
}
