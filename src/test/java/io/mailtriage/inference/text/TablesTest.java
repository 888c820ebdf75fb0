package io.mailtriage.inference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A table pasted beside the request is data, not the writer's words ({@link Tables}). */
class TablesTest {

  private static String read(String body) {
    return ModelText.of("", body).text();
  }

  @Test
  void aTableWithPipesOnlyBetweenItsCellsIsNotReadAndTheRequestUnderItIs() {
    assertThat(
            read(
                "Hello,\n\nOur invoices this month:\n\nWhen     | Supplier        | Invoice  |"
                    + " Total  | State\n---------|-----------------|----------|--------|-------\n"
                    + "02/10    | Oakbridge Paper | BX-2231  | 310.00 | Settled\n"
                    + "09/10    | Lumen Lighting  | BX-2290  | 95.50  | Bounced\n"
                    + "15/10    | Quarry Freight  | BX-2304  | 720.10 | Waiting\n\n"
                    + "Why did the Lumen payment bounce back?\n\nRegards,\nPriya"))
        .isEqualTo("Our invoices this month:\nWhy did the Lumen payment bounce back?");
  }

  @Test
  void aTabSeparatedTableIsNotRead() {
    assertThat(
            read(
                "Hi,\n\nCan I raise the daily limit on our company cards?\n\n"
                    + "Day\tShop\tHolder\tSpent\tComment\n"
                    + "04/10\tFuelStop\tM. Ode\t61.20\tours\n"
                    + "05/10\tCafe Bleu\tM. Ode\t8.40\twrong amount?\n\nThanks"))
        .isEqualTo("Can I raise the daily limit on our company cards?");
  }

  @Test
  void aTablePaddedToItsColumnsAndAMarkdownTableAreNotRead() {
    assertThat(
            read(
                "Hello,\n\nStaff wages we sent on Friday:\n\n"
                    + "Staff no    Amount     Outcome\n"
                    + "0031        1,204.00   Sent\n"
                    + "0032        998.75     Rejected\n\n"
                    + "Why was one of them rejected?"))
        .isEqualTo("Staff wages we sent on Friday:\nWhy was one of them rejected?");
    assertThat(
            read(
                "Why were these two taken twice?\n\n| Date | Shop | Amount |\n|:---|:---|---:|\n"
                    + "| 1 Oct | Bakehouse | 4.10 |\n| 1 Oct | Bakehouse | 4.10 |"))
        .isEqualTo("Why were these two taken twice?");
  }

  @Test
  void proseWithAPipeOrWideSpacingIsNoTableAndItsLinesAreRead() {
    assertThat(Tables.isRow("Director | Fernleigh Builders Ltd")).isFalse();
    assertThat(
            Tables.isRow(
                "I moved my savings across last week.  Then the app froze and showed an error"
                    + " screen.  Now the balance is zero and nobody answers the phone."))
        .isFalse();
    assertThat(
            read(
                "Hello,\n\nI  have  had my card\nfor  years  and now\nit  will  not work"
                    + " at the till.  Why?"))
        .contains("years")
        .contains("till");
    assertThat(Tables.isRow("02/10 | Oakbridge Paper | 310.00 | Settled")).isTrue();
  }

  @Test
  void aLineThatOnlyIntroducesTheTableIsNotReadEither() {
    assertThat(
            read(
                "Hi,\n\nHow do I add a second user to our business login?\n\n"
                    + "Extract from our bookkeeping below:\n\n"
                    + "Day | Supplier | Ref | Total | State\n---|---|---|---|---\n"
                    + "03/10 | Kestrel Paper | PO-118 | 52.00 | Cleared\n"
                    + "07/10 | Dunmore Vans | PO-131 | 880.40 | Cleared\n\nThanks"))
        .isEqualTo("How do I add a second user to our business login?");
  }

  @Test
  void aLineOverTheTableThatAsksOrComplainsIsTheRequestAndStays() {
    String rows =
        "\n\n| Date | Payee | Amount |\n|---|---|---|\n| 4 Oct | Brightwater | 30.00 |\n"
            + "| 5 Oct | Brightwater | 30.00 |";
    assertThat(read("Please stop the two below:" + rows)).isEqualTo("Please stop the two below:");
    assertThat(read("Charges listed here that I don't recognise:" + rows))
        .isEqualTo("Charges listed here that I don't recognise:");
    assertThat(Tables.introducesData("Our payroll, copied from the export:")).isTrue();
    assertThat(Tables.introducesData("Why were these taken, see below:")).isFalse();
  }

  @Test
  void aTabSeparatedTablesHeadingsGoWithRowsThatEndInAnAmount() {
    assertThat(
            read(
                "Date\tShop\tWho\tAmount (£)\tNote\n"
                    + "01/10/2026\tBAKERY\tcard ...1234\t4.10\t\n"
                    + "02/10/2026\tBAKERY\tcard ...1234\t4.10\n\n"
                    + "Why was I charged twice at the bakery?"))
        .isEqualTo("Why was I charged twice at the bakery?");
  }
}
