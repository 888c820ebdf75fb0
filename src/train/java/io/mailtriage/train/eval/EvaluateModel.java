package io.mailtriage.train.eval;

import io.mailtriage.inference.IntentModel;
import io.mailtriage.inference.ModelCard;
import io.mailtriage.inference.ModelLoadException;
import io.mailtriage.train.TrainModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints accuracy and macro-F1 of a model directory on a labelled CSV, and, when the directory
 * holds a spam head ({@code spam/}) and {@code --spam-test} names its test CSV, spam/ham accuracy.
 */
public final class EvaluateModel {

    /** Sub-directory of a model directory holding the optional spam/ham head. */
    public static final String SPAM_DIR = "spam";

    private EvaluateModel() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = TrainModel.parseArgs(argv);
        if (!a.containsKey("model") || !a.containsKey("test")) {
            System.err.println("usage: evaluate-model --model DIR --test FILE.csv [--spam-test FILE.csv]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try (IntentModel model = IntentModel.load(Path.of(a.get("model")))) {
            ModelCard.Evaluation e = Evaluator.evaluate(model, Path.of(a.get("test")));
            System.out.printf("intent  examples=%d accuracy=%.4f macroF1=%.4f truncated=%d empty=%d (%.1f s)%n",
                    e.examples(), e.accuracy(), e.macroF1(), e.truncated(), e.empty(), (System.nanoTime() - t0) / 1e9);
            Path spamDir = Path.of(a.get("model")).resolve(SPAM_DIR);
            if (Files.exists(spamDir.resolve(ModelCard.FILE_NAME))) {
                if (a.containsKey("spam-test")) {
                    try (IntentModel spam = IntentModel.load(spamDir)) {
                        ModelCard.Evaluation s = Evaluator.evaluate(spam, Path.of(a.get("spam-test")));
                        System.out.printf("spam    examples=%d accuracy=%.4f macroF1=%.4f truncated=%d%n",
                                s.examples(), s.accuracy(), s.macroF1(), s.truncated());
                    }
                } else {
                    System.out.println("spam    head present; pass --spam-test FILE.csv (scripts/prepare-spam-data) to score it");
                }
            }
        } catch (ModelLoadException e) {
            System.err.println("evaluate-model: " + e.getMessage());
            System.exit(1);
        }
    }
}
