package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretAndUrlRecognizerTest {

  @Test
  void findsCloudAccessKeysAndJwts() {
    String jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(Found.ofType(PiiType.SECRET, "key AKIAIOSFODNN7EXAMPLE and token " + jwt))
        .containsExactly("AKIAIOSFODNN7EXAMPLE", jwt);
  }

  @Test
  void findsKeysGluedToNonLatinLettersAndOpeningWithSymbols() {
    // Runs of token chars that do not begin at a word start: after a Cyrillic letter, twice in
    // one word, and behind '=' and '-' (the whole run, as a high-entropy string).
    String github = "ghp_R2d2C3poX9y8W7v6U5t4S3r2Q1p0Onm";
    assertThat(
            Found.ofType(
                PiiType.SECRET, "ключAKIAIOSFODNN7EXAMPLEж" + github + " and ==--" + github))
        .containsExactly("AKIAIOSFODNN7EXAMPLE", github, "==--" + github);
    assertThat(Found.ofType(PiiType.SECRET, "ключAKIAIOSFODNN7EXAMPLEж" + github))
        .containsExactly("AKIAIOSFODNN7EXAMPLE", github);
  }

  @Test
  void findsPrivateKeyBlocks() {
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq\nabc+/=\n-----END RSA PRIVATE KEY-----";
    assertThat(Found.ofType(PiiType.SECRET, "here:\n" + pem + "\nbye")).containsExactly(pem);
  }

  @Test
  void findsPasswordValuesAfterAKeyword() {
    assertThat(Found.ofType(PiiType.SECRET, "my password is Hunter2! thanks"))
        .containsExactly("Hunter2!");
  }

  @Test
  void findsPasswordsAfterAShortLabelAndTheWordsOfOtherLanguages() {
    assertThat(Found.ofType(PiiType.SECRET, "user: k.oyelaran pw: Hq4!rT7vzm"))
        .containsExactly("Hq4!rT7vzm");
    assertThat(Found.ofType(PiiType.SECRET, "Mot de passe : Lune#4471sol"))
        .containsExactly("Lune#4471sol");
    assertThat(Found.ofType(PiiType.SECRET, "mi contraseña es Mar3a!Azul"))
        .containsExactly("Mar3a!Azul");
    assertThat(Found.ofType(PiiType.SECRET, "Wachtwoord: Tulp_8812x"))
        .containsExactly("Tulp_8812x");
    assertThat(Found.ofType(PiiType.SECRET, "hasło: Wisla#2291")).containsExactly("Wisla#2291");
    assertThat(Found.ofType(PiiType.SECRET, "Senha = Caju2026!")).containsExactly("Caju2026!");
    for (String text :
        List.of(
            "the pw 4500 series printer",
            "mot de passe oublié depuis 2024",
            "contraseña incorrecta, intento 3",
            "Lösenord har gått ut")) {
      assertThat(Found.ofType(PiiType.SECRET, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsAPinGivenAfterItsNameAndLeavesOtherPins() {
    assertThat(Found.ofType(PiiType.SECRET, "Debit card PIN: 6613")).containsExactly("6613");
    assertThat(Found.ofType(PiiType.SECRET, "my pin is 905512, it was blocked"))
        .containsExactly("905512");
    assertThat(Found.ofType(PiiType.SECRET, "I typed PIN 3047 three times"))
        .containsExactly("3047");
    for (String text :
        List.of(
            "PIN reset requested on 2 December",
            "the pin 12 of the connector is bent",
            "Koramangala, Bengaluru PIN 560034",
            "pin the message to the top",
            "PIN: 12")) {
      assertThat(Found.ofType(PiiType.SECRET, text)).as(text).isEmpty();
    }
  }

  @Test
  void findsAPasswordAfterAPassLabelADashOrAClauseAboutWhoSetIt() {
    assertThat(Found.ofType(PiiType.SECRET, "user: d.mwangi | pass: Simba77#k"))
        .containsExactly("Simba77#k");
    assertThat(Found.ofType(PiiType.SECRET, "Password - Kiwi$3310")).containsExactly("Kiwi$3310");
    assertThat(Found.ofType(PiiType.SECRET, "Passwort:- Elbe_2290")).containsExactly("Elbe_2290");
    assertThat(Found.ofType(PiiType.SECRET, "the passcode you gave me was \"Qe7Lp2Xa\""))
        .containsExactly("Qe7Lp2Xa");
    assertThat(Found.ofType(PiiType.SECRET, "old password was Nairobi2019!"))
        .containsExactly("Nairobi2019!");
    for (String text :
        List.of(
            "please pass: 3 boxes to the courier",
            "Boarding pass: BA0117 seat 22F",
            "password-protected PDF 2026",
            "the password you sent is wrong",
            "the password reset email was sent at 10:42")) {
      assertThat(Found.ofType(PiiType.SECRET, text)).as(text).isEmpty();
    }
  }

  @Test
  void ignoresWordsHexDigestsAndDottedNames() {
    assertThat(
            Found.ofType(
                PiiType.SECRET,
                "commit 3f786850e387550fdab836ed7e6dc881de23001b in org.example.service.CustomerAccountController"))
        .isEmpty();
  }

  @Test
  void findsUrlsCarryingCredentialsButNotPlainLinks() {
    assertThat(
            Found.ofType(
                PiiType.URL,
                "see https://example.com/help, reset at "
                    + "https://app.example.com/reset?token=abc123XYZ&x=1 or ftp://bob:s3cret@files.example.com/x."))
        .containsExactly(
            "https://app.example.com/reset?token=abc123XYZ&x=1",
            "ftp://bob:s3cret@files.example.com/x");
  }

  @Test
  void findsPasswordsAssignedToConfigurationKeys() {
    assertThat(
            Found.ofType(
                PiiType.SECRET,
                "DB_PASSWORD=s3cr3t-Pa55w0rd\nspring.datasource.password: Xy7!pass\nsmtp_pwd = q9w8e7r6"))
        .containsExactly("s3cr3t-Pa55w0rd", "Xy7!pass", "q9w8e7r6");
    assertThat(
            Found.ofType(
                PiiType.SECRET, "my_password_manager=1Password and DB_PASSWORDS are listed"))
        .isEmpty();
  }

  @Test
  void findsAKeyAssignedInAConfigurationLine() {
    assertThat(Found.ofType(PiiType.SECRET, "export AWS_ACCESS_KEY_ID=AKIAZ7QW3RT5YU2IOP4E"))
        .containsExactly("AKIAZ7QW3RT5YU2IOP4E");
    assertThat(Found.ofType(PiiType.SECRET, "MAX_RETRIES=3 and LOG_LEVEL=debug")).isEmpty();
  }

  @Test
  void findsALongValueGivenToATokensOrKeysName() {
    assertThat(
            Found.ofType(
                PiiType.SECRET, "the access token: 4be9c01d77e2a5f3906b8c1d2e4f5a6b7c8d9e0f"))
        .containsExactly("4be9c01d77e2a5f3906b8c1d2e4f5a6b7c8d9e0f");
    assertThat(Found.ofType(PiiType.SECRET, "API key = 0c7f3a9e5b2d4c6a8e1f"))
        .containsExactly("0c7f3a9e5b2d4c6a8e1f");
    assertThat(Found.ofType(PiiType.SECRET, "Token: expired, secret: see the vault")).isEmpty();
  }

  @Test
  void aTokensNameThatEndsTheTextTakesNoValueFromTheTextsStart() {
    // Past the end the scan reads spaces: the walk to the name's ':' must stop at the end, not
    // run on and come round to a '=' that opens the text.
    assertThat(Found.ofType(PiiType.SECRET, "= 0c7f9e2d4b6a8c1e3f5d is a checksum, not my token"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.SECRET, ": 9e2d4b6a8c1e3f5d0c7f, where is my API key"))
        .isEmpty();
  }

  @Test
  void readsThePasswordsOtherNamesAndThoseOfHungarianIndonesianAndMalayForms() {
    assertThat(Found.ofType(PiiType.SECRET, "the passphrase is blue-heron-kettle-19, sorry"))
        .containsExactly("blue-heron-kettle-19");
    assertThat(Found.ofType(PiiType.SECRET, "The memorable word we chose was Wexford88."))
        .containsExactly("Wexford88");
    assertThat(Found.ofType(PiiType.SECRET, "her pass word is Quokka!31"))
        .containsExactly("Quokka!31");
    assertThat(Found.ofType(PiiType.SECRET, "jelszo: Tisza%2023")).containsExactly("Tisza%2023");
    assertThat(Found.ofType(PiiType.SECRET, "Kata sandi saya adalah Bromo_7781"))
        .containsExactly("Bromo_7781");
    assertThat(Found.ofType(PiiType.SECRET, "kata laluan: Penang#66")).containsExactly("Penang#66");
  }

  @Test
  void findsAPasswordAfterItsLabelInAnotherScript() {
    assertThat(Found.ofType(PiiType.SECRET, "계정 비밀번호: Jirisan^508")).containsExactly("Jirisan^508");
    assertThat(Found.ofType(PiiType.SECRET, "Пароль: Dnipro_4412")).containsExactly("Dnipro_4412");
    assertThat(Found.ofType(PiiType.SECRET, "パスワード: Fujimi77!")).containsExactly("Fujimi77!");
    assertThat(Found.ofType(PiiType.SECRET, "รหัสผ่าน = Chiangmai@19"))
        .containsExactly("Chiangmai@19");
    // Only as a label: the word in running text gives no value.
    assertThat(Found.ofType(PiiType.SECRET, "비밀번호 변경 방법을 알려주세요")).isEmpty();
  }
}
