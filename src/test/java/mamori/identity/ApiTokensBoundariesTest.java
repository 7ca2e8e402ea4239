package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The limits of API tokens, each taken exactly: label length, validity, and how often a use is
 * recorded.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ApiTokensBoundariesTest extends IdentityTestBase {
  @BeforeEach
  void addUser() {
    users.add("demo-city", "entry-co", "op-1", "Operator", mamori.core.Role.OPERATOR);
  }

  @Test
  void aLabelOf100Characters_andAValidityOf366Days_areTheLongestAccepted() {
    assertThat(tokens.issue(CONSOLE, "op-1", "l".repeat(100), Duration.ofDays(366)).expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofDays(366)));
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "op-1", "l".repeat(101), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "op-1", "x", Duration.ofDays(366).plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUse_isRecordedAtMostOnceAMinute() {
    ApiTokens.Issued issued = tokens.issue(CONSOLE, "op-1", "laptop", Duration.ofDays(1));
    assertThat(issued.toString())
        .doesNotContain(issued.secret())
        .startsWith("Issued[" + issued.tokenId());
    var first = clock.instant();
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    assertThat(tokens.list("op-1").getFirst().lastUsedAt()).isEqualTo(first);
    clock.advance(Duration.ofMinutes(1).minusMillis(1));
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    assertThat(tokens.list("op-1").getFirst().lastUsedAt())
        .as("within the minute")
        .isEqualTo(first);
    clock.advance(Duration.ofMillis(1));
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    assertThat(tokens.list("op-1").getFirst().lastUsedAt()).isEqualTo(clock.instant());
  }
}
