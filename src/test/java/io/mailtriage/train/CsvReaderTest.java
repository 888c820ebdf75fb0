package io.mailtriage.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir Path tmp;

  private List<List<String>> parse(String csv) throws IOException {
    List<List<String>> records = new ArrayList<>();
    CsvReader.parse(new StringReader(csv), records, new ArrayList<>(), "t.csv");
    return records;
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
    assertThat(parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",,x\n"))
        .containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("line1\nline2", "", "x"));
  }

  @Test
  void aWrittenFieldReadsBackAsItWas() throws IOException {
    List<String> fields = List.of("say \"hi\", then", "line1\r\nline2", "", "plain");
    String line = String.join(",", fields.stream().map(CsvReader::field).toList()) + "\n";

    assertThat(parse(line)).containsExactly(fields);
  }

  @Test
  void lastRecordWithoutNewlineAndEmptyQuotedField() throws IOException {
    assertThat(parse("\"\",a\nb,\"\"")).containsExactly(List.of("", "a"), List.of("b", ""));
  }

  @Test
  void malformedQuotingFailsWithLine() {
    assertThatThrownBy(() -> parse("a,b\nc,\"open"))
        .hasMessageContaining("t.csv:2")
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> parse("a,b\"c\n"))
        .hasMessageContaining("quote inside an unquoted field");
    assertThatThrownBy(() -> parse("\"a\"b,c\n")).hasMessageContaining("after a closing quote");
  }

  @Test
  void readsLabelOrCategoryColumnInAnyOrder() throws IOException {
    Path a = tmp.resolve("a.csv");
    Files.writeString(
        a, "\uFEFFtext,category\n\"I lost it, help\",lost_or_stolen_card\nhi,greet\n");
    assertThat(CsvReader.readLabelled(a))
        .extracting(CsvReader.Row::text, CsvReader.Row::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I lost it, help", "lost_or_stolen_card"),
            org.assertj.core.groups.Tuple.tuple("hi", "greet"));
    Path b = tmp.resolve("b.csv");
    Files.writeString(b, "id,label,text\r\n1,x,\"multi\r\nline\"\r\n2,y,plain\r\n");
    List<CsvReader.Row> rows = CsvReader.readLabelled(b);
    assertThat(rows.get(0).text()).isEqualTo("multi\r\nline");
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void wrongFieldCountAndMissingColumnsAreErrors() throws IOException {
    Path a = tmp.resolve("a.csv");
    Files.writeString(a, "text,label\nonly-one-field\n");
    assertThatThrownBy(() -> CsvReader.readLabelled(a)).hasMessageContaining("a.csv:2");
    Path b = tmp.resolve("b.csv");
    Files.writeString(b, "body,intent\nx,y\n");
    assertThatThrownBy(() -> CsvReader.readLabelled(b)).hasMessageContaining("lacks a text");
  }
}
