package io.mailtriage.tools;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mailtriage.tools.MailInputs.Input;
import io.mailtriage.tools.MailInputs.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailInputsTest {
  private static final String MAIL = "From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n";

  @TempDir Path dir;

  @Test
  void picksMailFilesRecursivelyAndSkipsTheRest() throws IOException {
    write("ham/1.eml", MAIL);
    write("ham/2.TXT", MAIL);
    write("ham/deep/er/3.eml", MAIL);
    write("ham/notes.md", "# not mail");
    write("ham/00001.7c53336b37003a9286aba55d2945844c.json", "{}");
    write("ham/.4.eml", MAIL);
    write("ham/.git/HEAD", "ref: refs/heads/main\n");
    write("ham/.git/5.eml", MAIL);
    write("spam/00001.7c53336b37003a9286aba55d2945844c", "Return-Path: <x@example.com>\n\nspam");
    write("spam/mbox", "From x@example.com Thu Jan  1 00:00:00 2002\nSubject: s\n\nbody");
    write("spam/cmds", "mv 00001.7c53336b37003a9286aba55d2945844c 00001\n");
    write("spam/LICENSE", "Permission is hereby granted");
    write("envelopes.jsonl", "{\"a\":1}\n");

    List<Input> inputs = MailInputs.discover(dir);

    assertThat(inputs)
        .extracting(i -> dir.relativize(i.path()).toString(), Input::kind)
        .containsExactly(
            // One file per top-level folder in turn: files directly under the root form a group.
            tuple("envelopes.jsonl", Kind.JSON_LINES),
            tuple("ham/1.eml", Kind.RAW),
            tuple("spam/00001.7c53336b37003a9286aba55d2945844c", Kind.RAW),
            tuple("ham/2.TXT", Kind.RAW),
            tuple("spam/mbox", Kind.RAW),
            tuple("ham/deep/er/3.eml", Kind.RAW));
  }

  @Test
  void aSingleFileIsAlwaysFed() throws IOException {
    Path readme = write("README", "not a header line");
    Path lines = write("x.jsonl", "{}\n");

    assertThat(MailInputs.discover(readme)).containsExactly(new Input(readme, Kind.RAW));
    assertThat(MailInputs.discover(lines)).containsExactly(new Input(lines, Kind.JSON_LINES));
  }

  @Test
  void rawFilesAreFedByteForByte() throws Exception {
    byte[] latin1 = "Subject: caf\u00e9\r\n\r\n\u00ff".getBytes(ISO_8859_1);
    Path file = dir.resolve("a.eml");
    Files.write(file, latin1);

    List<byte[]> values = feed(MailInputs.discover(dir), Long.MAX_VALUE);

    assertThat(values).containsExactly(latin1);
  }

  @Test
  void jsonLinesGiveOneRecordPerNonBlankLineWithoutLineEnds() throws Exception {
    byte[] notUtf8 = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Path file = dir.resolve("e.jsonl");
    Files.write(
        file,
        concat("{\"a\":1}\r\n\n   \r\n".getBytes(UTF_8), notUtf8, "\n{\"b\":2}".getBytes(UTF_8)));

    List<byte[]> values = feed(MailInputs.discover(dir), Long.MAX_VALUE);

    assertThat(values)
        .containsExactly("{\"a\":1}".getBytes(UTF_8), notUtf8, "{\"b\":2}".getBytes(UTF_8));
  }

  @Test
  void limitCountsRecordsNotFiles() throws Exception {
    write("a.jsonl", "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    write("b.eml", MAIL);

    List<byte[]> values = feed(MailInputs.discover(dir), 2);

    assertThat(values).hasSize(2);
    assertThat(MailInputs.forEachRecord(MailInputs.discover(dir), 10, v -> {})).isEqualTo(4);
  }

  @Test
  void aMissingPathIsNamed() {
    assertThatThrownBy(() -> MailInputs.discover(dir.resolve("nope")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }

  private static List<byte[]> feed(List<Input> inputs, long limit) throws Exception {
    List<byte[]> values = new ArrayList<>();
    MailInputs.forEachRecord(inputs, limit, values::add);
    return values;
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
