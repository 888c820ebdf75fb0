package io.mailtriage.pii.detect;

/**
 * Medical record, health-plan and insurance member numbers, which have no common format and are
 * only recognisable next to a keyword ("MRN", "member ID", "NHS number"). NHS numbers are
 * additionally checked with their mod-11 check digit.
 */
final class MedicalIdRecognizer extends Recognizer {

  MedicalIdRecognizer() {
    super(PiiType.MEDICAL_ID);
  }

  @Override
  public void scan(Scan s) {
    int[] hits = s.hits(Keywords.MEDICAL);
    for (int h = 0; h < hits.length; h += 2) {
      int[] id = ContextIds.after(s, hits[h + 1], 5, 20, 3);
      if (id == null) {
        continue;
      }
      boolean nhs = s.regionEquals(hits[h], "nhs");
      double conf = 0.8;
      if (nhs) {
        if (!nhsValid(s.text, id[0], id[1])) {
          continue;
        }
        conf = 0.95;
      }
      s.add(PiiType.MEDICAL_ID, id[0], id[1], conf);
    }
  }

  static boolean nhsValid(char[] t, int start, int end) {
    int[] d = new int[10];
    int n = 0;
    for (int i = start; i < end; i++) {
      if (DigitGroups.isDigit(t[i])) {
        if (n == 10) {
          return false;
        }
        d[n++] = t[i] - '0';
      } else if (t[i] != ' ' && t[i] != '-') {
        return false;
      }
    }
    if (n != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += d[i] * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == d[9];
  }
}
