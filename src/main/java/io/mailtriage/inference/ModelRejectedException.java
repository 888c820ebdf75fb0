package io.mailtriage.inference;

/**
 * A model that must not serve: missing, corrupt, wrong checksum or contract, or failed its smoke
 * test.
 */
public class ModelRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelRejectedException(String reason) {
    super(reason);
  }

  public ModelRejectedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
