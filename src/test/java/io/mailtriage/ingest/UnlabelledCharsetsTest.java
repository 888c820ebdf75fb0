package io.mailtriage.ingest;

import static io.mailtriage.ingest.TestRecords.mime;
import static io.mailtriage.ingest.TestRecords.parser;
import static io.mailtriage.ingest.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Support mail written in a legacy single-byte charset and sent without a label, or labelled
 * us-ascii: each language must read as written (Thai, Turkish, Polish, Czech, Slovak, Hungarian,
 * Croatian, Romanian, Greek, Cyrillic, Hebrew, Arabic), and Latin text, English with a few accented
 * words included, must stay windows-1252 as before.
 */
class UnlabelledCharsetsTest {
  private final EmailParser parser = parser();

  /** Text, then the charsets its writers' clients encode it in. */
  private static final String[][] REQUESTS = {
    {
      "Merhaba, kredi kartım dün gece bloke oldu ve şifremi hatırlamıyorum. Lütfen kartımı"
          + " açmama yardımcı olur musunuz? Teşekkürler.",
      "windows-1254",
      "ISO-8859-9"
    },
    {"Şifremi unuttum, yardım edin.", "windows-1254", "ISO-8859-9"},
    {
      "Hello, this is Şükrü Yılmaz, my card was blocked at the airport yesterday, please call me.",
      "windows-1254"
    },
    {
      "Dzień dobry, wczoraj moja karta została zablokowana i nie mogę zapłacić za zakupy."
          + " Proszę o pilną pomoc.",
      "windows-1250",
      "ISO-8859-2"
    },
    {"Proszę odblokować kartę.", "windows-1250", "ISO-8859-2"},
    {
      "Dobrý den, včera mi byla zablokována platební karta a nemohu zaplatit nájem. Děkuji za"
          + " rychlou odpověď.",
      "windows-1250",
      "ISO-8859-2"
    },
    {"Děkuji, čekám na odpověď.", "windows-1250", "ISO-8859-2"},
    {
      "Dobrý deň, moja karta bola včera zablokovaná a nemôžem zaplatiť nájom. Ďakujem za pomoc.",
      "windows-1250",
      "ISO-8859-2"
    },
    {
      "Jó napot kívánok! Tegnap letiltották a bankkártyámat, és nem tudok fizetni. Kérem,"
          + " segítsenek mielőbb, sürgős ügy.",
      "windows-1250",
      "ISO-8859-2"
    },
    {"Sürgős: letiltott kártya, kérem segítsenek.", "windows-1250", "ISO-8859-2"},
    {
      "Poštovani, moja kartica je jučer blokirana i ne mogu platiti račun. Molim vašu pomoć.",
      "windows-1250",
      "ISO-8859-2"
    },
    {
      "Bună ziua, cardul meu a fost blocat ieri şi nu pot plăti chiria. Vă rog să mă ajutaţi.",
      "windows-1250",
      "ISO-8859-2"
    },
    {
      "Καλημέρα, η κάρτα μου μπλοκαρίστηκε χθες και δεν μπορώ να πληρώσω το ενοίκιο. Παρακαλώ"
          + " βοηθήστε με.",
      "windows-1253",
      "ISO-8859-7"
    },
    {"Χάθηκε η κάρτα μου, βοήθεια.", "windows-1253", "ISO-8859-7"},
    {
      "Доброго дня! Моя картка заблокована, і я не можу сплатити рахунок. Допоможіть, будь"
          + " ласка.",
      "windows-1251",
      "KOI8-U"
    },
    {
      "Здравейте, картата ми беше блокирана вчера и не мога да платя наема. Моля, помогнете.",
      "windows-1251"
    },
    {"Карта заблокирована, помогите.", "windows-1251", "KOI8-R"},
    {
      "สวัสดีครับ บัตรเครดิตของผมถูกระงับเมื่อวานนี้ ผมไม่สามารถชำระค่าเช่าได้ กรุณาช่วยด้วยครับ",
      "x-windows-874",
      "TIS-620"
    },
    {"บัตรหาย ช่วยด้วยครับ", "x-windows-874", "TIS-620"},
    {
      "שלום, כרטיס האשראי שלי נחסם אתמול ואני לא יכול לשלם את שכר הדירה. אנא עזרו לי בהקדם.",
      "windows-1255",
      "ISO-8859-8"
    },
    {"הכרטיס שלי נחסם, עזרה בבקשה", "windows-1255", "ISO-8859-8"},
    {
      "مرحبا، تم حظر بطاقتي الائتمانية أمس ولا أستطيع دفع الإيجار. أرجو المساعدة في أقرب وقت.",
      "windows-1256",
      "ISO-8859-6"
    },
    {"بطاقتي مسروقة، أرجو المساعدة", "windows-1256", "ISO-8859-6"},
  };

