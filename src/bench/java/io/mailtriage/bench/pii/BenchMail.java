package io.mailtriage.bench.pii;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.ingest.Address;
import io.mailtriage.ingest.EmailParser;
import io.mailtriage.ingest.ParseResult;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The mail the PII benchmark reads: one email's subject, body and the display names of its headers,
 * as the tokenization operator gets them. Two sources, so the figure is not an artefact of one kind
 * of text: real messages (the SpamAssassin corpus committed under test resources, parsed by the
 * job's own parser) and generated support mail in which every email carries its own, distinct
 * personal data (so no per-value shortcut can flatter the figure), some of it quoted again in a
 * reply, as real threads do.
 */
record BenchMail(String subject, String body, List<String> names) {

  static final Path CORPUS = Path.of("src/test/resources/corpus/spamassassin");

  int chars() {
    return subject.length() + body.length();
  }

  static List<BenchMail> load(String source) {
    return switch (source) {
      case "spamassassin" -> corpus(CORPUS);
      case "support" -> support(400, 20260601L);
      default -> throw new IllegalArgumentException("unknown mail source " + source);
    };
  }

  /** Every parseable message of the corpus, with headers removed as the job's parser does. */
  static List<BenchMail> corpus(Path dir) {
    MailtriageConfig.Tenants tenants =
        new MailtriageConfig.Tenants(
            "demo",
            List.of(new MailtriageConfig.Tenant("demo", "US", List.of("support@example.com"))));
    EmailParser parser =
        new EmailParser(new MailtriageConfig.Ingest(10 << 20, 1_000_000, 0), tenants);
    List<BenchMail> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        SourceRecord r = new SourceRecord();
        r.topic = "emails.raw";
        r.value = Files.readAllBytes(f);
        r.size = r.value.length;
        r.kafkaTimestamp = System.currentTimeMillis();
        ParseResult parsed = parser.parse(r);
        if (parsed.isOk()) {
          RawEmail e = parsed.email();
          out.add(
              new BenchMail(
                  e.subject == null ? "" : e.subject, e.body == null ? "" : e.body, names(e)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmark from the repository root", e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no mail under " + dir.toAbsolutePath());
    }
    return out;
  }

  private static List<String> names(RawEmail e) {
    List<String> names = new ArrayList<>();
    for (Address a :
        Stream.concat(Stream.of(e.from), Stream.of(e.to == null ? new Address[0] : e.to))
            .toList()) {
      if (a != null && a.name != null && !a.name.isBlank()) {
        names.add(a.name);
      }
    }
    return names;
  }

  private static final String[] FIRST = {
    "Anna", "Tom", "Priya", "Lukas", "Chen", "Maria", "Oliver", "Fatima", "James", "Sofia", "Kenji",
    "Amara"
  };
  private static final String[] LAST = {
    "Kowalski",
    "Becker",
    "Sharma",
    "Novak",
    "Li",
    "Garcia",
    "Smith",
    "Haddad",
    "O'Neill",
    "Rossi",
    "Tanaka",
    "Okafor"
  };
  private static final String[] PROSE = {
    "I have been trying to log into my account for three days and the app keeps telling me that my "
        + "session has expired.",
    "The transfer I made on Monday still shows as pending and the money has left my balance.",
    "Could you please explain why my card was declined at the supermarket although there is enough "
        + "money on the account?",
    "I was charged twice for the same purchase and would like one of the payments refunded.",
    "Since the last update of the app the exchange rate shown differs from the one I was charged.",
    "I reinstalled the app and cleared the cache, but nothing changed.",
    "My top-up by bank transfer has not arrived after two working days.",
    "Please let me know what documents you need to verify my identity.",
    "The ATM kept my card and printed a receipt without dispensing any cash.",
    "I would like to close my account and move the remaining balance elsewhere."
  };

  /**
   * Generated support mail: a greeting, prose, 1–4 distinct PII values, a sign-off, maybe a quote.
   */
  static List<BenchMail> support(int count, long seed) {
    Random rnd = new Random(seed);
    List<BenchMail> out = new ArrayList<>(count);
    for (int m = 0; m < count; m++) {
      String name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
      StringBuilder b = new StringBuilder("Hello,\n\n");
      int paragraphs = 1 + rnd.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        for (int s = 0, n = 1 + rnd.nextInt(4); s < n; s++) {
          b.append(PROSE[rnd.nextInt(PROSE.length)]).append(' ');
        }
        b.append("\n\n");
      }
      int pii = 1 + rnd.nextInt(4);
      for (int k = 0; k < pii; k++) {
        b.append(
                switch (rnd.nextInt(5)) {
                  case 0 ->
                      "You can reach me on ("
                          + (200 + rnd.nextInt(700))
                          + ") 555-0"
                          + (100 + rnd.nextInt(900))
                          + ".";
                  case 1 ->
                      "My other address is "
                          + name.toLowerCase().replace(' ', '.').replace("'", "")
                          + rnd.nextInt(100)
                          + "@example.org.";
                  case 2 -> "The card is " + card(rnd) + ".";
                  case 3 ->
                      "Order reference "
                          + (100000 + rnd.nextInt(900000))
                          + ", amount EUR "
                          + rnd.nextInt(2000)
                          + ".50.";
                  default ->
                      "I live at "
                          + (1 + rnd.nextInt(300))
                          + " Elm Street, Springfield, IL 627"
                          + (10 + rnd.nextInt(89))
                          + ".";
                })
            .append('\n');
      }
      b.append("\nKind regards,\n").append(name).append('\n');
      if (rnd.nextInt(3) == 0) {
        // A reply quoting the earlier message repeats its personal data, as real threads do.
        String earlier = b.toString();
        b.setLength(0);
        b.append("Hi, any news on this?\n\n")
            .append(name)
            .append("\n\nOn Monday ")
            .append(name)
            .append(" wrote:\n");
        for (String line : earlier.split("\n", -1)) {
          b.append("> ").append(line).append('\n');
        }
      }
      out.add(
          new BenchMail("Problem with my account (" + (m + 1) + ")", b.toString(), List.of(name)));
    }
    return out;
  }

  /** A 16-digit Visa-range number with a valid Luhn check digit, in groups of four. */
  private static String card(Random rnd) {
    int[] d = new int[16];
    d[0] = 4;
    for (int i = 1; i < 15; i++) {
      d[i] = rnd.nextInt(10);
    }
    int sum = 0;
    for (int i = 14, k = 0; i >= 0; i--, k++) {
      int v = d[i];
      if (k % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append(' ');
      }
      s.append(d[i]);
    }
    return s.toString();
  }
}
