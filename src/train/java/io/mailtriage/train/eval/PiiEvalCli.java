package io.mailtriage.train.eval;

import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.tools.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints precision and recall per type for a labelled set: {@code pii-eval [--errors] [FILE.jsonl]}
 * ({@code --errors} also lists every false positive and negative); without a file, the set bundled
 * on the test classpath ({@code pii/eval.jsonl}) or at {@code src/test/resources/pii/eval.jsonl} is
 * used.
 */
public final class PiiEvalCli {

  static final String DEFAULT_SET = "src/test/resources/pii/eval.jsonl";

  private PiiEvalCli() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: pii-eval [--errors] [FILE.jsonl]",
          "Precision and recall per PII type on a labelled set (default: " + DEFAULT_SET + ");",
          "--errors also lists every false positive and negative.");

  public static void main(String[] args) {
    Cli.main(
        "pii-eval", USAGE, Cli.Spec.of().flags("errors").positional(1), args, PiiEvalCli::evaluate);
  }

  private static int evaluate(Cli cli) throws IOException, Cli.UsageException {
    boolean errors = cli.flag("errors");
    String file =
        cli.positional().isEmpty()
            ? null
            : Cli.readable(Path.of(cli.positional().get(0)), "FILE").toString();
    List<PiiEvaluation.Case> cases;
    try (Reader r = open(file)) {
      cases = PiiEvaluation.read(r);
    }
    System.out.println(cases.size() + " cases");
    var counts =
        PiiEvaluation.evaluate(new PiiDetector(), cases, errors ? System.out::println : null);
    System.out.print(PiiEvaluation.format(counts));
    return Cli.OK;
  }

  private static Reader open(String file) throws IOException {
    if (file != null) {
      return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }
    InputStream bundled = PiiEvalCli.class.getResourceAsStream("/pii/eval.jsonl");
    if (bundled != null) {
      return new InputStreamReader(bundled, StandardCharsets.UTF_8);
    }
    return Files.newBufferedReader(Path.of(DEFAULT_SET), StandardCharsets.UTF_8);
  }
}
