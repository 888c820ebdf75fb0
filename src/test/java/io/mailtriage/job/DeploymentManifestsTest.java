package io.mailtriage.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests, the Dockerfile and conf/ describe one deployment: the real main class,
 * one jar path, the job's files present where its arguments point, the keys' Secret wired into
 * every Flink container, and the cluster settings the job depends on (reactive mode first).
 */
class DeploymentManifestsTest {
  private static final String JAR = "/opt/flink/usrlib/mailtriage.jar";
  private static final String CONF_MAP = "mailtriage-conf";
  private static final String KEYS_SECRET = "mailtriage-keys";
  private static final Path K8S = Path.of("deploy/kubernetes");

  /**
   * The image's working directory, against which the job resolves relative paths in
   * mailtriage.yaml.
   */
  private static final String WORKDIR = "/opt/flink/";

  /**
   * Settings that only make sense in a cluster, so conf/config.yaml (local runs) cannot have them.
   */
  private static final List<String> CLUSTER_ONLY_PREFIXES =
      List.of("high-availability.", "kubernetes.");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static List<JsonNode> docs;
  private static Map<String, String> flinkConf;
  private static JsonNode jobConf;

  @BeforeAll
  static void load() throws IOException {
    docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(K8S)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
          while (it.hasNext()) {
            JsonNode doc = it.next();
            if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
              docs.add(doc);
            }
          }
        }
      }
    }
    flinkConf = new TreeMap<>();
    flatten("", YAML.readTree(Path.of("conf/config.yaml").toFile()), flinkConf);
    jobConf = YAML.readTree(Path.of("conf/mailtriage.yaml").toFile());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(prefix, node.asText());
    }
  }

  private static JsonNode only(String kind, String name) {
    List<JsonNode> found =
        docs.stream()
            .filter(
                d ->
                    kind.equals(d.path("kind").asText())
                        && name.equals(d.path("metadata").path("name").asText()))
            .toList();
    assertThat(found).as(kind + " " + name).hasSize(1);
    return found.get(0);
  }

  private static JsonNode container(JsonNode deployment) {
    JsonNode containers = deployment.at("/spec/template/spec/containers");
    assertThat(containers.size()).isEqualTo(1);
    return containers.get(0);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String after(List<String> args, String flag) {
    int i = args.indexOf(flag);
    assertThat(i).as(flag + " in " + args).isNotNegative().isLessThan(args.size() - 1);
    return args.get(i + 1);
  }

  /** The files a kustomization puts into the mailtriage-conf ConfigMap: key → source file. */
  private static Map<String, Path> configMapFiles(Path kustomizationDir) throws IOException {
    JsonNode k = YAML.readTree(kustomizationDir.resolve("kustomization.yaml").toFile());
    Map<String, Path> files = new HashMap<>();
    for (JsonNode gen : k.path("configMapGenerator")) {
      if (CONF_MAP.equals(gen.path("name").asText())) {
        for (String entry : strings(gen.path("files"))) {
          String[] kv = entry.split("=", 2);
          files.put(kv[0], kustomizationDir.resolve(kv[1]).normalize());
        }
      }
    }
    assertThat(files).as(CONF_MAP + " in " + kustomizationDir).isNotEmpty();
    return files;
  }

  /** The directory at which a pod spec mounts the mailtriage-conf ConfigMap. */
  private static String confMountPath(JsonNode podSpec) {
    String volume = null;
    for (JsonNode v : podSpec.path("volumes")) {
      if (CONF_MAP.equals(v.at("/configMap/name").asText())) {
        volume = v.path("name").asText();
      }
    }
    assertThat(volume).as("a volume from ConfigMap " + CONF_MAP).isNotNull();
    for (JsonNode m : podSpec.at("/containers/0/volumeMounts")) {
      if (volume.equals(m.path("name").asText())) {
        return m.path("mountPath").asText();
      }
    }
    throw new AssertionError("volume " + volume + " is not mounted");
  }

  /** A path the job is given must be a file of the mounted ConfigMap. */
  private static void assertInConfigMap(String path, String mountPath, Map<String, Path> files) {
    assertThat(path).startsWith(mountPath + "/");
    assertThat(files).containsKey(path.substring(mountPath.length() + 1));
  }

  @Test
  void everyConfigMapSourceIsARepositoryConfFile() throws IOException {
    for (Path dir : List.of(K8S, K8S.resolve("operator"))) {
      for (Path source : configMapFiles(dir).values()) {
        assertThat(source).startsWith(Path.of("conf")).isRegularFile();
      }
    }
  }

  @Test
  void standaloneJobManagerRunsTheRealMainClassWithTheMountedConfiguration() throws IOException {
    JsonNode jm = only("Deployment", "mailtriage-jobmanager");
    List<String> args = strings(container(jm).path("args"));
    assertThat(args.get(0)).isEqualTo("standalone-job");
    assertThat(after(args, "--job-classname")).isEqualTo(MailtriageJob.class.getName());
    assertThat(after(args, "--jars")).isEqualTo(JAR);

    Map<String, Path> files = configMapFiles(K8S);
    String mount = confMountPath(jm.at("/spec/template/spec"));
    // Flink reads its settings from the mounted directory, the job from --config.
    assertThat(mount).isEqualTo("/opt/flink/conf");
    assertThat(files).containsKey("config.yaml");
    assertInConfigMap(after(args, "--config"), mount, files);
    // Relative paths in mailtriage.yaml resolve against the working directory.
    assertInConfigMap(WORKDIR + jobConf.at("/model/intents").asText(), mount, files);
    assertInConfigMap(WORKDIR + jobConf.at("/priority/policy").asText(), mount, files);
    assertThat(
            confMountPath(only("Deployment", "mailtriage-taskmanager").at("/spec/template/spec")))
        .isEqualTo(mount);
  }

  @Test
  void standaloneModeIsReactiveAndOverridesOnlyExistingSettings() {
    assertThat(flinkConf).containsEntry("scheduler-mode", "reactive");
    for (String name : List.of("mailtriage-jobmanager", "mailtriage-taskmanager")) {
      for (String arg : strings(container(only("Deployment", name)).path("args"))) {
        if (arg.startsWith("-D")) {
          String key = arg.substring(2, arg.indexOf('='));
          assertThat(key).as(name + ": " + arg).isNotEqualTo("scheduler-mode");
          if (CLUSTER_ONLY_PREFIXES.stream().noneMatch(key::startsWith)) {
            assertThat(flinkConf)
                .as(name + " overrides a setting conf/config.yaml does not have")
                .containsKey(key);
          }
        }
      }
    }
    JsonNode hpa = only("HorizontalPodAutoscaler", "mailtriage-taskmanager");
    assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
    assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("mailtriage-taskmanager");
    assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
  }

  @Test
  void operatorVariantRunsTheSameJarAndMainClassWithSavepointUpgrades() throws IOException {
    JsonNode fd = only("FlinkDeployment", "mailtriage");
    JsonNode job = fd.at("/spec/job");
    assertThat(job.path("jarURI").asText()).isEqualTo("local://" + JAR);
    assertThat(job.path("entryClass").asText()).isEqualTo(MailtriageJob.class.getName());
    assertThat(job.path("upgradeMode").asText()).isEqualTo("savepoint");

    List<String> args = strings(job.path("args"));
    Map<String, Path> files = configMapFiles(K8S.resolve("operator"));
    String mount = confMountPath(fd.at("/spec/podTemplate/spec"));
    assertInConfigMap(after(args, "--config"), mount, files);
    List<String> overridden = new ArrayList<>();
    for (int i = 0; i < args.size() - 1; i++) {
      if (args.get(i).equals("--set")) {
        String[] kv = args.get(i + 1).split("=", 2);
        overridden.add(kv[0]);
        if (kv[0].equals("model.intents") || kv[0].equals("priority.policy")) {
          assertInConfigMap(kv[1], mount, files);
        }
      }
    }
    // The job's relative paths would point into the operator's own /opt/flink/conf.
    assertThat(overridden).contains("model.intents", "priority.policy");
  }

  @Test
  void operatorVariantCarriesTheClusterSettingsTheJobDependsOn() {
    Map<String, String> conf = new TreeMap<>();
    flatten("", only("FlinkDeployment", "mailtriage").at("/spec/flinkConfiguration"), conf);
    // The operator's autoscaler replaces reactive mode, which only standalone clusters support.
    assertThat(conf).doesNotContainKey("scheduler-mode");
    assertThat(conf)
        .containsEntry("job.autoscaler.enabled", "true")
        .containsEntry("jobmanager.scheduler", "adaptive");
    for (String key :
        List.of(
            "pipeline.generic-types",
            "state.backend.type",
            "execution.checkpointing.mode",
            "execution.checkpointing.unaligned.enabled",
            "execution.checkpointing.incremental",
            "execution.checkpointing.externalized-checkpoint-retention",
            "taskmanager.numberOfTaskSlots",
            "metrics.reporter.prom.factory.class",
            "metrics.reporter.prom.port")) {
      assertThat(conf).as(key).containsEntry(key, flinkConf.get(key));
    }
  }

  @Test
  void everyFlinkContainerGetsTheMasterKeysFromTheSecret() {
    String variable = jobConf.at("/pii/keys/env").asText();
    List<JsonNode> containers =
        List.of(
            container(only("Deployment", "mailtriage-jobmanager")),
            container(only("Deployment", "mailtriage-taskmanager")),
            only("FlinkDeployment", "mailtriage").at("/spec/podTemplate/spec/containers/0"));
    for (JsonNode c : containers) {
      JsonNode ref = null;
      for (JsonNode env : c.path("env")) {
        if (variable.equals(env.path("name").asText())) {
          ref = env.at("/valueFrom/secretKeyRef");
        }
      }
      assertThat(ref).as(c.path("name").asText() + " sets " + variable).isNotNull();
      assertThat(ref.path("name").asText()).isEqualTo(KEYS_SECRET);
      assertThat(ref.path("key").asText()).isNotEmpty();
    }
  }

  @Test
  void everyPodExposesThePortPrometheusScrapes() {
    int port = Integer.parseInt(flinkConf.get("metrics.reporter.prom.port").split("-")[0]);
    for (JsonNode c :
        List.of(
            container(only("Deployment", "mailtriage-jobmanager")),
            container(only("Deployment", "mailtriage-taskmanager")),
            only("FlinkDeployment", "mailtriage").at("/spec/podTemplate/spec/containers/0"))) {
      Map<String, Integer> ports = new HashMap<>();
      c.path("ports")
          .forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
      assertThat(ports).as(c.path("name").asText()).containsEntry("metrics", port);
    }
  }

  @Test
  void everyJarPathInTheManifestsAndTheImageIsTheSame() throws IOException {
    Pattern usrlib = Pattern.compile("/opt/flink/usrlib/\\S+");
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("deploy"))) {
      files.filter(Files::isRegularFile).forEach(sources::add);
    }
    Set<String> jars = new TreeSet<>();
    for (Path file : sources) {
      Matcher m = usrlib.matcher(Files.readString(file));
      while (m.find()) {
        jars.add(m.group());
      }
    }
    assertThat(jars).containsExactly(JAR);
    assertThat(Files.readString(Path.of("deploy/Dockerfile")))
        .containsPattern("(?m)^COPY .* " + Pattern.quote(JAR) + "$");
  }
}
