package io.mailtriage.train.spam;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.text.ModelText;
import io.mailtriage.train.CsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prepare-spam-data on a tiny corpus of our own messages, with support queries rendered as ham. */
class PrepareSpamDataTest {

  @TempDir Path tmp;

  private void message(String group, String name, String subject, String body) throws Exception {
    Path dir = tmp.resolve("corpus/data").resolve(group);
    Files.createDirectories(dir);
    String headers =
        "From: someone@example.org\r\nTo: list@example.org\r\n"
            + (subject == null ? "" : "Subject: " + subject + "\r\n")
            + "Content-Type: text/plain\r\n\r\n";
    Files.writeString(dir.resolve(name), headers + body + "\r\n");
  }

  @Test
  void supportQueriesBecomeRenderedHamWithAFifthHeldOutAndTheDomainDataSplitsTheSameRows()
      throws Exception {
    for (int i = 0; i < 10; i++) {
      message(
          "easy-ham-1",
          String.format("%05d.a.txt", i),
          "Re: patch " + i,
          "The build is green again, thanks.");
      message(
          "spam-1",
          String.format("%05d.b.txt", i),
          "WIN CASH NOW",
          "Click here to claim your prize!!!");
    }
    message("easy-ham-1", "00099.c.txt", null, "A message without a subject line.");
    StringBuilder queries = new StringBuilder("text,category\n");
    for (int i = 0; i < 40; i++) {
      queries
          .append("Why is transfer number ")
          .append(i)
          .append(" still pending?,pending_transfer\n");
    }
    Path support = tmp.resolve("support.csv");
    Files.writeString(support, queries);
    Path out = tmp.resolve("out");

    int code =
        PrepareSpamData.run(
            "--corpus",
            tmp.resolve("corpus").toString(),
            "--out",
            out.toString(),
            "--support-ham",
            support.toString(),
            "--forms",
            "data/email-forms/training.json");

    assertThat(code).isZero();
    List<CsvReader.Row> train = CsvReader.readLabelled(out.resolve("train.csv"));
    List<CsvReader.Row> test = CsvReader.readLabelled(out.resolve("test.csv"));
    List<CsvReader.Row> heldOut = CsvReader.readLabelled(out.resolve("support-test.csv"));
    assertThat(train.size() + test.size()).isEqualTo(21 + 40 - heldOut.size());
    assertThat(heldOut)
        .isNotEmpty()
        .hasSizeLessThan(20)
        .allSatisfy(r -> assertThat(r.label()).isEqualTo("ham"));
    List<CsvReader.Row> rendered =
        train.stream().filter(r -> r.text().contains("still pending")).toList();
    assertThat(rendered)
        .hasSize(40 - heldOut.size())
        .allSatisfy(
            r -> {
              assertThat(r.label()).isEqualTo("ham");
              assertThat(r.text())
                  .contains(
                      "\n"); // a whole email: subject line, greeting, signature around the query
            });
    // The domain head's data: the same messages and split as the job's model text, labelled by
    // where they come from.
    List<CsvReader.Row> domainTrain = CsvReader.readLabelled(out.resolve("domain-train.csv"));
    List<CsvReader.Row> domainTest = CsvReader.readLabelled(out.resolve("domain-test.csv"));
    assertThat(domainTrain.stream().map(CsvReader.Row::text))
        .containsExactlyElementsOf(train.stream().map(PrepareSpamDataTest::modelText).toList());
    assertThat(domainTrain)
        .filteredOn(r -> r.label().equals("support"))
        .extracting(CsvReader.Row::text)
        .containsExactlyElementsOf(rendered.stream().map(PrepareSpamDataTest::modelText).toList())
        .allSatisfy(t -> assertThat(t).contains("still pending"));
    assertThat(domainTest)
        .filteredOn(r -> r.label().equals("support"))
        .extracting(CsvReader.Row::text)
        .containsExactlyElementsOf(heldOut.stream().map(PrepareSpamDataTest::modelText).toList());
    assertThat(domainTest)
        .filteredOn(r -> !r.label().equals("support"))
        .allSatisfy(r -> assertThat(r.label()).isEqualTo("other"))
        .extracting(CsvReader.Row::text)
        .containsExactlyElementsOf(test.stream().map(PrepareSpamDataTest::modelText).toList());
    // Every corpus message starts with its subject line, an empty one when the message has none.
    assertThat(
            train.stream().filter(r -> r.text().startsWith("\nA message without")).count()
                + test.stream().filter(r -> r.text().startsWith("\nA message without")).count())
        .isOne();
  }

  private static String modelText(CsvReader.Row r) {
    return ModelText.of(r.text()).text();
  }

  @Test
  void supportHamWithoutFormsIsAUsageError() throws Exception {
    message("spam-1", "00001.b.txt", "WIN", "Click here");
    assertThat(
            PrepareSpamData.run(
                "--corpus",
                tmp.resolve("corpus").toString(),
                "--out",
                tmp.resolve("o").toString(),
                "--support-ham",
                "data/banking77/train.csv"))
        .isEqualTo(2);
  }
}
