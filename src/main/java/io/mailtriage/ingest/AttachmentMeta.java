package io.mailtriage.ingest;

/** What is kept of an attachment: its declared type and size. The content never enters the job. */
public class AttachmentMeta {
  /** File name as declared by the sender; may itself be personal, so the PII stage scans it. */
  public String filename;

  public String contentType;
  public long size;

  public AttachmentMeta() {}

  public AttachmentMeta(String filename, String contentType, long size) {
    this.filename = filename;
    this.contentType = contentType;
    this.size = size;
  }
}
