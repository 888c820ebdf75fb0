package io.mailtriage.tools;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Waits until a Kafka cluster answers the admin API with at least one live broker. An open port is
 * not enough: a KRaft broker listens before it has joined the quorum, and creating a topic then
 * fails because no broker is registered to hold its replicas.
 */
public final class KafkaReady {
  private static final String USAGE =
      String.join(
          "\n",
          "Usage: KafkaReady --bootstrap HOST:PORT [--timeout-s 60]",
          "Waits until the cluster reports a live broker through the admin API.",
          "Exit codes: 0 ready, 1 not ready within the timeout, 2 bad arguments.");

  private KafkaReady() {}

  public static void main(String[] args) {
    Cli.main("KafkaReady", USAGE, Set.of("bootstrap", "timeout-s"), args, KafkaReady::run);
  }

  private static int run(Cli cli) throws Exception {
    String bootstrap = cli.required("bootstrap");
    long deadline =
        System.nanoTime() + Duration.ofSeconds(cli.number("timeout-s", 60, 1)).toNanos();
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    String lastProblem = "no answer";
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        try {
          Collection<Node> nodes =
              admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes().get();
          if (!nodes.isEmpty()) {
            return Cli.OK;
          }
          lastProblem = "no live broker registered yet";
        } catch (Exception e) {
          lastProblem = Cli.describe(e);
        }
        Thread.sleep(500);
      }
    }
    System.err.println("KafkaReady: " + bootstrap + " not ready: " + lastProblem);
    return Cli.FAILED;
  }
}
