package io.mailtriage.priority;

/**
 * An invalid conf/priority.yaml. The message is one line naming the entry, so it can be printed as
 * the job's startup failure, e.g. {@code invalid policy: intents.lost_or_stolen_crd: unknown
 * intent}.
 */
public class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyException(String entry, String problem) {
    super("invalid policy: " + entry + ": " + problem);
  }
}
