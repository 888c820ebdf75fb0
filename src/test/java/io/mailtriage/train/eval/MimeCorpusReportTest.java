package io.mailtriage.train.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MimeCorpusReportTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static final String HEAD =
      "From: Ann Lee <ann.lee@example.net>\nTo: support@example.com\n"
          + "Message-ID: <m1@example.net>\nDate: Mon, 02 Mar 2026 08:00:00 +0000\n";

  private int run(String... args) {
    return MimeCorpusReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * A corpus of a good mail, a dead letter, a Chinese mail labelled us-ascii, an mbox of two, and
   * the files the report must not count.
   */
  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("fixtures"));
    Files.writeString(dir.resolve("good.eml"), HEAD + "Subject: Card blocked\n\nPlease help.\n");
    Files.writeString(dir.resolve("headers-only.eml"), HEAD + "\n");
    byte[] head =
        (HEAD + "Subject: Help\nContent-Type: text/plain; charset=us-ascii\n\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = "您好，我的银行卡被锁了，请帮我解锁账户。谢谢！\n".getBytes(Charset.forName("GB18030"));
    byte[] mislabelled = new byte[head.length + body.length];
    System.arraycopy(head, 0, mislabelled, 0, head.length);
    System.arraycopy(body, 0, mislabelled, head.length, body.length);
    Files.write(dir.resolve("mislabelled.txt"), mislabelled);
    // The SpamAssassin package's metadata beside its mail, and a hidden file: no records.
    Files.writeString(dir.resolve("mislabelled.json"), "{\"label\": \"ham\"}");
    Files.writeString(dir.resolve(".index"), "not mail");
    Files.writeString(
        dir.resolve("two.mbox"),
        "From ann@example.net Mon Mar  2 08:00:00 2026\n"
            + HEAD
            + "Subject: First\n\nOne.\n\n"
            + "From ann@example.net Mon Mar  2 09:00:00 2026\n"
            + HEAD
            + "Subject: Second\n\nThe page shows <b>Error</b> when I log in.\n");
    return dir;
  }

  @Test
  void countsEachFileOfACorpusByOutcomeWarningAndText() throws Exception {
    Path tsv = tmp.resolve("out.tsv");
    int rc = run("--tsv", tsv.toString(), "--list", "charset-guessed", corpus().toString());

    assertThat(rc).isZero();
    String report = printed();
    assertThat(report).startsWith("machine: ").contains(" cores, ");
    // files, parsed, dead, U+FFFD, HTML
    assertThat(report).containsPattern("\nfixtures +5 +4 +1 +0 +1 ");
    assertThat(report).containsPattern("\ntotal +5 +4 +1 +0 +1 ");
    assertThat(report).contains("dead letters: MISSING_FIELD 1");
    assertThat(report).containsPattern("warnings: .*charset-guessed 1, charset-mismatch 1");
    assertThat(report).contains("charset-guessed:\n  fixtures  mislabelled.txt\n");

    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines.get(0)).startsWith("corpus\tfile\toutcome\twarnings");
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split("\t")[1] + " " + l.split("\t")[2])
        .containsExactly(
            "good.eml ok",
            "headers-only.eml MISSING_FIELD",
            "mislabelled.txt ok",
            "two.mbox#1 ok",
            "two.mbox#2 ok");
    assertThat(lines.get(3)).contains("charset-guessed,charset-mismatch\t0\t0\t");
  }

  @Test
  void foldersOfOneNameAreOneCorpus() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(a.resolve("1.eml"), HEAD + "Subject: One\n\nText.\n");
    Files.writeString(b.resolve("1.eml"), HEAD + "Subject: Two\n\nText.\n");

    assertThat(run("--list", "dead-letter", "set=" + a, "set=" + b)).isZero();
    assertThat(printed()).containsPattern("\nset +2 +2 +0 ").doesNotContain("\na ");
  }

  @Test
  void refusesAMissingFolderAndAnUnknownCount() throws Exception {
    assertThat(run(tmp.resolve("none").toString())).isEqualTo(2);
    assertThat(run("--list", "Not A Kind", corpus().toString())).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
    assertThat(printed()).isEmpty();
  }

  @Test
  void anMboxWithoutFromLinesIsOneRecordAndAnEmptyOneIsToo() {
    assertThat(MimeCorpusReport.splitMbox(new byte[0])).hasSize(1);
    assertThat(MimeCorpusReport.splitMbox("Subject: x\n\nHello.\n".getBytes())).hasSize(1);
    assertThat(MimeCorpusReport.splitMbox("From a\nX: 1\n\nFrom b\nX: 2\n".getBytes())).hasSize(2);
  }
}
