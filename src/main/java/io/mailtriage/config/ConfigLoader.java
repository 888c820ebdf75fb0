package io.mailtriage.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads conf/mailtriage.yaml, applies {@code key.path=value} overrides from the command line, binds
 * the result to {@link MailtriageConfig} and validates it. Every failure is a {@link
 * ConfigException} whose one-line message names the key.
 */
public final class ConfigLoader {
  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,]+:\\d{1,5}");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  /**
   * Client properties the job derives from its own keys. A pass-through value would be overridden
   * without a word (the sources and sinks set these last), so it is refused instead.
   */
  private static final Map<String, String> JOB_OWNED_CLIENT_PROPERTIES =
      Map.of(
          "bootstrap.servers", "kafka.bootstrapServers",
          "group.id", "kafka.consumerGroup",
          "transaction.timeout.ms", "sink.transactionTimeoutMs",
          "transactional.id", "sink.transactionalIdPrefix");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Loads a file and applies overrides given as {@code key.path=value} (value parsed as YAML). */
  public MailtriageConfig load(Path file, List<String> overrides) {
    JsonNode root;
    try {
      root = yaml.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException("--config", "file not found: " + file);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file.toString(), "not valid YAML (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new ConfigException("--config", "cannot read " + file + ": " + e.getMessage());
    }
    if (!(root instanceof ObjectNode obj)) {
      throw new ConfigException(file.toString(), "must be a YAML mapping");
    }
    for (String override : overrides) {
      applyOverride(obj, override);
    }
    return bind(obj);
  }

  private void applyOverride(ObjectNode root, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException(override, "override must look like key.path=value");
    }
    String key = override.substring(0, eq);
    String[] path = key.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      if (child == null) {
        child = node.putObject(path[i]);
      } else if (!(child instanceof ObjectNode)) {
        throw new ConfigException(key, "'" + path[i] + "' is not a section");
      }
      node = (ObjectNode) child;
    }
    JsonNode value;
    try {
      value = yaml.readTree(override.substring(eq + 1));
    } catch (JsonProcessingException e) {
      throw new ConfigException(key, "value is not valid YAML");
    }
    node.set(path[path.length - 1], value == null || value.isMissingNode() ? null : value);
  }

  private MailtriageConfig bind(ObjectNode root) {
    MailtriageConfig config;
    try {
      config = yaml.treeToValue(root, MailtriageConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(path(e), "unknown key");
    } catch (JsonMappingException e) {
      // The message of a mapping exception can quote the offending value (maybe a secret): name the
      // key only.
      throw new ConfigException(path(e), "wrong type or format");
    } catch (JsonProcessingException e) {
      throw new ConfigException("(root)", "cannot bind configuration");
    }
    validate(config);
    return config;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  static void validate(MailtriageConfig c) {
    require(c.kafka(), "kafka");
    require(c.topics(), "topics");
    require(c.ingest(), "ingest");
    require(c.tenants(), "tenants");
    require(c.checkpoint(), "checkpoint");
    require(c.sink(), "sink");
    require(c.pii(), "pii");
    require(c.model(), "model");
    require(c.priority(), "priority");

    String servers = require(c.kafka().bootstrapServers(), "kafka.bootstrapServers");
    for (String s : servers.split(",")) {
      if (!HOST_PORT.matcher(s.trim()).matches()) {
        throw new ConfigException("kafka.bootstrapServers", "expected host:port[,host:port...]");
      }
    }
    requireText(c.kafka().consumerGroup(), "kafka.consumerGroup");
    require(c.kafka().properties(), "kafka.properties");
    for (Map.Entry<String, String> p : c.kafka().properties().entrySet()) {
      if (p.getValue() == null) {
        throw new ConfigException("kafka.properties." + p.getKey(), "must have a value");
      }
      String owner = JOB_OWNED_CLIENT_PROPERTIES.get(p.getKey());
      if (owner != null) {
        throw new ConfigException(
            "kafka.properties." + p.getKey(),
            "the job sets it from " + owner + "; set that key instead");
      }
    }

    topic(c.topics().input(), "topics.input");
    topic(c.topics().deadLetter(), "topics.deadLetter");
    topic(c.topics().stats(), "topics.stats");
    topic(c.topics().triagePrefix() + "x", "topics.triagePrefix");
    topic(c.topics().modelControl(), "topics.modelControl");
    topic(c.topics().erasure(), "topics.erasure");
    topic(c.topics().subjectKeys(), "topics.subjectKeys");
    topic(c.topics().audit(), "topics.audit");
    topic(c.topics().urgent(), "topics.urgent");

    positive(c.ingest().maxMessageBytes(), "ingest.maxMessageBytes");
    positive(c.ingest().maxBodyChars(), "ingest.maxBodyChars");
    if (c.ingest().maxFutureSkewMs() < 0) {
      throw new ConfigException("ingest.maxFutureSkewMs", "must be >= 0");
    }

    List<MailtriageConfig.Tenant> known = require(c.tenants().known(), "tenants.known");
    if (known.isEmpty()) {
      throw new ConfigException("tenants.known", "must list at least one tenant");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < known.size(); i++) {
      MailtriageConfig.Tenant t = known.get(i);
      String at = "tenants.known[" + i + "]";
      requireText(t.id(), at + ".id");
      if (!ids.add(t.id())) {
        throw new ConfigException(at + ".id", "duplicate tenant '" + t.id() + "'");
      }
      if (t.phoneRegion() == null || !REGION.matcher(t.phoneRegion()).matches()) {
        throw new ConfigException(
            at + ".phoneRegion", "expected an ISO 3166 alpha-2 code such as US");
      }
      if (t.phoneRegions() != null) {
        for (int r = 0; r < t.phoneRegions().size(); r++) {
          String region = t.phoneRegions().get(r);
          if (region == null
              || !REGION.matcher(region).matches()
              || !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            throw new ConfigException(
                at + ".phoneRegions[" + r + "]",
                "expected a region with a telephone numbering plan, as an ISO 3166 alpha-2 code such as GB");
          }
        }
      }
      require(t.mailboxes(), at + ".mailboxes");
    }
    String def = c.tenants().defaultTenant();
    if (def != null && !ids.contains(def)) {
      throw new ConfigException("tenants.defaultTenant", "'" + def + "' is not in tenants.known");
    }

    if (c.checkpoint().intervalMs() < 100) {
      throw new ConfigException("checkpoint.intervalMs", "must be >= 100");
    }
    positive(c.checkpoint().timeoutMs(), "checkpoint.timeoutMs");
    if (c.checkpoint().minPauseMs() < 0) {
      throw new ConfigException("checkpoint.minPauseMs", "must be >= 0");
    }
    requireText(c.checkpoint().storage(), "checkpoint.storage");

    requireText(c.sink().transactionalIdPrefix(), "sink.transactionalIdPrefix");
    // A transaction spans one checkpoint interval plus the time to complete the checkpoint; if it
    // times out first, the broker aborts it and the records are lost.
    long minTimeout = c.checkpoint().intervalMs() + c.checkpoint().timeoutMs();
    if (c.sink().transactionTimeoutMs() < minTimeout) {
      throw new ConfigException(
          "sink.transactionTimeoutMs",
          "must be >= checkpoint.intervalMs + checkpoint.timeoutMs (" + minTimeout + ")");
    }
    validatePii(c.pii());
    validateModel(c.model());
    requireText(c.priority().policy(), "priority.policy");
  }

  private static void validatePii(MailtriageConfig.Pii pii) {
    MailtriageConfig.Keys keys = require(pii.keys(), "pii.keys");
    int sources = (keys.env() != null ? 1 : 0) + (keys.keystore() != null ? 1 : 0);
    if (sources != 1) {
      throw new ConfigException("pii.keys", "set exactly one of env or keystore");
    }
    if (keys.keystore() != null
        && (keys.keystorePasswordEnv() == null) == (keys.keystorePasswordFile() == null)) {
      throw new ConfigException(
          "pii.keys.keystore", "set exactly one of keystorePasswordEnv or keystorePasswordFile");
    }
    // Type names and modes are checked by the pii package, which owns them (PiiRuntime.validate).
    require(pii.modes(), "pii.modes");
    require(pii.keepLast4(), "pii.keepLast4");
    require(pii.thresholds(), "pii.thresholds");
    positive(pii.subjectKeyTtlDays(), "pii.subjectKeyTtlDays");
  }

  private static void validateModel(MailtriageConfig.Model model) {
    requireText(model.dir(), "model.dir");
    requireText(model.intents(), "model.intents");
    if (model.batchSize() < 1 || model.batchSize() > 1024) {
      throw new ConfigException("model.batchSize", "must be between 1 and 1024");
    }
    if (model.maxDelayMs() < 0) {
      throw new ConfigException("model.maxDelayMs", "must be >= 0");
    }
    positive(model.intraOpThreads(), "model.intraOpThreads");
  }

  private static <T> T require(T value, String key) {
    if (value == null) {
      throw new ConfigException(key, "missing");
    }
    return value;
  }

  private static void requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new ConfigException(key, "missing or empty");
    }
  }

  private static void positive(long value, String key) {
    if (value <= 0) {
      throw new ConfigException(key, "must be > 0");
    }
  }

  private static void topic(String name, String key) {
    if (name == null || !TOPIC.matcher(name).matches()) {
      throw new ConfigException(key, "not a valid Kafka topic name");
    }
  }
}
