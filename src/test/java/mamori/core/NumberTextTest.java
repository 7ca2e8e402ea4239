package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one number detector on the spellings the attack used and the texts it must leave alone. */
class NumberTextTest {
  @Test
  void spellingsTheOldGuardMissed_areFound() {
    for (String typed :
        new String[] {
          "1234.5678.9012",
          "1234/5678/9012",
          "1234--5678--9012",
          "1234 - 5678 - 9012",
          "1234\u200B5678\u200B9012",
          "1234\u30005678\u30009012",
          "(1234) 5678-9012",
          "1\u20142\u20143\u20144\u20145\u20146\u20147\u20148\u20149\u20140\u20141\u20142",
          "١٢٣٤٥٦٧٨٩٠١٢",
          "¹²³⁴⁵⁶⁷⁸⁹⁰¹²",
          "①②③④⑤⑥⑦⑧⑨⓪①②",
          "1234ー5678ー9012",
          "12345678901 2",
        }) {
      assertThat(NumberText.holdsNumber("case " + typed + " end"))
          .as(typed.substring(0, 4))
          .isTrue();
    }
  }

  @Test
  void fewerThanTwelveDigitsOrALetterBetween_isNoNumber() {
    assertThat(NumberText.holdsNumber("R8-2026-0001")).isFalse();
    assertThat(NumberText.holdsNumber("port 8080 and 12345678901 and 2026-11-23")).isFalse();
    assertThat(NumberText.holdsNumber("123456a789012")).isFalse();
    assertThat(NumberText.holdsNumber("令和8年第123456号の1234-5678")).isFalse();
    assertThat(NumberText.holdsNumber("")).isFalse();
  }

  @Test
  void longerChains_areNumbersToo_andKeepTheirLastFour() {
    assertThat(NumberText.holdsNumber("1234567890123")).isTrue();
    assertThat(NumberText.mask("at 2026-12-06 04:42:57 ok")).isEqualTo("at ****-**-** **:42:57 ok");
    assertThat(NumberText.mask("no. 1234 5678 9012.")).isEqualTo("no. **** **** 9012.");
    assertThat(NumberText.mask("x 𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎𝟏𝟐 y")).isEqualTo("x ********𝟗𝟎𝟏𝟐 y");
    assertThat(NumberText.chains("a 1234-5678-9012 b 12 c")).containsExactly("123456789012");
  }
}
