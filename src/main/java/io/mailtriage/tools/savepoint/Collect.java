package io.mailtriage.tools.savepoint;

import java.util.function.Consumer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.CloseableIterator;

/** Runs a reading job and hands each result to the caller as it arrives (nothing is buffered). */
final class Collect {
  private Collect() {}

  static <T> void each(DataStream<T> stream, String jobName, Consumer<T> consumer)
      throws Exception {
    CloseableIterator<T> it = stream.executeAndCollect(jobName);
    try {
      it.forEachRemaining(consumer);
    } finally {
      // Stops the job too when the consumer threw half-way.
      it.close();
    }
  }
}
