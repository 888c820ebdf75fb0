package io.mailtriage.train.spam;

import io.mailtriage.inference.ModelLocation;
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
 * support-test.csv} instead, to count false flags on mail the spam head never saw. The same rows,
 * split the same way, are also written as the domain head's data ({@code domain-train.csv}, {@code
 * domain-test.csv}), as the model text the job reads: corpus messages against support renderings,
 * whatever their spam label.
 */
public final class PrepareSpamData {
  /** The domain head's label for everything that is not a support request. */
  static final String OTHER = "other";

  private PrepareSpamData() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: prepare-spam-data --corpus DIR --out DIR [--support-ham TRAIN.csv --forms EMAIL-FORMS.json]",
          "Writes spam/ham train.csv and test.csv from a SpamAssassin corpus (DIR/data/<group>/*.txt); with",
          "--support-ham, adds email renderings of those (training) queries as ham, a fifth to support-test.csv,",
          "and writes domain-train.csv / domain-test.csv: the same rows labelled support (renderings) or other.");

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
    try (Outputs o = new Outputs(out, renderer != null);
        Stream<Path> groups = Files.list(data)) {
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
          o.corpus(text, label, heldOut(group, f));
        }
      }
      System.err.printf(
          "train: %d ham, %d spam; test: %d ham, %d spam -> %s%n",
          o.counts[0], o.counts[1], o.counts[2], o.counts[3], out);
      if (renderer != null) {
        addSupportHam(supportHam, renderer, o);
        System.err.printf(
            "support ham from %s: %d rendered into train.csv, %d into support-test.csv;"
                + " domain-train.csv / domain-test.csv: the same rows labelled %s or %s%n",
            supportHam, o.counts[4], o.counts[5], ModelLocation.DOMAIN_LABEL, OTHER);
      }
    }
    return Cli.OK;
  }

  /**
   * Appends renderings of the support queries to train.csv as ham; one in five to support-test.csv.
   */
  private static void addSupportHam(Path queries, EmailRenderer renderer, Outputs o)
      throws IOException {
    for (CsvReader.Row r : CsvReader.readLabelled(queries)) {
      int h = fnv1a("support/" + r.text());
      o.support(renderer.render(r.text(), h).joined(), Integer.remainderUnsigned(h, 5) == 0);
    }
  }

  /**
   * The files written: spam/ham train.csv and test.csv, and with support ham also support-test.csv
   * and the domain head's data, domain-train.csv / domain-test.csv: the same messages and split,
   * every corpus message (ham or spam) labelled {@value #OTHER} and every support rendering {@value
   * ModelLocation#DOMAIN_LABEL}, so the domain head is tested on no message the spam head trained
   * on and the other way round. Unlike the spam head's, the domain head's texts are what the job
   * hands the model ({@link ModelText}): fitted on whole messages it learned the renderings'
   * greetings and signatures, which the job strips, and read replies and forwards of other forms as
   * mailing-list posts (docs/intent-model.md, "Domain head").
   */
  private static final class Outputs implements AutoCloseable {
    private final BufferedWriter train;
    private final BufferedWriter test;
    private final BufferedWriter supportTest;
    private final BufferedWriter domainTrain;
    private final BufferedWriter domainTest;

    /** Corpus train ham, train spam, test ham, test spam; support rows to train, to test. */
    final int[] counts = new int[6];

    Outputs(Path out, boolean withSupport) throws IOException {
      train = open(out.resolve("train.csv"));
      test = open(out.resolve("test.csv"));
      supportTest = withSupport ? open(out.resolve("support-test.csv")) : null;
      domainTrain = withSupport ? open(out.resolve("domain-train.csv")) : null;
      domainTest = withSupport ? open(out.resolve("domain-test.csv")) : null;
    }

    void corpus(String text, String label, boolean isTest) throws IOException {
      write(isTest ? test : train, text, label);
      if (domainTrain != null) {
        write(isTest ? domainTest : domainTrain, ModelText.of(text).text(), OTHER);
      }
      counts[(isTest ? 2 : 0) + (label.equals("spam") ? 1 : 0)]++;
    }

    void support(String email, boolean isTest) throws IOException {
      write(isTest ? supportTest : train, email, "ham");
      write(
          isTest ? domainTest : domainTrain,
          ModelText.of(email).text(),
          ModelLocation.DOMAIN_LABEL);
      counts[isTest ? 5 : 4]++;
    }

    private static BufferedWriter open(Path file) throws IOException {
      BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      w.write("text,label\r\n");
      return w;
    }

    private static void write(BufferedWriter w, String text, String label) throws IOException {
      w.write(CsvReader.field(text) + "," + label + "\r\n");
    }

    @Override
    public void close() throws IOException {
      for (BufferedWriter w :
          new BufferedWriter[] {train, test, supportTest, domainTrain, domainTest}) {
        if (w != null) {
          w.close();
        }
      }
    }
  }

  /**
   * Whether a corpus message ({@code group/file}) is in the test split: one in five, by FNV-1a of
   * its group and file name, so the split is the same however the corpus is unpacked or listed.
   */
  public static boolean heldOut(Path group, Path file) {
    return Integer.remainderUnsigned(fnv1a(group.getFileName() + "/" + file.getFileName()), 5) == 0;
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
