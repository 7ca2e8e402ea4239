package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The address a request comes from, and its class as the log names it (never the address). */
class NetworkBindingTest {
  static String classOf(String address) {
    return NetworkBinding.addressClass(NetworkBinding.address(address));
  }

  @Test
  void eachAddress_isNamedByItsClassOnly() {
    assertThat(classOf("127.0.0.1")).isEqualTo("loopback");
    assertThat(classOf("0:0:0:0:0:0:0:1")).isEqualTo("loopback");
    assertThat(classOf("10.1.2.3")).isEqualTo("ipv4-private");
    assertThat(classOf("192.168.0.9")).isEqualTo("ipv4-private");
    assertThat(classOf("169.254.1.1")).isEqualTo("ipv4-link-local");
    assertThat(classOf("fe80::1")).isEqualTo("ipv6-link-local");
    assertThat(classOf("fd00::1")).isEqualTo("ipv6-private");
    assertThat(classOf("203.0.113.9")).isEqualTo("ipv4-public");
    assertThat(classOf("2001:db8::1")).isEqualTo("ipv6-public");
  }

  @Test
  void anythingButALiteralAddress_isUnknown_andSoRefused() {
    assertThat(NetworkBinding.address("example.org")).isEmpty();
    assertThat(NetworkBinding.address("")).isEmpty();
    assertThat(NetworkBinding.address("fe80::1%eth0")).isEmpty();
    assertThat(NetworkBinding.addressClass(Optional.empty())).isEqualTo("unknown");
  }

  @Test
  void theApiRefusal_isTheApiErrorShape_andThePageHasNoScriptOrStyle() {
    assertThat(NetworkBinding.JSON)
        .startsWith("{\"code\":\"network.not-registered\",\"message\":\"")
        .endsWith("\"}");
    assertThat(NetworkBinding.PAGE)
        .contains("network.not-registered")
        .doesNotContain("<script", "<style", " style=");
  }
}
