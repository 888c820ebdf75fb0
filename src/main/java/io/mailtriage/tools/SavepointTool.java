package io.mailtriage.tools;

import io.mailtriage.job.Uids;
import io.mailtriage.priority.PriorityPolicy;
import io.mailtriage.tools.savepoint.BadInputException;
import io.mailtriage.tools.savepoint.Bootstrap;
import io.mailtriage.tools.savepoint.Erase;
import io.mailtriage.tools.savepoint.Inspect;
import io.mailtriage.tools.savepoint.JobState;
import io.mailtriage.tools.savepoint.SavepointFiles;
import io.mailtriage.tools.savepoint.SenderEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Offline tools for the job's savepoints and retained checkpoints (State Processor API), run on an
 * embedded local Flink: inspect the per-person keyed state without showing any of it, erase one
 * data subject, or bootstrap sender contact history. Exit codes as in {@link Cli}.
 */
public final class SavepointTool {
  private SavepointTool() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: savepoint-tool inspect --path DIR [--uid UID]",
          "       savepoint-tool erase --path DIR --tenant TENANT --subject TOKEN --out DIR2",
          "       savepoint-tool bootstrap --sender-contacts FILE.csv --out DIR [--policy conf/priority.yaml]",
          "                                [--max-parallelism "
              + Bootstrap.DEFAULT_MAX_PARALLELISM
              + "]",
          "DIR is a savepoint or a retained checkpoint (chk-N) directory. UID is one of "
              + String.join(", ", Uids.PII_TOKENIZE, Uids.THREAD_STATE, Uids.SENDER_ESCALATION)
              + ".");

  /** The operators inspect summarises, in the order of the pipeline. */
  private static final Map<String, OperatorIdentifier> SUMMARISED = new LinkedHashMap<>();

  static {
    SUMMARISED.put(Uids.PII_TOKENIZE, JobState.PII_TOKENIZE);
    SUMMARISED.put(Uids.THREAD_STATE, JobState.THREAD_STATE);
    SUMMARISED.put(Uids.SENDER_ESCALATION, JobState.SENDER_ESCALATION);
  }

  public static void main(String[] args) {
    int code =
        run(args, StreamExecutionEnvironment.getExecutionEnvironment(), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /**
   * Runs one command on {@code env}; returns the exit code. Tests call this with a MiniCluster's.
   */
  public static int run(
      String[] args, StreamExecutionEnvironment env, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
        out.println(USAGE);
        return args.length == 0 ? Cli.USAGE : Cli.OK;
      }
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      switch (args[0]) {
        case "inspect" -> inspect(Cli.parse(Set.of("path", "uid"), rest), env, out);
        case "erase" ->
            erase(Cli.parse(Set.of("path", "tenant", "subject", "out"), rest), env, out);
        case "bootstrap" ->
            bootstrap(
                Cli.parse(Set.of("sender-contacts", "out", "policy", "max-parallelism"), rest),
                env,
                out);
        default -> throw new Cli.UsageException("unknown command " + args[0]);
      }
      return Cli.OK;
    } catch (Cli.UsageException e) {
      err.println("savepoint-tool: " + e.getMessage() + " (try --help)");
      return Cli.USAGE;
    } catch (BadInputException e) {
      err.println("savepoint-tool: " + e.getMessage());
      return Cli.USAGE;
    } catch (Erase.VerificationFailed e) {
      err.println("savepoint-tool: erase not verified, do not use the output: " + e.getMessage());
      return Cli.FAILED;
    } catch (Exception e) {
      err.println("savepoint-tool: " + Cli.describe(e));
      return Cli.FAILED;
    }
  }

  private static void inspect(Cli cli, StreamExecutionEnvironment env, PrintStream out)
      throws Exception {
    if (cli == null) {
      out.println(USAGE);
      return;
    }
    String path = cli.required("path");
    Optional<String> only = cli.optional("uid");
    if (only.isPresent() && !SUMMARISED.containsKey(only.get())) {
      throw new BadInputException(
          "unknown uid " + only.get() + " (one of " + String.join(", ", SUMMARISED.keySet()) + ")");
    }
    CheckpointMetadata metadata = SavepointFiles.load(path);
    List<OperatorIdentifier> uids = new ArrayList<>();
    if (only.isPresent()) {
      uids.add(SavepointFiles.require(metadata, SUMMARISED.get(only.get()), path));
    } else {
      // A bootstrapped savepoint holds only some of them: summarise what is there, name the rest.
      for (OperatorIdentifier uid : SUMMARISED.values()) {
        if (SavepointFiles.has(metadata, uid)) {
          uids.add(uid);
        }
      }
      if (uids.isEmpty()) {
        throw new BadInputException(
            path + " has none of the operators " + String.join(", ", SUMMARISED.keySet()));
      }
    }
    out.println(
        "savepoint "
            + path
            + ": checkpoint "
            + metadata.getCheckpointId()
            + ", "
            + metadata.getOperatorStates().size()
            + " operators");
    for (Map.Entry<String, OperatorIdentifier> e : SUMMARISED.entrySet()) {
      if (uids.contains(e.getValue())) {
        Inspect.operator(env, path, e.getValue(), out);
      } else if (only.isEmpty()) {
        out.println(e.getKey() + ": no state");
      }
    }
  }

  private static void erase(Cli cli, StreamExecutionEnvironment env, PrintStream out)
      throws Exception {
    if (cli == null) {
      out.println(USAGE);
      return;
    }
    String path = cli.required("path");
    String tenant = cli.required("tenant");
    String subject = cli.required("subject");
    String target = cli.required("out");
    CheckpointMetadata metadata = SavepointFiles.load(path);
    SavepointFiles.require(metadata, JobState.PII_TOKENIZE, path);
    SavepointFiles.require(metadata, JobState.SENDER_ESCALATION, path);
    requireFreshOutput(target);
    Erase.Result r = Erase.run(env, path, tenant, subject, target);
    out.println(
        "erased subject in tenant "
            + tenant
            + ": subject key "
            + (r.subjectKeyFound() ? "removed" : "not present")
            + ", sender contacts "
            + (r.senderStateFound() ? "removed" : "not present")
            + "; verified "
            + r.subjectKeysKept()
            + " subject keys and "
            + r.sendersKept()
            + " senders unchanged in "
            + target);
  }

  private static void bootstrap(Cli cli, StreamExecutionEnvironment env, PrintStream out)
      throws Exception {
    if (cli == null) {
      out.println(USAGE);
      return;
    }
    Path csv = Path.of(cli.required("sender-contacts"));
    String target = cli.required("out");
    PriorityPolicy policy =
        Bootstrap.policy(Path.of(cli.optional("policy").orElse("conf/priority.yaml")));
    int maxParallelism = (int) cli.number("max-parallelism", Bootstrap.DEFAULT_MAX_PARALLELISM, 1);
    if (!Files.isRegularFile(csv)) {
      throw new BadInputException("no such file: " + csv);
    }
    requireFreshOutput(target);
    List<SenderEntry> senders =
        Bootstrap.readContacts(
            csv, policy.senderWithinMs(), policy.senderMaxTracked(), System.currentTimeMillis());
    if (senders.isEmpty()) {
      throw new BadInputException(csv + " has no contacts");
    }
    long[] written = Bootstrap.write(env, senders, maxParallelism, target);
    out.println(
        "bootstrapped "
            + Uids.SENDER_ESCALATION
            + ": "
            + written[0]
            + " senders, "
            + written[1]
            + " contact times (within "
            + PriorityPolicy.formatDuration(policy.senderWithinMs())
            + ") in "
            + target);
  }

  /** Never write into an existing savepoint: a partial overwrite would leave neither usable. */
  private static void requireFreshOutput(String target) throws BadInputException, IOException {
    Path p = Path.of(target);
    if (Files.isDirectory(p)) {
      try (var entries = Files.list(p)) {
        if (entries.findAny().isPresent()) {
          throw new BadInputException("output directory is not empty: " + target);
        }
      }
    } else if (Files.exists(p)) {
      throw new BadInputException("output exists and is not a directory: " + target);
    }
  }
}
