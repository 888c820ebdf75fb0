package io.mailtriage.tools;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The command-line conventions every tool shares: {@code --name value} options, {@code --help},
 * one-line errors on stderr prefixed with the tool's name, and these exit codes.
 */
final class Cli {
  static final int OK = 0;

  /** The tool ran but its work failed (Kafka unreachable, records missing, a send failed). */
  static final int FAILED = 1;

  /** The command line was wrong; nothing was done. */
  static final int USAGE = 2;

  /** A tool's work, given its parsed options; returns the exit code. */
  interface Body {
    int run(Cli cli) throws Exception;
  }

  /** A mistake on the command line, reported with the usage hint and {@link #USAGE}. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The work failed for a reason the message states fully; printed without an exception name. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final Map<String, String> values;

  private Cli(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses {@code args} against the known option names, runs {@code body} and exits the JVM with
   * its code. Any exception becomes one line on stderr: a stack trace would bury the cause for the
   * person running a demo, and the tools have nothing to clean up that the JVM exit does not.
   */
  static void main(String tool, String usage, Set<String> options, String[] args, Body body) {
    int code;
    try {
      Cli cli = parse(options, args);
      if (cli == null) {
        System.out.println(usage);
        code = OK;
      } else {
        code = body.run(cli);
      }
    } catch (UsageException e) {
      System.err.println(tool + ": " + e.getMessage() + " (try --help)");
      code = USAGE;
    } catch (Failure e) {
      System.err.println(tool + ": " + e.getMessage());
      code = FAILED;
    } catch (Exception e) {
      System.err.println(tool + ": " + describe(e));
      code = FAILED;
    }
    System.out.flush();
    System.exit(code);
  }

  /** Returns the parsed options, or null when {@code --help} was asked for. */
  static Cli parse(Set<String> options, String[] args) throws UsageException {
    List<String> all = Arrays.asList(args);
    if (all.contains("--help") || all.contains("-h")) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || !options.contains(arg.substring(2))) {
        throw new UsageException("unknown argument " + arg);
      }
      if (i + 1 >= args.length) {
        throw new UsageException(arg + " needs a value");
      }
      values.put(arg.substring(2), args[++i]);
    }
    return new Cli(values);
  }

  String required(String name) throws UsageException {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** An integer option that must be at least {@code min}, or {@code fallback} when absent. */
  long number(String name, long fallback, long min) throws UsageException {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
    }
    if (n < min) {
      throw new UsageException("--" + name + " must be at least " + min + ", got " + n);
    }
    return n;
  }

  /**
   * Kafka wraps the useful exception in ExecutionException/KafkaException layers; show the root.
   */
  static String describe(Throwable e) {
    Throwable t = e;
    while ((t instanceof ExecutionException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
