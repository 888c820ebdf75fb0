package io.mailtriage.train.eval.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;

/**
 * The plumbing the evaluation sets' template classes share: the headers of one mail, the raw RFC
 * 5322 message around a body, transfer encodings and text helpers. What a mail says is the template
 * classes' business ({@link EvalMailForms}, {@link EvalMailAltForms}); how it is written down is
 * this class's.
 */
final class MailParts {
  private MailParts() {}

  /** English month names, written by hand so that no locale data of the JDK shapes a date. */
  static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** English day names, Monday first (as {@code DayOfWeek.ordinal()} counts). */
  static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  /** A form's folder in its set: the enum constant's name in lower case, words joined by "-". */
  static String folder(Enum<?> form) {
    return form.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The time of day on a 12-hour clock: "2:05 PM". */
  static String twelveHour(ZonedDateTime w) {
    int h = w.getHour() % 12 == 0 ? 12 : w.getHour() % 12;
    return String.format(
        Locale.ROOT, "%d:%02d %s", h, w.getMinute(), w.getHour() < 12 ? "AM" : "PM");
  }

  /** The time of day on a 24-hour clock: "09:12". */
  static String time24(ZonedDateTime w) {
    return String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
  }

  /** "Tue, 17 Nov 2026". */
  static String dayDate(ZonedDateTime w) {
    return DAYS[w.getDayOfWeek().ordinal()].substring(0, 3)
        + ", "
        + w.getDayOfMonth()
        + " "
        + MONTHS[w.getMonthValue() - 1].substring(0, 3)
        + " "
        + w.getYear();
  }

  /** "Tue, 17 Nov 2026 at 09:12", as Apple's and Google's clients date a quoted mail. */
  static String dayDateAt(ZonedDateTime w) {
    return dayDate(w) + " at " + time24(w);
  }

  /** "Thursday, December 3, 2026 9:12 AM", as Outlook dates a mail it forwards or quotes. */
  static String outlookDate(ZonedDateTime w) {
    return DAYS[w.getDayOfWeek().ordinal()]
        + ", "
        + MONTHS[w.getMonthValue() - 1]
        + " "
        + w.getDayOfMonth()
        + ", "
        + w.getYear()
        + " "
        + twelveHour(w);
  }

  /** A set of templates the builder deals queries to: its form folders, and one mail per call. */
  interface Templates {
    /** The forms' folder names, in the order {@link #render} numbers them. */
    List<String> folders();

    /**
     * Renders {@code query} in form number {@code form} as the {@code index}-th mail of the set.
     */
    byte[] render(int form, String query, int index);
  }

  /**
   * Templates whose forms are the constants of an enum, dealt in declaration order and named by
   * {@link #folder}; every draw comes from the one {@link Random} the builder seeds.
   */
  abstract static class FormSet<F extends Enum<F>> implements Templates {
    private final F[] forms;
    final Random random;

    FormSet(Class<F> forms, Random random) {
      this.forms = forms.getEnumConstants();
      this.random = random;
    }

    @Override
    public final List<String> folders() {
      return Stream.of(forms).map(MailParts::folder).toList();
    }

    @Override
    public final byte[] render(int form, String query, int index) {
      return render(forms[form], query, index);
    }

    /** Renders {@code query} in {@code form} as the {@code index}-th mail of the set. */
    abstract byte[] render(F form, String query, int index);

    /** One of {@code options}, drawn from the set's random. */
    final String pick(String... options) {
      return options[random.nextInt(options.length)];
    }

    /** {@code n} decimal digits drawn from the set's random. */
    final String digits(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append((char) ('0' + random.nextInt(10)));
      }
      return b.toString();
    }

    /**
     * A sending time on one of the five days of December 2026 from {@code firstDay}, between 07:00
     * and 20:59 UTC, drawn from the set's random (day, hour, minute, second in that order).
     */
    final ZonedDateTime decemberTime(int firstDay) {
      return decemberTime(firstDay, 5, 14);
    }

    /**
     * A sending time on one of {@code days} days of December 2026 from {@code firstDay}, in one of
     * {@code hours} hours from 07:00 UTC, drawn as {@link #decemberTime(int)} draws.
     */
    final ZonedDateTime decemberTime(int firstDay, int days, int hours) {
      return ZonedDateTime.of(
          2026,
          12,
          firstDay + random.nextInt(days),
          7 + random.nextInt(hours),
          random.nextInt(60),
          random.nextInt(60),
          0,
          ZoneOffset.UTC);
    }

    /**
     * A Message-ID unique in the set: 16 drawn hex digits, the mail's index, the sender's domain.
     */
    final String messageId(EvalMailForms.Person from, int index) {
      return messageId(from, index, 16);
    }

    /** A Message-ID as above with {@code digits} drawn hex digits. */
    final String messageId(EvalMailForms.Person from, int index, int digits) {
      return "<" + hex(random, digits) + "." + index + "@" + from.domain() + ">";
    }

    /**
     * A sender whose mailbox is {@code first.last} and the mail's index at one of {@code domains},
     * with a phone number of one of {@code phones} and a house on one of {@code streets}: each part
     * drawn from the set's random in that order.
     */
    final EvalMailForms.Person dottedSender(
        int index,
        String[] first,
        String[] last,
        String[] domains,
        String[] phones,
        int houses,
        String... streets) {
      String given = pick(first);
      String family = pick(last);
      String local = ascii(given.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT));
      return new EvalMailForms.Person(
          given,
          family,
          local + index + "@" + pick(domains),
          phone(pick(phones), random),
          (1 + random.nextInt(houses)) + " " + pick(streets));
    }

