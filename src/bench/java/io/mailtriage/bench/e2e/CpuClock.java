package io.mailtriage.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time, the figure that stays meaningful on a machine shared with other work: this JVM's (as a
 * whole and per thread group), and another process's from {@code /proc} (a broker, a TaskManager).
 */
final class CpuClock {
  /** Linux reports process times in clock ticks of USER_HZ, which is 100 on every common build. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  /** JVM-internal threads ThreadMXBean does not list; their CPU is read from /proc instead. */
  private static final Pattern VM_THREAD =
      Pattern.compile("^(GC Thread|G1 |C1 Compiler|C2 Compiler|VM Thread|VM Periodic)");

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuClock() {}

  /** CPU nanoseconds this JVM has used, all threads. */
  static long process() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU nanoseconds of process {@code pid} (user + system), or -1 when it cannot be read. */
  static long ofPid(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc/" + pid + "/stat")));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CPU nanoseconds the JIT compiler threads of JVM {@code pid} ("self" for this one) have used:
   * warm-up work a long-running process no longer does, so figures are also given without it.
   */
  static long jitOf(String pid) {
    long sum = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String comm = Files.readString(task.resolve("comm"));
          if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            sum += ticks(Files.readString(task.resolve("stat")));
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended between listing and reading.
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return sum;
  }

  /**
   * CPU nanoseconds per thread group of this JVM: Java threads by name with subtask indexes, run
   * ids and counters taken out (so the two subtasks of one Flink task are one group), and the JVM's
   * own GC, JIT and VM threads as "JVM: GC", "JVM: JIT", "JVM: VM".
   */
  static Map<String, Long> byThreadGroup() {
    Map<String, Long> out = new HashMap<>();
    long[] ids = THREADS.getAllThreadIds();
    ThreadInfo[] infos = THREADS.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      long cpu = THREADS.getThreadCpuTime(ids[i]);
      if (infos[i] != null && cpu > 0) {
        out.merge(group(infos[i].getThreadName()), cpu, Long::sum);
      }
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String comm = Files.readString(task.resolve("comm")).strip();
          if (VM_THREAD.matcher(comm).find()) {
            String g =
                comm.startsWith("GC") || comm.startsWith("G1")
                    ? "JVM: GC"
                    : comm.startsWith("C") ? "JVM: JIT" : "JVM: VM";
            out.merge(g, ticks(Files.readString(task.resolve("stat"))), Long::sum);
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended between listing and reading: its time is simply not counted.
        }
      }
    } catch (IOException e) {
      // Not Linux: the JVM's own threads stay unaccounted (they show as the unattributed rest).
    }
    return out;
  }

  static String group(String threadName) {
    return threadName
        .replaceAll("-[0-9a-f]{8}\\b", "")
        .replaceAll("\\s*\\(\\d+/\\d+\\)(#\\d+)?", "")
        .replaceAll("producer-\\S+", "producer")
        .replaceAll("[-#]\\d+\\b", "")
        .replaceAll("\\s+\\d+$", "")
        .strip();
  }

  /** utime + stime of a /proc stat line; the command name in parentheses may contain spaces. */
  private static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the name: state is field 0 here, utime and stime fields 11 and 12.
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK;
  }
}
