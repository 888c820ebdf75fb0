package io.mailtriage.tools.savepoint;

/**
 * Unusable input (no such directory, not a savepoint, no such operator, a malformed file): exit 2.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
