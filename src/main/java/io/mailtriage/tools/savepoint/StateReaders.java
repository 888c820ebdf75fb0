package io.mailtriage.tools.savepoint;

import io.mailtriage.priority.ThreadFacts;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.runtime.state.ttl.TtlValue;
import org.apache.flink.state.api.functions.KeyedStateReaderFunction;
import org.apache.flink.util.Collector;

/** Reads the job's keyed states into entries, one per key. */
public final class StateReaders {
  private StateReaders() {}

  /** {@code pii-tokenize}; the wrapped key itself only when {@code withKey} (erase rewrites it). */
  public static final class SubjectKeys extends KeyedStateReaderFunction<String, SubjectKeyEntry> {
    private static final long serialVersionUID = 1L;
    private final boolean withKey;
    private transient ValueState<TtlValue<byte[]>> state;

    public SubjectKeys(boolean withKey) {
      this.withKey = withKey;
    }

    @Override
    public void open(OpenContext context) {
      state = getRuntimeContext().getState(JobState.wrappedSubjectKey());
    }

    @Override
    public void readKey(String key, Context ctx, Collector<SubjectKeyEntry> out) throws Exception {
      TtlValue<byte[]> value = state.value();
      if (value == null) {
        return;
      }
      SubjectKeyEntry e = new SubjectKeyEntry();
      e.key = key;
      e.wrapped = withKey ? value.getUserValue() : null;
      e.wrappedBytes = value.getUserValue().length;
      e.lastAccess = value.getLastAccessTimestamp();
      out.collect(e);
    }
  }

  /** {@code priority-thread-state}, without the thread token or the intents. */
  public static final class Threads extends KeyedStateReaderFunction<String, ThreadEntry> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<TtlValue<ThreadFacts>> state;

    @Override
    public void open(OpenContext context) {
      state = getRuntimeContext().getState(JobState.threadFacts());
    }

    @Override
    public void readKey(String key, Context ctx, Collector<ThreadEntry> out) throws Exception {
      TtlValue<ThreadFacts> value = state.value();
      if (value == null) {
        return;
      }
      ThreadEntry e = new ThreadEntry();
      e.messages = value.getUserValue().messages;
      e.anchored = value.getUserValue().anchorIntent != null;
      e.lastReceivedAt = value.getUserValue().lastReceivedAt;
      e.lastAccess = value.getLastAccessTimestamp();
      out.collect(e);
    }
  }

  /** {@code priority-sender-escalation}, with the timers so a rewrite can keep them. */
  public static final class Senders extends KeyedStateReaderFunction<String, SenderEntry> {
    private static final long serialVersionUID = 1L;
    private transient ListState<TtlValue<Long>> state;

    @Override
    public void open(OpenContext context) {
      state = getRuntimeContext().getListState(JobState.senderContacts());
    }

    @Override
    public void readKey(String key, Context ctx, Collector<SenderEntry> out) throws Exception {
      List<TtlValue<Long>> values = new ArrayList<>();
      Iterable<TtlValue<Long>> stored = state.get();
      if (stored != null) {
        stored.forEach(values::add);
      }
      SenderEntry e = new SenderEntry();
      e.senderToken = key;
      e.contacts = new long[values.size()];
      e.lastAccess = new long[values.size()];
      for (int i = 0; i < values.size(); i++) {
        e.contacts[i] = values.get(i).getUserValue();
        e.lastAccess[i] = values.get(i).getLastAccessTimestamp();
      }
      e.eventTimers =
          ctx.registeredEventTimeTimers().stream().mapToLong(Long::longValue).sorted().toArray();
      // A key with neither contacts nor a timer is not in the state at all.
      if (e.contacts.length > 0 || e.eventTimers.length > 0) {
        out.collect(e);
      }
    }
  }
}
