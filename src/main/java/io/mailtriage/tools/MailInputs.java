package io.mailtriage.tools;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides which files {@link FeedMail} sends and how each becomes Kafka record values.
 *
 * <ul>
 *   <li>{@code .eml} and {@code .txt}: one raw message per file, bytes unchanged.
 *   <li>{@code .jsonl}: one JSON envelope per non-blank line, the line's bytes without its line
 *       end.
 *   <li>No extension (including SpamAssassin's native {@code 00001.<md5>} names): one raw message,
 *       but only when the file starts like a mail header, so that README, LICENSE or a corpus's
 *       {@code cmds} file in the same folder are not fed as mail.
 *   <li>Anything else (the corpus's {@code .json} twins) is skipped, and so is everything hidden (a
 *       name starting with '.', or inside such a folder).
 * </ul>
 *
 * Files are fed one top-level folder at a time in turn (see {@link #interleave}), in path order
 * within a folder. A single file named on the command line is always fed: as JSON Lines when it
 * ends in {@code .jsonl}, else as one raw message.
 */
public final class MailInputs {
  public enum Kind {
    RAW,
    JSON_LINES
  }

  public record Input(Path path, Kind kind) {}

  /** Receives each record value in feed order. */
  public interface RecordConsumer {
    void accept(byte[] value) throws Exception;
  }

  /** SpamAssassin names messages {@code NNNNN.<md5 hex>}: the digest is not a file type. */
  private static final Pattern DIGEST_SUFFIX = Pattern.compile("[0-9a-f]{32}");

  /** An RFC 5322 header field name (printable ASCII but ':') then ':', or an mbox "From " line. */
  private static final Pattern MAIL_START = Pattern.compile("^(From |[!-9;-~]+:)");

  private static final int SNIFF_BYTES = 512;

  private MailInputs() {}

  /** The inputs under {@code root} (a file or a folder, searched recursively), in path order. */
  public static List<Input> discover(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString());
    }
    if (Files.isRegularFile(root)) {
      return List.of(new Input(root, isJsonLines(root) ? Kind.JSON_LINES : Kind.RAW));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Map<Path, List<Input>> byGroup = new TreeMap<>();
    for (Path file : files) {
      Path relative = root.relativize(file);
      if (isHidden(relative)) {
        continue;
      }
      Path group = relative.getNameCount() > 1 ? relative.getName(0) : Path.of("");
      kindOf(file)
          .ifPresent(
              kind ->
                  byGroup
                      .computeIfAbsent(group, g -> new ArrayList<>())
                      .add(new Input(file, kind)));
    }
    return interleave(byGroup.values());
  }

  /**
   * Takes one file from each top-level folder in turn, so that {@code --limit} on a corpus laid out
   * as one folder per class (ham, spam, ...) samples every class instead of only the first.
   */
  private static List<Input> interleave(Collection<List<Input>> groups) {
    List<Input> out = new ArrayList<>();
    int longest = groups.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Input> group : groups) {
        if (i < group.size()) {
          out.add(group.get(i));
        }
      }
    }
    return out;
  }

  /** How a file found in a folder is fed, or empty when it is not mail. */
  static Optional<Kind> kindOf(Path file) throws IOException {
    String name = file.getFileName().toString();
    switch (extension(name)) {
      case "eml":
      case "txt":
        return Optional.of(Kind.RAW);
      case "jsonl":
        return Optional.of(Kind.JSON_LINES);
      case "":
        return looksLikeMail(file) ? Optional.of(Kind.RAW) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /**
   * Feeds the records of {@code inputs} to {@code consumer}, stopping after {@code limit} records.
   * Returns how many were fed.
   */
  public static long forEachRecord(List<Input> inputs, long limit, RecordConsumer consumer)
      throws Exception {
    long fed = 0;
    for (Input input : inputs) {
      if (fed >= limit) {
        break;
      }
      if (input.kind() == Kind.RAW) {
        consumer.accept(Files.readAllBytes(input.path()));
        fed++;
      } else {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input.path()))) {
          fed += forEachLine(in, limit - fed, consumer);
        }
      }
    }
    return fed;
  }

  /**
   * Splits on '\n' at the byte level, so a line's bytes reach Kafka unchanged even when they are
   * not valid UTF-8 (the job must dead-letter such envelopes, not the feeder repair them). A
   * trailing '\r' is a line end; blank lines are skipped.
   */
  static long forEachLine(InputStream in, long limit, RecordConsumer consumer) throws Exception {
    long fed = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while (fed < limit && (b = in.read()) != -1) {
      if (b == '\n') {
        fed += emitLine(line, consumer);
      } else {
        line.write(b);
      }
    }
    if (fed < limit) {
      fed += emitLine(line, consumer);
    }
    return fed;
  }

  private static int emitLine(ByteArrayOutputStream line, RecordConsumer consumer)
      throws Exception {
    byte[] bytes = line.toByteArray();
    line.reset();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    boolean blank = true;
    for (int i = 0; i < end && blank; i++) {
      blank = bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r';
    }
    if (blank) {
      return 0;
    }
    consumer.accept(end == bytes.length ? bytes : Arrays.copyOf(bytes, end));
    return 1;
  }

  /**
   * True when the file or a folder on its way down from the root is hidden: a {@code .git} folder's
   * HEAD ("ref: ...") would otherwise pass for a mail header.
   */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJsonLines(Path file) {
    return extension(file.getFileName().toString()).equals("jsonl");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return "";
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return DIGEST_SUFFIX.matcher(ext).matches() ? "" : ext;
  }

  private static boolean looksLikeMail(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    return MAIL_START.matcher(start).find();
  }
}
