package io.mailtriage.pii.detect;

/**
 * Kinds of personal or secret data the detector reports. The declaration order is the final
 * tie-breaker when two findings of equal confidence and length overlap, so more specific,
 * checksum-validated kinds come first.
 */
public enum PiiType {
  SECRET,
  CREDIT_CARD,
  IBAN,
  US_SSN,
  EMAIL,
  URL,
  PHONE,
  IP_ADDRESS,
  MAC_ADDRESS,
  MEDICAL_ID,
  PASSPORT,
  DRIVER_LICENSE,
  DATE_OF_BIRTH,
  ADDRESS,
  PERSON;

  /** Placeholder used in text handed to the model, e.g. {@code <EMAIL>}. */
  public String placeholder() {
    return "<" + name() + ">";
  }
}
