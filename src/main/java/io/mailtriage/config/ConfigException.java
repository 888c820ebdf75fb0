package io.mailtriage.config;

/**
 * An invalid configuration. The message is one line, {@code origin: key.path: problem} (e.g. {@code
 * conf/priority.yaml: windows.P2: expected a duration such as 500ms, 10s, 5m, 24h or 7d, got "ten
 * seconds"}), so it can be printed as the job's or a tool's startup failure. It quotes a value only
 * where the file holds no secrets (see {@link ConfigSection.Values}).
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param origin the file (or {@code --set}, or {@code command line}) the problem is in
   * @param key the full key path, such as {@code tenants.known[1].phoneRegion}; null when the
   *     problem is the whole file
   */
  public ConfigException(String origin, String key, String problem) {
    super(origin + ": " + (key == null ? "" : key + ": ") + problem);
  }
}
