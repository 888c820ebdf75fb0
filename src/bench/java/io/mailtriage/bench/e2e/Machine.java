package io.mailtriage.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a figure was measured on: cores, CPU model, memory and JVM (fixed for a run), and the load
 * average (read anew for every figure, since neighbours come and go on a shared machine).
 */
public final class Machine {
  private Machine() {}

  /** "2 cores, AMD EPYC, 23 GiB, OpenJDK 64-Bit Server VM 17.0.15". */
  public static String describe() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + cpuModel()
        + ", "
        + memory()
        + ", "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version");
  }

  /** The 1-, 5- and 15-minute load averages, e.g. "1.52 1.10 0.80", or "unknown" off Linux. */
  public static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memory() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          long kib = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f GiB", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: say unknown below.
    }
    return "unknown memory";
  }
}
