package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 4648 base32 as authenticator apps read secrets, checked against the RFC's own examples. */
class Base32Test {
  @Test
  void rfc4648Examples_withoutPadding() {
    String[][] examples = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
        {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
    for (String[] e : examples) {
      byte[] bytes = e[0].getBytes(StandardCharsets.US_ASCII);
      assertThat(Base32.encode(bytes)).as(e[0]).isEqualTo(e[1]);
      assertThat(Base32.decode(e[1])).as(e[1]).isEqualTo(bytes);
    }
  }
}
