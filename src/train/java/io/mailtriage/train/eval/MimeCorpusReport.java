package io.mailtriage.train.eval;

import io.mailtriage.bench.e2e.Machine;
import io.mailtriage.config.ConfigLoader;
import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.deadletter.DeadLetterReason;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecordDeserializer;
import io.mailtriage.tools.Cli;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * What the job's parser makes of public mail corpora, corpus by corpus: how many files parse, the
 * dead letters by reason, the warnings by code, how many texts hold U+FFFD or HTML tags, and the
 * slowest file. The figures of docs/input-contract.md come from it, so that a round's before and
 * after can be run again ({@code --tsv} writes one line per file for a diff of two runs).
 */
public final class MimeCorpusReport {
  private MimeCorpusReport() {}

  static final String USAGE =
      String.join(
          "\n",
          "usage: mime-corpus-report [--config FILE] [--tsv FILE] [--list KIND] [NAME=]DIR...",
          "Runs every file of each corpus folder through the job's parser (EmailParser, built from",
          "--config, default conf/mailtriage.yaml; Kafka timestamp 2026-06-01T00:00:00Z) and prints",
          "per corpus: files, parsed, dead letters by reason, warnings by code, texts holding",
          "U+FFFD, texts still holding HTML tags, the slowest file, and a total line. Folders given",
          "the same NAME are one corpus. Every file below a folder is one record (hidden ones and",
          "the SpamAssassin package's X.json beside X.txt left out); a .mbox file is split at its",
          "'From ' lines. Without a folder, scripts/mime-corpus-report takes the corpora",
          "scripts/fetch-corpus.sh provides.",
          "  --tsv FILE   one line per file (corpus, file, outcome, warnings, U+FFFD, HTML, chars,",
          "               text digest; no timings), for a diff of two runs",
          "  --list KIND  also print the files of one count: a dead-letter reason (MISSING_FIELD),",
          "               dead-letter, a warning code (charset-guessed), text-fffd or text-html");

  /** The timestamp earlier rounds' figures used: after every corpus's dates, so none is future. */
  static final long KAFKA_TIMESTAMP = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

  static final String DEAD_LETTER = "dead-letter";
  static final String TEXT_FFFD = "text-fffd";
  static final String TEXT_HTML = "text-html";

  /** Records parsed untimed first, so the first files read do not pay for the JIT. */
  private static final int WARM_UP = 500;

  /** The elements HTML mail is written with; their tags left in a text mean markup read as text. */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:html|head|body|div|span|p|br|table|tr|td|th|tbody|font|center|a|img|b|i|u"
              + "|strong|em|ul|ol|li|style|script|meta|title|blockquote|hr|h[1-6])(?:\\s[^<>]*)?/?>",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WARNING_CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs the report, printing it on {@code out}; returns the exit code. */
  static int run(String[] args, PrintStream out) {
    return Cli.run(
        "mime-corpus-report",
        USAGE,
        Cli.Spec.of("config", "tsv", "list").positional(1000),
        args,
        cli -> report(cli, out));
  }

  private static int report(Cli cli, PrintStream out) throws Exception {
    Map<String, List<Path>> corpora = corpora(cli.positional());
    String list = cli.optional("list").orElse(null);
    if (list != null && !isKind(list)) {
      throw new Cli.UsageException(
          "--list: '" + list + "' is no reason, warning code, dead-letter, text-fffd or text-html");
    }
    Path tsv = cli.optional("tsv").map(Path::of).orElse(null);
    Path tsvDir = tsv == null ? null : tsv.toAbsolutePath().getParent();
    if (tsvDir != null && !Files.isDirectory(tsvDir)) {
      throw new Cli.UsageException("--tsv: no such directory: " + tsvDir);
    }
    MailtriageConfig config =
        new ConfigLoader().load(cli.file("config", "conf/mailtriage.yaml"), List.of());
    EmailParser parser = new EmailParser(config.ingest(), config.tenants());
    SourceRecordDeserializer deserializer =
        new SourceRecordDeserializer(config.ingest().maxMessageBytes());

    out.println("machine: " + Machine.describe() + "; load " + Machine.load());
    List<Corpus> read = new ArrayList<>();
    for (Map.Entry<String, List<Path>> c : corpora.entrySet()) {
      read.add(new Corpus(c.getKey(), records(c.getValue())));
    }
    warmUp(read, parser, deserializer);
    List<Tally> tallies = new ArrayList<>();
    List<Outcome> all = new ArrayList<>();
    for (Corpus c : read) {
      Tally t = new Tally(c.name);
      for (Record r : c.records) {
        Outcome o = parse(c.name, r, parser, deserializer);
        t.add(o);
        all.add(o);
      }
      tallies.add(t);
    }
    out.print(format(tallies));
    out.println("load at the end " + Machine.load());
    if (list != null) {
      out.println();
      out.println(list + ":");
      all.stream()
          .filter(o -> o.counts(list))
          .forEach(o -> out.println("  " + o.corpus + "  " + o.file));
    }
    if (tsv != null) {
      writeTsv(tsv, all);
    }
    return Cli.OK;
  }

