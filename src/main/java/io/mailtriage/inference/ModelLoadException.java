package io.mailtriage.inference;

/** A model directory that cannot be used; the message is one line naming the offending file. */
public class ModelLoadException extends Exception {
  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
