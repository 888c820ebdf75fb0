package io.mailtriage.train.eval.forms;

import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.pii.PiiRuntime;
import io.mailtriage.pii.PiiTokenizeFunction;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.TokenizedText;
import io.mailtriage.pii.token.Tokenizer;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.spam.PrepareSpamData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The email-form set as the model meets it in the job, without Kafka and Flink: each mail parsed by
 * the job's parser and its personal data replaced by type placeholders by the job's detector, as
 * {@code TokenizedEmail.modelText} carries it to the inference operator (which then applies {@code
 * ModelText}). For measuring the model alone on support mail; {@code scripts/evaluate-email-forms}
 * remains the figure of record.
 *
 * @param file the mail, relative to the set
 * @param form the set's form name
 * @param intent the gold intent
 * @param subject the tokenized subject (personal data as redaction tokens)
 * @param body the tokenized body
 * @param text the model text the PII operator hands on (subject line, then body)
 */
public record EvalMailTexts(
    String file, String form, String intent, String subject, String body, String text) {

  /**
   * @param set the set's folder (holds {@code labels.tsv})
   * @param config the job configuration whose tenants, ingest bounds and PII settings apply
   */
  public static List<EvalMailTexts> read(Path set, Path config)
      throws IOException, Cli.UsageException {
    Path labels = Cli.readable(set.resolve("labels.tsv"), "labels.tsv of the email-form set");
    Reader reader = new Reader(config);
    List<String> lines = Files.readAllLines(labels);
    List<EvalMailTexts> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      EvalMailTexts m = reader.read(f[0], f[1], f[2], Files.readAllBytes(set.resolve(f[0])));
      if (m == null) {
        throw new IOException(f[0] + ": the job's parser refuses it");
      }
      out.add(m);
    }
    return out;
  }

  /**
   * The held-out messages of a SpamAssassin-layout corpus ({@code DIR/<group>/*.txt}, as {@code
   * scripts/fetch-corpus.sh} prints it): the files {@code prepare-spam-data} writes to its test
   * split, which neither the spam head nor the domain head trained on, each as the job's PII step
   * hands it on, with form {@code off-topic} and no intent. A message the job's parser refuses (it
   * would go to the dead-letter topic, never to a desk) is left out.
   */
  public static List<EvalMailTexts> heldOutCorpus(Path corpus, Path config)
      throws IOException, Cli.UsageException {
    Reader reader = new Reader(config);
    List<EvalMailTexts> out = new ArrayList<>();
    try (Stream<Path> groups = Files.list(corpus)) {
      for (Path group : groups.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(group)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            if (PrepareSpamData.heldOut(group, f)) {
              String name = group.getFileName() + "/" + f.getFileName();
              EvalMailTexts m = reader.read(name, OFF_TOPIC, "", Files.readAllBytes(f));
              if (m != null) {
                out.add(m);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** The form of mail that is no support request at all. */
  public static final String OFF_TOPIC = "off-topic";

  /** The job's parser and PII detector under one configuration. */
  private static final class Reader {
    private final MailtriageConfig c;
    private final EmailParser parser;
    private final PiiDetector detector;
    // Model text is the same under every token mode: no keys needed.
    private final Tokenizer placeholders = new Tokenizer(null, TokenPolicy.redactAll());

    Reader(Path config) throws IOException, Cli.UsageException {
      c = new ConfigLoader().load(config, List.of());
      parser = new EmailParser(c.ingest(), c.tenants());
      detector = new PiiDetector(PiiRuntime.settings(c.pii()));
    }

    /** The mail as the PII step hands it on; null when the job's parser refuses it. */
    EvalMailTexts read(String file, String form, String intent, byte[] raw) {
      SourceRecord r = new SourceRecord();
      r.topic = c.topics().input();
      r.value = raw;
      r.size = raw.length;
      r.kafkaTimestamp = System.currentTimeMillis();
      ParseResult parsed = parser.parse(r);
      if (!parsed.isOk()) {
        return null;
      }
      RawEmail e = parsed.email();
      DetectionHints hints = PiiTokenizeFunction.hints(e, c.tenants());
      String subject = e.subject == null ? "" : e.subject;
      String body = e.body == null ? "" : e.body;
      TokenizedText s = placeholders.tokenize(subject, detector.detect(subject, hints), e.tenant);
      TokenizedText b = placeholders.tokenize(body, detector.detect(body, hints), e.tenant);
      return new EvalMailTexts(
          file, form, intent, s.tokenized(), b.tokenized(), PiiTokenizeFunction.modelText(s, b));
    }
  }
}
