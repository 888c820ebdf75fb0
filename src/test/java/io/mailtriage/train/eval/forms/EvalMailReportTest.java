package io.mailtriage.train.eval.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-form table: what a mail's shape costs against the same queries read alone. */
class EvalMailReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> QUEUES = Map.of("lost", "cards", "fee", "billing");

  private static JsonNode read(String intent) {
    return read(intent, "P2");
  }

  private static JsonNode read(String intent, String priority) {
    return JSON.createObjectNode()
        .put("intent", intent)
        .put("queue", QUEUES.get(intent))
        .put("priority", priority);
  }

  private static String row(String table, String name) {
    return table.lines().filter(l -> l.startsWith("| " + name + " |")).findFirst().orElseThrow();
  }

  @Test
  void eachFormSetsItsMailsAgainstTheSameQueriesReadAlone() {
    List<EvalMailReport.Outcome> outcomes = new ArrayList<>();
    // html: 10 mails; alone 9 right; as mail one of those lost and the wrong one gained, 7 more.
    outcomes.add(new EvalMailReport.Outcome("html", "lost", read("fee"), "lost"));
    outcomes.add(new EvalMailReport.Outcome("html", "lost", read("lost"), "fee"));
    for (int i = 0; i < 8; i++) {
      outcomes.add(new EvalMailReport.Outcome("html", "fee", read("fee"), "fee"));
    }
    // plain: 4 mails, all right alone, three lost as mail.
    for (int i = 0; i < 4; i++) {
      outcomes.add(
          new EvalMailReport.Outcome("plain", "fee", read(i == 0 ? "fee" : "lost"), "fee"));
    }

    String table = EvalMailReport.render(outcomes, QUEUES, Set.of());

    assertThat(row(table, "intent correct, the query alone"))
        .isEqualTo("| intent correct, the query alone | 92.9 % | 90.0 % | 100.0 % |");
    assertThat(row(table, "right alone, wrong as mail"))
        .isEqualTo("| right alone, wrong as mail | 4 | 1 | 3 |");
    assertThat(row(table, "wrong alone, right as mail"))
        .isEqualTo("| wrong alone, right as mail | 1 | 1 | 0 |");
    // html: +1 -1 of 10, no gap; plain: three of four lost, s.e. sqrt(3/4 - 9/16) / 2 = 0.217.
    assertThat(row(table, "gap, mail - alone (points ± s.e.)"))
        .isEqualTo(
            "| gap, mail - alone (points ± s.e.) | -21.4 ± 14.9 | +0.0 ± 14.1 | -75.0 ± 21.7 |");
  }

  @Test
  void pagesOfOtherIntentsSayWhichWereReadRight() {
    List<EvalMailReport.Outcome> outcomes =
        List.of(
            // a "fee" mail read right and paged by a rule, one misread as "lost" and paged
            new EvalMailReport.Outcome("plain", "fee", read("fee", "P0")),
            new EvalMailReport.Outcome("plain", "fee", read("lost", "P0")),
            new EvalMailReport.Outcome("html", "fee", read("fee", "P2")),
            new EvalMailReport.Outcome("html", "lost", read("lost", "P0")));

    String table = EvalMailReport.render(outcomes, QUEUES, Set.of("lost"));

    assertThat(row(table, "other intents emitted as P0"))
        .isEqualTo("| other intents emitted as P0 | 2/3 | 2/2 | 0/1 |");
    assertThat(row(table, "… of them with their intent read right"))
        .isEqualTo("| … of them with their intent read right | 1 | 1 | 0 |");
  }

  @Test
  void theJobsTableHasNoAloneRowsWhereNoQueryWasReadAlone() {
    String table =
        EvalMailReport.render(
            List.of(new EvalMailReport.Outcome("plain", "fee", read("fee"))), QUEUES, Set.of());
    assertThat(table).contains("| intent correct | 100.0 % | 100.0 % |").doesNotContain("alone");
  }

  @Test
  void aMailsQueryIsTheRowItsFileNames() throws Exception {
    List<CsvReader.Row> queries =
        List.of(
            new CsvReader.Row("Where is my card?", "lost", 2),
            new CsvReader.Row("Why was I charged?", "fee", 3));
    EvalMailTexts mail = new EvalMailTexts("mail/html/0001.eml", "html", "fee", "", "", "");
    assertThat(EvalMailModel.queriesOf(List.of(mail), queries))
        .containsExactly("Why was I charged?");

    EvalMailTexts otherIntent = new EvalMailTexts("mail/html/0000.eml", "html", "fee", "", "", "");
    assertThatThrownBy(() -> EvalMailModel.queriesOf(List.of(otherIntent), queries))
        .isInstanceOf(Cli.UsageException.class)
        .hasMessageContaining("mail/html/0000.eml");
    EvalMailTexts noRow = new EvalMailTexts("mail/html/extra.eml", "html", "fee", "", "", "");
    assertThatThrownBy(() -> EvalMailModel.queriesOf(List.of(noRow), queries))
        .isInstanceOf(Cli.UsageException.class);
  }
}
