package io.mailtriage.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every command in scripts/ the way a person would: {@code --help} prints the usage on stdout
 * and exits 0; a wrong argument or a missing file is one line on stderr and exit 2, never a stack
 * trace. The Java-backed commands run on this test's classpath (MT_CLASSPATH), so nothing is built.
 */
class ScriptsTest {
  private static final Path SCRIPTS = Path.of("scripts");

  record Result(int code, String out, String err) {}

  static Stream<String> commands() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(Files::isExecutable)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void answersHelpWithItsUsageOnStdout(String command) throws Exception {
    Result r = run(command, "--help");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(command.replaceFirst("\\.sh$", ""));
    assertThat(r.err()).doesNotContain("Exception");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void refusesAnUnknownArgumentInOneLine(String command) throws Exception {
    Result r = run(command, "--no-such-option");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "classify|--model no/such/model",
        "evaluate-model|--model models/default --test no/such.csv",
        "train-model|--train no/such.csv --out target/never-written",
        "pii-eval|no/such.jsonl",
        "benchmark-model|--test no/such.csv",
        "evaluate-email-forms|--model-only --set no/such/set",
        "choose-possible-p0|--hold-out no/such.csv --out target/never-written",
        "choose-possible-p0|--set no/such/set --model models/default",
        "choose-possible-p0|--set data/eval-mail --model no/such/model",
      })
  void namesAMissingFileInOneLine(String command, String args) throws Exception {
    Result r = run(command, args.split(" "));
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).contains("no/such");
  }

  private static Result run(String command, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", SCRIPTS.resolve(command).toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    pb.environment().put("MT_CLASSPATH", classpath);
    Path out = Files.createTempFile("script-out", ".txt");
    Path err = Files.createTempFile("script-err", ".txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish in 120 s");
    }
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
