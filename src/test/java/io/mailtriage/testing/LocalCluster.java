package io.mailtriage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The local cluster of the operator scripts (scripts/cluster-*.sh and friends: Kafka broker,
 * JobManager and TaskManagers as separate JVMs), run from a test with its own directories under
 * {@code target/<name>} and free ports, so it never meets a demo or another test's cluster.
 */
public final class LocalCluster {
  public static final Path ROOT = Path.of("").toAbsolutePath();

  private final Path run;
  private final Map<String, String> env = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int restPort;

  /** Clears {@code target/<name>} and picks the ports; starts nothing. */
  public LocalCluster(String name) throws IOException {
    run = ROOT.resolve("target").resolve(name);
    deleteRecursively(run);
    env.put("MT_FLINK_DIR", run.resolve("flink").toString());
    env.put("MT_KAFKA_DIR", run.resolve("kafka").toString());
    env.put("MT_LOG_DIR", run.resolve("logs").toString());
    restPort = freePort();
    env.put("MT_REST_PORT", Integer.toString(restPort));
    env.put("MT_JM_RPC_PORT", Integer.toString(freePort()));
  }

  public Path run() {
    return run;
  }

  public Path logs() {
    return run.resolve("logs");
  }

  /** Sets an environment variable for every later script call (e.g. MT_JOB_JAR). */
  public void env(String name, String value) {
    env.put(name, value);
  }

  /** The bootstrap address of the cluster's broker, once a script started it. */
  public String bootstrap() throws IOException {
    return Files.readString(run.resolve("kafka/bootstrap")).trim();
  }

  /**
   * The pid a script recorded for a process of the cluster: jobmanager, taskmanager-tm1, kafka, ...
   */
  public long pid(String name) throws IOException {
    Path file =
        name.equals("kafka")
            ? run.resolve("kafka/kafka.pid")
            : run.resolve("flink/" + name + ".pid");
    return Long.parseLong(Files.readString(file).trim());
  }

  /** Runs one of the operator scripts with this cluster's directories; fails on a non-zero exit. */
  public void script(Duration timeout, String... command) throws Exception {
    Files.createDirectories(logs());
    File log = logs().resolve("scripts.log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroy();
      throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
    }
    assertThat(process.exitValue()).as(String.join(" ", command) + " (see " + log + ")").isZero();
  }

  public JsonNode rest(String path) throws Exception {
    HttpResponse<String> response =
        http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** POSTs a JSON body to the REST API and returns the answer. */
  public JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("POST " + path + ": " + response.body())
        .isBetween(200, 202);
    return json.readTree(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + path))
        .timeout(Duration.ofSeconds(10));
  }

  /** The id of the job the application cluster runs, or null while there is none. */
  public String jobId() throws Exception {
    JsonNode jobs = rest("/jobs").path("jobs");
    return jobs.isEmpty() ? null : jobs.get(0).path("id").asText();
  }

  /** The job's vertex parallelism once all vertices run at the same one; -1 otherwise. */
  public int parallelism() throws Exception {
    String id = jobId();
    if (id == null) {
      return -1;
    }
    JsonNode job = rest("/jobs/" + id);
    if (!job.path("state").asText().equals("RUNNING")) {
      return -1;
    }
    int parallelism = -1;
    for (JsonNode vertex : job.path("vertices")) {
      int p = vertex.path("parallelism").asInt();
      if (!vertex.path("status").asText().equals("RUNNING")
          || (parallelism != -1 && p != parallelism)) {
        return -1;
      }
      parallelism = p;
    }
    return parallelism;
  }

  /** Waits until every vertex runs at {@code wanted} (0: at any parallelism). */
  public void awaitParallelism(int wanted, Duration timeout) throws InterruptedException {
    awaitUntil(
        () -> {
          try {
            int p = parallelism();
            return wanted == 0 ? p > 0 : p == wanted;
          } catch (Exception e) {
            return false; // the REST endpoint is briefly unavailable while the job restarts
          }
        },
        timeout,
        () ->
            "job not RUNNING at parallelism "
                + (wanted == 0 ? "any" : wanted)
                + "; logs in "
                + logs());
  }

  public static void awaitUntil(BooleanSupplier done, Duration timeout, Supplier<String> why)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(why.get() + " within " + timeout);
      }
      Thread.sleep(500);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