  /** Latin text a windows-1252 (or latin-1) client writes: it must read as before. */
  private static final String[] WESTERN = {
    "Hi, I paid at the café in Zürich with my card, but the naïve clerk charged me twice.",
    "My résumé and the São Paulo branch's address are attached; José said the fee is waived.",
    "I can’t pay €40 – the card is “blocked” since Monday.",
    "Bonjour, ma carte a été bloquée hier et je ne peux plus payer mon loyer. Merci très vite.",
    "Merci beaucoup, à bientôt.",
    "Hola, ayer bloquearon mi tarjeta y no puedo pagar el alquiler. ¿Pueden ayudarme, señor?",
    "Olá, o meu cartão foi bloqueado ontem e não consigo pagar a renda. Obrigado pela atenção.",
    "Gestern wurde meine Kreditkarte gesperrt. Ich muss die Miete für März überweisen. Grüße",
    "Danke schön, Grüße aus Köln.",
    "Hej, mitt kort spärrades i går och jag kan inte betala hyran. Tack för hjälpen, Åsa.",
    "Hei, kortet mitt ble sperret i går, og jeg får ikke betalt husleien. Hilsen Bjørn Ødegård.",
    "Buongiorno, la mia carta è stata bloccata ieri e non posso più pagare. Grazie, Niccolò.",
    "Góðan dag, kortið mitt var lokað í gær og ég get ekki borgað leiguna. Takk fyrir hjálpina.",
    "Bon dia, la meva targeta va ser bloquejada ahir i no puc pagar el lloguer. Gràcies.",
    // French dense in é, with a Turkish name: windows-1250 reads the same but for à (ŕ).
    "L'assemblée a réalisé l'impossible : éliminé les obstacles légaux à l'éducation et à la"
        + " diffusion, réformé l'armée. Öcalan, condamné à mort, sera jugé à Ankara.",
  };

  /** A mail with {@code headers} whose body is {@code body} encoded in {@code charset}. */
  private static byte[] mail(String headers, String body, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mime(headers, "").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body.getBytes(charset));
    return out.toByteArray();
  }

  private RawEmail parse(byte[] raw) {
    ParseResult r = parser.parse(record(raw));
    assertThat(r.isOk()).as("expected success, got %s", r).isTrue();
    return r.email();
  }

  /**
   * The labels under which a client sends text it did not label right: none, US-ASCII, and the
   * Western default charset every byte decodes in.
   */
  private static final String[] NO_RIGHT_LABEL = {
    "",
    "Content-Type: text/plain; charset=us-ascii\n",
    "Content-Type: text/plain; charset=iso-8859-1\n",
    "Content-Type: text/plain; charset=windows-1252\n"
  };

  @Test
  void readsUnlabelledSupportMailInItsLanguagesLegacyCharset() {
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (String[] request : REQUESTS) {
      for (int c = 1; c < request.length; c++) {
        for (String label : NO_RIGHT_LABEL) {
          cases++;
          RawEmail e = parse(mail(label, request[0], Charset.forName(request[c])));
          if (!e.body.equals(request[0])
              || !List.of(e.warnings).contains(Charsets.CHARSET_GUESSED)) {
            wrong.add(request[c] + (label.isEmpty() ? " unlabelled" : " as " + label) + e.body);
          }
        }
      }
    }
    assertThat(wrong).as("%d of %d read wrong", wrong.size(), cases).isEmpty();
  }

  @Test
  void readsTheTextAboveABinaryFooterInItsCharset() {
    String turkish =
        "Merhaba, kartım dün bloke oldu, şifremi hatırlamıyorum. Lütfen yardımcı olun.\n\n";
    byte[] junk = new byte[600];
    new Random(7).nextBytes(junk);
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 80 == 79 ? '\n' : junk[i] | 0x80);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(mail("", turkish, Charset.forName("windows-1254")));
    body.writeBytes(junk);
    RawEmail e = parse(body.toByteArray());
    assertThat(e.body).startsWith(turkish.strip());
    assertThat(e.warnings).contains(Charsets.CHARSET_GUESSED);
  }

  @Test
  void keepsLatinTextWithAFewAccentedLettersInWindows1252() {
    List<String> wrong = new ArrayList<>();
    for (String text : WESTERN) {
      for (String label : NO_RIGHT_LABEL) {
        RawEmail e = parse(mail(label, text, Charset.forName("windows-1252")));
        if (!e.body.equals(text) || List.of(e.warnings).contains(Charsets.CHARSET_GUESSED)) {
          wrong.add(e.body);
        }
      }
    }
    assertThat(wrong)
        .as("%d of %d read wrong", wrong.size(), WESTERN.length * NO_RIGHT_LABEL.length)
        .isEmpty();
  }
}
