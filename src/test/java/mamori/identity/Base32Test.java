package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Authenticator secrets in base32, against the test vectors of RFC 4648 section 10. */
class Base32Test {

  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "f, MY======",
    "fo, MZXQ====",
    "foo, MZXW6===",
    "foob, MZXW6YQ=",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI======"
  })
  void rfc4648Vectors_encodeWithoutPadding_andDecodeWithOrWithout(String plain, String rfc) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
    String unpadded = rfc.replace("=", "");
    assertThat(Base32.encode(bytes)).isEqualTo(unpadded);
    assertThat(Base32.decode(rfc)).isEqualTo(bytes);
    assertThat(Base32.decode(unpadded.toLowerCase(java.util.Locale.ROOT))).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MZXW6YT1", "MZXW6YT0", "MZXW6YT8", "MZXW_YTB", "MZXW6YTBÖ"})
  void aCharacterOutsideTheAlphabet_isRefused_notSkipped(String text) {
    assertThatThrownBy(() -> Base32.decode(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a base32 secret has only A-Z and 2-7");
  }
}
