package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Tokens already written as {@link AgencyToken} writes them take a shortcut past the forgiving
 * reader: these cases hold that the shortcut accepts exactly what the reader would, and nothing
 * else.
 */
class AgencyTokenTest {
  static final AgencyToken TOKEN =
      AgencyToken.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

  @Test
  void aTokenAsWritten_readsBackAsItself_andIsValid() {
    assertThat(AgencyToken.parse(TOKEN.value())).isEqualTo(TOKEN);
    assertThat(AgencyToken.isValid(TOKEN.value())).isTrue();
    assertThat(TOKEN).hasToString(TOKEN.value());
  }

  @Test
  void aWrongCheckCharacter_isRefused_evenInTheWrittenForm() {
    String value = TOKEN.value();
    for (char c : AgencyToken.ALPHABET.toCharArray()) {
      if (c != value.charAt(value.length() - 1)) {
        String typo = value.substring(0, value.length() - 1) + c;
        assertThat(AgencyToken.isValid(typo)).as("check character %s", c).isFalse();
      }
    }
  }

  @Test
  void aDigitAsTheFifthCharacter_isRefused_evenWithAMatchingCheckCharacter() {
    int[] values = new int[AgencyToken.DATA_CHARS];
    StringBuilder chars = new StringBuilder();
    for (int i = 0; i < AgencyToken.DATA_CHARS; i++) {
      values[i] = (i * 7 + 3) % 10; // digits only
      chars.append(AgencyToken.ALPHABET.charAt(values[i]));
    }
    chars.append(AgencyToken.ALPHABET.charAt(AgencyToken.checkValue(values)));
    String written =
        chars.substring(0, 4)
            + "-"
            + chars.substring(4, 8)
            + "-"
            + chars.substring(8, 12)
            + "-"
            + chars.substring(12);
    assertThatThrownBy(() -> AgencyToken.parse(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the fifth character of a token is a letter");
  }

  @Test
  void otherSeparatorsAndExtraHyphens_areReadIntoTheWrittenForm() {
    String value = TOKEN.value();
    assertThat(AgencyToken.parse(value.replace('-', ' ')).value()).isEqualTo(value);
    assertThat(AgencyToken.parse(value.replace('-', '\u2010')).value()).isEqualTo(value);
    assertThat(AgencyToken.parse(value + "-").value()).isEqualTo(value);
    assertThat(AgencyToken.parse(value.toLowerCase()).value()).isEqualTo(value);
  }

  @Test
  void nineteenCharactersWithoutHyphens_areRefusedByCount() {
    String value = TOKEN.value().replace("-", "");
    assertThatThrownBy(() -> AgencyToken.parse(value + "ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a token has 16 characters, not 19");
  }
}
