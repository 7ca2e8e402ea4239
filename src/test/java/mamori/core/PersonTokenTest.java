package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A person token is a short printable word; its own format is the crypto module's. */
class PersonTokenTest {
  @Test
  void tokensOfAnyOrigin_areTaken() {
    assertThat(new PersonToken("KX4M-Q7RD-2HPA-93TC")).hasToString("KX4M-Q7RD-2HPA-93TC");
    assertThat(new PersonToken("tk_3f9a").value()).isEqualTo("tk_3f9a");
  }

  @Test
  void emptyLongOrSpacedTokens_areRefused() {
    for (String bad : new String[] {"", "a b", "a\tb", "x".repeat(65)}) {
      assertThatThrownBy(() -> new PersonToken(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
