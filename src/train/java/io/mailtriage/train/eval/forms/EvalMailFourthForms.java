package io.mailtriage.train.eval.forms;

import static io.mailtriage.train.eval.forms.MailParts.MONTHS;
import static io.mailtriage.train.eval.forms.MailParts.ascii;
import static io.mailtriage.train.eval.forms.MailParts.esc;
import static io.mailtriage.train.eval.forms.MailParts.mime;
import static io.mailtriage.train.eval.forms.MailParts.qp;
import static io.mailtriage.train.eval.forms.MailParts.quote;
import static io.mailtriage.train.eval.forms.MailParts.wrap;

import io.mailtriage.train.eval.forms.MailParts.Headers;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fourth evaluation set's templates ({@code data/eval-mail-fourth}), written by a fourth author
 * from the three earlier sets' form lists and the builder's plumbing only, before reading the
 * model-text step's rules: mail clients' chrome in other languages, mailing-list wrappers, signed
 * mail, hard-wrapped text, HTML with rewritten links and tracking images, chat and voicemail
 * transcripts, a note over the bank's auto-acknowledgement, a reply over a survey or newsletter,
 * details written as lists, and mail attached as a message. Renders BANKING77 <em>test</em> queries
 * and must never feed training.
 *
 * <p>Every mail holds its query's words once, unchanged, as the customer's request (a hard-wrapped
 * one with line breaks between them); everything around it is the template's. Dates are written by
 * hand and everything is drawn from the {@link Random} passed in, so a seed gives the same bytes on
 * every JDK.
 */
final class EvalMailFourthForms extends MailParts.FormSet<EvalMailFourthForms.Form> {

  /** The forms, in dealing order; the name is the set's folder. */
  enum Form {
    CHROME_INTL,
    LIST_WRAPPER,
    SIGNED,
    HARD_WRAP,
    HTML_TRACKING,
    TRANSCRIPT,
    AUTO_ACK,
    SURVEY_REPLY,
    DETAIL_LIST,
    ATTACHED_MESSAGE;
  }

