package io.mailtriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSendersTest {

  @Test
  void namesTheAddressesServicesSendOthersMessagesFrom() {
    assertThat(ServiceSenders.isService("no-reply@phones.example")).isTrue();
    assertThat(ServiceSenders.isService("NoReply@calls.example")).isTrue();
    assertThat(ServiceSenders.isService("do_not_reply@forms.example")).isTrue();
    assertThat(ServiceSenders.isService("donotreply.alerts@shop.example")).isTrue();
    assertThat(ServiceSenders.isService("voicemail@pbx.example")).isTrue();
    assertThat(ServiceSenders.isService("office-voicemail@branch.example")).isTrue();
    assertThat(ServiceSenders.isService("notifications@tickets.example")).isTrue();
  }

  @Test
  void aPersonsAddressIsNoServiceEvenWhereTheWordsAreInside() {
    assertThat(ServiceSenders.isService("noreen.reply@mail.example")).isFalse();
    assertThat(ServiceSenders.isService("juno.reply@mail.example")).isFalse();
    assertThat(ServiceSenders.isService("voice.mailer@mail.example")).isFalse();
    assertThat(ServiceSenders.isService("sam.notify@mail.example")).isFalse();
    assertThat(ServiceSenders.isService("priya.shah@mail.example")).isFalse();
  }

  @Test
  void noAddressIsNoService() {
    assertThat(ServiceSenders.isService(null)).isFalse();
    assertThat(ServiceSenders.isService("no-reply")).isFalse();
    assertThat(ServiceSenders.isService("@no-reply.example")).isFalse();
  }
}
