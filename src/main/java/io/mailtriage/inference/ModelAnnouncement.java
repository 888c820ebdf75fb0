package io.mailtriage.inference;

import java.util.Objects;

/**
 * A message on the {@code models.control} topic: "serve this model from now on". Also kept in
 * operator state, so a job restored from a checkpoint serves the model it was serving.
 */
public class ModelAnnouncement implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Version label stamped on scored records, e.g. {@code intent-2026-11-25}. */
  public String version;

  /**
   * Model directory: a path or {@code file:} URI visible to every TaskManager, or {@code
   * classpath:NAME}.
   */
  public String uri;

  /** Lower-case hex SHA-256 of the model's ONNX file; the model is refused if it differs. */
  public String sha256;

  /** When it was announced (ms since epoch); on restore the newest announcement wins. */
  public long announcedAt;

  public ModelAnnouncement() {}

  public ModelAnnouncement(String version, String uri, String sha256, long announcedAt) {
    this.version = version;
    this.uri = uri;
    this.sha256 = sha256;
    this.announcedAt = announcedAt;
  }

  /**
   * Identity of the model bytes: two announcements of the same version, URI and digest are one
   * model.
   */
  public String identity() {
    return version + "|" + uri + "|" + sha256;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelAnnouncement other && identity().equals(other.identity());
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, uri, sha256);
  }

  @Override
  public String toString() {
    return "model " + version + " at " + uri;
  }
}
