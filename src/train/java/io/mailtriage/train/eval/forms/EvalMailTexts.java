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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    MailtriageConfig c = new ConfigLoader().load(config, List.of());
    EmailParser parser = new EmailParser(c.ingest(), c.tenants());
    PiiDetector detector = new PiiDetector(PiiRuntime.settings(c.pii()));
    // Model text is the same under every token mode: no keys needed.
    Tokenizer placeholders = new Tokenizer(null, TokenPolicy.redactAll());
    List<String> lines = Files.readAllLines(labels);
    List<EvalMailTexts> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      SourceRecord r = new SourceRecord();
      r.topic = c.topics().input();
      r.value = Files.readAllBytes(set.resolve(f[0]));
      r.size = r.value.length;
      r.kafkaTimestamp = System.currentTimeMillis();
      ParseResult parsed = parser.parse(r);
      if (!parsed.isOk()) {
        throw new IOException(f[0] + ": the job's parser refuses it (" + parsed + ")");
      }
      RawEmail e = parsed.email();
      DetectionHints hints = PiiTokenizeFunction.hints(e, c.tenants());
      String subject = e.subject == null ? "" : e.subject;
      String body = e.body == null ? "" : e.body;
      TokenizedText s = placeholders.tokenize(subject, detector.detect(subject, hints), e.tenant);
      TokenizedText b = placeholders.tokenize(body, detector.detect(body, hints), e.tenant);
      out.add(
          new EvalMailTexts(
              f[0], f[1], f[2], s.tokenized(), b.tokenized(), PiiTokenizeFunction.modelText(s, b)));
    }
    return out;
  }
}
