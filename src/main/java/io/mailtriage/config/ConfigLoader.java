package io.mailtriage.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads conf/mailtriage.yaml, applies {@code key.path=value} overrides from the command line and
 * reads the result into {@link MailtriageConfig}, each section checking itself. Every failure is a
 * {@link ConfigException} whose one line names the file and the key, never a value: the file may
 * hold client secrets. A malformed override is named as {@code --set}.
 */
public final class ConfigLoader {
  private static final String OVERRIDE = "--set";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** Loads a file and applies overrides given as {@code key.path=value} (value parsed as YAML). */
  public MailtriageConfig load(Path file, List<String> overrides) {
    JsonNode root = ConfigSection.readTree(file);
    if (!(root instanceof ObjectNode obj)) {
      throw new ConfigException(file.toString(), null, "must be a YAML mapping");
    }
    for (String override : overrides) {
      applyOverride(obj, override);
    }
    return MailtriageConfig.read(
        ConfigSection.of(obj, file.toString(), ConfigSection.Values.HIDDEN));
  }

  private void applyOverride(ObjectNode root, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException(OVERRIDE, override, "override must look like key.path=value");
    }
    String key = override.substring(0, eq);
    String[] path = key.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      if (child == null) {
        child = node.putObject(path[i]);
      } else if (!(child instanceof ObjectNode)) {
        throw new ConfigException(OVERRIDE, key, "'" + path[i] + "' is not a section");
      }
      node = (ObjectNode) child;
    }
    JsonNode value;
    try {
      value = yaml.readTree(override.substring(eq + 1));
    } catch (JsonProcessingException e) {
      throw new ConfigException(OVERRIDE, key, "value is not valid YAML");
    }
    node.set(path[path.length - 1], value == null || value.isMissingNode() ? null : value);
  }
}
