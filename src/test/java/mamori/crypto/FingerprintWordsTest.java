package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fingerprint read as words over the telephone. */
class FingerprintWordsTest {
  @Test
  void theList_has256DistinctWords_noneTheStartOfAnother() {
    List<String> words = FingerprintWords.words();
    assertThat(words).hasSize(256);
    assertThat(new HashSet<>(words)).hasSize(256);
    for (String a : words) {
      assertThat(a).matches("[a-z]{3,8}");
      for (String b : words) {
        if (!a.equals(b)) {
          assertThat(b).as(a + " starts " + b).doesNotStartWith(a);
        }
      }
    }
  }

  @Test
  void eachOfTheFirstTenBytes_isOneWord_inOrder() {
    String hex = "00ff01fe02fd03fc04fb" + "ab".repeat(22);
    List<String> words = FingerprintWords.words();
    assertThat(FingerprintWords.of(hex))
        .isEqualTo(
            String.join(
                " ",
                words.get(0),
                words.get(255),
                words.get(1),
                words.get(254),
                words.get(2),
                words.get(253),
                words.get(3),
                words.get(252),
                words.get(4),
                words.get(251)));
    assertThat(FingerprintWords.of(hex).split(" ")).hasSize(FingerprintWords.COUNT).hasSize(10);
    assertThat(FingerprintWords.of(hex)).startsWith("acorn ");
  }

  @Test
  void exactlyTenBytes_areEnough_andFewerAreRefused() {
    assertThat(FingerprintWords.of("00".repeat(10)).split(" ")).hasSize(10);
    assertThat(FingerprintWords.of("00".repeat(32)))
        .isEqualTo(FingerprintWords.of("00".repeat(10)));
    assertThatThrownBy(() -> FingerprintWords.of("00".repeat(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
  }

  @Test
  void twoKeys_readAsDifferentWords() {
    String a = PackageCrypto.fingerprint(PackageCrypto.newKeyPair().publicKey());
    String b = PackageCrypto.fingerprint(PackageCrypto.newKeyPair().publicKey());
    assertThat(FingerprintWords.of(a)).isNotEqualTo(FingerprintWords.of(b));
    assertThat(FingerprintWords.of(a)).isEqualTo(FingerprintWords.of(a));
  }
}
