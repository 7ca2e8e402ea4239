package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** CIDR blocks: literal addresses only, one spelling per block, and membership by prefix. */
class NetworkTest {
  @Test
  void aBlock_containsItsAddresses_andNoOthers() {
    Network office = Network.parse("203.0.113.0/24");
    assertThat(office).hasToString("203.0.113.0/24");
    assertThat(office.containsLiteral("203.0.113.0")).isTrue();
    assertThat(office.containsLiteral("203.0.113.255")).isTrue();
    assertThat(office.containsLiteral("203.0.114.0")).isFalse();
    assertThat(office.containsLiteral("203.0.112.255")).isFalse();
    assertThat(office.containsLiteral("::1")).isFalse();
    assertThat(office.containsLiteral("not an address")).isFalse();
  }

  @Test
  void prefixesThatDoNotEndOnAByte_areHonoured() {
    Network block = Network.parse("10.0.4.0/22");
    assertThat(block.containsLiteral("10.0.7.255")).isTrue();
    assertThat(block.containsLiteral("10.0.8.0")).isFalse();
    assertThat(block.containsLiteral("10.0.3.255")).isFalse();
    Network half = Network.parse("192.0.2.128/25");
    assertThat(half.containsLiteral("192.0.2.128")).isTrue();
    assertThat(half.containsLiteral("192.0.2.127")).isFalse();
  }

  @Test
  void aBlockWithinAnother_isOnlyANarrowerOrEqualOneInsideIt() {
    Network office = Network.parse("203.0.113.0/24");
    assertThat(Network.parse("203.0.113.0/24").within(office)).isTrue();
    assertThat(Network.parse("203.0.113.128/25").within(office)).isTrue();
    assertThat(Network.parse("203.0.113.7").within(office)).isTrue();
    assertThat(Network.parse("203.0.112.0/23").within(office)).isFalse();
    assertThat(Network.parse("203.0.114.0/24").within(office)).isFalse();
    assertThat(Network.parse("0.0.0.0/0").within(office)).isFalse();
    assertThat(Network.parse("::1").within(office)).isFalse();
    assertThat(office.within(Network.parse("0.0.0.0/0"))).isTrue();
  }

  @Test
  void oneAddress_andTheWholeSpace() {
    Network one = Network.parse("198.51.100.7");
    assertThat(one).hasToString("198.51.100.7/32");
    assertThat(one.containsLiteral("198.51.100.7")).isTrue();
    assertThat(one.containsLiteral("198.51.100.8")).isFalse();
    assertThat(Network.parse("0.0.0.0/0").containsLiteral("8.8.8.8")).isTrue();
  }

  @Test
  void ipv6Blocks() {
    Network block = Network.parse("2001:db8::/48");
    assertThat(block.containsLiteral("2001:db8:0:ffff::1")).isTrue();
    assertThat(block.containsLiteral("2001:db8:1::1")).isFalse();
    assertThat(block.containsLiteral("203.0.113.1")).isFalse();
    assertThat(Network.parse("::1")).hasToString("0:0:0:0:0:0:0:1/128");
  }

  @Test
  void hostNames_malformedBlocks_andStrayBits_areRefused() {
    for (String bad :
        new String[] {
          "localhost",
          "example.org/24",
          "1.2.3",
          "256.1.1.1/8",
          "10.0.0.0/33",
          "10.0.0.0/-1",
          "10.0.0.0/",
          "10.0.0.0/8/8",
          "2001:db8::/129",
          "",
          "10.0.0.0/２４"
        }) {
      assertThatThrownBy(() -> Network.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not an IP address or CIDR block");
    }
    assertThatThrownBy(() -> Network.parse("10.0.4.7/24"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a network's address has no bits set past its prefix: 10.0.4.0/24");
  }

  @Test
  void aRefusal_neverEchoesTextThatCouldNotBeAnAddress() {
    assertThatThrownBy(() -> Network.parse("1234 5678 9012 <b>"))
        .hasMessage("the value is not an IP address or CIDR block");
  }
}
