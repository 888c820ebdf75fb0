package io.mailtriage.tools.savepoint;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.runtime.state.ttl.TtlValue;
import org.apache.flink.state.api.functions.KeyedStateBootstrapFunction;

/**
 * Writes entries back as the job's keyed states, TTL timestamps and timers as given: one entry per
 * key, so each write is the key's whole state.
 */
public final class StateWriters {
  private StateWriters() {}

  /** {@code pii-tokenize}. */
  public static final class SubjectKeys
      extends KeyedStateBootstrapFunction<String, SubjectKeyEntry> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<TtlValue<byte[]>> state;

    @Override
    public void open(OpenContext context) {
      state = getRuntimeContext().getState(JobState.wrappedSubjectKey());
    }

    @Override
    public void processElement(SubjectKeyEntry e, Context ctx) throws Exception {
      state.update(new TtlValue<>(e.wrapped, e.lastAccess));
    }
  }

  /** {@code priority-sender-escalation}. */
  public static final class Senders extends KeyedStateBootstrapFunction<String, SenderEntry> {
    private static final long serialVersionUID = 1L;
    private transient ListState<TtlValue<Long>> state;

    @Override
    public void open(OpenContext context) {
      state = getRuntimeContext().getListState(JobState.senderContacts());
    }

    @Override
    public void processElement(SenderEntry e, Context ctx) throws Exception {
      List<TtlValue<Long>> values = new ArrayList<>(e.contacts.length);
      for (int i = 0; i < e.contacts.length; i++) {
        values.add(new TtlValue<>(e.contacts[i], e.lastAccess[i]));
      }
      state.update(values);
      for (long timer : e.eventTimers) {
        ctx.timerService().registerEventTimeTimer(timer);
      }
    }
  }
}
