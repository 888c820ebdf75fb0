package io.mailtriage.keys;

/**
 * Key material is missing, unreadable or does not authenticate. Messages name the file, variable or
 * key version involved but never include key bytes or passwords.
 */
public final class KeyMaterialException extends RuntimeException {

  public KeyMaterialException(String message) {
    super(message);
  }

  /**
   * Keeps the cause for its type and stack trace; only JDK key-store and crypto exceptions are
   * passed here, and their messages carry no key bytes or passwords.
   */
  public KeyMaterialException(String message, Throwable cause) {
    super(message, cause);
  }
}
