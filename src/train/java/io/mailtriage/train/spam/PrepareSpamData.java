package io.mailtriage.train.spam;

import io.mailtriage.inference.text.ModelText;
import io.mailtriage.tools.Cli;
import io.mailtriage.train.CsvReader;
import io.mailtriage.train.EmailRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Turns the SpamAssassin corpus (raw RFC 5322 messages in {@code data/<group>/*.txt}) into {@code
 * train.csv} / {@code test.csv} with columns {@code text,label} (label ham/spam), text = subject +
 * readable body. The split is a pure function of the file name (FNV-1a of the name, one in five to
 * test), so it is stable however the corpus is unpacked or listed. Texts are the whole readable
 * message, not what {@link ModelText} keeps for the intent model: spam tells on itself in footers
 * and unsubscribe lines that the step strips, and a head fitted on whole messages flags more
 * held-out spam even when it scores the stripped text (docs/intent-model.md).
 *
 * <p>With {@code --support-ham FILE.csv --forms FORMS.json}, the texts of that CSV (support queries
 * of a training split, never a test split) are rendered as customer email ({@link EmailRenderer})
 * and added as ham, so the head learns that a short request with a greeting and a sign-off is not a
 * mailing-list post or a newsletter. One in five of them (by FNV-1a of the query) goes to {@code
 * support-test.csv} instead, to count false flags on mail the spam head never saw.
 */
public final class PrepareSpamData {

  private PrepareSpamData() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: prepare-spam-data --corpus DIR --out DIR [--support-ham TRAIN.csv --forms EMAIL-FORMS.json]",
          "Writes spam/ham train.csv and test.csv from a SpamAssassin corpus (DIR/data/<group>/*.txt); with",
          "--support-ham, adds email renderings of those (training) queries as ham, a fifth to support-test.csv.");

  public static void main(String[] argv) {
    System.exit(run(argv));
  }

  /** Runs the command line without leaving the JVM; returns its exit code. */
  static int run(String... argv) {
    return Cli.run(
        "prepare-spam-data",
        USAGE,
        new Cli.Spec(Set.of("corpus", "out", "support-ham", "forms"), Set.of(), 0),
        argv,
        PrepareSpamData::prepare);
  }

  private static int prepare(Cli cli) throws Exception {
    Path data = cli.directory("corpus").resolve("data");
    if (!Files.isDirectory(data)) {
      throw new Cli.UsageException("--corpus: no data/ folder in " + cli.required("corpus"));
    }
    Path out = Path.of(cli.required("out"));
    Path supportHam = cli.optionalFile("support-ham");
    Path forms = cli.optionalFile("forms");
    if ((supportHam == null) != (forms == null)) {
      throw new Cli.UsageException("--support-ham and --forms go together");
    }
    EmailRenderer renderer = forms == null ? null : EmailRenderer.load(forms);
    Files.createDirectories(out);
    int[] counts = new int[4];
    try (BufferedWriter train =
            Files.newBufferedWriter(out.resolve("train.csv"), StandardCharsets.UTF_8);
        BufferedWriter test =
            Files.newBufferedWriter(out.resolve("test.csv"), StandardCharsets.UTF_8);
        Stream<Path> groups = Files.list(data)) {
      train.write("text,label\r\n");
      test.write("text,label\r\n");
      for (Path group : groups.filter(Files::isDirectory).sorted().toList()) {
        String label = group.getFileName().toString().startsWith("spam") ? "spam" : "ham";
        List<Path> files;
        try (Stream<Path> s = Files.list(group)) {
          files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
          String text;
          try (InputStream in = Files.newInputStream(f)) {
            text = readableText(in);
          }
          boolean isTest =
              Integer.remainderUnsigned(fnv1a(group.getFileName() + "/" + f.getFileName()), 5) == 0;
          (isTest ? test : train).write(CsvReader.field(text) + "," + label + "\r\n");
          counts[(isTest ? 2 : 0) + (label.equals("spam") ? 1 : 0)]++;
        }
      }
    }
    System.err.printf(
        "train: %d ham, %d spam; test: %d ham, %d spam -> %s%n",
        counts[0], counts[1], counts[2], counts[3], out);
    if (renderer != null) {
      addSupportHam(supportHam, renderer, out);
    }
    return Cli.OK;
  }

  /**
   * Appends renderings of the support queries to train.csv as ham; one in five to support-test.csv.
   */
  private static void addSupportHam(Path queries, EmailRenderer renderer, Path out)
      throws IOException {
    int[] counts = new int[2];
    try (BufferedWriter train =
            Files.newBufferedWriter(
                out.resolve("train.csv"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BufferedWriter test =
            Files.newBufferedWriter(out.resolve("support-test.csv"), StandardCharsets.UTF_8)) {
      test.write("text,label\r\n");
      for (CsvReader.Row r : CsvReader.readLabelled(queries)) {
        int h = fnv1a("support/" + r.text());
        boolean isTest = Integer.remainderUnsigned(h, 5) == 0;
        String email = renderer.render(r.text(), h).joined();
        (isTest ? test : train).write(CsvReader.field(email) + ",ham\r\n");
        counts[isTest ? 1 : 0]++;
      }
    }
    System.err.printf(
        "support ham from %s: %d rendered into train.csv, %d into support-test.csv%n",
        queries, counts[0], counts[1]);
  }

  /** Subject line, then the text parts of the body; HTML parts are reduced to their text. */
  public static String readableText(InputStream raw) throws IOException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    // Spam is often malformed; permissive parsing keeps what can be read instead of failing.
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    Message m = builder.parseMessage(raw);
    StringBuilder sb = new StringBuilder();
    // The subject is always the first line (empty when missing), as the job hands mail to
    // ModelText.
    String subject = m.getSubject() == null ? "" : m.getSubject();
    sb.append(subject.replace('\r', ' ').replace('\n', ' ').strip()).append('\n');
    appendText(m, sb);
    return sb.toString();
  }

  private static void appendText(Entity e, StringBuilder sb) throws IOException {
    Body body = e.getBody();
    if (body instanceof Multipart mp) {
      for (Entity part : mp.getBodyParts()) {
        appendText(part, sb);
      }
    } else if (body instanceof Message nested) {
      appendText(nested, sb);
    } else if (body instanceof TextBody tb && e.getMimeType().startsWith("text/")) {
      String text;
      try (Reader r = tb.getReader()) {
        text = new String(readAll(r));
      }
      if (e.getMimeType().equals("text/html")) {
        text =
            text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ");
      }
      sb.append(text).append('\n');
    }
  }

  private static char[] readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = r.read(buf)) > 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString().toCharArray();
  }

  static int fnv1a(String s) {
    int h = 0x811c9dc5;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h;
  }
}
