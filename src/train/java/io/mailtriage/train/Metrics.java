package io.mailtriage.train;

/** Accuracy and macro-averaged F1 over integer class ids. */
public record Metrics(int examples, double accuracy, double macroF1) {

  /**
   * @param predicted -1 for an example the model declined to label (counts as wrong)
   */
  public static Metrics of(int[] gold, int[] predicted, int classes) {
    int[] tp = new int[classes];
    int[] fp = new int[classes];
    int[] fn = new int[classes];
    int correct = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] == predicted[i]) {
        correct++;
        tp[gold[i]]++;
      } else {
        fn[gold[i]]++;
        if (predicted[i] >= 0) {
          fp[predicted[i]]++;
        }
      }
    }
    double f1Sum = 0;
    int present = 0;
    for (int c = 0; c < classes; c++) {
      if (tp[c] + fn[c] + fp[c] == 0) {
        continue; // a class absent from both gold and predictions says nothing
      }
      present++;
      double denom = 2.0 * tp[c] + fp[c] + fn[c];
      f1Sum += denom == 0 ? 0 : 2.0 * tp[c] / denom;
    }
    return new Metrics(
        gold.length,
        gold.length == 0 ? 0 : (double) correct / gold.length,
        present == 0 ? 0 : f1Sum / present);
  }
}
