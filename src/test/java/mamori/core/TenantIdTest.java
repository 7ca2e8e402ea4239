package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One form for tenant and organisation ids, checked in one place. */
class TenantIdTest {
  @Test
  void wellFormedIds_areTaken() {
    assertThat(new TenantId("demo-city").value()).isEqualTo("demo-city");
    assertThat(new TenantId("a")).hasToString("a");
    assertThat(TenantId.isValid("x".repeat(64))).isTrue();
    // eleven digits are a date or a serial, not a number
    assertThat(TenantId.isValid("c-12345678901")).isTrue();
  }

  @Test
  void malformedIds_areRefused_withTheRule() {
    for (String bad :
        new String[] {
          "",
          "-city",
          "City",
          "demo_city",
          "demo city",
          "x".repeat(65),
          "市",
          "c-123456789018",
          "1234-5678-9018"
        }) {
      assertThat(TenantId.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> new TenantId(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a tenant id is 1 to 64 of a-z, 0-9 and '-'");
      assertThatThrownBy(() -> new OrganisationId(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aTenantsOwnOrganisation_isTheTenant() {
    TenantId city = new TenantId("demo-city");
    assertThat(new OrganisationId("demo-city").isTenant(city)).isTrue();
    assertThat(new OrganisationId("entry-co").isTenant(city)).isFalse();
  }
}
