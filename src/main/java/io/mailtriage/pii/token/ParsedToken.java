package io.mailtriage.pii.token;

import io.mailtriage.pii.detect.PiiType;

/**
 * A token found in text by {@link TokenParser}.
 *
 * @param start offset of the opening bracket
 * @param end offset after the closing bracket
 * @param keyVersion key version N of {@code kN}, or 0 for keyless tokens (mask, redact)
 * @param keepsLast4 FPE token whose last four digits are in clear ({@code fpe4})
 * @param subjectId subject the token is bound to ({@code s}-prefixed modes), or null
 * @param payload what follows the mode (and subject id); empty for redact tokens
 */
public record ParsedToken(
    int start,
    int end,
    PiiType type,
    TokenMode mode,
    int keyVersion,
    boolean keepsLast4,
    String subjectId,
    String payload) {

  public boolean subjectBound() {
    return subjectId != null;
  }
}
