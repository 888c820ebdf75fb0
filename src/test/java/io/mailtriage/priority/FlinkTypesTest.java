package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.policy;
import static io.mailtriage.priority.Fixtures.prioritized;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** Everything this stage puts on the wire or in state is a Flink POJO that works with generic types disabled. */
class FlinkTypesTest {

  private static <T> TypeSerializer<T> serializer(Class<T> type) {
    TypeInformation<T> info = TypeInformation.of(type);
    assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    return info.createSerializer(config);
  }

  @Test
  void stageTypesArePojosWithoutGenericFields() {
    for (Class<?> type : new Class<?>[] {PrioritizedEmail.class, TriageRecord.class, TriageStats.class, ThreadFacts.class}) {
      serializer(type);
    }
  }

  @Test
  void prioritizedEmailRoundTrips() throws Exception {
    PrioritizedEmail p = prioritized(policy(), cardsEmail("a", 1_000));
    p.windowEnd = 10_000;
    TypeSerializer<PrioritizedEmail> s = serializer(PrioritizedEmail.class);
    DataOutputSerializer out = new DataOutputSerializer(256);
    s.serialize(p, out);
    PrioritizedEmail back = s.deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
    assertThat(back).usingRecursiveComparison().isEqualTo(p);
  }
}
