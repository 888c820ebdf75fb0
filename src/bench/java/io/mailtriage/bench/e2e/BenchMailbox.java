package io.mailtriage.bench.e2e;

import io.mailtriage.tools.Cli;
import io.mailtriage.tools.MailInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's support mailbox (scripts/demo.sh), scaled to any size: 77 % customer mail rendered
 * from BANKING77 test queries ({@code data/eval-mail/mail}), 11.5 % SpamAssassin spam ({@code
 * spam-2}) and 11.5 % SpamAssassin ham ({@code easy-ham-1}), each picked evenly spread over its
 * sorted folder and interleaved in feed order, so every stretch of the backlog has the same mix.
 * Past the number of distinct messages a folder holds, its messages repeat.
 *
 * @param values raw RFC 5322 bytes, one Kafka record value each, as FeedMail sends them
 * @param description where the mail came from, for the report
 */
record BenchMailbox(List<byte[]> values, String description) {

  static final Path SUPPORT = Path.of("data/eval-mail/mail");

  static BenchMailbox load(Path corpus, int emails) throws IOException, Cli.UsageException {
    int support = (int) Math.round(emails * 0.77);
    int spam = (int) Math.round(emails * 0.115);
    int ham = emails - support - spam;
    List<List<Path>> groups =
        List.of(
            pick(mailFiles(SUPPORT), support),
            pick(mailFiles(corpus.resolve("spam-2")), spam),
            pick(mailFiles(corpus.resolve("easy-ham-1")), ham));
    // Interleave by relative position: message i of a group of n sits at (i + 0.5) / n.
    record Slot(double at, Path file) {}
    List<Slot> slots = new ArrayList<>();
    for (List<Path> g : groups) {
      for (int i = 0; i < g.size(); i++) {
        slots.add(new Slot((i + 0.5) / g.size(), g.get(i)));
      }
    }
    slots.sort(Comparator.comparingDouble(Slot::at));
    List<byte[]> values = new ArrayList<>(slots.size());
    long bytes = 0;
    for (Slot s : slots) {
      byte[] v = Files.readAllBytes(s.file());
      values.add(v);
      bytes += v.length;
    }
    return new BenchMailbox(
        values,
        String.format(
            "%d emails (%d support mail from %s, %d spam and %d ham of the SpamAssassin corpus in"
                + " %s), %.1f KB on average",
            values.size(),
            support,
            SUPPORT,
            spam,
            ham,
            corpus,
            bytes / 1e3 / Math.max(1, values.size())));
  }

  /**
   * {@code n} files spread evenly over {@code files}, repeating them when n exceeds their count.
   */
  private static List<Path> pick(List<Path> files, int n) {
    List<Path> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long at = (long) i * files.size() / n;
      out.add(files.get((int) (n <= files.size() ? at : i % files.size())));
    }
    return out;
  }

  /** The raw messages under {@code dir}, in {@link MailInputs#discover} order. */
  private static List<Path> mailFiles(Path dir) throws IOException, Cli.UsageException {
    if (!Files.isDirectory(dir)) {
      throw new Cli.UsageException(
          "no mail folder " + dir + " (scripts/fetch-corpus.sh fetches it)");
    }
    List<Path> files =
        MailInputs.discover(dir).stream()
            .filter(i -> i.kind() == MailInputs.Kind.RAW)
            .map(MailInputs.Input::path)
            .toList();
    if (files.isEmpty()) {
      throw new Cli.UsageException("no mail under " + dir);
    }
    return files;
  }
}
