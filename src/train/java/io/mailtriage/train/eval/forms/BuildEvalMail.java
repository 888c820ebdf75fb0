package io.mailtriage.train.eval.forms;

import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds an email-form evaluation set: every query of the BANKING77 <em>test</em> split rendered as
 * one raw RFC 5322 mail, the forms dealt out evenly, deterministic for a seed. Writes {@code
 * OUT/mail/<form>/<nnnn>.eml} and {@code OUT/labels.tsv} (file, form, intent). Eleven template
 * sets, written by different people: {@code first} ({@link EvalMailForms}, {@code data/eval-mail}),
 * {@code alt} ({@link EvalMailAltForms}, {@code data/eval-mail-alt}), {@code third} ({@link
 * EvalMailThirdForms}, {@code data/eval-mail-third}), {@code fourth} ({@link EvalMailFourthForms},
 * {@code data/eval-mail-fourth}), {@code fifth} ({@link EvalMailFifthForms}, {@code
 * data/eval-mail-fifth}), {@code sixth} ({@link EvalMailSixthForms}, {@code data/eval-mail-sixth}),
 * {@code seventh} ({@link EvalMailSeventhForms}, {@code data/eval-mail-seventh}), {@code eighth}
 * ({@link EvalMailEighthForms}, {@code data/eval-mail-eighth}), {@code ninth} ({@link
 * EvalMailNinthForms}, {@code data/eval-mail-ninth}), {@code tenth} ({@link EvalMailTenthForms},
 * {@code data/eval-mail-tenth}) and {@code eleventh} ({@link EvalMailEleventhForms}, {@code
 * data/eval-mail-eleventh}), each written without reading the model-text step, so they measure how
 * that step copes with mail its authors did not foresee. A set's folder and seed default to the
 * ones its README rebuilds it with.
 *
 * <pre>
 * scripts/build-eval-mail [--test data/banking77/test.csv] [--templates first|alt|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh]
 *     [--out data/eval-mail] [--seed 12]
 * </pre>
 */
public final class BuildEvalMail {
  static final String LABELS = "labels.tsv";
  static final String MAIL = "mail";

  private BuildEvalMail() {}

  private static final String USAGE =
      "usage: build-eval-mail [--test data/banking77/test.csv] [--templates first|alt|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh]"
          + " [--out data/eval-mail|data/eval-mail-alt|data/eval-mail-third|data/eval-mail-fourth"
          + "|data/eval-mail-fifth|data/eval-mail-sixth|data/eval-mail-seventh|data/eval-mail-eighth"
          + "|data/eval-mail-ninth|data/eval-mail-tenth|data/eval-mail-eleventh]"
          + " [--seed 12|23|31|41|53|61|71|81|91|101|111]";

  /** A template set: its name for --templates, its default folder and seed, its templates. */
  private record TemplateSet(
      String name, String out, long seed, Function<Random, MailParts.Templates> templates) {}

  private static final List<TemplateSet> SETS =
      List.of(
          new TemplateSet("first", "data/eval-mail", 12, EvalMailForms::new),
          new TemplateSet("alt", "data/eval-mail-alt", 23, EvalMailAltForms::new),
          new TemplateSet("third", "data/eval-mail-third", 31, EvalMailThirdForms::new),
          new TemplateSet("fourth", "data/eval-mail-fourth", 41, EvalMailFourthForms::new),
          new TemplateSet("fifth", "data/eval-mail-fifth", 53, EvalMailFifthForms::new),
          new TemplateSet("sixth", "data/eval-mail-sixth", 61, EvalMailSixthForms::new),
          new TemplateSet("seventh", "data/eval-mail-seventh", 71, EvalMailSeventhForms::new),
          new TemplateSet("eighth", "data/eval-mail-eighth", 81, EvalMailEighthForms::new),
          new TemplateSet("ninth", "data/eval-mail-ninth", 91, EvalMailNinthForms::new),
          new TemplateSet("tenth", "data/eval-mail-tenth", 101, EvalMailTenthForms::new),
          new TemplateSet("eleventh", "data/eval-mail-eleventh", 111, EvalMailEleventhForms::new));

  public static void main(String[] argv) {
    Cli.main(
        "build-eval-mail",
        USAGE,
        Set.of("test", "out", "seed", "templates"),
        argv,
        BuildEvalMail::run);
  }

  private static int run(Cli cli) throws Exception {
    Path test = cli.file("test", "data/banking77/test.csv");
    String name = cli.optional("templates").orElse("first");
    TemplateSet set =
        SETS.stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new Cli.UsageException(
                        "--templates: expected first, alt, third, fourth, fifth, sixth, seventh, eighth,"
                            + " ninth, tenth or eleventh, got "
                            + name));
    Path out = Path.of(cli.optional("out").orElse(set.out()));
    long seed = cli.number("seed", set.seed(), 0);
    int n = build(test, out, seed, set.templates());
    System.out.println("build-eval-mail: " + n + " mails in " + out);
    return Cli.OK;
  }

  /**
   * Renders the set into {@code out}, replacing what an earlier build left there; returns the
   * count.
   */
  static int build(
      Path test, Path out, long seed, Function<Random, MailParts.Templates> templateSet)
      throws IOException {
    List<CsvReader.Row> rows = CsvReader.readLabelled(test);
    Random random = new Random(seed);
    // Deal the forms over a shuffled order, so every form gets every intent about equally often.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    MailParts.Templates templates = templateSet.apply(random);
    List<String> forms = templates.folders();
    int[] formOf = new int[rows.size()];
    for (int k = 0; k < order.size(); k++) {
      formOf[order.get(k)] = k % forms.size();
    }
    Path mail = out.resolve(MAIL);
    deleteTree(mail);
    StringBuilder labels = new StringBuilder("file\tform\tintent\n");
    for (int i = 0; i < rows.size(); i++) {
      CsvReader.Row row = rows.get(i);
      String folder = forms.get(formOf[i]);
      String file = MAIL + "/" + folder + "/" + String.format("%04d.eml", i);
      Files.createDirectories(out.resolve(file).getParent());
      Files.write(out.resolve(file), templates.render(formOf[i], row.text(), i));
      labels.append(file).append('\t').append(folder).append('\t').append(row.label()).append('\n');
    }
    Files.writeString(out.resolve(LABELS), labels, StandardCharsets.UTF_8);
    return rows.size();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
