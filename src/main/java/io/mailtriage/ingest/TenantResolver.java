package io.mailtriage.ingest;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetterReason;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which tenant a mail belongs to, in this order (docs/input-contract.md):
 *
 * <ol>
 *   <li>the Kafka header {@code tenant};
 *   <li>the tenant named in the record (JSON {@code tenant}, MIME {@code X-Mailtriage-Tenant});
 *   <li>the first candidate address (JSON mailbox, Delivered-To, To, Cc) that is a configured
 *       support mailbox;
 *   <li>{@code tenants.defaultTenant}.
 * </ol>
 *
 * A tenant named in steps 1-2 but not configured is rejected rather than defaulted: routing a
 * bank's mail to another tenant because of a typo would be a data leak.
 */
final class TenantResolver {
  /** The outcome: tenant id plus the support mailbox that matched, if any. */
  record Resolution(String tenant, String mailbox) {}

  private final Set<String> known = new HashSet<>();
  private final Map<String, String> tenantByMailbox = new HashMap<>();
  private final String defaultTenant;

  TenantResolver(MailtriageConfig.Tenants tenants) {
    for (MailtriageConfig.Tenant t : tenants.known()) {
      known.add(t.id());
      for (String mailbox : t.mailboxes()) {
        // First tenant listing a mailbox wins, so the configured order decides overlaps.
        tenantByMailbox.putIfAbsent(mailbox.toLowerCase(Locale.ROOT), t.id());
      }
    }
    this.defaultTenant = tenants.defaultTenant();
  }

  Resolution resolve(String kafkaHeader, String named, List<String> mailboxCandidates)
      throws Reject {
    String explicit =
        present(kafkaHeader) ? kafkaHeader.strip() : present(named) ? named.strip() : null;
    if (explicit != null) {
      if (!known.contains(explicit)) {
        // The name itself is not echoed: it is input and could be anything.
        throw new Reject(DeadLetterReason.UNKNOWN_TENANT, "named tenant is not configured");
      }
      return new Resolution(explicit, matchingMailbox(explicit, mailboxCandidates));
    }
    for (String candidate : mailboxCandidates) {
      String tenant =
          candidate == null ? null : tenantByMailbox.get(candidate.toLowerCase(Locale.ROOT));
      if (tenant != null) {
        return new Resolution(tenant, candidate);
      }
    }
    if (defaultTenant != null) {
      return new Resolution(defaultTenant, null);
    }
    throw new Reject(
        DeadLetterReason.UNKNOWN_TENANT, "no tenant named, no known mailbox, no default tenant");
  }

  private String matchingMailbox(String tenant, List<String> candidates) {
    for (String candidate : candidates) {
      if (candidate != null
          && tenant.equals(tenantByMailbox.get(candidate.toLowerCase(Locale.ROOT)))) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