  /** Whether {@code kind} names a count {@code --list} can print. */
  static boolean isKind(String kind) {
    if (kind.equals(DEAD_LETTER) || kind.equals(TEXT_FFFD) || kind.equals(TEXT_HTML)) {
      return true;
    }
    for (DeadLetterReason r : DeadLetterReason.values()) {
      if (r.name().equals(kind)) {
        return true;
      }
    }
    return WARNING_CODE.matcher(kind).matches();
  }

  /** The corpora named on the command line, in order: NAME=DIR, or DIR named by its folder. */
  static Map<String, List<Path>> corpora(List<String> args) throws Cli.UsageException {
    if (args.isEmpty()) {
      throw new Cli.UsageException("name at least one corpus folder");
    }
    Map<String, List<Path>> out = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      Path dir = Path.of(eq < 0 ? arg : arg.substring(eq + 1));
      if (!Files.isDirectory(dir)) {
        throw new Cli.UsageException("no such directory: " + dir);
      }
      Path folder = dir.toAbsolutePath().normalize().getFileName();
      String name = eq > 0 ? arg.substring(0, eq) : folder == null ? dir.toString() : "" + folder;
      out.computeIfAbsent(name, n -> new ArrayList<>()).add(dir);
    }
    return out;
  }

  /** One Kafka record value of a corpus and the name of the file (and message) it came from. */
  record Record(String file, byte[] value) {}

  private record Corpus(String name, List<Record> records) {}

  /** Every record of the folders, in path order; a corpus of several folders names each file's. */
  static List<Record> records(List<Path> dirs) throws IOException {
    List<Record> out = new ArrayList<>();
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        Path rel = dir.relativize(f);
        if (hidden(rel) || jsonTwin(f)) {
          continue;
        }
        String name = dirs.size() > 1 ? dir.getFileName() + "/" + rel : rel.toString();
        byte[] bytes = Files.readAllBytes(f);
        if (name.endsWith(".mbox")) {
          List<byte[]> messages = splitMbox(bytes);
          for (int i = 0; i < messages.size(); i++) {
            out.add(new Record(messages.size() > 1 ? name + "#" + (i + 1) : name, messages.get(i)));
          }
        } else {
          out.add(new Record(name, bytes));
        }
      }
    }
    return out;
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The SpamAssassin package's metadata of a mail: {@code X.json} beside {@code X.txt}. */
  private static boolean jsonTwin(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".json")
        && Files.exists(f.resolveSibling(name.substring(0, name.length() - 5) + ".txt"));
  }

  /**
   * The messages of an mbox file: each starts at a line beginning {@code From } (kept, as a store
   * leaves it). Text before the first such line is a message too, and so is a file without any (an
   * empty one included), so every byte is counted.
   */
  static List<byte[]> splitMbox(byte[] bytes) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 5 <= bytes.length; i++) {
      if ((i == 0 || bytes[i - 1] == '\n')
          && bytes[i] == 'F'
          && bytes[i + 1] == 'r'
          && bytes[i + 2] == 'o'
          && bytes[i + 3] == 'm'
          && bytes[i + 4] == ' ') {
        starts.add(i);
      }
    }
    if (starts.isEmpty() || starts.get(0) != 0) {
      starts.add(0, 0);
    }
    List<byte[]> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : bytes.length;
      out.add(Arrays.copyOfRange(bytes, starts.get(k), end));
    }
    return out;
  }

  private static void warmUp(
      List<Corpus> corpora, EmailParser parser, SourceRecordDeserializer deserializer) {
    int done = 0;
    for (int i = 0; done < WARM_UP; i++) {
      boolean any = false;
      for (Corpus c : corpora) {
        if (i < c.records.size() && done < WARM_UP) {
          parser.parse(deserializer.toSourceRecord(consumerRecord(c.records.get(i).value, i)));
          done++;
          any = true;
        }
      }
      if (!any) {
        return;
      }
    }
  }

  private static ConsumerRecord<byte[], byte[]> consumerRecord(byte[] value, long offset) {
    return new ConsumerRecord<>(
        "emails.raw",
        0,
        offset,
        KAFKA_TIMESTAMP,
        TimestampType.CREATE_TIME,
        -1,
        value.length,
        null,
        value,
        new RecordHeaders(),
        Optional.empty());
  }

  /** What the parser made of one record. */
  record Outcome(
      String corpus,
      String file,
      String result,
      List<String> warnings,
      boolean fffd,
      boolean html,
      int chars,
      String digest,
      long nanos) {

    boolean parsed() {
      return result.equals("ok");
    }

    /** Whether this record is one of the count {@code kind} (see {@link #isKind}). */
    boolean counts(String kind) {
      return switch (kind) {
        case DEAD_LETTER -> !parsed();
        case TEXT_FFFD -> fffd;
        case TEXT_HTML -> html;
        default -> result.equals(kind) || warnings.contains(kind);
      };
    }
  }

  static Outcome parse(
      String corpus, Record r, EmailParser parser, SourceRecordDeserializer deserializer) {
    var source = deserializer.toSourceRecord(consumerRecord(r.value, 0));
    long t0 = System.nanoTime();
    ParseResult p = parser.parse(source);
    long nanos = System.nanoTime() - t0;
    if (!p.isOk()) {
      return new Outcome(corpus, r.file, p.reason().name(), List.of(), false, false, 0, "", nanos);
    }
    RawEmail e = p.email();
    String text = (e.subject == null ? "" : e.subject) + "\n" + (e.body == null ? "" : e.body);
    List<String> warnings = e.warnings == null ? List.of() : List.of(e.warnings);
    return new Outcome(
        corpus,
        r.file,
        "ok",
        warnings.stream().sorted().toList(),
        text.indexOf('\uFFFD') >= 0,
        HTML_TAG.matcher(text).find(),
        e.body == null ? 0 : e.body.length(),
        digest(text),
        nanos);
  }

  private static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The counts of one corpus. */
  static final class Tally {
    final String name;
    int files;
    int parsed;
    int fffd;
    int html;
    long nanos;
    String slowest = "-";
    long slowestNanos;
    final Map<String, Integer> deadLetters = new TreeMap<>();
    final Map<String, Integer> warnings = new TreeMap<>();

    Tally(String name) {
      this.name = name;
    }

    void add(Outcome o) {
      files++;
      nanos += o.nanos;
      if (o.nanos > slowestNanos) {
        slowestNanos = o.nanos;
        slowest = o.file;
      }
      if (!o.parsed()) {
        deadLetters.merge(o.result, 1, Integer::sum);
        return;
      }
      parsed++;
      fffd += o.fffd ? 1 : 0;
      html += o.html ? 1 : 0;
      o.warnings.forEach(w -> warnings.merge(w, 1, Integer::sum));
    }

    void add(Tally t) {
      files += t.files;
      parsed += t.parsed;
      fffd += t.fffd;
      html += t.html;
      nanos += t.nanos;
      if (t.slowestNanos > slowestNanos) {
        slowestNanos = t.slowestNanos;
        slowest = t.name + "  " + t.slowest;
      }
      t.deadLetters.forEach((k, v) -> deadLetters.merge(k, v, Integer::sum));
      t.warnings.forEach((k, v) -> warnings.merge(k, v, Integer::sum));
    }

    int dead() {
      return files - parsed;
    }
  }

  /** The table and each corpus's counts, then the same for all together. */
  static String format(List<Tally> tallies) {
    Tally total = new Tally("total");
    tallies.forEach(total::add);
    int width = Math.max(6, tallies.stream().mapToInt(t -> t.name.length()).max().orElse(0));
    String row = "%-" + width + "s %7s %7s %6s %7s %6s %11s %10s%n";
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            row,
            "corpus",
            "files",
            "parsed",
            "dead",
            "U+FFFD",
            "HTML",
            "slowest ms",
            "total ms"));
    List<Tally> rows = new ArrayList<>(tallies);
    rows.add(total);
    for (Tally t : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              row,
              t.name,
              t.files,
              t.parsed,
              t.dead(),
              t.fffd,
              t.html,
              ms(t.slowestNanos),
              ms(t.nanos)));
    }
    for (Tally t : rows) {
      s.append('\n').append(t.name).append('\n');
      s.append("  dead letters: ").append(counts(t.deadLetters)).append('\n');
      s.append("  warnings: ").append(counts(t.warnings)).append('\n');
      s.append("  slowest: ")
          .append(t.slowest)
          .append(" (")
          .append(ms(t.slowestNanos))
          .append(" ms)\n");
    }
    return s.toString();
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private static String counts(Map<String, Integer> m) {
    if (m.isEmpty()) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return s.toString();
  }

  private static void writeTsv(Path file, List<Outcome> all) throws IOException {
    StringBuilder s =
        new StringBuilder("corpus\tfile\toutcome\twarnings\tfffd\thtml\tchars\ttext\n");
    for (Outcome o : all) {
      s.append(o.corpus)
          .append('\t')
          .append(o.file)
          .append('\t')
          .append(o.result)
          .append('\t')
          .append(String.join(",", o.warnings))
          .append('\t')
          .append(o.fffd ? 1 : 0)
          .append('\t')
          .append(o.html ? 1 : 0)
          .append('\t')
          .append(o.chars)
          .append('\t')
          .append(o.digest)
          .append('\n');
    }
    Files.writeString(file, s);
  }
}
