package io.mailtriage.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.mailtriage.keys.KeyMaterialException;
import io.mailtriage.keys.KeyRing;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.DetectionHints;
import io.mailtriage.pii.detect.Finding;
import io.mailtriage.pii.detect.PiiDetector;
import io.mailtriage.pii.detect.PiiSettings;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.TokenPolicy;
import io.mailtriage.pii.token.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Scans JSON Lines from stdin: {@code {"id": …, "text": …, "names": ["Jane Doe"]}} in, one {@code
 * {"id", "findings": [...], "tokenized"}} line out per input line, or {@code {"id", "error"}} for a
 * line that cannot be processed. See {@link #USAGE}.
 */
public final class PiiScanCli {

  static final String USAGE =
      String.join(
          "\n",
          "usage: pii-scan [--no-tokenize] [--types EMAIL,PHONE,...] [--region US]",
          "                [--phone-regions GB,DE,...] [--tenant ID]",
          "                [--key-env VAR | --keystore FILE --keystore-password-env VAR]",
          "reads JSON Lines {\"id\":...,\"text\":...,\"names\":[...]} on stdin, writes one result line each",
          "  --region         the tenant's country (tenants.known[].phoneRegion): national phone numbers",
          "                   are read in it first",
          "  --phone-regions  the further countries a tenant's customers write national numbers in",
          "                   (tenants.known[].phoneRegions); default: the detector's broad list");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PiiScanCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System::getenv));
  }

  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, UnaryOperator<String> env) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (Cli.UsageException e) {
      err.println("pii-scan: " + e.getMessage() + " (try --help)");
      return Cli.USAGE;
    }
    if (o == null) {
      out.println(USAGE);
      return Cli.OK;
    }
    Tokenizer tokenizer = null;
    if (o.tokenize) {
      try {
        KeyRing ring = o.keyring(env);
        if (ring == null) {
          err.println(
              "pii-scan: no key configured (--key-env or --keystore); tokens are redactions only");
          tokenizer = new Tokenizer(null, TokenPolicy.redactAll());
        } else {
          tokenizer = new Tokenizer(new TenantKeys(ring), TokenPolicy.defaults());
        }
      } catch (KeyMaterialException e) {
        err.println("pii-scan: " + e.getMessage());
        return 2;
      }
    }
    PiiSettings settings =
        o.types == null ? PiiSettings.defaults() : PiiSettings.defaults().withOnly(o.types);
    PiiDetector detector = new PiiDetector(settings);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        out.println(JSON.writeValueAsString(process(line, detector, tokenizer, o)));
      }
    } catch (IOException e) {
      err.println("pii-scan: cannot read input: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  private static ObjectNode process(
      String line, PiiDetector detector, Tokenizer tokenizer, Options o) {
    ObjectNode result = JSON.createObjectNode();
    JsonNode input;
    try {
      input = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(result, null, "invalid JSON");
    }
    JsonNode id = input == null || !input.isObject() ? null : input.get("id");
    if (input == null || !input.isObject()) {
      return error(result, null, "line is not a JSON object");
    }
    JsonNode text = input.get("text");
    if (text == null || !text.isTextual()) {
      return error(result, id, "missing string field \"text\"");
    }
    List<String> names = new ArrayList<>();
    JsonNode n = input.get("names");
    if (n != null && n.isArray()) {
      n.forEach(
          x -> {
            if (x.isTextual()) {
              names.add(x.asText());
            }
          });
    }
    String body = text.asText();
    List<Finding> findings =
        detector.detect(body, new DetectionHints(o.region, names, o.phoneRegions));
    result.set("id", id);
    ArrayNode arr = result.putArray("findings");
    for (Finding f : findings) {
      ObjectNode fn = arr.addObject();
      fn.put("type", f.type().name());
      fn.put("start", f.start());
      fn.put("end", f.end());
      fn.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
    }
    if (tokenizer != null) {
      result.put("tokenized", tokenizer.tokenize(body, findings, o.tenant).tokenized());
    }
    return result;
  }

  private static ObjectNode error(ObjectNode result, JsonNode id, String message) {
    result.set("id", id);
    result.put("error", message);
    return result;
  }

  /** Parsed command line. */
  static final class Options {
    boolean tokenize = true;
    EnumSet<PiiType> types;
    String region;
    List<String> phoneRegions = List.of();
    String tenant = "default";
    String keyEnv;
    Path keystore;
    String keystorePasswordEnv;

    /** The parsed options, or null when {@code --help} was asked for. */
    static Options parse(String[] args) throws Cli.UsageException {
      Cli cli =
          Cli.parse(
              Cli.Spec.of(
                      "types",
                      "region",
                      "phone-regions",
                      "tenant",
                      "key-env",
                      "keystore",
                      "keystore-password-env")
                  .flags("no-tokenize"),
              args);
      if (cli == null) {
        return null;
      }
      Options o = new Options();
      o.tokenize = !cli.flag("no-tokenize");
      o.types = cli.optional("types").isPresent() ? types(cli.required("types")) : null;
      o.region = cli.optional("region").map(r -> r.toUpperCase(Locale.ROOT)).orElse(null);
      if (cli.optional("phone-regions").isPresent()) {
        o.phoneRegions = regions(cli.required("phone-regions"));
      }
      o.tenant = cli.optional("tenant").orElse(o.tenant);
      o.keyEnv = cli.optional("key-env").orElse(null);
      o.keystore = cli.optionalFile("keystore");
      o.keystorePasswordEnv = cli.optional("keystore-password-env").orElse(null);
      if (o.keyEnv != null && o.keystore != null) {
        throw new Cli.UsageException("use either --key-env or --keystore, not both");
      }
      if (o.keystore != null && o.keystorePasswordEnv == null) {
        throw new Cli.UsageException("--keystore needs --keystore-password-env");
      }
      return o;
    }

    KeyRing keyring(UnaryOperator<String> env) {
      if (keyEnv != null) {
        return KeyRing.fromEnvironment(keyEnv, env);
      }
      if (keystore != null) {
        String password = env.apply(keystorePasswordEnv);
        if (password == null) {
          throw new KeyMaterialException(
              "environment variable " + keystorePasswordEnv + " is not set");
        }
        return KeyRing.fromKeystore(keystore, password.toCharArray());
      }
      return null;
    }

    /** Regions as the job's configuration accepts them: ones with a telephone numbering plan. */
    private static List<String> regions(String list) throws Cli.UsageException {
      List<String> regions = new ArrayList<>();
      for (String r : list.split(",")) {
        String region = r.trim().toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
          throw new Cli.UsageException(
              "--phone-regions: " + r.trim() + " is not a region with a telephone numbering plan");
        }
        regions.add(region);
      }
      return regions;
    }

    private static EnumSet<PiiType> types(String list) throws Cli.UsageException {
      EnumSet<PiiType> set = EnumSet.noneOf(PiiType.class);
      for (String t : list.split(",")) {
        try {
          set.add(PiiType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new Cli.UsageException("--types: unknown type " + t.trim());
        }
      }
      return set;
    }
  }
}
