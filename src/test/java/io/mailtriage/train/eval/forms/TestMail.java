package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.keys.TestKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The job's parser, Kafka records and PII step as the template sets' tests feed their mail through
 * them.
 */
final class TestMail {
  /** Queries with the characters templates and parsers get wrong: "&", "€", apostrophes, case. */
  static final String[] QUERIES = {
    "I lost my card yesterday, can you block it?",
    "why was my transfer declined",
    "How do I top up with Apple Pay?",
    "There's a payment on my statement I don't recognise & it's €40.",
    "Can I change my PIN at an ATM?"
  };

  private static final PiiDetector DETECTOR = new PiiDetector();
  private static final Tokenizer TOKENIZER =
      new Tokenizer(new TenantKeys(TestKeys.ring(1)), TokenPolicy.defaults());

  private TestMail() {}

  /**
   * What the model reads of a parsed mail: its subject and body as the PII operator hands them on.
   */
  static ModelText.Result modelText(RawEmail e) {
    return ModelText.of(forModel(e.subject, e), forModel(e.body, e));
  }

  /**
   * The text as the PII operator hands it to the model: each finding replaced by its type
   * placeholder.
   */
  private static String forModel(String text, RawEmail e) {
    DetectionHints hints = new DetectionHints("GB", List.of(e.from.name));
    return TOKENIZER.tokenize(text, DETECTOR.detect(text, hints), "acme-bank", null).modelText();
  }

  /** The job's parser with one tenant, {@code acme-bank}, whose mailbox is {@code mailbox}. */
  static EmailParser parser(String mailbox) {
    return new EmailParser(
        new MailtriageConfig.Ingest(10 * 1024 * 1024, 100_000, 300_000),
        new MailtriageConfig.Tenants(
            "demo", List.of(new MailtriageConfig.Tenant("acme-bank", "GB", List.of(mailbox)))));
  }

  static SourceRecord record(byte[] value) {
    SourceRecord r = new SourceRecord();
    r.topic = "emails.raw";
    r.value = value;
    r.size = value.length;
    r.sha256 = "0".repeat(64);
    r.kafkaTimestamp = 1_717_400_000_000L;
    return r;
  }

