package io.mailtriage.tools.savepoint;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Summarises the keyed state of the operators that hold per-person state, one line each, as {@code
 * name=value} pairs. Only counts, sizes and times are printed: keys are subject, sender and thread
 * tokens, pseudonymous but still personal data, so none is ever shown. Entries stream through the
 * client one at a time, so a large savepoint costs time, not memory.
 */
public final class Inspect {
  private Inspect() {}

  /** Summarises {@code uid}'s state; it must be one of {@link JobState}'s operators. */
  public static void operator(
      StreamExecutionEnvironment env, String path, OperatorIdentifier uid, PrintStream out)
      throws Exception {
    SavepointReader reader = SavepointReader.read(env, path);
    if (uid.equals(JobState.PII_TOKENIZE)) {
      subjectKeys(reader, out);
    } else if (uid.equals(JobState.THREAD_STATE)) {
      threads(reader, out);
    } else if (uid.equals(JobState.SENDER_ESCALATION)) {
      senders(reader, out);
    } else {
      throw new IllegalArgumentException("no summary for " + uid);
    }
  }

  private static void subjectKeys(SavepointReader reader, PrintStream out) throws Exception {
    Range bytes = new Range();
    Range used = new Range();
    Map<String, Integer> tenants = new TreeMap<>();
    Collect.each(
        reader.readKeyedState(
            JobState.PII_TOKENIZE,
            new StateReaders.SubjectKeys(false),
            Types.STRING,
            TypeInformation.of(SubjectKeyEntry.class)),
        "savepoint-tool inspect " + JobState.PII_TOKENIZE.getUid().orElseThrow(),
        e -> {
          bytes.add(e.wrappedBytes);
          used.add(e.lastAccess);
          // Tenant ids are configuration names, not personal data; the token after '|' is.
          tenants.merge(e.key.substring(0, Math.max(0, e.key.indexOf('|'))), 1, Integer::sum);
        });
    out.println(
        JobState.PII_TOKENIZE.getUid().orElseThrow()
            + " wrapped-subject-key: keys="
            + bytes.count
            + " perTenant="
            + tenants
            + " wrappedBytes="
            + bytes.sizes()
            + " lastUsed="
            + used.times());
  }

  private static void threads(SavepointReader reader, PrintStream out) throws Exception {
    Range messages = new Range();
    Range received = new Range();
    Range anchored = new Range();
    Collect.each(
        reader.readKeyedState(
            JobState.THREAD_STATE,
            new StateReaders.Threads(),
            Types.STRING,
            TypeInformation.of(ThreadEntry.class)),
        "savepoint-tool inspect " + JobState.THREAD_STATE.getUid().orElseThrow(),
        e -> {
          messages.add(e.messages);
          received.add(e.lastReceivedAt);
          anchored.add(e.anchored ? 1 : 0);
        });
    out.println(
        JobState.THREAD_STATE.getUid().orElseThrow()
            + " thread-facts: keys="
            + messages.count
            + " anchored="
            + anchored.total
            + " messages="
            + messages.sizes()
            + " lastReceivedAt="
            + received.times());
  }

  private static void senders(SavepointReader reader, PrintStream out) throws Exception {
    Range lengths = new Range();
    Range contacts = new Range();
    Range timers = new Range();
    Collect.each(
        reader.readKeyedState(
            JobState.SENDER_ESCALATION,
            new StateReaders.Senders(),
            Types.STRING,
            TypeInformation.of(SenderEntry.class)),
        "savepoint-tool inspect " + JobState.SENDER_ESCALATION.getUid().orElseThrow(),
        e -> {
          lengths.add(e.contacts.length);
          for (long t : e.contacts) {
            contacts.add(t);
          }
          timers.add(e.eventTimers.length);
        });
    out.println(
        JobState.SENDER_ESCALATION.getUid().orElseThrow()
            + " sender-contacts: keys="
            + lengths.count
            + " contacts="
            + lengths.sizes()
            + " timers="
            + timers.total
            + " contactTimes="
            + contacts.times());
  }

  /** Count, total, min and max of a stream of numbers. */
  private static final class Range {
    long count;
    long total;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    void add(long v) {
      count++;
      total += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }

    String sizes() {
      return count == 0 ? "-" : "total:" + total + ",min:" + min + ",max:" + max;
    }

    String times() {
      return count == 0 ? "-" : Instant.ofEpochMilli(min) + ".." + Instant.ofEpochMilli(max);
    }
  }
}
