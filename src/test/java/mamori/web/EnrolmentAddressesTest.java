package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import mamori.tenancy.Enrolments;
import org.junit.jupiter.api.Test;

/** An enrolment address under the configured portal URL; a malformed one stops the start. */
class EnrolmentAddressesTest {
  static final Enrolments.Issued ISSUED =
      new Enrolments.Issued("clerk", "abcdefghij", "abcdefghij-secret", Instant.EPOCH);

  @Test
  void theConfiguredBase_isUsed_withOrWithoutItsSlash() {
    assertThat(new EnrolmentAddresses("https://mamori.kita.example/").of(ISSUED))
        .isEqualTo("https://mamori.kita.example/enrol/abcdefghij-secret");
    assertThat(new EnrolmentAddresses(" https://mamori.kita.example/m ").of(ISSUED))
        .isEqualTo("https://mamori.kita.example/m/enrol/abcdefghij-secret");
  }

  @Test
  void aMalformedBase_isRefused() {
    for (String bad : new String[] {"javascript:alert(1)", "ftp://x", "https://a b", "//x"}) {
      assertThatThrownBy(() -> new EnrolmentAddresses(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mamori.web.portal-url");
    }
  }
}
