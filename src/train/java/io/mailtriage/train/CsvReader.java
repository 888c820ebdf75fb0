package io.mailtriage.train;

import io.mailtriage.tools.Cli;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks; CRLF and LF
 * both end a record. Strict about malformed quoting so that a bad training file fails loudly
 * instead of silently shifting texts onto the wrong labels.
 */
public final class CsvReader {

  private CsvReader() {}

  /**
   * One field as this reader reads it back whatever it holds: always quoted, inner quotes doubled.
   */
  public static String field(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A labelled example; {@code line} is the 1-based line where its record starts. */
  public record Row(String text, String label, long line) {}

  /**
   * Reads a file with a header naming a {@code text} column and a {@code label} or {@code category}
   * column (any order, other columns ignored).
   */
  public static List<Row> readLabelled(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> records = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      parse(reader, records, lines, file.toString());
      if (records.isEmpty()) {
        throw new IOException(file + ": empty CSV, expected a header with text,label");
      }
      List<String> header = records.get(0);
      int textCol = indexOf(header, "text");
      int labelCol = indexOf(header, "label");
      if (labelCol < 0) {
        labelCol = indexOf(header, "category");
      }
      if (textCol < 0 || labelCol < 0) {
        throw new IOException(
            file + ": header " + header + " lacks a text and a label/category column");
      }
      List<Row> rows = new ArrayList<>(records.size() - 1);
      for (int r = 1; r < records.size(); r++) {
        List<String> rec = records.get(r);
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue; // blank line
        }
        if (rec.size() != header.size()) {
          throw new IOException(
              file
                  + ":"
                  + lines.get(r)
                  + ": expected "
                  + header.size()
                  + " fields, found "
                  + rec.size());
        }
        rows.add(new Row(rec.get(textCol), rec.get(labelCol).strip(), lines.get(r)));
      }
      return rows;
    }
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      // A UTF-8 byte-order mark on the first header cell is common in spreadsheet exports.
      if (header.get(i).replace("\uFEFF", "").strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * As {@link #readLabelled}, for command lines: a missing or malformed file is a usage error (exit
   * 2).
   */
  public static List<Row> readOrRefuse(Path file) throws Cli.UsageException {
    try {
      return readLabelled(file);
    } catch (IOException e) {
      throw new Cli.UsageException(
          e.getMessage() == null
              ? file + ": unreadable"
              : e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** Parses all records; {@code startLines} receives the line number each record starts on. */
  public static void parse(
      Reader in, List<List<String>> records, List<Long> startLines, String source)
      throws IOException {
    if (!in.markSupported()) {
      in = new java.io.BufferedReader(in); // one character of look-ahead for "" and CRLF
    }
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    long line = 1;
    long recordStart = 1;
    boolean inQuotes = false;
    boolean fieldWasQuoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      char ch = (char) c;
      if (inQuotes) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          if (field.length() != 0 || fieldWasQuoted) {
            throw new IOException(source + ":" + line + ": quote inside an unquoted field");
          }
          inQuotes = true;
          fieldWasQuoted = true;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          fieldWasQuoted = false;
        }
        case '\r' -> {
          // Only CRLF ends a record; a lone CR is kept as data.
          in.mark(1);
          int next = in.read();
          if (next == '\n') {
            endRecord(records, startLines, record, field, recordStart);
            record = new ArrayList<>();
            fieldWasQuoted = false;
            line++;
            recordStart = line;
            any = false;
          } else {
            if (fieldWasQuoted) {
              throw new IOException(source + ":" + line + ": text after a closing quote");
            }
            field.append('\r');
            if (next != -1) {
              in.reset();
            }
          }
        }
        case '\n' -> {
          endRecord(records, startLines, record, field, recordStart);
          record = new ArrayList<>();
          fieldWasQuoted = false;
          line++;
          recordStart = line;
          any = false;
        }
        default -> {
          if (fieldWasQuoted) {
            throw new IOException(source + ":" + line + ": text after a closing quote");
          }
          field.append(ch);
        }
      }
    }
    if (inQuotes) {
      throw new IOException(
          source + ":" + recordStart + ": quoted field not closed before end of file");
    }
    if (any) {
      endRecord(records, startLines, record, field, recordStart);
    }
  }

  private static void endRecord(
      List<List<String>> records,
      List<Long> startLines,
      List<String> record,
      StringBuilder field,
      long start) {
    record.add(field.toString());
    field.setLength(0);
    records.add(record);
    startLines.add(start);
  }
}
