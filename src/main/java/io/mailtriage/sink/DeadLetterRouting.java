package io.mailtriage.sink;

import io.mailtriage.deadletter.DeadLetter;

/** Dead letters go to one topic, keyed by their source coordinates (unique per input record). */
public class DeadLetterRouting implements RecordRouting<DeadLetter> {
  private static final long serialVersionUID = 1L;

  private final String topic;

  public DeadLetterRouting(String topic) {
    this.topic = topic;
  }

  @Override
  public String topic(DeadLetter d) {
    return topic;
  }

  @Override
  public String key(DeadLetter d) {
    return d.sourceTopic + "/" + d.sourcePartition + "/" + d.sourceOffset;
  }
}
