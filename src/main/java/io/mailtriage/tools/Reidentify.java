package io.mailtriage.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.keys.MasterKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code scripts/reidentify}: prints the originals behind the tokens of a text or of a triage
 * record. Needs the master keys (as the job's configuration names them) and reads the wrapped
 * subject keys from the compacted subject-key topic. Refuses, naming the reason, when a key is
 * missing or the subject was erased.
 */
public final class Reidentify {
  private static final String USAGE =
      String.join(
          "\n",
          "Usage: reidentify --tenant T (--text TEXT | --record FILE.json) [--config conf/mailtriage.yaml] [--bootstrap HOST:PORT]",
          "Replaces every reversible token in TEXT, or in the subject and excerpt of a triage record, with its original.",
          "Master keys come from the configuration's pii.keys; subject keys from topics.subjectKeys on Kafka.",
          "Exit codes: 0 every token revealed, 1 some token refused (erased subject, missing key), 2 bad arguments.");

  private Reidentify() {}

  public static void main(String[] args) {
    Cli.main(
        "reidentify",
        USAGE,
        Set.of("tenant", "text", "record", "config", "bootstrap"),
        args,
        Reidentify::run);
  }

  private static int run(Cli cli) throws Exception {
    List<String> overrides = new ArrayList<>();
    cli.optional("bootstrap").ifPresent(b -> overrides.add("kafka.bootstrapServers=" + b));
    MailtriageConfig config =
        new ConfigLoader()
            .load(Path.of(cli.optional("config").orElse("conf/mailtriage.yaml")), overrides);
    String tenant = cli.required("tenant");
    List<String> texts = new ArrayList<>();
    if (cli.optional("text").isPresent()) {
      texts.add(cli.optional("text").get());
    } else if (cli.optional("record").isPresent()) {
      JsonNode record =
          new ObjectMapper().readTree(Files.readAllBytes(Path.of(cli.optional("record").get())));
      texts.add(record.path("subject").asText(""));
      texts.add(record.path("excerpt").asText(""));
    } else {
      throw new Cli.UsageException("give --text or --record");
    }
    Map<String, Object> consumer = new HashMap<>(config.kafka().properties());
    consumer.put("bootstrap.servers", config.kafka().bootstrapServers());
    Reidentification reid =
        new Reidentification(
            MasterKeys.load(config.pii().keys()),
            Reidentification.readSubjectKeys(
                consumer, config.topics().subjectKeys(), Duration.ofSeconds(30)));
    int refused = 0;
    for (String text : texts) {
      Reidentification.Result result = reid.reveal(tenant, text);
      System.out.println(result.text());
      for (String refusal : result.refusals()) {
        System.err.println("reidentify: refused: " + refusal);
      }
      refused += result.refusals().size();
    }
    return refused == 0 ? Cli.OK : Cli.FAILED;
  }
}