  static final String SUPPORT = "help@acme-bank.example";
  private static final String BANK_FROM = "Acme Bank <" + SUPPORT + ">";
  private static final String NOREPLY = "Acme Bank <no-reply@acme-bank.example>";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 11, 2, 7, 5, 0, 0, ZoneOffset.UTC);

  private static final String[] FIRST = {
    "Ingrid",
    "Babajide",
    "Consuelo",
    "Wouter",
    "Małgorzata",
    "Thabo",
    "Éloïse",
    "Rasmus",
    "Giulia",
    "Tomasz",
    "Niamh",
    "Arjun",
    "Bettina",
    "Joaquín",
    "Marit",
    "Femi",
    "Zuzana",
    "Lorenzo",
    "Ayesha",
    "Gareth",
    "Sietske",
    "Hamza",
    "Inês",
    "Radek",
    "Chiara",
    "Obinna",
    "Leontien",
    "Sven",
    "Marisol",
    "Dmitri"
  };
  private static final String[] LAST = {
    "Haugen", "Okonkwo", "Ibáñez", "Verhoeven", "Wiśniewska", "Mokoena", "Lefebvre", "Nygaard",
    "Esposito", "Zieliński", "Ó Briain", "Menon", "Hofmann", "Serrano", "Eriksen", "Adeyemi",
    "Novotná", "Ricci", "Siddiqui", "Pritchard", "Bakker", "Chaudhry", "Carvalho", "Dvořák",
    "Marchetti", "Eze", "Smit", "Lindqvist", "Paredes", "Volkov"
  };
  private static final String[] DOMAINS = {
    "example.com", "example.net", "mail.example.org", "example.nl", "example.es"
  };

  /** Numbers from ranges kept for fiction (UK drama ranges, US 555-01xx, Australia's 7010). */
  private static final String[] PHONES = {
    "+44 20 7946 0%03d",
    "020 7946 0%03d",
    "+44 161 496 0%03d",
    "+1 202 555 01%02d",
    "+61 2 7010 5%03d"
  };

  private static final String[] GREETINGS = {
    "Hello,",
    "Hi there,",
    "Dear Acme Bank,",
    "Dear Sir or Madam,",
    "Hi Acme,",
    "Good afternoon,",
    "To whom it may concern,",
    "Hi all,"
  };
  private static final String[] SIGN_OFFS = {
    "Best,",
    "Kind regards,",
    "Thanks a lot,",
    "Cheers,",
    "Regards,",
    "Many thanks,",
    "All the best,",
    "Thanks!"
  };

  /** The bank's earlier answers, each about a topic of its own (the history is not the request). */
  private static final String[] BANK_ANSWERS = {
    "Thank you for getting in touch. Your replacement card was dispatched on Friday and should"
        + " arrive within 3 to 5 working days. Once it arrives you can activate it in the app.",
    "We have looked into the transfer you asked about and it left your account on 28 October. The"
        + " receiving bank may take up to one working day to credit it.",
    "Thanks for your patience. We have now verified your identity, and your account is fully open"
        + " again. You can top up and make payments as usual.",
    "We're sorry for the trouble with the app. Please update to the latest version and log in"
        + " again; if the problem continues, reply to this email with a screenshot.",
    "Your refund request has been passed to the merchant team. Refunds usually show in your"
        + " account within 5 to 10 working days."
  };

  EvalMailFourthForms(Random random) {
    super(Form.class, random);
  }

  @Override
  byte[] render(Form form, String query, int index) {
    EvalMailForms.Person p = person(index);
    ZonedDateTime date = START.plusMinutes(11L * index + 3);
    String domain = p.domain();
    String messageId =
        "<"
            + Integer.toString(index * 7_919 + 17, 36)
            + "."
            + date.toEpochSecond()
            + "@"
            + domain
            + ">";
    Headers h = new Headers(p, date, messageId, pick("", "\"Acme Bank\" ") + "<" + SUPPORT + ">");
    return switch (form) {
      case CHROME_INTL -> chromeIntl(h, query, p);
      case LIST_WRAPPER -> listWrapper(h, query, p, index);
      case SIGNED -> signed(h, query, p);
      case HARD_WRAP -> hardWrap(h, query, p);
      case HTML_TRACKING -> htmlTracking(h, query, p, index);
      case TRANSCRIPT -> transcript(h, query, p, index);
      case AUTO_ACK -> autoAck(h, query, p, index);
      case SURVEY_REPLY -> surveyReply(h, query, p);
      case DETAIL_LIST -> detailList(h, query, p);
      case ATTACHED_MESSAGE -> attachedMessage(h, query, p, index);
    };
  }

  private EvalMailForms.Person person(int index) {
    String first = pick(FIRST);
    String last = pick(LAST);
    String local =
        switch (random.nextInt(3)) {
          case 0 -> first + "." + last;
          case 1 -> first.charAt(0) + "." + last;
          default -> last + first.charAt(0) + (index % 89);
        };
    local = ascii(local).toLowerCase(Locale.ROOT).replace(" ", "").replace("ł", "l");
    String phone = MailParts.phone(pick(PHONES), random);
    String street =
        pick(
            "Flat 2, 17 Orchard Row, London E8 4QP",
            "Keizersgracht 1000, 1017 AA Amsterdam",
            "Calle Ejemplo 12, 3º B, 28001 Madrid",
            "55 Sample Street, Sydney NSW 2000");
    return new EvalMailForms.Person(first, last, local + "@" + pick(DOMAINS), phone, street);
  }

  // ---- the forms ----------------------------------------------------------------------------

  /** A client's chrome in one language: greeting, closing, phone footer and reply header block. */
  private record Chrome(
      String greeting,
      String closing,
      String footer,
      String from,
      String sent,
      String to,
      String subject,
      String[] days,
      String[] months,
      String dateForm) {}

  private static final Chrome[] CHROMES = {
    new Chrome(
        "Hola,",
        "Saludos cordiales,",
        "Enviado desde mi iPhone",
        "De:",
        "Enviado el:",
        "Para:",
        "Asunto:",
        new String[] {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
        new String[] {
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre"
        },
        "%1$s, %2$d de %3$s de %4$d %5$s"),
    new Chrome(
        "Goedemiddag,",
        "Met vriendelijke groet,",
        "Verzonden vanaf mijn iPhone",
        "Van:",
        "Verzonden:",
        "Aan:",
        "Onderwerp:",
        new String[] {
          "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"
        },
        new String[] {
          "januari",
          "februari",
          "maart",
          "april",
          "mei",
          "juni",
          "juli",
          "augustus",
          "september",
          "oktober",
          "november",
          "december"
        },
        "%1$s %2$d %3$s %4$d %5$s"),
    new Chrome(
        "Buongiorno,",
        "Cordiali saluti,",
        "Inviato da iPhone",
        "Da:",
        "Inviato:",
        "A:",
        "Oggetto:",
        new String[] {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
        new String[] {
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre"
        },
        "%1$s %2$d %3$s %4$d %5$s"),
    new Chrome(
        "Olá,",
        "Atenciosamente,",
        "Enviado do meu iPhone",
        "De:",
        "Enviada:",
        "Para:",
        "Assunto:",
        new String[] {
          "segunda-feira",
          "terça-feira",
          "quarta-feira",
          "quinta-feira",
          "sexta-feira",
          "sábado",
          "domingo"
        },
        new String[] {
          "janeiro",
          "fevereiro",
          "março",
          "abril",
          "maio",
          "junho",
          "julho",
          "agosto",
          "setembro",
          "outubro",
          "novembro",
          "dezembro"
        },
        "%1$s, %2$d de %3$s de %4$d %5$s"),
    new Chrome(
        "Dobrý den,",
        "S pozdravem",
        "Odesláno z iPhonu",
        "Od:",
        "Odesláno:",
        "Komu:",
        "Předmět:",
        new String[] {"pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"},
        new String[] {
          "ledna",
          "února",
          "března",
          "dubna",
          "května",
          "června",
          "července",
          "srpna",
          "září",
          "října",
          "listopadu",
          "prosince"
        },
        "%1$s %2$d. %3$s %4$d %5$s"),
    new Chrome(
        "Bonjour,",
        "Cordialement,",
        "Envoyé de mon iPad",
        "De :",
        "Envoyé :",
        "À :",
        "Objet :",
        new String[] {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
        new String[] {
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre"
        },
        "%1$s %2$d %3$s %4$d %5$s"),
    new Chrome(
        "Hej,",
        "Med vänliga hälsningar",
        "Skickat från min iPhone",
        "Från:",
        "Skickat:",
        "Till:",
        "Ämne:",
        new String[] {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"},
        new String[] {
          "januari",
          "februari",
          "mars",
          "april",
          "maj",
          "juni",
          "juli",
          "augusti",
          "september",
          "oktober",
          "november",
          "december"
        },
        "den %2$d %3$s %4$d %5$s")
  };

  /**
   * A customer whose mail client speaks another language: the greeting and closing in it (the
   * request in English), its phone footer, and the bank's answer under its reply header block.
   */
  private byte[] chromeIntl(Headers h, String query, EvalMailForms.Person p) {
    Chrome c = CHROMES[random.nextInt(CHROMES.length)];
    String answer = pick(BANK_ANSWERS);
    String earlier = pick("Your enquiry", "Your message to Acme Bank", "Case update");
    String reply = pick("RE: ", "AW: ", "R: ", "SV: ", "Odp: ", "Re: ");
    h.reply("<ack-" + h.date.toEpochSecond() + "@acme-bank.example>");
    h.subject(reply + earlier);
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) > 0) {
      b.append(c.greeting()).append("\n\n");
    }
    b.append(query).append("\n\n").append(c.closing()).append('\n').append(p.first());
    boolean phone = random.nextBoolean();
    if (phone) {
      b.append("\n\n").append(c.footer());
    }
    b.append("\n\n");
    if (!phone && random.nextBoolean()) {
      b.append("________________________________\n");
    }
    ZonedDateTime w = h.date.minusDays(1 + random.nextInt(4)).minusHours(3);
    String when =
        String.format(
            Locale.ROOT,
            c.dateForm(),
            c.days()[w.getDayOfWeek().ordinal()],
            w.getDayOfMonth(),
            c.months()[w.getMonthValue() - 1],
            w.getYear(),
            String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute()));
    b.append(c.from()).append(' ').append(BANK_FROM).append('\n');
    b.append(c.sent()).append(' ').append(when).append('\n');
    b.append(c.to()).append(' ').append(p.full()).append(" <").append(p.address()).append(">\n");
    b.append(c.subject()).append(' ').append(earlier).append("\n\n");
    b.append("Dear ").append(p.first()).append(",\n\n").append(answer);
    b.append("\n\nKind regards,\n")
        .append(pick("Sam", "Noor", "Olly", "Kasia"))
        .append("\nAcme Bank");
    return plain(h, b.toString());
  }

  /**
   * A small business writing from a shared group address: the list's tag in the subject, "via" in
   * the sender's name, and the list software's footer under the letter.
   */
  private byte[] listWrapper(Headers h, String query, EvalMailForms.Person p, int index) {
    String list = pick("finance", "accounts", "office", "payables", "admin-team");
    String org = pick("brightfield-design", "harbourlane", "oakridge-studio", "tidewater-co");
    String group = list + "@" + org + ".example";
    String id = Integer.toString(index * 977 + 4_111, 36);
    h.subject("[" + list + "] " + subject(query));
    StringBuilder b = new StringBuilder();
    b.append(pick(GREETINGS)).append("\n\n").append(query).append("\n\n");
    b.append(pick(SIGN_OFFS)).append('\n').append(p.full()).append('\n');
    b.append(pick("Office manager", "Finance", "Director", "Bookkeeper")).append(", ");
    b.append(cap(org.replace('-', ' '))).append("\n\n");
    switch (random.nextInt(4)) {
      case 0 ->
          b.append(
                  "-- \nYou received this message because you are subscribed to the Google Groups \"")
              .append(cap(list))
              .append(
                  "\" group.\nTo unsubscribe from this group and stop receiving emails from it,")
              .append(" send an email to ")
              .append(list)
              .append("+unsubscribe@")
              .append(org)
              .append(".example.\nTo view this discussion visit https://groups.example.com/a/")
              .append(org)
              .append(".example/d/msgid/")
              .append(list)
              .append('/')
              .append(id)
              .append("%40")
              .append(org)
              .append(".example.");
      case 1 ->
          b.append("_______________________________________________\n")
              .append(cap(list))
              .append(" mailing list\n")
              .append(list)
              .append("@lists.")
              .append(org)
              .append(".example\nhttps://lists.")
              .append(org)
              .append(".example/mailman/listinfo/")
              .append(list);
      case 2 ->
          b.append("_______________________________________________\n")
              .append(cap(list))
              .append(" mailing list -- ")
              .append(list)
              .append("@lists.")
              .append(org)
              .append(".example\nTo unsubscribe send an email to ")
              .append(list)
              .append("-leave@lists.")
              .append(org)
              .append(".example");
      default ->
          b.append("#".repeat(72))
              .append("\n\nTo unsubscribe from the ")
              .append(list.toUpperCase(Locale.ROOT))
              .append("-L list, click the following link:\nhttps://lists.")
              .append(org)
              .append(".example/cgi-bin/wa?SUBED1=")
              .append(list.toUpperCase(Locale.ROOT))
              .append("-L&A=1");
    }
    return plain(sentBy(h, p.first(), p.last() + " via " + cap(list), group), b.toString());
  }

  /** Signed mail: PGP clear-signed text, PGP/MIME or S/MIME, the signature a part or a block. */
  private byte[] signed(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    String sig =
        "-- \n" + p.full() + "\n" + p.phone() + "\nPGP: 0x" + hex(16).toUpperCase(Locale.ROOT);
    String letter =
        pick(GREETINGS)
            + "\n\n"
            + query
            + "\n\n"
            + pick(SIGN_OFFS)
            + "\n"
            + p.first()
            + "\n\n"
            + sig;
    String boundary = pick("------------", "=-") + hex(24);
    switch (random.nextInt(3)) {
      case 0 -> {
        // Clear-signed text: lines starting with a dash are escaped as "- -".
        StringBuilder b = new StringBuilder("-----BEGIN PGP SIGNED MESSAGE-----\nHash: ");
        b.append(pick("SHA256", "SHA512", "SHA1")).append("\n\n");
        for (String line : letter.split("\n", -1)) {
          b.append(line.startsWith("-") ? "- " + line : line).append('\n');
        }
        b.append(armour());
        return plain(h, b.toString());
      }
      case 1 -> {
        String body =
            "This is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n--"
                + boundary
                + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding:"
                + " quoted-printable\n\n"
                + qp(letter)
                + "\n\n--"
                + boundary
                + "\nContent-Type: application/pgp-signature; name=\"OpenPGP_signature.asc\"\n"
                + "Content-Description: OpenPGP digital signature\nContent-Disposition:"
                + " attachment; filename=\"OpenPGP_signature.asc\"\n\n"
                + armour()
                + "\n--"
                + boundary
                + "--\n";
        return mime(
            h,
            "multipart/signed; micalg=pgp-sha256; protocol=\"application/pgp-signature\";"
                + " boundary=\""
                + boundary
                + "\"",
            null,
            body);
      }
      default -> {
        byte[] der = new byte[600 + random.nextInt(400)];
        random.nextBytes(der);
        der[0] = 0x30;
        String body =
            "This is a cryptographically signed message in MIME format.\n\n--"
                + boundary
                + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding:"
                + " 8bit\n\n"
                + letter
                + "\n\n--"
                + boundary
                + "\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\n"
                + "Content-Transfer-Encoding: base64\nContent-Disposition: attachment;"
                + " filename=\"smime.p7s\"\nContent-Description: S/MIME Cryptographic Signature\n\n"
                + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(der)
                + "\n--"
                + boundary
                + "--\n";
        return mime(
            h,
            "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256;"
                + " boundary=\""
                + boundary
                + "\"",
            null,
            body);
      }
    }
  }

  /**
   * Text hard-wrapped by the client at 60 to 76 columns, so the request runs over lines with the
   * sentences around it; a third over a quote the client wrapped again, leaving the overflow of
   * each quoted line unmarked, under an attribution wrapped in two.
   */
  private byte[] hardWrap(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    int width = 60 + random.nextInt(17);
    String before =
        pick(
            "I hope you are well.",
            "I have been a customer for a few years and have not needed to write before.",
            "Sorry to bother you with this but I could not find the answer on your website.",
            "I tried the chat in the app first but nobody answered.",
            "");
    String after =
        pick(
            "I would be grateful for a quick answer.",
            "Please let me know at your earliest convenience.",
            "Thank you in advance for looking into this.",
            "");
    String para =
        (before.isEmpty() ? "" : before + " ") + query + (after.isEmpty() ? "" : " " + after);
    StringBuilder b = new StringBuilder();
    String greeting = pick(GREETINGS);
    if (random.nextBoolean()) {
      b.append(wrap(greeting + " " + para, width));
    } else {
      b.append(greeting).append("\n\n").append(wrap(para, width));
    }
    b.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(p.full());
    if (random.nextInt(3) == 0) {
      h.subject("Re: " + pick("Your enquiry", "Your recent message"));
      h.reply("<ans-" + h.date.toEpochSecond() + "@acme-bank.example>");
      ZonedDateTime w = h.date.minusDays(2);
      String attribution =
          "On "
              + w.getDayOfMonth()
              + " "
              + MONTHS[w.getMonthValue() - 1].substring(0, 3)
              + " "
              + w.getYear()
              + ", at "
              + String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute())
              + ", Acme Bank Customer Services <"
              + SUPPORT
              + "> wrote:";
      b.append("\n\n").append(wrap(attribution, width)).append('\n');
      // The sender's client wrapped the answer at 76; quoting and wrapping again breaks the lines.
      String quoted = quote("Dear " + p.first() + ",\n\n" + wrap(pick(BANK_ANSWERS), 76));
      b.append(wrapEach(quoted, width));
    }
    return plain(h, b.toString());
  }

  /**
   * HTML mail from a corporate client: every link rewritten by a link-safety service, the logo and
   * social icons as {@code cid:} images with alt text, a signature tool's tracking pixel and
   * banner, and a hidden preview line; as HTML only or beside the client's own text part.
   */
  private byte[] htmlTracking(Headers h, String query, EvalMailForms.Person p, int index) {
    h.subject(subject(query));
    String company =
        pick("Lumen Logistics", "Corvid Analytics", "Pinecrest Estates", "Halyard Marine");
    String site = "https://www." + company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/";
    String cid =
        "image00"
            + (1 + random.nextInt(3))
            + ".png@01DB"
            + hex(4).toUpperCase(Locale.ROOT)
            + "."
            + hex(8).toUpperCase(Locale.ROOT);
    String greeting = pick(GREETINGS);
    String signOff = pick(SIGN_OFFS);
    String banner =
        pick(
            "We're hiring - see our open roles",
            "Book a meeting with me",
            "Read our 2026 impact report");
    String pixel = "https://t.sigtrack.example/o/" + hex(20) + ".gif";
    StringBuilder html =
        new StringBuilder(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p{margin:0}</style></head><body>");
    if (random.nextBoolean()) {
      html.append("<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">")
          .append(esc(company))
          .append(" - ")
          .append(esc(banner))
          .append("</div>");
    }
    html.append("<div class=\"WordSection1\"><p class=\"MsoNormal\">")
        .append(esc(greeting))
        .append("</p><p class=\"MsoNormal\">&nbsp;</p>");
    html.append("<p class=\"MsoNormal\">")
        .append(esc(query))
        .append("</p><p class=\"MsoNormal\">&nbsp;</p>");
    html.append("<p class=\"MsoNormal\">").append(esc(signOff)).append("</p>");
    html.append("<table border=\"0\" cellpadding=\"0\"><tr><td><a href=\"")
        .append(safelink(site))
        .append("\"><img width=\"96\" height=\"32\" src=\"cid:")
        .append(cid)
        .append("\" alt=\"")
        .append(esc(company))
        .append(" logo\"></a></td>");
    html.append("<td><b>")
        .append(esc(p.full()))
        .append("</b><br>")
        .append(pick("Operations Lead", "Account Director", "Office Manager"))
        .append(" | ")
        .append(esc(company))
        .append("<br>T: ")
        .append(esc(p.phone()))
        .append("<br><a href=\"")
        .append(safelink(site))
        .append("\">")
        .append(site, 8, site.length() - 1)
        .append("</a><br>");
    for (String icon : List.of("LinkedIn", "X", "Instagram")) {
      html.append("<a href=\"")
          .append(
              safelink(
                  "https://"
                      + icon.toLowerCase(Locale.ROOT)
                      + ".example/"
                      + company.replace(" ", "")))
          .append("\"><img width=\"16\" height=\"16\" src=\"cid:icon-")
          .append(icon.toLowerCase(Locale.ROOT))
          .append("@sig\" alt=\"")
          .append(icon)
          .append("\"></a> ");
    }
    html.append("</td></tr></table><p><a href=\"")
        .append(safelink(site + "careers"))
        .append("\"><img src=\"https://cdn.sigtrack.example/banners/")
        .append(index % 7)
        .append(".png\" alt=\"")
        .append(esc(banner))
        .append("\" width=\"400\" height=\"60\"></a></p>");
    html.append("<img src=\"")
        .append(pixel)
        .append(
            "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\"></div></body></html>");
    if (random.nextBoolean()) {
      return mime(
          h, "text/html; charset=\"utf-8\"", "quoted-printable", qp(html.toString()) + "\n");
    }
    // Outlook's own text part: cid images as [cid:…], links in angle brackets after their text.
    String text =
        greeting
            + "\n\n"
            + query
            + "\n\n"
            + signOff
            + "\n[cid:"
            + cid
            + "]<"
            + safelink(site)
            + ">\n"
            + p.full()
            + "\n"
            + company
            + "\nT: "
            + p.phone()
            + "\n"
            + site.substring(8, site.length() - 1)
            + "<"
            + safelink(site)
            + ">\n[LinkedIn]<"
            + safelink("https://linkedin.example/" + company.replace(" ", ""))
            + ">\n"
            + "["
            + banner
            + "]<"
            + safelink(site + "careers")
            + ">\n";
    String boundary = "_000_" + hex(12).toUpperCase(Locale.ROOT) + "_";
    String body =
        "--"
            + boundary
            + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text)
            + "\n--"
            + boundary
            + "\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(html.toString())
            + "\n--"
            + boundary
            + "--\n";
    return mime(h, "multipart/alternative; boundary=\"" + boundary + "\"", null, body);
  }

  /**
   * A conversation held elsewhere, emailed in: a chat with the bank's assistant the customer
   * forwards after it broke off, or the phone system's voicemail mail with the message's machine
   * transcription.
   */
  private byte[] transcript(Headers h, String query, EvalMailForms.Person p, int index) {
    ZonedDateTime w = h.date.minusHours(1 + random.nextInt(20));
    String hms = String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute());
    switch (random.nextInt(3)) {
      case 0 -> {
        h.subject(pick("Chat transcript", "Fw: Your chat with Acme Bank", "chat got cut off"));
        StringBuilder b = new StringBuilder();
        b.append(
                pick(
                    "The chat closed before anyone answered, transcript below.",
                    "Hi, I was disconnected from the chat. Here is what I asked:",
                    "Copying the chat below as nobody replied.",
                    "See chat below."))
            .append("\n\n");
        b.append(pick("Chat transcript", "Conversation with Acme Bank", "Your chat transcript"))
            .append("\nConversation ID: CH-")
            .append(100_000 + index)
            .append('\n');
        String bot = pick("Ava (virtual assistant)", "Acme Assistant", "Bot");
        String stamp = "[" + hms + "] ";
        b.append(stamp)
            .append(bot)
            .append(": Hi ")
            .append(p.first())
            .append(
                "! I'm here to help. Please choose a topic: Cards, Payments, Account, Something else\n");
        b.append(stamp).append(p.first()).append(": Something else\n");
        b.append(stamp).append(bot).append(": OK. In a few words, what can I help you with?\n");
        b.append(stamp).append(p.first()).append(": ").append(query).append('\n');
        b.append(stamp)
            .append(bot)
            .append(
                pick(
                    ": Thanks. I'm connecting you to one of our team. You are number 6 in the queue.\n",
                    ": Sorry, I didn't understand that. Let me find someone to help.\n"));
        b.append(stamp)
            .append("System: ")
            .append(
                pick(
                    "The chat has ended because no agent was available.",
                    "This conversation was closed due to inactivity.",
                    "Our agents are busy. Please try again later."));
        b.append("\n\n").append(p.first());
        return plain(h, b.toString());
      }
      case 1 -> {
        String secs = String.format(Locale.ROOT, "0:%02d", 20 + random.nextInt(39));
        h.subject("New voicemail from " + p.phone() + " (" + secs + ")");
        Headers vm = sentBy(h, "Voicemail", "Service", "voicemail@pbx.acme-bank.example");
        String text =
            "You have a new voice message.\n\nFrom: "
                + p.full().toUpperCase(Locale.ROOT)
                + " ("
                + p.phone()
                + ")\nReceived: "
                + day(w)
                + " "
                + hms
                + "\nLength: "
                + secs
                + "\nMailbox: 2201 Customer Service\n\nTranscription (automatic, may contain errors):\n\""
                + pick(
                    "Hi, this is " + p.first() + ". ", "Hello, it's " + p.full() + " calling. ", "")
                + query
                + " "
                + pick(
                    "You can call me back on this number. Thanks, bye.",
                    "Thank you, bye bye.",
                    "Call me back please. Bye.")
                + "\"\n\nListen to the message: https://pbx.acme-bank.example/vm/"
                + hex(12)
                + "\n\nThis message was sent by the Acme Bank phone system. Do not reply.";
        String boundary = "vm-" + hex(16);
        byte[] wav = new byte[200 + random.nextInt(200)];
        random.nextBytes(wav);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, wav, 0, 4);
        String body =
            "--"
                + boundary
                + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qp(text)
                + "\n--"
                + boundary
                + "\nContent-Type: audio/wav; name=\"voicemail.wav\"\nContent-Disposition: attachment; filename=\"voicemail.wav\"\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(wav)
                + "\n--"
                + boundary
                + "--\n";
        return mime(vm, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
      }
      default -> {
        h.subject("Voicemail from " + p.full());
        Headers vm = sentBy(h, "Acme Contact", "Centre", "contactcentre@acme-bank.example");
        String text =
            "Voicemail from "
                + p.full()
                + "\n"
                + p.phone()
                + "\n\nTranscript\n"
                + query
                + "\n\nPlay voice message\nhttps://cc.acme-bank.example/voicemail/"
                + hex(10)
                + "\n\nYou're receiving this because you're a member of the Customer Service call queue.";
        return plain(vm, text);
      }
    }
  }

  /**
   * The customer writes again above the bank's automatic acknowledgement, which quotes their first
   * message (the one holding the request); the new note only chases or adds a detail.
   */
  private byte[] autoAck(Headers h, String query, EvalMailForms.Person p, int index) {
    String ref = "ACM-" + (260_000 + index);
    String first = subject(query);
    h.reply("<auto-" + ref + "@acme-bank.example>");
    h.subject(
        pick(
            "Re: [" + ref + "] We've received your message",
            "RE: Automatic reply: " + (first.isEmpty() ? "Help" : first),
            "Re: Thank you for contacting Acme Bank"));
    String note =
        pick(
            "It's been a week and I've had nothing but this automatic reply. Can someone please answer?",
            "Still waiting for a reply to this.",
            "Adding my phone number in case it's easier to call: " + p.phone(),
            "Sorry, I forgot to say that this is quite urgent.",
            "Hello? Anyone?",
            "Please see my original message below, your reference " + ref + ".");
    String original = pick(GREETINGS) + "\n\n" + query + "\n\n" + pick(SIGN_OFFS) + "\n" + p.full();
    String ack =
        "Thank you for contacting Acme Bank.\n\nThis is an automatic reply to confirm we have received"
            + " your email. Your reference is "
            + ref
            + ". We aim to reply within 2 working days.\n\nIf your card has been lost or stolen, or you"
            + " see a payment you don't recognise, please freeze your card in the app and call us"
            + " 24/7 on 020 7946 0000.\n\nPlease don't reply to this email.\n\n"
            + pick(
                "---------- Your message ----------",
                "You wrote:",
                "Original message:",
                "Your original message:")
            + "\n"
            + original;
    ZonedDateTime w = h.date.minusDays(2 + random.nextInt(6));
    StringBuilder b = new StringBuilder(note).append("\n\n");
    if (random.nextBoolean()) {
      b.append(p.first()).append("\n\n");
    }
    switch (random.nextInt(3)) {
      case 0 ->
          b.append("On ")
              .append(day(w))
              .append(", ")
              .append(NOREPLY)
              .append(" wrote:\n")
              .append(quote(ack));
      case 1 ->
          b.append("From: ")
              .append(NOREPLY)
              .append("\nSent: ")
              .append(day(w))
              .append("\nTo: ")
              .append(p.address())
              .append("\nSubject: Automatic reply: ")
              .append(first.isEmpty() ? "(no subject)" : first)
              .append("\n\n")
              .append(ack);
      default -> b.append(quote(ack));
    }
    return plain(h, b.toString());
  }

  /** A request written above the bank's quoted survey or newsletter the customer replied to. */
  private byte[] surveyReply(Headers h, String query, EvalMailForms.Person p) {
    boolean survey = random.nextBoolean();
    String topic = pick("your card delivery", "a payment query", "your recent call");
    String quoted =
        survey
            ? "Hi "
                + p.first()
                + ",\n\nYou recently contacted us about "
                + topic
                + ". How did we do?\n\nOn a scale of 0 to 10, how likely are you to recommend Acme"
                + " Bank to a friend or colleague?\n\n0 1 2 3 4 5 6 7 8 9 10\n\nIt only takes a"
                + " minute and helps us improve. Just reply with your score, or tap a number"
                + " above.\n\nThank you,\nThe Acme Bank Customer Experience Team\n\nYou received"
                + " this survey because you contacted Acme Bank. Unsubscribe | Privacy policy"
            : "ACME BANK | November update\n\nSpending abroad this winter?\nPay in over 30"
                + " currencies with no fees on weekdays, and exchange money in the app in"
                + " seconds.\n\nNew: freeze and unfreeze your card in one tap\nLost your card or"
                + " spotted something odd? Freeze it instantly from the Cards tab.\n\nAdd your card"
                + " to Apple Pay or Google Pay\nTop up and pay on the go.\n\nRefer a friend and get"
                + " £20 when they open an account.\n\nManage preferences | Unsubscribe | Privacy\n"
                + "Acme Bank plc, 1 Example Square, London EC1A 1AA. Registered in England No."
                + " 00000000.";
    h.subject(
        survey
            ? pick("Re: How did we do, " + p.first() + "?", "RE: Tell us about your experience")
            : pick("Re: Your November update from Acme Bank", "RE: What's new at Acme Bank"));
    h.reply("<news-" + h.date.toEpochSecond() + "@mail.acme-bank.example>");
    StringBuilder b = new StringBuilder();
    if (survey && random.nextBoolean()) {
      b.append(pick("5", "7", "3 out of 10", "2")).append("\n\n");
    }
    b.append(
        pick(
            "",
            "Not about your survey, but ",
            "Hi, ",
            "While I have you - ",
            "Unrelated question: "));
    b.append(query)
        .append("\n\n")
        .append(pick(SIGN_OFFS))
        .append('\n')
        .append(p.first())
        .append("\n\n");
    ZonedDateTime w = h.date.minusDays(3 + random.nextInt(10));
    String from =
        survey
            ? "Acme Bank <feedback@mail.acme-bank.example>"
            : "Acme Bank <news@mail.acme-bank.example>";
    if (random.nextBoolean()) {
      b.append("On ")
          .append(day(w))
          .append(", at ")
          .append(String.format(Locale.ROOT, "%02d:%02d", w.getHour(), w.getMinute()))
          .append(", ")
          .append(from)
          .append(" wrote:\n")
          .append(quote(quoted));
      return plain(h, b.toString());
    }
    // An HTML reply: the survey or newsletter under the client's quote block.
    StringBuilder html = new StringBuilder("<html><body><div dir=\"ltr\">");
    for (String para : b.toString().strip().split("\n\n")) {
      html.append("<div>").append(esc(para).replace("\n", "<br>")).append("</div><br>");
    }
    html.append("</div><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On ")
        .append(day(w))
        .append(", ")
        .append(esc(from))
        .append(
            " wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">")
        .append(
            "<table width=\"600\" align=\"center\"><tr><td><img src=\"https://mail.acme-bank.example/img/logo.png\" alt=\"Acme Bank\"></td></tr>");
    for (String para : quoted.split("\n\n")) {
      html.append("<tr><td style=\"font-family:Arial;font-size:14px\">")
          .append(esc(para).replace("\n", "<br>"))
          .append("</td></tr>");
    }
    html.append("</table><img src=\"https://mail.acme-bank.example/o/")
        .append(hex(16))
        .append(".gif\" width=\"1\" height=\"1\" alt=\"\"></blockquote></div></body></html>");
    return mime(h, "text/html; charset=\"UTF-8\"", "quoted-printable", qp(html.toString()) + "\n");
  }

  /** The request beside the details the customer lists: bullets, dashes, numbers, labels. */
  private byte[] detailList(Headers h, String query, EvalMailForms.Person p) {
    h.subject(subject(query));
    String bullet = pick("- ", "* ", "• ", "  - ", "o ");
    String[][] details = {
      {"Name", p.full()},
      {"Account ending", String.format(Locale.ROOT, "%04d", random.nextInt(10_000))},
      {"Date", (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(10)) + "/2026"},
      {
        "Amount",
        pick("£", "€", "$")
            + (5 + random.nextInt(900))
            + "."
            + String.format(Locale.ROOT, "%02d", random.nextInt(100))
      },
      {"Phone", p.phone()},
      {"Reference", "REF" + (10_000 + random.nextInt(90_000))},
      {
        "Device",
        pick(
            "iPhone 15, iOS 18",
            "Pixel 8, Android 15",
            "Samsung Galaxy S23",
            "Windows laptop, Chrome")
      }
    };
    StringBuilder list = new StringBuilder();
    int n = 3 + random.nextInt(3);
    int start = random.nextInt(details.length - n + 1);
    for (int i = 0; i < n; i++) {
      list.append(bullet)
          .append(details[start + i][0])
          .append(": ")
          .append(details[start + i][1])
          .append('\n');
    }
    String tried =
        "What I've tried so far:\n"
            + pick("1. ", "1) ")
            + "Logged out and back in\n"
            + pick("2. ", "2) ")
            + "Updated the app\n"
            + pick("3. ", "3) ")
            + "Restarted my phone\n";
    StringBuilder b = new StringBuilder(pick(GREETINGS)).append("\n\n");
    switch (random.nextInt(4)) {
      case 0 ->
          b.append(query)
              .append("\n\n")
              .append(pick("Details:", "My details:", "Some details below:", "For reference:"))
              .append('\n')
              .append(list);
      case 1 ->
          b.append(pick("My details:", "Account details"))
              .append('\n')
              .append(list)
              .append('\n')
              .append(query)
              .append('\n');
      case 2 -> b.append(query).append("\n\n").append(tried);
      default ->
          b.append(pick("Issue: ", "Problem: ", "Question: "))
              .append(query)
              .append('\n')
              .append(list);
    }
    b.append('\n').append(pick(SIGN_OFFS)).append('\n').append(p.full());
    return plain(h, b.toString());
  }

  /**
   * The customer's earlier mail sent on as an attachment ({@code message/rfc822}) with a line of
   * their own or none, or their mail forwarded inside the bounce it came back in.
   */
  private byte[] attachedMessage(Headers h, String query, EvalMailForms.Person p, int index) {
    String first = subject(query);
    String earlierSubject = first.isEmpty() ? "Question" : first;
    ZonedDateTime w = h.date.minusDays(1 + random.nextInt(9));
    String letter = pick(GREETINGS) + "\n\n" + query + "\n\n" + pick(SIGN_OFFS) + "\n" + p.full();
    if (random.nextInt(3) == 0) {
      // A bounce forwarded inline: the old address failed, the customer sends it on.
      h.subject("Fwd: Delivery Status Notification (Failure)");
      String old =
          pick("support@acmebank-old.example", "help@acme-bank.example.net", "info@acme.example");
      String b =
          pick(
                  "Your old address bounced, sending again.",
                  "This came back undelivered - please see below.",
                  "FYI")
              + "\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@"
              + h.messageId.substring(h.messageId.indexOf('@') + 1, h.messageId.length() - 1)
              + ">\nDate: "
              + day(w)
              + "\nSubject: Delivery Status Notification (Failure)\nTo: "
              + p.address()
              + "\n\nAddress not found\n\nYour message wasn't delivered to "
              + old
              + " because the address couldn't be found, or is unable to receive mail.\n\nThe response"
              + " from the remote server was:\n550 5.1.1 <"
              + old
              + ">: Recipient address rejected: User"
              + " unknown\n\n\n---------- Forwarded message ----------\nFrom: "
              + p.full()
              + " <"
              + p.address()
              + ">\nTo: "
              + old
              + "\nCc:\nDate: "
              + day(w)
              + "\nSubject: "
              + earlierSubject
              + "\n\n"
              + letter;
      return plain(h, b);
    }
    h.subject(
        pick("FW: " + earlierSubject, "Fwd: " + earlierSubject, earlierSubject + " (resending)"));
    String note =
        pick(
            "Please see the attached email, I haven't had a reply.",
            "Resending, see attached.",
            "",
            "See attachment.");
    String inner =
        "From: "
            + p.full()
            + " <"
            + p.address()
            + ">\nTo: "
            + SUPPORT
            + "\nSubject: "
            + earlierSubject
            + "\nDate: "
            + w.getDayOfMonth()
            + " "
            + MONTHS[w.getMonthValue() - 1].substring(0, 3)
            + " "
            + w.getYear()
            + String.format(Locale.ROOT, " %02d:%02d:00 +0000", w.getHour(), w.getMinute())
            + "\nMessage-ID: <"
            + Integer.toString(index * 131 + 7, 36)
            + ".earlier@"
            + p.domain()
            + ">\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(letter)
            + "\n";
    String boundary = "_004_" + hex(12).toUpperCase(Locale.ROOT) + "_";
    String body =
        "--"
            + boundary
            + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            + note
            + (note.isEmpty() ? "" : "\n\n" + p.first())
            + "\n\n--"
            + boundary
            + "\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\""
            + earlierSubject.replace("\"", "").replace("?", "")
            + ".eml\"\n\n"
            + inner
            + "\n--"
            + boundary
            + "--\n";
    return mime(h, "multipart/mixed; boundary=\"" + boundary + "\"", null, body);
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** A subject as this author's customers write them: a topic, the question's start, or none. */
  private String subject(String query) {
    int r = random.nextInt(10);
    if (r < 4) {
      return pick("Enquiry", "Account question", "Need help", "Urgent", "Card", "Quick question");
    }
    if (r < 8) {
      String[] words = query.replaceAll("[?.!]+$", "").split("\\s+");
      return String.join(
          " ", List.of(words).subList(0, Math.min(words.length, 3 + random.nextInt(3))));
    }
    return "";
  }

  /** "2 November 2026". */
  private static String day(ZonedDateTime w) {
    return w.getDayOfMonth() + " " + MONTHS[w.getMonthValue() - 1] + " " + w.getYear();
  }

  /** A link as a link-safety service rewrites it: the target escaped into a query parameter. */
  private String safelink(String url) {
    return "https://eur0"
        + (1 + random.nextInt(5))
        + ".safelinks.protection.outlook.com/?url="
        + url.replace(":", "%3A").replace("/", "%2F")
        + "&data=05%7C02%7C%7C"
        + hex(32)
        + "%7C0%7C0%7C638"
        + (100_000_000 + random.nextInt(900_000_000))
        + "%7CUnknown&sdata="
        + hex(24)
        + "%3D&reserved=0";
  }

  /** An ASCII-armoured signature block of made-up bytes. */
  private String armour() {
    byte[] sig = new byte[119 + random.nextInt(200)];
    random.nextBytes(sig);
    return "-----BEGIN PGP SIGNATURE-----\n\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(sig)
        + "\n="
        + Base64.getEncoder().encodeToString(new byte[] {sig[0], sig[1], sig[2]})
        + "\n-----END PGP SIGNATURE-----\n";
  }

  /** Every line wrapped at {@code width} on its own, the overflow losing the quote marks. */
  private static String wrapEach(String text, int width) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      b.append(wrap(line, width)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  /** The same mail (date, id, recipient, subject) sent from another sender: a list, a machine. */
  private static Headers sentBy(Headers h, String first, String last, String address) {
    Headers other =
        new Headers(
            new EvalMailForms.Person(first, last, address, "", ""), h.date, h.messageId, h.to);
    return other.subject(h.subject);
  }

  private String hex(int digits) {
    return MailParts.hex(random, digits);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private byte[] plain(Headers h, String body) {
    return mime(h, "text/plain; charset=UTF-8", "8bit", body + "\n");
  }
}
