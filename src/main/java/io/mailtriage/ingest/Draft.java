package io.mailtriage.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What one input form (JSON or MIME) yields before the steps they share: tenant resolution, event
 * time and body bounds. Lives for one parse call only.
 */
final class Draft {
  final RawEmail email = new RawEmail();

  /** Tenant named inside the record (JSON {@code tenant} or MIME {@code X-Mailtriage-Tenant}). */
  String namedTenant;

  /** Addresses that may be a tenant's support mailbox, most reliable first. */
  final List<String> mailboxCandidates = new ArrayList<>();

  /** Event time from the record, or null when absent or unusable. */
  Long receivedAt;

  /**
   * Warning code to record when {@link #receivedAt} is null; null when absence is not noteworthy.
   */
  String missingDateWarning;

  /**
   * Warning code when the mail names no usable sender ({@code from-missing}, {@code from-invalid}):
   * it is triaged with an unknown sender. Null when the sender is known.
   */
  String senderWarning;
}
