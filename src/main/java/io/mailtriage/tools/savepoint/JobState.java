package io.mailtriage.tools.savepoint;

import io.mailtriage.job.Uids;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.priority.SenderEscalationFunction;
import io.mailtriage.priority.ThreadFacts;
import io.mailtriage.priority.ThreadStateFunction;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.LongSerializer;
import org.apache.flink.api.common.typeutils.base.array.BytePrimitiveArraySerializer;
import org.apache.flink.runtime.state.ttl.TtlStateFactory;
import org.apache.flink.runtime.state.ttl.TtlValue;
import org.apache.flink.state.api.OperatorIdentifier;

/**
 * The job's keyed states as the tools read and write them.
 *
 * <p>All three carry a TTL in the job, so each stored value is a {@link TtlValue}: the user value
 * plus the processing time it was last accessed. The tools declare the states <em>without</em> TTL
 * but with the job's exact stored serializer ({@link TtlStateFactory.TtlSerializer} around the
 * value serializer). That is compatible both ways: the stored serializer snapshot is the same, so
 * reading sees the raw TtlValue with its timestamp, and a state written this way restores into the
 * job's TTL descriptor unchanged. Declaring the job's TTL descriptor instead would also read, but
 * writing through it stamps every value with the tool's own clock: a rewrite would restart the
 * retention clock of every subject key it keeps (pii.subjectKeyTtlDays) and resurrect expired ones.
 *
 * <p>State names are the operators' own constants; the savepoint tests restore the job from what
 * the tools write, which is what catches a change of type or serializer.
 */
public final class JobState {
  private JobState() {}

  public static final OperatorIdentifier PII_TOKENIZE =
      OperatorIdentifier.forUid(Uids.PII_TOKENIZE);
  public static final OperatorIdentifier THREAD_STATE =
      OperatorIdentifier.forUid(Uids.THREAD_STATE);
  public static final OperatorIdentifier SENDER_ESCALATION =
      OperatorIdentifier.forUid(Uids.SENDER_ESCALATION);

  /** {@code PiiTokenizeFunction}: the subject's data key wrapped under the tenant key. */
  static ValueStateDescriptor<TtlValue<byte[]>> wrappedSubjectKey() {
    return new ValueStateDescriptor<>(
        PiiTokenizeFunction.SUBJECT_KEY_STATE, ttl(BytePrimitiveArraySerializer.INSTANCE));
  }

  /** {@code ThreadStateFunction}: one open thread. */
  static ValueStateDescriptor<TtlValue<ThreadFacts>> threadFacts() {
    TypeSerializer<ThreadFacts> pojo =
        TypeInformation.of(ThreadFacts.class).createSerializer(new SerializerConfigImpl());
    return new ValueStateDescriptor<>(ThreadStateFunction.FACTS_STATE, ttl(pojo));
  }

  /**
   * {@code SenderEscalationFunction}: event times of the sender's recent emails (TTL per element).
   */
  static ListStateDescriptor<TtlValue<Long>> senderContacts() {
    return new ListStateDescriptor<>(
        SenderEscalationFunction.CONTACTS_STATE, ttl(LongSerializer.INSTANCE));
  }

  private static <T> TypeSerializer<TtlValue<T>> ttl(TypeSerializer<T> value) {
    return new TtlStateFactory.TtlSerializer<>(LongSerializer.INSTANCE, value);
  }
}
