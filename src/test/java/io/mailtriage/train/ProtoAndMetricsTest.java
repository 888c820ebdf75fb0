package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mailtriage.train.onnx.ProtoWriter;
import org.junit.jupiter.api.Test;

class ProtoAndMetricsTest {

  @Test
  void varintsAndLengthDelimitedFollowTheWireFormat() {
    // Field 1 varint 300 → tag 0x08, then 0xAC 0x02 (the protobuf documentation's example).
    assertThat(new ProtoWriter().int64(1, 300).toByteArray()).containsExactly(0x08, 0xAC, 0x02);
    // Field 2 string "hi" → tag 0x12, length 2, bytes.
    assertThat(new ProtoWriter().string(2, "hi").toByteArray())
        .containsExactly(0x12, 0x02, 'h', 'i');
    // Negative int64 takes ten bytes.
    assertThat(new ProtoWriter().int64(1, -1).toByteArray()).hasSize(11);
    // Fixed32 float, little-endian.
    assertThat(new ProtoWriter().float32(2, 1.0f).toByteArray())
        .containsExactly(0x15, 0x00, 0x00, 0x80, 0x3F);
  }

  @Test
  void accuracyAndMacroF1() {
    int[] gold = {0, 0, 1, 1, 2};
    int[] pred = {0, 1, 1, 1, -1};
    Metrics m = Metrics.of(gold, pred, 3);
    assertThat(m.accuracy()).isCloseTo(0.6, within(1e-12));
    // F1: class0 2·1/(2+0+1)=2/3; class1 2·2/(4+1+0)=4/5; class2 0 → mean 0.4889
    assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0.8 + 0) / 3, within(1e-12));
  }
}
