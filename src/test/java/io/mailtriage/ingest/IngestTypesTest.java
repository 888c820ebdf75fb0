package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.sink.DeadLetter;
import java.nio.file.Path;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** What the ingest stage puts on the wire is serialized as POJOs, with generic types disabled as in the job. */
class IngestTypesTest {
  private static <T> TypeSerializer<T> serializer(Class<T> type) {
    TypeInformation<T> info = TypeInformation.of(type);
    assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    // Throws if any field would need Kryo.
    return info.createSerializer(config);
  }

  @Test
  void sourceRecordRawEmailAndDeadLetterArePojos() throws Exception {
    serializer(SourceRecord.class);
    serializer(DeadLetter.class);
    TypeSerializer<RawEmail> raw = serializer(RawEmail.class);

    RawEmail e = TestRecords.parser().parse(TestRecords.file(Path.of("samples/mail/13-nested-multipart.eml"))).email();
    DataOutputSerializer out = new DataOutputSerializer(256);
    raw.serialize(e, out);
    RawEmail back = raw.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    assertThat(back).usingRecursiveComparison().isEqualTo(e);
  }

  @Test
  void deadLetterTagCarriesThePojoType() {
    assertThat(ParseEmailFunction.DEAD_LETTERS.getTypeInfo()).isInstanceOf(PojoTypeInfo.class);
  }
}
