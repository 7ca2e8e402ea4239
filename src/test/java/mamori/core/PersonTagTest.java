package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTagTest {
  @Test
  void aTag_isNormalised_widthSpacesAndAroundTheEquals() {
    assertThat(PersonTag.parse("ward=kita").text()).isEqualTo("ward=kita");
    assertThat(PersonTag.parse("  ward = kita ").text()).isEqualTo("ward=kita");
    assertThat(PersonTag.parse("ｗａｒｄ＝ｋｉｔａ").text()).isEqualTo("ward=kita");
    assertThat(PersonTag.parse("区=北区").text()).isEqualTo("区=北区");
    assertThat(PersonTag.parse("needs-braille").text()).isEqualTo("needs-braille");
    assertThat(PersonTag.parse("a=b=c").text()).isEqualTo("a=b=c");
  }

  @Test
  void theName_isTheWholeTag_orWhatComesBeforeTheEquals() {
    assertThat(PersonTag.parse("ward=kita").name()).isEqualTo("ward");
    assertThat(PersonTag.parse("ward").name()).isEqualTo("ward");
    assertThat(PersonTag.parse("a=b=c").name()).isEqualTo("a");
  }

  @Test
  void aTag_is1To200Characters() {
    assertThat(PersonTag.parse("x").text()).hasSize(1);
    assertThat(PersonTag.parse("x".repeat(200)).text()).hasSize(200);
    assertThatThrownBy(() -> PersonTag.parse("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tag is 1 to 200 characters");
    assertThatThrownBy(() -> PersonTag.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tag is 1 to 200 characters");
  }

  @Test
  void controlCharacters_aNumber_orABlankSide_areRefused_withoutEchoingTheTag() {
    for (String bad : new String[] {"ward=ki\nta", "ward=\u202ekita", "ward\u0000"}) {
      assertThatThrownBy(() -> PersonTag.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a tag may not hold control or format characters");
    }
    assertThatThrownBy(() -> PersonTag.parse("no=123456789012"))
        .isInstanceOf(NumberText.Held.class)
        .hasMessageNotContaining("123456789012");
    for (String bad : new String[] {"=kita", "ward=", " = "}) {
      assertThatThrownBy(() -> PersonTag.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a tag is NAME or NAME=VALUE, neither side blank");
    }
  }

  @Test
  void aTagNotNormalised_cannotBeMadeDirectly() {
    assertThat(new PersonTag("ward=kita").text()).isEqualTo("ward=kita");
    assertThatThrownBy(() -> new PersonTag(" ward=kita"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PersonTag("ward = kita"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
