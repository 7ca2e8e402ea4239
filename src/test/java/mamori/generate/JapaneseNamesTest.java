package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.stream.Stream;
import mamori.generate.JapaneseNames.Name;
import org.junit.jupiter.api.Test;

class JapaneseNamesTest {
  static final String KATAKANA = "[\\u30A1-\\u30FA\\u30FC]+";

  static boolean encodesInWindows31j(String s) {
    CharsetEncoder encoder =
        Charset.forName("windows-31j")
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      encoder.encode(CharBuffer.wrap(s));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Stream<Name> all() {
    return Stream.of(JapaneseNames.FAMILY, JapaneseNames.MALE, JapaneseNames.FEMALE)
        .flatMap(List::stream);
  }

  @Test
  void tables_haveTheAgreedSizes() {
    assertThat(JapaneseNames.FAMILY).hasSize(100);
    assertThat(JapaneseNames.MALE).hasSizeGreaterThanOrEqualTo(60);
    assertThat(JapaneseNames.FEMALE).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void everyNameAndReading_encodesInWindows31jWithoutReplacement() {
    assertThat(all().flatMap(n -> Stream.of(n.kanji(), n.kana())))
        .allMatch(JapaneseNamesTest::encodesInWindows31j);
  }

  @Test
  void readings_areFullWidthKatakana() {
    assertThat(all().map(Name::kana)).allMatch(k -> k.matches(KATAKANA));
  }

  @Test
  void writtenNames_areKanjiOrKanaWithoutSpaces() {
    assertThat(all().map(Name::kanji))
        .allMatch(k -> !k.isBlank() && k.codePoints().allMatch(c -> c > 0x3000));
  }

  @Test
  void writtenNames_doNotRepeatWithinATable() {
    for (List<Name> table :
        List.of(JapaneseNames.FAMILY, JapaneseNames.MALE, JapaneseNames.FEMALE)) {
      assertThat(table.stream().map(Name::kanji)).doesNotHaveDuplicates();
    }
  }
}
