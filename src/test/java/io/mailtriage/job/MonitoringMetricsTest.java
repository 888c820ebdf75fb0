package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.testing.EmbeddedKafka;
import io.mailtriage.tools.MailInputs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.prometheus.PrometheusReporterFactory;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every series the dashboard and the alert rules query is one the running job really exposes.
 *
 * <p>The job runs on real Kafka and a MiniCluster whose metrics go through Flink's own
 * PrometheusReporter (the one conf/config.yaml configures), and the test scrapes its HTTP endpoint
 * while the job runs. So the names are produced by the reporter's real naming rules (logical scope,
 * key/value groups as labels, histograms as summaries), not by a re-implementation of them: a group
 * {@code addGroup("stage", "ingest")} becomes the label {@code stage="ingest"} and also leaves its
 * key in the name, {@code flink_taskmanager_job_task_operator_stage_recordsParsed}. Each {@code
 * flink_*} selector in deploy/monitoring must appear in a scrape, and each of its {@code
 * label="value"} matchers must match a scraped sample of that series.
 */
class MonitoringMetricsTest {
  private static final int PROM_PORT = freePort();

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .setConfiguration(prometheusReporter())
              .build());

  /** A selector: metric name and optional {...} matchers. */
  private static final Pattern SELECTOR = Pattern.compile("\\b(flink_[A-Za-z0-9_:]+)(\\{[^}]*})?");

  private static final Pattern MATCHER =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");

  /** One exposition line: name, optional labels, value. */
  private static final Pattern SAMPLE =
      Pattern.compile("^([A-Za-z_:][A-Za-z0-9_:]*)(\\{(.*)})?\\s+\\S+.*$");

  private static final Pattern SAMPLE_LABEL =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  private static Configuration prometheusReporter() {
    Configuration conf = new Configuration();
    conf.setString(
        "metrics.reporter.prom.factory.class", PrometheusReporterFactory.class.getName());
    conf.setString("metrics.reporter.prom.port", String.valueOf(PROM_PORT));
    return conf;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A metric name and the label values its queries demand. */
  record Wanted(String name, Map<String, String> labels, String source) {
    @Override
    public String toString() {
      return name + labels + " (" + source + ")";
    }
  }

  /** Every flink_* selector in the dashboard's panel queries and the alert rules' expressions. */
  static List<Wanted> wantedSeries() throws IOException {
    List<Wanted> wanted = new ArrayList<>();
    JsonNode dashboard =
        new ObjectMapper().readTree(Path.of("deploy/monitoring/grafana/mailtriage.json").toFile());
    for (JsonNode expr : dashboard.findValues("expr")) {
      wanted.addAll(selectors(expr.asText(), "dashboard"));
    }
    JsonNode alerts =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("deploy/monitoring/alerts.yml").toFile());
    for (JsonNode group : alerts.get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        wanted.addAll(selectors(rule.get("expr").asText(), "alert " + rule.get("alert").asText()));
      }
    }
    return wanted;
  }

  static List<Wanted> selectors(String expr, String source) {
    List<Wanted> out = new ArrayList<>();
    Matcher m = SELECTOR.matcher(expr);
    while (m.find()) {
      Map<String, String> labels = new HashMap<>();
      if (m.group(2) != null) {
        Matcher l = MATCHER.matcher(m.group(2));
        while (l.find()) {
          // Only exact matchers name a value the job must produce; regexes are dashboard variables.
          if (l.group(2).equals("=")) {
            labels.put(l.group(1), l.group(3));
          }
        }
      }
      out.add(new Wanted(m.group(1), labels, source));
    }
    return out;
  }

  /** Scraped series: name → the label sets of its samples. */
  static Map<String, List<Map<String, String>>> parseExposition(String body) {
    Map<String, List<Map<String, String>>> series = new HashMap<>();
    for (String line : body.split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new HashMap<>();
      if (m.group(3) != null) {
        Matcher l = SAMPLE_LABEL.matcher(m.group(3));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      series.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(labels);
    }
    return series;
  }

  static boolean present(Wanted w, Map<String, List<Map<String, String>>> series) {
    return series.getOrDefault(w.name(), List.of()).stream()
        .anyMatch(labels -> labels.entrySet().containsAll(w.labels().entrySet()));
  }

  @Test
  void selectorsAndExpositionAreParsedAsPrometheusDoes() {
    assertThat(
            selectors(
                "sum by (reason) (rate(flink_taskmanager_job_task_operator_stage_reason_deadLetters{stage=\"ingest\",job_name=~\"$job\"}[5m]))",
                "x"))
        .containsExactly(
            new Wanted(
                "flink_taskmanager_job_task_operator_stage_reason_deadLetters",
                Map.of("stage", "ingest"),
                "x"));
    var series = parseExposition("# TYPE a gauge\na{stage=\"pii\",type=\"EMAIL\",} 3.0\nb 1.0\n");
    assertThat(present(new Wanted("a", Map.of("type", "EMAIL"), "x"), series)).isTrue();
    assertThat(present(new Wanted("a", Map.of("type", "IBAN"), "x"), series)).isFalse();
    assertThat(present(new Wanted("c", Map.of(), "x"), series)).isFalse();
  }

  @Test
  void everySeriesTheDashboardAndAlertsQueryIsExposedByTheRunningJob(@TempDir Path dir)
      throws Exception {
    List<Wanted> wanted = wantedSeries();
    Set<String> names = new TreeSet<>();
    wanted.forEach(w -> names.add(w.name()));
    // Guards against a parse that finds nothing and so passes trivially.
    assertThat(names)
        .contains(
            "flink_taskmanager_job_task_operator_stage_recordsParsed",
            "flink_taskmanager_job_task_operator_stage_type_findings",
            "flink_taskmanager_job_task_operator_stage_recordsScored",
            "flink_taskmanager_job_task_operator_stage_level_recordsEmitted",
            "flink_taskmanager_job_task_operator_stage_endToEndLatencyMs",
            "flink_jobmanager_job_numberOfFailedCheckpoints")
        .hasSizeGreaterThan(15);

    MailtriageConfig config = MailtriageJobEndToEndTest.testConfig(kafka, dir);
    JobSettings settings = JobSettings.resolve(config);
    MailtriageJobEndToEndTest.createTriageTopics(kafka, settings);
    List<byte[]> inputs = new ArrayList<>();
    MailInputs.forEachRecord(
        MailInputs.discover(Path.of("samples/mail")), Long.MAX_VALUE, inputs::add);
    try (var broken = Files.list(Path.of("samples/broken"))) {
      for (Path file : broken.sorted().toList()) {
        inputs.add(Files.readAllBytes(file));
      }
    }
    kafka.produce(config.topics().input(), inputs);

    // Unbounded sources, as in production: lag and per-partition metrics exist only while reading.
    // The production job name: the alert rules select on job_name="mailtriage".
    JobClient job = TestJob.on(settings, JobEdges.kafka(config, false)).executeAsync("mailtriage");

    HttpClient http = HttpClient.newHttpClient();
    HttpRequest scrape =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PROM_PORT + "/")).build();
    // Some series appear only once their source has read a partition or a checkpoint completed, so
    // the scrape is repeated; a series counts once it has been seen in any scrape.
    Map<String, List<Map<String, String>>> seen = new HashMap<>();
    List<Wanted> missing = wanted;
    long deadline = System.currentTimeMillis() + 120_000;
    try {
      while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
        Thread.sleep(1000);
        parseExposition(http.send(scrape, HttpResponse.BodyHandlers.ofString()).body())
            .forEach(
                (name, samples) ->
                    seen.computeIfAbsent(name, k -> new ArrayList<>()).addAll(samples));
        missing = wanted.stream().filter(w -> !present(w, seen)).toList();
      }
    } finally {
      TestJob.cancel(job);
    }
    // The Kafka clients' own metrics are hundreds of series; left out so the message stays
    // readable.
    Set<String> exposed = new TreeSet<>();
    for (String name : seen.keySet()) {
      if (name.startsWith("flink_")
          && !name.contains("KafkaConsumer")
          && !name.contains("KafkaProducer")) {
        exposed.add(name);
      }
    }
    assertThat(missing)
        .as("series queried in deploy/monitoring but never exposed; exposed: %s", exposed)
        .isEmpty();
  }
}
