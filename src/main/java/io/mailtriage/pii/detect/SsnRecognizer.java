package io.mailtriage.pii.detect;

/**
 * US Social Security numbers: AAA-GG-SSSS (or space separated), or nine bare digits next to an
 * SSN keyword. Numbers the SSA never issues (area 000, 666, 900–999; group 00; serial 0000)
 * and the well-known advertising number 078-05-1120 are rejected.
 */
final class SsnRecognizer implements Recognizer {

  private static final String[] CONTEXT = {"ssn", "social security", "ss#", "soc sec", "ssn#", "tin",
    "taxpayer"};

  @Override
  public PiiType type() {
    return PiiType.US_SSN;
  }

  @Override
  public void scan(Scan s) {
    DigitGroups g = new DigitGroups(s);
    while (g.next()) {
      boolean context = false;
      int start;
      int end;
      double conf;
      if (g.count == 3 && g.length(0) == 3 && g.length(1) == 2 && g.length(2) == 4) {
        start = g.starts[0];
        end = g.ends[2];
        context = s.contextBefore(start, 40, CONTEXT);
        conf = g.separator == '-' ? 0.8 : 0.55;
      } else if (g.count == 1 && g.length(0) == 9) {
        start = g.starts[0];
        end = g.ends[0];
        context = s.contextBefore(start, 40, CONTEXT);
        if (!context) {
          continue;
        }
        conf = 0.7;
      } else {
        continue;
      }
      if (context) {
        conf = Math.max(conf, 0.8) + 0.15;
      }
      if (valid(s.text, start, end)) {
        s.add(PiiType.US_SSN, start, end, conf);
      }
    }
  }

  /** Validates the digits in [start, end), skipping separators. */
  static boolean valid(char[] t, int start, int end) {
    int[] d = new int[9];
    int n = 0;
    for (int i = start; i < end && n < 9; i++) {
      if (t[i] >= '0' && t[i] <= '9') {
        d[n++] = t[i] - '0';
      }
    }
    if (n != 9) {
      return false;
    }
    int area = d[0] * 100 + d[1] * 10 + d[2];
    int group = d[3] * 10 + d[4];
    int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    return !(area == 78 && group == 5 && serial == 1120);
  }
}