    /** {@code n} of {@code pool}, drawn without repeats, in drawn order. */
    final List<String> some(int n, String... pool) {
      List<String> left = new ArrayList<>(List.of(pool));
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n && !left.isEmpty(); i++) {
        out.add(left.remove(random.nextInt(left.size())));
      }
      return out;
    }
  }

  /** The headers of one mail; a reply or a form may change the subject and thread ids. */
  static final class Headers {
    final EvalMailForms.Person person;
    final ZonedDateTime date;
    final String messageId;
    final String to;
    String subject = "";
    String inReplyTo;

    Headers(EvalMailForms.Person person, ZonedDateTime date, String messageId, String to) {
      this.person = person;
      this.date = date;
      this.messageId = messageId;
      this.to = to;
    }

    Headers subject(String s) {
      subject = s;
      return this;
    }

    void reply(String id) {
      inReplyTo = id;
    }

    String from() {
      return encodeHeader(person.full()) + " <" + person.address() + ">";
    }
  }

  /**
   * A service's sender (a relay, a website, a gateway, a notifier): its display name, two words or
   * more, and its address.
   */
  static EvalMailForms.Person sender(String name, String address) {
    int space = name.indexOf(' ');
    return new EvalMailForms.Person(
        name.substring(0, space), name.substring(space + 1), address, "", "");
  }

  /** The message as one quoted-printable text/plain part in UTF-8. */
  static byte[] text(Headers h, String body) {
    return mime(h, "text/plain; charset=utf-8", "quoted-printable", qp(body));
  }

  /**
   * The message in UTF-8: headers, a blank line, {@code body} (already in its transfer encoding).
   */
  static byte[] mime(Headers h, String contentType, String encoding, String body) {
    return mime(h, contentType, encoding, body, StandardCharsets.UTF_8);
  }

  /**
   * The message with CRLF line ends, written in {@code charset} (an 8bit body in a legacy charset;
   * the headers are ASCII or encoded words either way).
   */
  static byte[] mime(Headers h, String contentType, String encoding, String body, Charset charset) {
    StringBuilder m = new StringBuilder();
    m.append("From: ").append(h.from()).append('\n');
    m.append("To: ").append(h.to).append('\n');
    m.append("Subject: ").append(encodeHeader(h.subject)).append('\n');
    m.append("Date: ").append(h.date.format(DateTimeFormatter.RFC_1123_DATE_TIME)).append('\n');
    m.append("Message-ID: ").append(h.messageId).append('\n');
    if (h.inReplyTo != null) {
      m.append("In-Reply-To: ").append(h.inReplyTo).append('\n');
      m.append("References: ").append(h.inReplyTo).append('\n');
    }
    m.append("MIME-Version: 1.0\n");
    m.append("Content-Type: ").append(contentType).append('\n');
    if (encoding != null) {
      m.append("Content-Transfer-Encoding: ").append(encoding).append('\n');
    }
    m.append('\n').append(body);
    return m.toString().replace("\n", "\r\n").getBytes(charset);
  }

  /**
   * A phone number pattern ("+44 7700 900%03d") with its one number field filled from {@code
   * random}: as many digits as the field's width ({@code %d}: one).
   */
  static String phone(String pattern, Random random) {
    int at = pattern.indexOf('%');
    int width = Character.isDigit(pattern.charAt(at + 2)) ? pattern.charAt(at + 2) - '0' : 1;
    return String.format(Locale.ROOT, pattern, random.nextInt((int) Math.pow(10, width)));
  }

  static String encodeHeader(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 126) {
        return EncoderUtil.encodeEncodedWord(value, EncoderUtil.Usage.TEXT_TOKEN);
      }
    }
    return value;
  }

  /** Quoted-printable of {@code text} in UTF-8, with {@code \n} line ends. */
  static String qp(String text) {
    return qp(text, StandardCharsets.UTF_8);
  }

  static String qp(String text, Charset charset) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // Text mode (false = not binary): line breaks stay line breaks, long lines get soft breaks.
      try (QuotedPrintableOutputStream qp = new QuotedPrintableOutputStream(out, false)) {
        qp.write(text.replace("\n", "\r\n").getBytes(charset));
      }
      return out.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code digits} lower-case hex digits drawn from {@code random}: boundaries, ids, tokens. */
  static String hex(Random random, int digits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }

  /**
   * multipart/alternative of a text and an HTML part, both quoted-printable, between {@code
   * boundary} lines.
   */
  static byte[] alternative(Headers h, String boundary, String text, String html) {
    String body =
        "--"
            + boundary
            + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text)
            + "\n--"
            + boundary
            + "\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(html)
            + "\n--"
            + boundary
            + "--\n";
    return mime(h, "multipart/alternative; boundary=\"" + boundary + "\"", null, body);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code text} quoted once more, as a mail client quotes a message it replies to. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      b.append(line.isEmpty() ? ">" : "> " + line).append('\n');
    }
    return b.toString().stripTrailing();
  }

  static String wrap(String text, int width) {
    return wrap(text, width, false);
  }

  /**
   * {@code text} broken into lines of at most {@code width}; with {@code hyphenate}, a word of
   * eight or more letters that runs over is split with a hyphen where four or more of its letters
   * and three after them fit, as text copied out of a justified PDF comes.
   */
  static String wrap(String text, int width, boolean hyphenate) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      int room = width - col - 2;
      if (hyphenate
          && col > 0
          && col + 1 + word.length() > width
          && word.length() >= 8
          && room >= 4
          && room < word.length() - 3) {
        out.append(' ').append(word, 0, room).append("-\n").append(word.substring(room));
        col = word.length() - room;
        continue;
      }
      if (col > 0 && col + 1 + word.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }

  static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
