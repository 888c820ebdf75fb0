package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.inference.ModelAnnouncement;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.pii.ErasureAudit;
import io.mailtriage.pii.ErasureRequest;
import io.mailtriage.pii.SubjectKeyRecord;
import io.mailtriage.pii.TokenizedEmail;
import io.mailtriage.priority.PrioritizedEmail;
import io.mailtriage.priority.ThreadFacts;
import io.mailtriage.priority.TriageRecord;
import io.mailtriage.priority.TriageStats;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.CompositeType;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every type that crosses an operator boundary must be a Flink POJO all the way down: a generic
 * (Kryo) field would fail the job at runtime with {@code pipeline.generic-types: false}.
 */
class WireTypesTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        SourceRecord.class,
        RawEmail.class,
        TokenizedEmail.class,
        ScoredEmail.class,
        TriageRecord.class,
        DeadLetter.class,
        ModelAnnouncement.class,
        ErasureRequest.class,
        SubjectKeyRecord.class,
        ErasureAudit.class,
        PrioritizedEmail.class,
        ThreadFacts.class,
        TriageStats.class
      })
  void isAPojoWithoutGenericFields(Class<?> type) {
    TypeInformation<?> info = TypeInformation.of(type);
    assertThat(info).isInstanceOf(PojoTypeInfo.class);
    assertThat(genericParts(info, type.getSimpleName())).isEmpty();
  }

  /** A type the check must reject: an interface-typed field has no Flink serializer but Kryo. */
  public static class WithInterfaceField {
    public CharSequence values;
  }

  @org.junit.jupiter.api.Test
  void detectsAFieldThatWouldFallBackToKryo() {
    assertThat(genericParts(TypeInformation.of(WithInterfaceField.class), "WithInterfaceField"))
        .containsExactly("WithInterfaceField.values");
  }

  static List<String> genericParts(TypeInformation<?> info, String path) {
    List<String> found = new ArrayList<>();
    if (info instanceof GenericTypeInfo<?>) {
      found.add(path);
    } else if (info instanceof ObjectArrayTypeInfo<?, ?> array) {
      found.addAll(genericParts(array.getComponentInfo(), path + "[]"));
    } else if (info instanceof CompositeType<?> composite) {
      for (int i = 0; i < composite.getArity(); i++) {
        found.addAll(
            genericParts(composite.getTypeAt(i), path + "." + composite.getFieldNames()[i]));
      }
    }
    return found;
  }
}
