package io.mailtriage.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.ingest.HtmlText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Wraps a short query in the email around it that real customers send: a subject, greeting, a
 * sentence before or after, a sign-off with a name and often a phone number, and sometimes a quoted
 * earlier reply, a disclaimer, a mobile footer or an HTML-only body. The result is the model text
 * the job hands the model-text step ({@link Rendered#joined()}: subject, a newline, the body as
 * text), with personal data already replaced by the PII stage's placeholders ({@code <PERSON>},
 * ...).
 *
 * <p>Every phrase comes from a {@link Phrases} file (the project's is {@code
 * data/email-forms/training.json}), so nothing about a domain lives here. Rendering is a pure
 * function of the query and a seed.
 */
public final class EmailRenderer {

  /** The shapes an email takes; each rendering picks one. */
  public enum Form {
    PLAIN,
    CHATTY,
    QUOTED_REPLY,
    OUTLOOK_REPLY,
    DISCLAIMER,
    MOBILE,
    HTML,
    TERSE
  }

  /**
   * Phrase lists a rendering draws from; {PERSON}, {PHONE}, {EMAIL} and {DATE} mark personal data.
   */
  public record Phrases(
      List<String> subjects,
      List<String> greetings,
      List<String> openers,
      List<String> afterwords,
      List<String> closings,
      List<String> signatures,
      List<String> quotedReplies,
      List<String> replyHeaders,
      List<String> outlookHeaders,
      List<String> disclaimers,
      List<String> mobileFooters,
      List<String> dates) {}

  /** One rendered email: its form, subject line and body, personal data as placeholders. */
  public record Rendered(Form form, String subject, String body) {
    /** Subject and body joined as the PII stage hands them on: the subject on the first line. */
    public String joined() {
      return subject + "\n" + body;
    }

    /**
     * What the model reads of this email: {@link ModelText} of it, as the job does before scoring.
     */
    public String modelText() {
      return ModelText.of(subject, body).text();
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Phrases p;

  public EmailRenderer(Phrases phrases) {
    for (var list :
        List.of(
            phrases.subjects(),
            phrases.greetings(),
            phrases.openers(),
            phrases.afterwords(),
            phrases.closings(),
            phrases.signatures(),
            phrases.quotedReplies(),
            phrases.replyHeaders(),
            phrases.outlookHeaders(),
            phrases.disclaimers(),
            phrases.mobileFooters(),
            phrases.dates())) {
      if (list == null || list.isEmpty()) {
        throw new IllegalArgumentException(
            "every phrase list of an email-forms file must be present and non-empty");
      }
    }
    this.p = phrases;
  }

  public static EmailRenderer load(Path file) throws IOException {
    try {
      return new EmailRenderer(JSON.readValue(file.toFile(), Phrases.class));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Renders {@code query} in a form chosen by {@code seed}. */
  public Rendered render(String query, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Form form = Form.values()[r.nextInt(Form.values().length)];
    return render(query, form, r);
  }

  private Rendered render(String query, Form form, SplittableRandom r) {
    String subject = pick(r, p.subjects());
    StringBuilder body = new StringBuilder();
    switch (form) {
      case TERSE -> {
        body.append(r.nextBoolean() ? query.toLowerCase(Locale.ROOT) : query);
        if (r.nextBoolean()) {
          body.append("\n").append(pick(r, p.closings()).replace(",", ""));
        }
        return new Rendered(form, placeholders(subject, r), placeholders(body.toString(), r));
      }
      case CHATTY -> {
        body.append(pick(r, p.greetings()))
            .append("\n\n")
            .append(pick(r, p.openers()))
            .append(' ')
            .append(query);
        body.append(' ').append(pick(r, p.afterwords())).append("\n\n");
        body.append(pick(r, p.closings())).append('\n').append(pick(r, p.signatures()));
      }
      default -> {
        body.append(pick(r, p.greetings())).append("\n\n").append(query).append("\n\n");
        if (r.nextInt(3) == 0) {
          body.append(pick(r, p.afterwords())).append("\n\n");
        }
        body.append(pick(r, p.closings())).append('\n').append(pick(r, p.signatures()));
      }
    }
    switch (form) {
      case QUOTED_REPLY -> {
        body.append("\n\n").append(pick(r, p.replyHeaders())).append('\n');
        for (String line : wrap(pick(r, p.quotedReplies()), 72)) {
          body.append("> ").append(line).append('\n');
        }
        subject = "Re: " + subject;
      }
      case OUTLOOK_REPLY -> {
        body.append("\n\n")
            .append(pick(r, p.outlookHeaders()))
            .append("\n\n")
            .append(pick(r, p.quotedReplies()));
        subject = "RE: " + subject;
      }
      case DISCLAIMER -> body.append("\n\n").append(pick(r, p.disclaimers()));
      case MOBILE -> body.append("\n\n").append(pick(r, p.mobileFooters()));
      default -> {
        // PLAIN, CHATTY and HTML carry nothing after the signature
      }
    }
    String text = body.toString();
    if (form == Form.HTML) {
      text = HtmlText.toText(html(text, r));
    }
    return new Rendered(form, placeholders(subject, r), placeholders(text, r));
  }

  /**
   * The body as an HTML-only mail client writes it: one paragraph per block, line breaks inside.
   */
  private static String html(String text, SplittableRandom r) {
    StringBuilder sb = new StringBuilder("<html><head><style>p{margin:0}</style></head><body>");
    sb.append(r.nextBoolean() ? "<div dir=\"ltr\">" : "<div>");
    for (String block : text.split("\n\n")) {
      sb.append("<p>").append(block.replace("&", "&amp;").replace("\n", "<br>")).append("</p>");
    }
    return sb.append("</div></body></html>").toString();
  }

  private String placeholders(String text, SplittableRandom r) {
    return text.replace("{PERSON}", "<PERSON>")
        .replace("{PHONE}", "<PHONE>")
        .replace("{EMAIL}", "<EMAIL>")
        .replace("{DATE}", pick(r, p.dates()));
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pick(SplittableRandom r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }
}
