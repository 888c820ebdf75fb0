package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class PriorityWatermarksTest {
  private long wallClock = 1_000_000;
  private final List<Long> emitted = new ArrayList<>();
  private final WatermarkOutput output =
      new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
          emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
          throw new AssertionError("the generator never marks idle: it advances instead");
        }

        @Override
        public void markActive() {}
      };

  private PriorityWatermarks.QuietSourceWatermarks generator() {
    return new PriorityWatermarks.QuietSourceWatermarks(5_000, 30_000, () -> wallClock);
  }

  @Test
  void timestampIsReceivedAt() {
    assertThat(new PriorityWatermarks.ReceivedAt().extractTimestamp(cardsEmail("a", 123_456), 99))
        .isEqualTo(123_456);
  }

  @Test
  void watermarkTrailsTheNewestTimestampByTheOutOfOrderness() {
    PriorityWatermarks.QuietSourceWatermarks g = generator();
    g.onEvent(cardsEmail("a", 500_000), 500_000, output);
    g.onEvent(cardsEmail("b", 490_000), 490_000, output);
    g.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(500_000L - 5_000 - 1);
  }

  @Test
  void quietSourceFollowsTheWallClockSoWindowsStillClose() {
    PriorityWatermarks.QuietSourceWatermarks g = generator();
    g.onEvent(cardsEmail("a", 900_000), 900_000, output);
    wallClock += 29_999;
    g.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(894_999L);
    wallClock += 1;
    g.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(894_999L, wallClock - 5_000 - 1);
  }

  @Test
  void sourceThatNeverSeesARecordDoesNotHoldTheWatermarkBack() {
    PriorityWatermarks.QuietSourceWatermarks g = generator();
    g.onPeriodicEmit(output);
    assertThat(emitted).isEmpty();
    wallClock += 30_000;
    g.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(wallClock - 5_001);
  }

  @Test
  void watermarkNeverGoesBackwards() {
    PriorityWatermarks.QuietSourceWatermarks g = generator();
    wallClock += 60_000;
    g.onPeriodicEmit(output);
    // A replayed old record after the wall-clock advance must not pull the watermark back.
    g.onEvent(cardsEmail("old", 10_000), 10_000, output);
    g.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(wallClock - 5_001);
  }
}
