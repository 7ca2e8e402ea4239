package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A user is a login name, or the operating-system account that runs the command line. */
class UserIdTest {
  @Test
  void loginNames_andResidentIds_areTaken() {
    assertThat(new UserId("city.staff_1-a").value()).isEqualTo("city.staff_1-a");
    assertThat(UserId.PATTERN.matcher("r-3k9x7m2p4q").matches()).isTrue();
  }

  @Test
  void theCommandLine_actsAsItsAccount_whichIsNoLoginName() {
    UserId cli = UserId.commandLine("root");
    assertThat(cli.value()).isEqualTo("cli:root");
    assertThat(UserId.PATTERN.matcher(cli.value()).matches()).isFalse();
    assertThat(UserId.commandLine("Jane Doe").value()).isEqualTo("cli:Jane Doe");
  }

  @Test
  void aLoginNameWithElevenDigits_isTaken_twelveAreNot() {
    assertThat(UserId.isValid("u12345678901")).isTrue();
    assertThat(UserId.isValid("u123456789012")).isFalse();
  }

  @Test
  void malformedIds_areRefused() {
    for (String bad :
        new String[] {
          "",
          ".x",
          "User",
          "a b",
          "x".repeat(65),
          "cli:",
          "cli:a\nb",
          "u123456789018",
          "1234.5678.9018"
        }) {
      assertThatThrownBy(() -> new UserId(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
