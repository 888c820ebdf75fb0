package io.mailtriage.tools.savepoint;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.api.OperatorTransformation;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.state.api.SavepointWriter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Writes a copy of a savepoint without one data subject: their wrapped key in {@code pii-tokenize}
 * ("tenant|token") and their contact times in {@code priority-sender-escalation} (the job keys
 * senders by the same subject token). Both operators are rewritten from what was read minus that
 * key, TTL timestamps and timers kept as they were (see {@link JobState}); every other operator's
 * state is carried over as is. The copy is then read back and compared with the input, key by key.
 */
public final class Erase {
  private Erase() {}

  /** What was erased, and how many keys of each operator the read-back found unchanged. */
  public record Result(
      boolean subjectKeyFound, boolean senderStateFound, long subjectKeysKept, long sendersKept) {}

  /** The rewrite or the read-back did not match; the output must not be used. */
  public static final class VerificationFailed extends Exception {
    private static final long serialVersionUID = 1L;

    VerificationFailed(String message) {
      super(message);
    }
  }

  public static Result run(
      StreamExecutionEnvironment env, String in, String tenant, String subjectToken, String out)
      throws Exception {
    String piiKey = tenant + "|" + subjectToken;
    Map<String, Tally> before = prints(env, in, piiKey, subjectToken);

    SavepointReader reader = SavepointReader.read(env, in);
    DataStream<SubjectKeyEntry> keys =
        reader
            .readKeyedState(
                JobState.PII_TOKENIZE,
                new StateReaders.SubjectKeys(true),
                Types.STRING,
                TypeInformation.of(SubjectKeyEntry.class))
            .filter(e -> !e.key.equals(piiKey))
            .name("all subject keys but the erased one");
    DataStream<SenderEntry> senders =
        reader
            .readKeyedState(
                JobState.SENDER_ESCALATION,
                new StateReaders.Senders(),
                Types.STRING,
                TypeInformation.of(SenderEntry.class))
            .filter(e -> !e.senderToken.equals(subjectToken))
            .name("all senders but the erased one");
    SavepointWriter.fromExistingSavepoint(env, in)
        .removeOperator(JobState.PII_TOKENIZE)
        .withOperator(
            JobState.PII_TOKENIZE,
            OperatorTransformation.bootstrapWith(keys)
                .keyBy(e -> e.key, Types.STRING)
                .transform(new StateWriters.SubjectKeys()))
        .removeOperator(JobState.SENDER_ESCALATION)
        .withOperator(
            JobState.SENDER_ESCALATION,
            OperatorTransformation.bootstrapWith(senders)
                .keyBy(e -> e.senderToken, Types.STRING)
                .transform(new StateWriters.Senders()))
        .write(out);
    env.execute("savepoint-tool erase");

    Map<String, Tally> after = prints(env, out, piiKey, subjectToken);
    String pii = JobState.PII_TOKENIZE.getUid().orElseThrow();
    String sender = JobState.SENDER_ESCALATION.getUid().orElseThrow();
    for (String op : new String[] {pii, sender}) {
      Tally b = before.getOrDefault(op, new Tally());
      Tally a = after.getOrDefault(op, new Tally());
      if (a.targets != 0) {
        throw new VerificationFailed(op + ": the erased key is still in " + out);
      }
      if (a.count != b.count || a.sum != b.sum) {
        throw new VerificationFailed(
            op
                + ": "
                + out
                + " differs from "
                + in
                + " in keys other than the erased one ("
                + a.count
                + " keys read back, "
                + b.count
                + " expected)");
      }
    }
    return new Result(
        before.getOrDefault(pii, new Tally()).targets > 0,
        before.getOrDefault(sender, new Tally()).targets > 0,
        after.getOrDefault(pii, new Tally()).count,
        after.getOrDefault(sender, new Tally()).count);
  }

  /** Per operator: how many keys besides the target, the sum of their digests, how many targets. */
  private static Map<String, Tally> prints(
      StreamExecutionEnvironment env, String path, String piiKey, String senderToken)
      throws Exception {
    SavepointReader reader = SavepointReader.read(env, path);
    DataStream<KeyPrint> prints =
        reader
            .readKeyedState(
                JobState.PII_TOKENIZE,
                new StateReaders.SubjectKeys(true),
                Types.STRING,
                TypeInformation.of(SubjectKeyEntry.class))
            .map(new KeyPrint.OfSubjectKey(piiKey))
            .union(
                reader
                    .readKeyedState(
                        JobState.SENDER_ESCALATION,
                        new StateReaders.Senders(),
                        Types.STRING,
                        TypeInformation.of(SenderEntry.class))
                    .map(new KeyPrint.OfSender(senderToken)));
    Map<String, Tally> tallies = new HashMap<>();
    Collect.each(
        prints,
        "savepoint-tool erase: fingerprint " + path,
        p -> {
          Tally t = tallies.computeIfAbsent(p.operator, o -> new Tally());
          if (p.target) {
            t.targets++;
          } else {
            t.count++;
            t.sum += p.digest;
          }
        });
    return tallies;
  }

  private static final class Tally {
    long count;
    long sum;
    long targets;
  }
}
