package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfScannerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  @Test
  void numbersOnSeveralPages_areFoundWithPageAndLine() throws IOException {
    Path pdf =
        Documents.pdf(
            dir.resolve("list.pdf"),
            List.of(
                List.of("Staff list", "Yamada " + A),
                List.of("Page two", "My Number:", grouped(B, "-"), "Phone 090-1234-5678")),
            null);
    PdfScanner.scan(pdf, recorder.judge(Fixtures.TABLE));
    assertThat(recorder.lines())
        .containsExactly(
            "page 1 line 2: " + MASK_A + " medium (12 digits)",
            "page 2 line 3: " + MASK_B + " high (context my number)");
  }

  @Test
  void pdfWithoutNumbers_findsNothing() throws IOException {
    Path pdf =
        Documents.pdf(
            dir.resolve("clean.pdf"),
            List.of(List.of("Nothing to see", "Invoice 2024-0001")),
            null);
    PdfScanner.scan(pdf, recorder.judge(Fixtures.TABLE));
    assertThat(recorder.findings).isEmpty();
  }

  @Test
  void pdfWithAUserPassword_throwsInvalidPassword() throws IOException {
    Path pdf = Documents.pdf(dir.resolve("locked.pdf"), List.of(List.of("Yamada " + A)), "secret");
    assertThatThrownBy(() -> PdfScanner.scan(pdf, recorder.judge(Fixtures.TABLE)))
        .isInstanceOf(InvalidPasswordException.class);
  }

  @Test
  void corruptPdf_throws() throws IOException {
    Path pdf = Files.writeString(dir.resolve("bad.pdf"), "%PDF-1.7\nthis is not a PDF body\n");
    assertThatThrownBy(() -> PdfScanner.scan(pdf, recorder.judge(Fixtures.TABLE)))
        .isInstanceOf(IOException.class);
  }
}
