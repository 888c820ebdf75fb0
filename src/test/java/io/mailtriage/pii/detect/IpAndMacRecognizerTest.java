package io.mailtriage.pii.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAndMacRecognizerTest {

  @Test
  void findsIpv4AndIpv6Addresses() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS,
                "login from 203.0.113.42 and 2001:db8:85a3::8a2e:370:7334 at 12:30:45"))
        .containsExactly("203.0.113.42", "2001:db8:85a3::8a2e:370:7334");
  }

  @Test
  void findsIpv6AddressesOpeningWithALetterOrColonsButNotLongHexWords() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS,
                "peer fe80::1ff:fe23:4567:890a, loopback ::1, beef:cafe::10:2 and deadbeef:1::2, face:b00c"))
        .containsExactly("fe80::1ff:fe23:4567:890a", "::1", "beef:cafe::10:2");
  }

  @Test
  void findsCompressedIpv6Forms() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS,
                "logins from ::1, fe80::a00:27ff:fe4e:66a1%en0, ::ffff:192.0.2.1 and 2001:db8:abcd:12::1/64"))
        .containsExactly(
            "::1", "fe80::a00:27ff:fe4e:66a1", "::ffff:192.0.2.1", "2001:db8:abcd:12::1");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "the service listens on :: only"))
        .containsExactly("::");
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS, "std::vector and Foo::Bar, error: :: unexpected, 10:30:00"))
        .isEmpty();
  }

  @Test
  void rejectsOutOfRangeOctetsAndLongerDottedNumbers() {
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "host 256.1.1.1, 1.2.3.4.5 and 01.2.3.4"))
        .isEmpty();
  }

  @Test
  void treatsVersionStringsThatLookLikeIpsAsVersions() {
    assertThat(
            Found.ofType(PiiType.IP_ADDRESS, "upgraded to version 1.2.3.4 and v10.0.0.1 yesterday"))
        .isEmpty();
  }

  @Test
  void findsMacAddressesButNotBroadcastOrTimes() {
    assertThat(
            Found.ofType(
                PiiType.MAC_ADDRESS,
                "device 00:1A:2B:3C:4D:5E, cisco 001a.2b3c.4d5e, ff:ff:ff:ff:ff:ff, at 10:20:30"))
        .containsExactly("00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e");
  }

  @Test
  void aVersionWordInAnEarlierSentenceLeavesAnAddressAlone() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS,
                "The app logs me out since the last update. My public IP is 203.0.113.42."))
        .containsExactly("203.0.113.42");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "since the update. ping 10.0.0.12 times out"))
        .containsExactly("10.0.0.12");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "installed ver. 10.0.0.1 today")).isEmpty();
  }

  @Test
  void anAddressWordRightBeforeTheNumberOutweighsAVersionWordEarlierInItsSentence() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS, "Since the firmware update my IP 203.0.113.77 gets refused."))
        .containsExactly("203.0.113.77");
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS, "the banking app flags IP address 192.0.2.140 as unusual"))
        .containsExactly("192.0.2.140");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "the app is on release 10.4.0.2 since May"))
        .isEmpty();
  }

  @Test
  void findsAnIpv4AddressWithAPortWithoutThePort() {
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "SSH from 198.51.100.7:22 is refused"))
        .containsExactly("198.51.100.7");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "10.0.0.300:80 and 1.2.3:8080 are no addresses"))
        .isEmpty();
  }

  @Test
  void findsAnIpv4AddressClosedByAColonInALogLine() {
    assertThat(
            Found.ofType(
                PiiType.IP_ADDRESS, "64 bytes from 203.0.113.9: icmp_seq=2 ttl=54 time=9.1 ms"))
        .containsExactly("203.0.113.9");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "Accepted key for root from 192.0.2.44:"))
        .containsExactly("192.0.2.44");
  }

  @Test
  void readsAnIpv4AddressDefangedWithBracketedDots() {
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "the warning named 198.51.100[.]23 as the source"))
        .containsExactly("198.51.100[.]23");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "blocked 203[.]0[.]113[.]77 and 192(.)0(.)2(.)18"))
        .containsExactly("203[.]0[.]113[.]77", "192(.)0(.)2(.)18");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "phish at hxxp://198.51.100[.]61/verify, and"))
        .containsExactly("198.51.100[.]61");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "report hxxps://203.0.113.140:8443/login now"))
        .containsExactly("203.0.113.140");
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "values 300[.]1[.]2[.]3 and 10[.]2 and 1[.]2[.]3"))
        .isEmpty();
  }

  @Test
  void readsADottedNumberAfterASectionWordAsNoAddress() {
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "as clause 12.4.1.3 of the agreement says"))
        .isEmpty();
    assertThat(Found.ofType(PiiType.IP_ADDRESS, "read Section 7.2.10.1 before you appeal"))
        .isEmpty();
  }
}
