package io.mailtriage.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics, leaving existing ones as they are, so scripts can call it on every run. The
 * replication factor is the broker's default: one on the local demo broker, the operator's choice
 * on a real cluster.
 */
public final class CreateTopics {
  private static final String USAGE =
      String.join(
          "\n",
          "Usage: CreateTopics --bootstrap HOST:PORT --topics a,b,c [--partitions 2]",
          "Creates each topic that does not exist yet; existing topics are left unchanged.",
          "Exit codes: 0 all topics exist, 1 Kafka refused or was unreachable, 2 bad arguments.");

  private CreateTopics() {}

  public static void main(String[] args) {
    Cli.main(
        "CreateTopics",
        USAGE,
        Set.of("bootstrap", "topics", "partitions"),
        args,
        CreateTopics::run);
  }

  private static int run(Cli cli) throws Exception {
    String bootstrap = cli.required("bootstrap");
    List<String> topics =
        Arrays.stream(cli.required("topics").split(","))
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList();
    if (topics.isEmpty()) {
      throw new Cli.UsageException("--topics names no topic");
    }
    int partitions = Math.toIntExact(cli.number("partitions", 2, 1));

    List<NewTopic> requests = new ArrayList<>();
    for (String topic : topics) {
      requests.add(new NewTopic(topic, Optional.of(partitions), Optional.empty()));
    }
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            30000);
    try (Admin admin = Admin.create(config)) {
      CreateTopicsResult result = admin.createTopics(requests);
      List<String> created = new ArrayList<>();
      List<String> existing = new ArrayList<>();
      for (String topic : topics) {
        try {
          result.values().get(topic).get(60, TimeUnit.SECONDS);
          created.add(topic);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new Cli.Failure("could not create " + topic + ": " + Cli.describe(e));
          }
          existing.add(topic);
        }
      }
      if (!created.isEmpty()) {
        System.out.println("created " + String.join(", ", created));
      }
      if (!existing.isEmpty()) {
        System.out.println("already there " + String.join(", ", existing));
      }
    }
    return Cli.OK;
  }
}
