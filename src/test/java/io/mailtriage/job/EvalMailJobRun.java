package io.mailtriage.job;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.RealKafkaAndFlink;
import io.mailtriage.tools.FeedMail;
import io.mailtriage.tools.MailInputs;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The email-form set through the whole job on the project's test parts (a KRaft broker and a Flink
 * MiniCluster on free ports, the bundled model), for machines where the demo's ports or lock are
 * taken. Not a test (surefire does not pick up *Run): run it by name, then score what it wrote:
 *
 * <pre>
 * mvn -o -q test -Dtest=EvalMailJobRun
 * java -cp ... io.mailtriage.train.eval.forms.EvalMailReport --labels data/eval-mail/labels.tsv \
 *     --manifest run/eval-job/fed.tsv --records run/eval-job/triage.jsonl
 * </pre>
 */
class EvalMailJobRun extends RealKafkaAndFlink {
  @Test
  void run(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(Path.of(System.getProperty("evalOut", "run/eval-job")));
    MailtriageConfig config = MailtriageJobEndToEndTest.testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    FeedMail.Result fed =
        FeedMail.feed(
            kafka.bootstrapServers(),
            config.topics().input(),
            MailInputs.discover(Path.of("data/eval-mail/mail")),
            Long.MAX_VALUE,
            null,
            out.resolve("fed.tsv"));
    long t0 = System.nanoTime();
    MailtriageJobEndToEndTest.runToEnd(settings);
    System.out.println(
        "job ran " + (System.nanoTime() - t0) / 1e9 + " s for " + fed.records() + " mails");
    List<String> topics = MailtriageJobEndToEndTest.triageTopics(settings);
    kafka.consume(topics, (int) fed.records(), Duration.ofSeconds(300));
    List<ConsumerRecord<byte[], byte[]>> records = kafka.consumeAll(topics, Duration.ofSeconds(60));
    try (OutputStream o = Files.newOutputStream(out.resolve("triage.jsonl"))) {
      for (ConsumerRecord<byte[], byte[]> r : records) {
        o.write(r.value());
        o.write('\n');
      }
    }
  }
}
