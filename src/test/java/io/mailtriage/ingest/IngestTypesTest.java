package io.mailtriage.ingest;

import static io.mailtriage.testing.FlinkTypes.pojoSerializer;
import static io.mailtriage.testing.FlinkTypes.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetter;
import java.nio.file.Path;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/**
 * What the ingest stage puts on the wire is serialized as POJOs, with generic types disabled as in
 * the job.
 */
class IngestTypesTest {
  @Test
  void sourceRecordRawEmailAndDeadLetterArePojos() throws Exception {
    pojoSerializer(SourceRecord.class);
    pojoSerializer(DeadLetter.class);

    RawEmail e =
        TestRecords.parser()
            .parse(TestRecords.file(Path.of("samples/mail/13-nested-multipart.eml")))
            .email();
    assertThat(roundTrip(RawEmail.class, e)).usingRecursiveComparison().isEqualTo(e);
  }

  @Test
  void deadLetterTagCarriesThePojoType() {
    assertThat(ParseEmailFunction.DEAD_LETTERS.getTypeInfo()).isInstanceOf(PojoTypeInfo.class);
  }
}