  /** Whether templates made with the same seed render every form as the same bytes. */
  static boolean sameSeedSameBytes(Function<Random, MailParts.Templates> templates) {
    int forms = templates.apply(new Random(0)).folders().size();
    for (int form = 0; form < forms; form++) {
      for (int index = 0; index < 20; index++) {
        byte[] a = templates.apply(new Random(index)).render(form, QUERIES[3], index);
        byte[] b = templates.apply(new Random(index)).render(form, QUERIES[3], index);
        if (!java.util.Arrays.equals(a, b)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Case, curly apostrophes, final punctuation and line breaks aside: phones and clients vary them.
   */
  static String normal(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replaceAll("\\s+", " ")
        .replaceAll("[?.!]+$", "");
  }

  /**
   * Builds a set of 30 mails from {@link #QUERIES} (labelled {@code intent_0} to {@code intent_4})
   * into {@code dir} and counts its mails per form, as its {@code labels.tsv} says.
   */
  static Map<String, Integer> mailsPerForm(
      Path dir, long seed, Function<Random, MailParts.Templates> templates) throws IOException {
    Path test = dir.resolve("test.csv");
    StringBuilder csv = new StringBuilder("text,category\n");
    for (int i = 0; i < 30; i++) {
      csv.append('"').append(QUERIES[i % QUERIES.length]).append("\",intent_").append(i % 5);
      csv.append('\n');
    }
    Files.writeString(test, csv);
    if (BuildEvalMail.build(test, dir.resolve("set"), seed, templates) != 30) {
      throw new AssertionError("the builder did not write 30 mails");
    }
    List<String> labels = Files.readAllLines(dir.resolve("set/labels.tsv"));
    Map<String, Integer> perForm = new HashMap<>();
    for (String line : labels.subList(1, labels.size())) {
      perForm.merge(line.split("\t")[1], 1, Integer::sum);
    }
    return perForm;
  }

  /**
   * Thirty rounds of every form of a template set (seeds 0 on), each mail parsed by the job's
   * parser: asserts every mail parses and its body holds the query once, whole.
   */
  static void assertEveryFormParsesWithTheQueryOnce(
      Function<Random, MailParts.Templates> templates, String mailbox) {
    assertEveryFormParsesWithTheQueryOnce(templates, mailbox, Set.of());
  }

  /**
   * As above, except that the forms in {@code subjectForms} hold the query as their subject and not
   * in their body.
   */
  static void assertEveryFormParsesWithTheQueryOnce(
      Function<Random, MailParts.Templates> templates, String mailbox, Set<String> subjectForms) {
    EmailParser parser = parser(mailbox);
    int index = 0;
    for (int round = 0; round < 30; round++) {
      MailParts.Templates forms = templates.apply(new Random(round));
      for (int form = 0; form < forms.folders().size(); form++) {
        String folder = forms.folders().get(form);
        String query = QUERIES[index % QUERIES.length];
        ParseResult parsed = parser.parse(record(forms.render(form, query, index++)));
        assertThat(parsed.isOk()).as(folder + ": " + parsed).isTrue();
        String body = normal(parsed.email().body);
        String q = normal(query);
        if (subjectForms.contains(folder)) {
          assertThat(normal(parsed.email().subject)).as(folder).isEqualTo(q);
          assertThat(body).as(folder).doesNotContain(q);
          continue;
        }
        assertThat(body.indexOf(q)).as(folder + "\n" + parsed.email().body).isNotNegative();
        assertThat(body.indexOf(q, body.indexOf(q) + 1)).as(folder).isNegative();
      }
    }
  }

  /** One mail of a template set as the tests read it. */
  record Read(String form, String query, String body, String text) {}

  /**
   * Twenty rounds of every form of a template set (seeds 100 on), each mail parsed by the job's
   * parser and read as the model reads it ({@link #modelText}, runs of white space as one space).
   */
  static List<Read> modelTexts(Function<Random, MailParts.Templates> templates, String mailbox) {
    EmailParser parser = parser(mailbox);
    List<Read> out = new java.util.ArrayList<>();
    int index = 0;
    for (int round = 0; round < 20; round++) {
      MailParts.Templates forms = templates.apply(new Random(100 + round));
      for (int form = 0; form < forms.folders().size(); form++) {
        String query = QUERIES[index % QUERIES.length];
        RawEmail e = parser.parse(record(forms.render(form, query, index++))).email();
        String text = modelText(e).text().replaceAll("\\s+", " ");
        out.add(new Read(forms.folders().get(form), query, e.body, text));
      }
    }
    return out;
  }

  /**
   * Asserts that the committed set in {@code set} is, byte for byte, what the builder writes (into
   * {@code dir}) from the test split with {@code seed}.
   */
  static void assertCommittedSetRebuilds(
      Path set, long seed, Function<Random, MailParts.Templates> templates, Path dir)
      throws IOException {
    BuildEvalMail.build(Path.of("data/banking77/test.csv"), dir, seed, templates);
    assertThat(Files.readString(dir.resolve("labels.tsv")))
        .isEqualTo(Files.readString(set.resolve("labels.tsv")));
    try (Stream<Path> built = Files.walk(dir.resolve("mail"))) {
      for (Path p : built.filter(Files::isRegularFile).toList()) {
        Path committed = set.resolve(dir.relativize(p).toString());
        assertThat(Files.readAllBytes(p))
            .as(committed.toString())
            .isEqualTo(Files.readAllBytes(committed));
      }
    }
  }

  /**
   * Twenty rounds of every form of a template set (seeds {@code seeds} on): asserts {@code shapes}
   * names every form and holds for each mail, on its raw text and on what the parser reads of it.
   */
  static void assertEveryFormHasItsShape(
      Function<Random, MailParts.Templates> templates,
      String mailbox,
      int seeds,
      Map<String, BiPredicate<String, RawEmail>> shapes) {
    EmailParser parser = parser(mailbox);
    int index = 0;
    for (int round = 0; round < 20; round++) {
      MailParts.Templates forms = templates.apply(new Random(seeds + round));
      List<String> folders = forms.folders();
      assertThat(shapes).containsOnlyKeys(folders);
      for (int form = 0; form < folders.size(); form++) {
        String query = QUERIES[index % QUERIES.length];
        byte[] bytes = forms.render(form, query, index++);
        RawEmail e = parser.parse(record(bytes)).email();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(shapes.get(folders.get(form)).test(raw, e))
            .as(folders.get(form) + "\n" + raw)
            .isTrue();
      }
    }
  }
}
