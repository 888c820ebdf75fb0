package io.mailtriage.job;

import io.mailtriage.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the job: {@code [--config FILE] [--set key.path=value]... [--local-web-ui]}.
 * Anything else is refused with a one-line error, so a typo never starts a job with defaults.
 */
public record JobArguments(Path config, List<String> overrides, boolean localWebUi) {
  public static final Path DEFAULT_CONFIG = Path.of("conf/mailtriage.yaml");
  private static final String COMMAND_LINE = "command line";

  public static JobArguments parse(String[] args) {
    Path config = DEFAULT_CONFIG;
    List<String> overrides = new ArrayList<>();
    boolean webUi = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--config" -> config = Path.of(value(args, ++i, "--config"));
        case "--set" -> overrides.add(value(args, ++i, "--set"));
        case "--local-web-ui" -> webUi = true;
        default ->
            throw new ConfigException(
                COMMAND_LINE,
                args[i],
                "unknown argument (usage: [--config FILE] [--set key=value]... [--local-web-ui])");
      }
    }
    return new JobArguments(config, List.copyOf(overrides), webUi);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new ConfigException(COMMAND_LINE, flag, "needs a value");
    }
    return args[i];
  }
}
