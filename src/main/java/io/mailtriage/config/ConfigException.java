package io.mailtriage.config;

/**
 * An invalid configuration. The message is one line that names the offending key and never echoes a
 * secret value, so it can be printed as the job's startup failure.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String key, String problem) {
    super("invalid config: " + key + ": " + problem);
  }
}
