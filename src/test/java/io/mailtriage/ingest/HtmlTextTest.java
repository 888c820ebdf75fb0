package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void dropsScriptStyleHeadAndComments() {
    String html =
        "<html><head><title>T</title><style>p{x}</style></head><body>"
            + "<script type=\"text/javascript\">alert('x')</SCRIPT>Hello<!-- hidden --> world</body></html>";
    assertThat(HtmlText.toText(html)).isEqualTo("Hello world");
  }

  @Test
  void blockElementsBreakLinesAndInlineTagsVanish() {
    assertThat(HtmlText.toText("<p>One <b>bo</b>ld</p><p>Two<br>Three</p><div>Four</div>"))
        .isEqualTo("One bold\n\nTwo\nThree\n\nFour");
  }

  @Test
  void tableCellsStaySeparated() {
    assertThat(HtmlText.toText("<table><tr><td>Date</td><td>Amount</td></tr></table>"))
        .isEqualTo("Date Amount");
  }

  @Test
  void decodesNamedAndNumericEntities() {
    assertThat(
            HtmlText.toText("&pound;5 &amp; &euro;3 &#8212; &#x41;&nbsp;&lt;b&gt; &quot;q&quot;"))
        .isEqualTo("£5 & €3 — A <b> \"q\"");
  }

  @Test
  void invalidNumericReferencesBecomeReplacementCharacters() {
    assertThat(HtmlText.toText("a&#0;b&#xD800;c&#99999999;d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
  }

  @Test
  void unknownEntitiesAndStrayAmpersandsStayLiteral() {
    assertThat(HtmlText.toText("AT&T &bogus; & more")).isEqualTo("AT&T &bogus; & more");
  }

  @Test
  void collapsesWhitespaceLikeABrowser() {
    assertThat(HtmlText.toText("  a \n\t b  ")).isEqualTo("a b");
  }

  @Test
  void lessThanThatStartsNoTagIsText() {
    assertThat(HtmlText.toText("1 < 2 and 3 <4")).isEqualTo("1 < 2 and 3 <4");
  }

  @Test
  void unterminatedTagCommentOrScriptDropsTheRest() {
    assertThat(HtmlText.toText("keep<a href=")).isEqualTo("keep");
    assertThat(HtmlText.toText("keep<!-- never closed")).isEqualTo("keep");
    assertThat(HtmlText.toText("keep<script>var x = '</p>';")).isEqualTo("keep");
  }

  @Test
  void hostileMarkupTakesLinearTime() {
    // Quadratic strippers take minutes on these; a single pass takes milliseconds.
    String[] hostile = {
      "<a".repeat(500_000), "<script>".repeat(200_000), "&#".repeat(500_000), "</".repeat(500_000)
    };
    for (String html : hostile) {
      long start = System.nanoTime();
      HtmlText.toText(html);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }
  }
}
