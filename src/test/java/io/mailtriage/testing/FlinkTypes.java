package io.mailtriage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Flink serialization as the job configures it: POJO types, generic (Kryo) types disabled. */
public final class FlinkTypes {
  private FlinkTypes() {}

  /**
   * The POJO serializer of {@code type}; fails if it is not a POJO or any field would need Kryo.
   */
  public static <T> TypeSerializer<T> pojoSerializer(Class<T> type) {
    TypeInformation<T> info = TypeInformation.of(type);
    assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    return info.createSerializer(config);
  }

  /** Serializes and deserializes {@code value} with the POJO serializer of its type. */
  public static <T> T roundTrip(Class<T> type, T value) throws IOException {
    TypeSerializer<T> serializer = pojoSerializer(type);
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(value, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
