package io.mailtriage.job;

import io.mailtriage.pii.ErasureAudit;
import io.mailtriage.pii.SubjectKeyRecord;
import io.mailtriage.priority.TriageStats;
import io.mailtriage.sink.RecordRouting;

/** Kafka routing of the job's secondary outputs: stats, subject keys and the erasure audit. */
final class Routings {
  private Routings() {}

  /** Stats keyed by tenant and queue, so a dashboard consumer sees one desk's windows in order. */
  static RecordRouting<TriageStats> stats(String topic) {
    return new RecordRouting<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public String topic(TriageStats s) {
        return topic;
      }

      @Override
      public String key(TriageStats s) {
        return s.tenant + "|" + s.queue;
      }
    };
  }

  /**
   * Wrapped subject keys on a compacted topic keyed by tenant and subject: the latest record per key
   * is the subject's key, and an erasure's tombstone lets compaction delete every copy.
   */
  static RecordRouting<SubjectKeyRecord> subjectKeys(String topic) {
    return new RecordRouting<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public String topic(SubjectKeyRecord r) {
        return topic;
      }

      @Override
      public String key(SubjectKeyRecord r) {
        return r.tenant + "|" + r.subjectToken;
      }

      @Override
      public boolean isTombstone(SubjectKeyRecord r) {
        return r.wrappedKey == null;
      }
    };
  }

  static RecordRouting<ErasureAudit> audit(String topic) {
    return new RecordRouting<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public String topic(ErasureAudit a) {
        return topic;
      }

      @Override
      public String key(ErasureAudit a) {
        return a.tenant + "|" + a.subjectToken;
      }
    };
  }
}
