package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileKindTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void magicBytes_decide() {
    assertThat(FileKind.of(bytes("%PDF-1.7\n"))).isEqualTo(FileKind.PDF);
    assertThat(FileKind.of(bytes("junk before\n%PDF-1.4"))).isEqualTo(FileKind.PDF);
    assertThat(FileKind.of(bytes("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1rest")))
        .isEqualTo(FileKind.OLE2);
    assertThat(FileKind.of(bytes("PK\u0003\u0004rest"))).isEqualTo(FileKind.ZIP);
    assertThat(FileKind.of(bytes("name,my_number\n"))).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of(new byte[0])).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of(bytes("\u00D0\u00CF"))).isEqualTo(FileKind.TEXT);
  }

  @Test
  void extension_isLowerCaseWithoutTheDot() {
    assertThat(FileKind.extension(Path.of("dir.x/Staff.CSV"))).isEqualTo("csv");
    assertThat(FileKind.extension(Path.of("README"))).isEmpty();
    assertThat(FileKind.extension(Path.of("/"))).isEmpty();
  }
}
