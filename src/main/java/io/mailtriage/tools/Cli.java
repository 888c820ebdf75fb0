package io.mailtriage.tools;

import io.mailtriage.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The command-line conventions every tool shares (the tools here and the training, evaluation and
 * benchmark commands of src/train and src/bench): {@code --name value} options, value-less flags,
 * positional arguments where a tool declares them, {@code --help} (usage on stdout, exit 0),
 * one-line errors on stderr prefixed with the tool's name, and these exit codes.
 */
public final class Cli {
  public static final int OK = 0;

  /** The tool ran but its work failed (Kafka unreachable, records missing, a send failed). */
  public static final int FAILED = 1;

  /**
   * The command line was wrong, or names a file that is missing or unreadable; nothing was done.
   */
  public static final int USAGE = 2;

  /** A tool's work, given its parsed options; returns the exit code. */
  public interface Body {
    int run(Cli cli) throws Exception;
  }

  /** A mistake on the command line or in a file it names, reported with {@link #USAGE}. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** The work failed for a reason the message states fully; printed without an exception name. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    public Failure(String message) {
      super(message);
    }
  }

  /**
   * What a tool accepts: options with a value, flags without one, and up to N positional arguments.
   */
  public record Spec(Set<String> options, Set<String> flags, int maxPositional) {
    public static Spec of(String... names) {
      return new Spec(Set.of(names), Set.of(), 0);
    }

    public Spec flags(String... names) {
      return new Spec(options, Set.of(names), maxPositional);
    }

    public Spec positional(int max) {
      return new Spec(options, flags, max);
    }
  }

  private final Map<String, String> values;
  private final Map<String, List<String>> repeated;
  private final Set<String> flagsSet;
  private final List<String> positional;

  private Cli(
      Map<String, String> values,
      Map<String, List<String>> repeated,
      Set<String> flagsSet,
      List<String> positional) {
    this.values = values;
    this.repeated = repeated;
    this.flagsSet = flagsSet;
    this.positional = positional;
  }

  /**
   * Parses {@code args} against the known option names, runs {@code body} and exits the JVM with
   * its code. Any exception becomes one line on stderr: a stack trace would bury the cause for the
   * person running a demo, and the tools have nothing to clean up that the JVM exit does not.
   */
  public static void main(
      String tool, String usage, Set<String> options, String[] args, Body body) {
    main(tool, usage, new Spec(options, Set.of(), 0), args, body);
  }

  /**
   * As {@link #main(String, String, Set, String[], Body)}, for tools with flags or positional
   * arguments.
   */
  public static void main(String tool, String usage, Spec spec, String[] args, Body body) {
    System.exit(run(tool, usage, spec, args, body));
  }

  /**
   * Parses and runs without exiting the JVM; returns the exit code (what {@link #main} exits with).
   */
  public static int run(String tool, String usage, Spec spec, String[] args, Body body) {
    int code;
    try {
      Cli cli = parse(spec, args);
      if (cli == null) {
        System.out.println(usage);
        code = OK;
      } else {
        code = body.run(cli);
      }
    } catch (UsageException e) {
      System.err.println(tool + ": " + e.getMessage() + " (try --help)");
      code = USAGE;
    } catch (ConfigException e) {
      // A configuration file the command line named is wrong: the message names the key.
      System.err.println(tool + ": " + e.getMessage());
      code = USAGE;
    } catch (Failure e) {
      System.err.println(tool + ": " + e.getMessage());
      code = FAILED;
    } catch (Exception e) {
      System.err.println(tool + ": " + describe(e));
      code = FAILED;
    }
    System.out.flush();
    return code;
  }

  /** Returns the parsed options, or null when {@code --help} was asked for. */
  public static Cli parse(Set<String> options, String[] args) throws UsageException {
    return parse(new Spec(options, Set.of(), 0), args);
  }

  /** Returns the parsed command line, or null when {@code --help} was asked for. */
  public static Cli parse(Spec spec, String[] args) throws UsageException {
    List<String> all = Arrays.asList(args);
    if (all.contains("--help") || all.contains("-h")) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    Map<String, List<String>> repeated = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.startsWith("--") ? arg.substring(2) : null;
      if (name != null && spec.flags().contains(name)) {
        flags.add(name);
      } else if (name != null && spec.options().contains(name)) {
        if (i + 1 >= args.length) {
          throw new UsageException(arg + " needs a value");
        }
        values.put(name, args[++i]);
        repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(args[i]);
      } else if (name == null && !arg.startsWith("-") && positional.size() < spec.maxPositional()) {
        positional.add(arg);
      } else {
        throw new UsageException("unknown argument " + arg);
      }
    }
    return new Cli(values, repeated, Set.copyOf(flags), List.copyOf(positional));
  }

  /** Every value of an option given more than once (e.g. {@code --set a=1 --set b=2}), in order. */
  public List<String> all(String name) {
    return List.copyOf(repeated.getOrDefault(name, List.of()));
  }

  public boolean flag(String name) {
    return flagsSet.contains(name);
  }

  public List<String> positional() {
    return positional;
  }

  /** An option naming a file that must exist and be readable. */
  public Path file(String name) throws UsageException {
    return readable(Path.of(required(name)), "--" + name);
  }

  /** As {@link #file(String)}, reading {@code fallback} when the option is absent. */
  public Path file(String name, String fallback) throws UsageException {
    return readable(Path.of(optional(name).orElse(fallback)), "--" + name);
  }

  /** As {@link #file(String)}, or null when the option is absent. */
  public Path optionalFile(String name) throws UsageException {
    String value = values.get(name);
    return value == null ? null : readable(Path.of(value), "--" + name);
  }

  /** An option naming a directory that must exist. */
  public Path directory(String name) throws UsageException {
    Path dir = Path.of(required(name));
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--" + name + ": no such directory: " + dir);
    }
    return dir;
  }

  /** A path that must be a readable regular file; {@code what} names where it came from. */
  public static Path readable(Path file, String what) throws UsageException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(what + ": no such file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new UsageException(what + ": cannot read " + file);
    }
    return file;
  }

  public String required(String name) throws UsageException {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  public Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** An integer option that must be at least {@code min}, or {@code fallback} when absent. */
  public long number(String name, long fallback, long min) throws UsageException {
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
   * The {@code index}-th positional argument as a whole number of at least {@code min}, or {@code
   * fallback}.
   */
  public long positionalNumber(int index, String name, long fallback, long min)
      throws UsageException {
    if (index >= positional.size()) {
      return fallback;
    }
    String value = positional.get(index);
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be a whole number, got '" + value + "'");
    }
    if (n < min) {
      throw new UsageException(name + " must be at least " + min + ", got " + n);
    }
    return n;
  }

  /** A decimal option within [{@code min}, {@code max}], or {@code fallback} when absent. */
  public double decimal(String name, double fallback, double min, double max)
      throws UsageException {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, got '" + value + "'");
    }
    if (!(d >= min && d <= max)) {
      throw new UsageException(
          "--" + name + " must be between " + min + " and " + max + ", got " + value);
    }
    return d;
  }

  /** One of {@code allowed}, or {@code fallback} when absent. */
  public String choice(String name, String fallback, String... allowed) throws UsageException {
    String value = values.getOrDefault(name, fallback);
    if (!Arrays.asList(allowed).contains(value)) {
      throw new UsageException(
          "--" + name + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }
    return value;
  }

  /**
   * Kafka wraps the useful exception in ExecutionException/KafkaException layers; show the root.
   */
  public static String describe(Throwable e) {
    Throwable t = e;
    while ((t instanceof ExecutionException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
