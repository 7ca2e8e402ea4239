package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  @Test
  void noneByDefault_meansNoValve() {
    assertThat(TrustedProxies.parse("").valve()).isEmpty();
    assertThat(TrustedProxies.parse(" , ").valve()).isEmpty();
  }

  @Test
  void blocksAndBareAddresses_areTrustedExactly() {
    TrustedProxies p = TrustedProxies.parse("127.0.0.1, 10.0.4.0/24,::1");
    assertThat(p.blocks()).containsExactly("127.0.0.1/32", "10.0.4.0/24", "::1/128");
    RemoteIpValve valve = p.valve().orElseThrow();
    assertThat(valve.getInternalProxies())
        .contains("127.0.0.1/32", "10.0.4.0/24")
        .doesNotContain("192.168");
    assertThat(valve.getTrustedProxies()).isNull();
    assertThat(valve.getRemoteIpHeader()).isEqualTo("X-Forwarded-For");
    assertThat(valve.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
  }

  @Test
  void hostNamesAndMalformedBlocks_stopTheStartNamingThem() {
    for (String bad :
        new String[] {
          "proxy.internal", "10.0.0.0/33", "10.0.0/8x", "/8", "1.2.3", "1.2.3.256", "fe80::1/129"
        }) {
      assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1/32," + bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mamori.web.trusted-proxies");
    }
  }
}
