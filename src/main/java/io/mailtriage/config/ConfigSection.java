package io.mailtriage.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One YAML mapping of a configuration file, read key by key by the code that uses it. Every project
 * file (conf/mailtriage.yaml, conf/intents.yaml, conf/priority.yaml) is read through this walker,
 * so every problem is reported the same way: a {@link ConfigException} whose one line names the
 * file and the full key path, e.g. {@code conf/priority.yaml: windows.P2: expected a duration such
 * as 500ms, 10s, 5m, 24h or 7d, got "soon"}. {@link #done()} refuses the keys nobody read (most
 * often a typo).
 *
 * <p>The walker checks shapes (a mapping, a whole number, a duration); what a value means is
 * checked where the section is used, with {@link #invalid}.
 */
public final class ConfigSection {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");
  private static final String DURATION_SHAPE = "a duration such as 500ms, 10s, 5m, 24h or 7d";
  private static final int SHOWN_CHARS = 60;

  /** Whether a problem may quote the offending value. */
  public enum Values {
    /** The file holds nothing secret: a problem shows the value it refused. */
    QUOTED,
    /** The file may hold secrets (client passwords, key sources): a problem names the key only. */
    HIDDEN
  }

  private final ObjectNode node;
  private final String origin;
  private final String path;
  private final Values values;
  private final Set<String> read = new LinkedHashSet<>();

  private ConfigSection(ObjectNode node, String origin, String path, Values values) {
    this.node = node;
    this.origin = origin;
    this.path = path;
    this.values = values;
  }

  /** The top-level mapping of a file. */
  public static ConfigSection load(Path file, Values values) {
    return of(readTree(file), file.toString(), values);
  }

  /**
   * The top-level mapping of YAML text that came from {@code origin} (the job reads some files once
   * at submission and ships their text).
   */
  public static ConfigSection parse(String yaml, String origin, Values values) {
    return of(parseTree(yaml, origin), origin, values);
  }

  /** The top-level mapping of an already parsed document (after command-line overrides). */
  public static ConfigSection of(JsonNode root, String origin, Values values) {
    if (!(root instanceof ObjectNode obj)) {
      throw new ConfigException(origin, null, "must be a YAML mapping");
    }
    return new ConfigSection(obj, origin, "", values);
  }

  /** Reads a file as a YAML tree, failing with one line naming it. */
  public static JsonNode readTree(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file.toString(), null, "file not found");
    } catch (IOException e) {
      throw new ConfigException(
          file.toString(), null, "cannot read (" + e.getClass().getSimpleName() + ")");
    }
    return parseTree(text, file.toString());
  }

  private static JsonNode parseTree(String yaml, String origin) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the text around the error: the line number is enough.
      throw new ConfigException(
          origin, null, "not valid YAML (line " + e.getLocation().getLineNr() + ")");
    }
  }

  /** The file (or text) this mapping was read from. */
  public String origin() {
    return origin;
  }

  /** The full key path of a key of this mapping, as problems name it. */
  public String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A problem with a key of this mapping, to throw. */
  public ConfigException invalid(String key, String problem) {
    return new ConfigException(origin, at(key), problem);
  }

  /** A problem with this mapping as a whole (or with the file, for the top level), to throw. */
  public ConfigException invalid(String problem) {
    return new ConfigException(origin, path.isEmpty() ? null : path, problem);
  }

  /** Whether the key is present with a value (an explicit null counts as absent). */
  public boolean has(String key) {
    JsonNode v = node.get(key);
    return v != null && !v.isNull();
  }

  /** The keys of this mapping in file order; each counts as read. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    read.addAll(keys);
    return keys;
  }

  /** A nested mapping. */
  public ConfigSection section(String key) {
    JsonNode v = required(key);
    if (!(v instanceof ObjectNode obj)) {
      throw invalid(key, expected("a mapping", v));
    }
    return new ConfigSection(obj, origin, at(key), values);
  }

  /** A list of mappings, such as {@code tenants.known}; each is named {@code key[i]}. */
  public List<ConfigSection> sections(String key) {
    JsonNode v = list(key);
    List<ConfigSection> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String item = key + "[" + i + "]";
      if (!(v.get(i) instanceof ObjectNode obj)) {
        throw invalid(item, expected("a mapping", v.get(i)));
      }
      out.add(new ConfigSection(obj, origin, at(item), values));
    }
    return out;
  }

  /** A single value as written, possibly empty (a pass-through client property). */
  public String value(String key) {
    JsonNode v = required(key);
    if (!v.isValueNode()) {
      throw invalid(key, expected("a single value", v));
    }
    return v.asText();
  }

  /** A scalar as text (YAML reads {@code 2024} as a number; a text key takes it as written). */
  public String text(String key) {
    JsonNode v = required(key);
    if (!v.isValueNode() || v.asText().isBlank()) {
      throw invalid(key, expected("a non-empty string", v));
    }
    return v.asText();
  }

  /** As {@link #text}, or null when the key is absent. */
  public String optionalText(String key) {
    return has(key) ? text(key) : markRead(key, null);
  }

  /** As {@link #text}, or {@code otherwise} when the key is absent. */
  public String text(String key, String otherwise) {
    return has(key) ? text(key) : markRead(key, otherwise);
  }

  /** Text that must match {@code shape}, described by {@code what} (e.g. "a level P0, P1..."). */
  public String text(String key, Pattern shape, String what) {
    JsonNode v = required(key);
    if (!v.isTextual() || !shape.matcher(v.asText()).matches()) {
      throw invalid(key, expected(what, v));
    }
    return v.asText();
  }

  public int integer(String key) {
    JsonNode v = required(key);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw invalid(key, expected("a whole number", v));
    }
    return v.asInt();
  }

  public long longInteger(String key) {
    JsonNode v = required(key);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw invalid(key, expected("a whole number", v));
    }
    return v.asLong();
  }

  /** A whole number above zero. */
  public int positiveInt(String key) {
    JsonNode v = required(key);
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() <= 0) {
      throw invalid(key, expected("a whole number > 0", v));
    }
    return v.asInt();
  }

  /** A number in [0, 1]. */
  public double probability(String key) {
    JsonNode v = required(key);
    if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
      throw invalid(key, expected("a number between 0 and 1", v));
    }
    return v.asDouble();
  }

  /** As {@link #probability}, or {@code otherwise} when the key is absent. */
  public double probability(String key, double otherwise) {
    return has(key) ? probability(key) : markRead(key, otherwise);
  }

  /** A duration above zero, in milliseconds. */
  public long duration(String key) {
    long ms = durationOrZero(key);
    if (ms == 0) {
      throw invalid(key, "must be longer than 0");
    }
    return ms;
  }

  /**
   * A duration such as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 24h} or {@code 7d}, in ms.
   */
  public long durationOrZero(String key) {
    JsonNode v = required(key);
    Matcher m = DURATION.matcher(v.asText());
    if (!v.isTextual() || !m.matches()) {
      throw invalid(key, expected(DURATION_SHAPE, v));
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> n;
      case "s" -> n * 1000L;
      case "m" -> n * 60_000L;
      case "h" -> n * 3_600_000L;
      default -> n * 86_400_000L;
    };
  }

  /** A list of non-empty strings, trimmed; each is named {@code key[i]}. */
  public List<String> texts(String key) {
    JsonNode v = list(key);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode w = v.get(i);
      if (!w.isValueNode() || w.isNull() || w.asText().isBlank()) {
        throw invalid(key + "[" + i + "]", expected("a non-empty string", w));
      }
      out.add(w.asText().trim());
    }
    return out;
  }

  /** As {@link #texts}, or null when the key is absent. */
  public List<String> optionalTexts(String key) {
    return has(key) ? texts(key) : markRead(key, null);
  }

  /** A mapping of text values, in file order; each entry is named {@code key.name}. */
  public Map<String, String> textMap(String key) {
    ConfigSection map = section(key);
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : map.keys()) {
      out.put(name, map.value(name));
    }
    return out;
  }

  /** A mapping of numbers, in file order; each entry is named {@code key.name}. */
  public Map<String, Double> numberMap(String key) {
    ConfigSection map = section(key);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : map.keys()) {
      JsonNode v = map.required(name);
      if (!v.isNumber()) {
        throw map.invalid(name, expected("a number", v));
      }
      out.put(name, v.asDouble());
    }
    return out;
  }

  /** Fails on the first key of this mapping that nothing read (most often a typo). */
  public void done() {
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!read.contains(key)) {
        throw invalid(key, "unknown key");
      }
    }
  }

  private JsonNode required(String key) {
    read.add(key);
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      throw invalid(key, "missing");
    }
    return v;
  }

  private JsonNode list(String key) {
    JsonNode v = required(key);
    if (!v.isArray()) {
      throw invalid(key, expected("a list", v));
    }
    return v;
  }

  private <T> T markRead(String key, T otherwise) {
    read.add(key);
    return otherwise;
  }

  private String expected(String what, JsonNode got) {
    if (values == Values.HIDDEN) {
      return "expected " + what;
    }
    return "expected " + what + ", got " + shown(got);
  }

  /** A value as a problem shows it: on one line, cut short, text in quotes. */
  private static String shown(JsonNode v) {
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "a mapping";
    }
    String text = v.asText().replaceAll("\\p{Cntrl}", " ");
    if (text.length() > SHOWN_CHARS) {
      text = text.substring(0, SHOWN_CHARS) + "...";
    }
    return v.isTextual() ? "\"" + text + "\"" : text;
  }
}
