package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B: the test vectors for SHA-1, SHA-256 and SHA-512 with eight digits. */
class TotpTest {
  private static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED32 =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEED64 =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
    "HmacSHA1, 59, 94287082", "HmacSHA256, 59, 46119246", "HmacSHA512, 59, 90693936",
    "HmacSHA1, 1111111109, 07081804", "HmacSHA256, 1111111109, 68084774",
        "HmacSHA512, 1111111109, 25091201",
    "HmacSHA1, 1111111111, 14050471", "HmacSHA256, 1111111111, 67062674",
        "HmacSHA512, 1111111111, 99943326",
    "HmacSHA1, 1234567890, 89005924", "HmacSHA256, 1234567890, 91819424",
        "HmacSHA512, 1234567890, 93441116",
    "HmacSHA1, 2000000000, 69279037", "HmacSHA256, 2000000000, 90698825",
        "HmacSHA512, 2000000000, 38618901",
    "HmacSHA1, 20000000000, 65353130", "HmacSHA256, 20000000000, 77737706",
        "HmacSHA512, 20000000000, 47863826"
  })
  void rfc6238Vectors(String algorithm, long seconds, String expected) {
    Totp totp = new Totp(algorithm, 8, 30);
    byte[] seed =
        switch (algorithm) {
          case "HmacSHA1" -> SEED20;
          case "HmacSHA256" -> SEED32;
          default -> SEED64;
        };
    assertThat(totp.code(seed, totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924"})
  void authenticatorApps_takeTheLastSixDigits(long seconds, String expected) {
    assertThat(Totp.APP.code(SEED20, Totp.APP.step(Instant.ofEpochSecond(seconds))))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'', ''", "GEZDGNBVGY3TQOJQ, 1234567890", "gezd-gnbv gy3t-qojq, 1234567890"})
  void base32_roundTripsAndIgnoresSpacingAndCase(String text, String bytes) {
    assertThat(new String(Base32.decode(text), StandardCharsets.US_ASCII)).isEqualTo(bytes);
    if (!text.isEmpty()) {
      assertThat(Base32.encode(bytes.getBytes(StandardCharsets.US_ASCII)))
          .isEqualTo("GEZDGNBVGY3TQOJQ");
    }
  }

  @Test
  void aTotp_hasSixToEightDigits_andAPositiveStep() {
    assertThat(new Totp("HmacSHA1", 6, 1).digits()).isEqualTo(6);
    assertThat(new Totp("HmacSHA1", 8, 30).digits()).isEqualTo(8);
    for (int[] bad : new int[][] {{5, 30}, {9, 30}, {6, 0}, {6, -30}}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Totp("HmacSHA1", bad[0], bad[1]))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
