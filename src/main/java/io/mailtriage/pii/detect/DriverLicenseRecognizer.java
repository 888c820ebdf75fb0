package io.mailtriage.pii.detect;

/**
 * Driving licence numbers, whose formats vary by state and country (US "D1234567", UK
 * "MORGA753116SM9IJ"), so they are taken only after a licence keyword.
 */
final class DriverLicenseRecognizer extends Recognizer {

  DriverLicenseRecognizer() {
    super(PiiType.DRIVER_LICENSE);
  }

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.DRIVER);
    for (int h = 0; h < hits.length; h += 2) {
      int[] id = ContextIds.after(s, hits[h + 1], 5, 20, 4);
      if (id != null) {
        s.add(PiiType.DRIVER_LICENSE, id[0], id[1], 0.8);
      }
    }
  }
}
