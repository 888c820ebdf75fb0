package io.mailtriage.train.eval;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.tools.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Prints accuracy and macro-F1 of a model directory on a labelled CSV, and, when the directory
 * holds a spam head ({@code spam/}) and {@code --spam-test} names its test CSV, spam/ham accuracy.
 */
public final class EvaluateModel {

    /** Sub-directory of a model directory holding the optional spam/ham head. */
    public static final String SPAM_DIR = "spam";

    private EvaluateModel() {}

    static final String USAGE = String.join("\n",
            "usage: evaluate-model --model DIR --test FILE.csv [--spam-test FILE.csv]",
            "Accuracy and macro-F1 of a model directory on a labelled CSV (text,label); with --spam-test,",
            "also the spam/ham head in DIR/spam.");

    public static void main(String[] argv) {
        Cli.main("evaluate-model", USAGE, Set.of("model", "test", "spam-test"), argv, EvaluateModel::evaluate);
    }

    private static int evaluate(Cli cli) throws Exception {
        Path dir = cli.directory("model");
        Path testFile = cli.file("test");
        Path spamTest = cli.optionalFile("spam-test");
        long t0 = System.nanoTime();
        try (IntentModel model = IntentModel.load(dir)) {
            ModelCard.Evaluation e = Evaluator.evaluate(model, testFile);
            System.out.printf("intent  examples=%d accuracy=%.4f macroF1=%.4f truncated=%d empty=%d (%.1f s)%n",
                    e.examples(), e.accuracy(), e.macroF1(), e.truncated(), e.empty(), (System.nanoTime() - t0) / 1e9);
            Path spamDir = dir.resolve(SPAM_DIR);
            if (Files.exists(spamDir.resolve(ModelCard.FILE_NAME))) {
                if (spamTest != null) {
                    try (IntentModel spam = IntentModel.load(spamDir)) {
                        ModelCard.Evaluation s = Evaluator.evaluate(spam, spamTest);
                        System.out.printf("spam    examples=%d accuracy=%.4f macroF1=%.4f truncated=%d%n",
                                s.examples(), s.accuracy(), s.macroF1(), s.truncated());
                    }
                } else {
                    System.out.println("spam    head present; pass --spam-test FILE.csv (scripts/prepare-spam-data) to score it");
                }
            }
        } catch (ModelLoadException e) {
            throw new Cli.UsageException("--model: " + e.getMessage().lines().findFirst().orElse("not a model"));
        }
        return Cli.OK;
    }
}
