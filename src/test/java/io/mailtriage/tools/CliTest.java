package io.mailtriage.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final Set<String> OPTIONS = Set.of("bootstrap", "limit");

  @Test
  void parsesKnownOptions() throws Exception {
    Cli cli = Cli.parse(OPTIONS, new String[] {"--bootstrap", "h:1", "--limit", "5"});

    assertThat(cli.required("bootstrap")).isEqualTo("h:1");
    assertThat(cli.number("limit", 0, 1)).isEqualTo(5);
    assertThat(cli.optional("other")).isEmpty();
  }

  @Test
  void helpWinsOverEverythingElse() throws Exception {
    assertThat(Cli.parse(OPTIONS, new String[] {"--bogus", "--help"})).isNull();
  }

  @Test
  void mistakesAreNamed() throws Exception {
    assertThatThrownBy(() -> Cli.parse(OPTIONS, new String[] {"--bogus", "1"}))
        .hasMessage("unknown argument --bogus");
    assertThatThrownBy(() -> Cli.parse(OPTIONS, new String[] {"--limit"}))
        .hasMessage("--limit needs a value");
    Cli cli = Cli.parse(OPTIONS, new String[] {"--limit", "x"});
    assertThatThrownBy(() -> cli.number("limit", 0, 1)).hasMessageContaining("whole number");
    assertThatThrownBy(() -> cli.required("bootstrap")).hasMessage("--bootstrap is required");
    Cli zero = Cli.parse(OPTIONS, new String[] {"--limit", "0"});
    assertThatThrownBy(() -> zero.number("limit", 0, 1))
        .hasMessage("--limit must be at least 1, got 0");
  }

  @Test
  void aFileOptionReadsItsFallbackWhenAbsentAndNamesTheOptionWhenMissing(@TempDir Path dir)
      throws Exception {
    Path present = Files.writeString(dir.resolve("present.yaml"), "x: 1");
    Path absent = dir.resolve("absent.yaml");
    Cli none = Cli.parse(Set.of("config"), new String[0]);
    Cli given = Cli.parse(Set.of("config"), new String[] {"--config", absent.toString()});

    assertThat(none.file("config", present.toString())).isEqualTo(present);
    assertThatThrownBy(() -> none.file("config", absent.toString()))
        .hasMessage("--config: no such file: " + absent);
    assertThatThrownBy(() -> given.file("config", present.toString()))
        .hasMessage("--config: no such file: " + absent);
  }

  @Test
  void describeShowsTheKafkaCauseNotTheWrapper() {
    Exception wrapped =
        new ExecutionException(new UnknownTopicOrPartitionException("no such topic"));

    assertThat(Cli.describe(wrapped)).isEqualTo("UnknownTopicOrPartitionException: no such topic");
  }
}
