package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One role for users and entrustments; its names are stored. */
class RoleTest {
  @Test
  void theStoredNames_areUnchanged() {
    assertThat(Arrays.stream(Role.values()).map(Role::name))
        .containsExactly("STAFF", "OPERATOR", "ORG_ADMIN", "SECURITY_OFFICER", "AUDITOR");
  }

  @Test
  void aRole_isReadInAnyCase_withHyphens() {
    assertThat(Role.parse(" org-admin ")).isEqualTo(Role.ORG_ADMIN);
    assertThat(Role.parse("Security_Officer")).isEqualTo(Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> Role.parse("admin")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyStaffAndOperators_work() {
    assertThat(Arrays.stream(Role.values()).filter(Role::works))
        .containsExactly(Role.STAFF, Role.OPERATOR);
  }
}
