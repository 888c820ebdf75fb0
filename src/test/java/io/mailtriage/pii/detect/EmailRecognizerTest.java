package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRecognizerTest {

  @Test
  void findsPlainAndSubaddressedEmails() {
    assertThat(Found.ofType(PiiType.EMAIL, "Write to jane.doe+billing@example.co.uk or bob@x.io."))
        .containsExactly("jane.doe+billing@example.co.uk", "bob@x.io");
  }

  @Test
  void findsAddressesAtInternationalisedDomainsInPunycode() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL, "write to anna@xn--mnchen-3ya.de or ivan@shop.xn--p1ai today"))
        .containsExactly("anna@xn--mnchen-3ya.de", "ivan@shop.xn--p1ai");
    assertThat(Found.ofType(PiiType.EMAIL, "not an address: ivan@shop.ab--cd")).isEmpty();
  }

  @Test
  void findsAddressesWrittenOutWithAngleBracketsHyphensDefangedDotsOrPeriod() {
    assertThat(Found.ofType(PiiType.EMAIL, "mail me: k.osei<at>example<dot>org thanks"))
        .containsExactly("k.osei<at>example<dot>org");
    assertThat(Found.ofType(PiiType.EMAIL, "it is lena.v -at- example -dot- cz"))
        .containsExactly("lena.v -at- example -dot- cz");
    assertThat(Found.ofType(PiiType.EMAIL, "write to t.nakamura (at) example (.) co (.) jp"))
        .containsExactly("t.nakamura (at) example (.) co (.) jp");
    assertThat(Found.ofType(PiiType.EMAIL, "or omar_h at example period net"))
        .containsExactly("omar_h at example period net");
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "a stay-at-home.com parent, <at> noon, meet me at the Period Room dot com"))
        .isEmpty();
  }

  @Test
  void findsAddressesWrittenOutForAPersonToReadBack() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "write to li dot wei at mailbox dot org or to omar_k(at)post(dot)example(dot)net"))
        .containsExactly("li dot wei at mailbox dot org", "omar_k(at)post(dot)example(dot)net");
    assertThat(Found.ofType(PiiType.EMAIL, "reply to t.berg [at] fastmail [dot] com please"))
        .containsExactly("t.berg [at] fastmail [dot] com");
    assertThat(Found.ofType(PiiType.EMAIL, "ANNA.K AT POSTEO DOT DE or r.silva {at} sapo.pt"))
        .containsExactly("ANNA.K AT POSTEO DOT DE", "r.silva {at} sapo.pt");
    assertThat(Found.ofType(PiiType.EMAIL, "it is m.okafor at example.org, or m.okafor @ web.de"))
        .containsExactly("m.okafor at example.org", "m.okafor @ web.de");
  }

  @Test
  void leavesTheWordAtBeforeAWebAddressAlone() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "sign in at example.com, we met at 5.30 at the cafe, look at the Dot matrix,"
                    + " find us at www.example.org or at shop dot example"))
        .isEmpty();
  }

  @Test
  void readsAnAtSignInBracketsAsTheAtOfAnAddress() {
    assertThat(Found.ofType(PiiType.EMAIL, "mail: d.kowalski[@]example.pl ta"))
        .containsExactly("d.kowalski[@]example.pl");
    assertThat(Found.ofType(PiiType.EMAIL, "it's fiona_m (@) example.ie now"))
        .containsExactly("fiona_m (@) example.ie");
    assertThat(Found.ofType(PiiType.EMAIL, "or n.ito {@} example (.) jp"))
        .containsExactly("n.ito {@} example (.) jp");
    assertThat(Found.ofType(PiiType.EMAIL, "the form says [@] is not allowed here")).isEmpty();
    assertThat(Found.ofType(PiiType.EMAIL, "it bounced from k.obi@example(.)ng twice"))
        .containsExactly("k.obi@example(.)ng");
    assertThat(Found.ofType(PiiType.EMAIL, "and from q@ex(.)ng too")).containsExactly("q@ex(.)ng");
  }

  @Test
  void aParticleOrPronounBeforeABareAtIsNoMailbox() {
    for (String text :
        List.of(
            "I tried to log in at example dot com all day",
            "you can find us at example dot org",
            "the form is at example dot net")) {
      assertThat(Found.ofType(PiiType.EMAIL, text)).as(text).isEmpty();
    }
    assertThat(Found.ofType(PiiType.EMAIL, "write to olu at example dot com"))
        .containsExactly("olu at example dot com");
  }

  @Test
  void rejectsAddressesWithoutARealDomain() {
    assertThat(
            Found.ofType(PiiType.EMAIL, "user@localhost, a@b.c, @example.com, x@-bad.com, x@1.2"))
        .isEmpty();
  }

  @Test
  void aFileNamedForAScreenDensityOrVersionIsNoAddress() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "see banner@3x.jpg and invoice@v2.PDF, or write to ines.duarte@example.pt"))
        .containsExactly("ines.duarte@example.pt");
  }

  @Test
  void ignoresHandlesAndDecoratorsThatAreNotEmails() {
    assertThat(Found.ofType(PiiType.EMAIL, "ping @alice on chat; see @Override; price 5@10"))
        .isEmpty();
  }

  @Test
  void findsEmailsObfuscatedWithZeroWidthAndLookalikeCharactersOnTheOriginalSpan() {
    String text = "mail me: j\u200Bane@exаmple.com thanks"; // Cyrillic 'а' in the domain
    assertThat(Found.ofType(PiiType.EMAIL, text)).containsExactly("j\u200Bane@exаmple.com");
  }

  @Test
  void findsFullwidthEmails() {
    String text = "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ";
    assertThat(Found.ofType(PiiType.EMAIL, text)).containsExactly(text);
  }

  @Test
  void takesOnlyTheValueOfAQueryParameterAsTheAddress() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "the link was https://shop.example.com/track?email=kofi.boateng@example.org&o=7"))
        .containsExactly("kofi.boateng@example.org");
    assertThat(
            Found.ofType(
                PiiType.EMAIL, "open https://example.net/u?list=3&addr=ines_v@mail.pt now"))
        .containsExactly("ines_v@mail.pt");
  }

  @Test
  void readsAnAddressWhoseAtIsPercentEncodedInALink() {
    assertThat(
            Found.ofType(
                PiiType.EMAIL,
                "https://example.com/unsubscribe?user=kofi.boateng%40example.org&list=2 fails"))
        .containsExactly("kofi.boateng%40example.org");
    assertThat(Found.ofType(PiiType.EMAIL, "a discount of 15%40 items")).isEmpty();
  }
}
