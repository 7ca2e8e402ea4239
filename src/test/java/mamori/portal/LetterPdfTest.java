package mamori.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mamori.core.Field;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activation letter's wording, and its PDF with the Japanese font embedded. */
class LetterPdfTest {
  static final ResidentLetters.Letter LETTER =
      new ResidentLetters.Letter(
          "demo-city",
          "0123456789",
          "token",
          "ABCD-EFGH-JKMN-PQRS",
          Instant.parse("2025-06-30T00:00:00Z"));

  @TempDir Path temp;

  static LetterPdf.Page page() {
    return LetterPdf.activation(
        "デモ市",
        Map.of(
            Field.FAMILY_NAME,
            "山田",
            Field.GIVEN_NAME,
            "太郎",
            Field.POSTAL_CODE,
            "100-0001",
            Field.ADDRESS,
            "東京都千代田区千代田1-1"),
        LETTER,
        "http://localhost:8080/portal/activate?tenant=demo-city",
        LocalDate.of(2025, 4, 1));
  }

  @Test
  void activation_addressesTheResident_andCarriesTheNumberCodeAndExpiry() {
    assertThat(page().lines())
        .startsWith("〒100-0001", "東京都千代田区千代田1-1", "山田 太郎 様", "", "令和7年4月1日　デモ市")
        .contains(
            "# 住民ポータル 利用開始のお知らせ",
            "* http://localhost:8080/portal/activate?tenant=demo-city",
            "* 通知番号　0123456789",
            "* 利用開始コード　ABCD-EFGH-JKMN-PQRS")
        .anyMatch(l -> l.startsWith("このコードの有効期限は 令和7年6月30日 です。"));
  }

  @Test
  void write_makesOneA4PagePerLetter_withTheFontEmbedded() throws IOException {
    Path pdf = temp.resolve("letters.pdf");
    LetterPdf.write(pdf, LetterPdf.DEFAULT_FONT, List.of(page(), page()));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(doc)).contains("利用開始コード", "ABCD-EFGH-JKMN-PQRS");
      var resources = doc.getPage(0).getResources();
      assertThat(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded())
          .isTrue();
    }
    assertThat(temp.resolve("letters.pdf.tmp")).doesNotExist();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(pdf)))
        .as("names, addresses and codes: for the owner only")
        .isEqualTo("rw-------");
  }

  @Test
  void write_withoutTheFont_saysHowToGetIt_andWritesNothing() {
    Path pdf = temp.resolve("letters.pdf");
    assertThatThrownBy(() -> LetterPdf.write(pdf, temp.resolve("missing.ttf"), List.of(page())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("apt-get install fonts-ipaexfont-gothic");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void wrap_breaksBetweenAnyTwoCharacters_soNoPartIsWiderThanTheLine() throws IOException {
    assertThat(LetterPdf.wrap("あいうえおかきくけこ", text -> text.length() * 10f, 35))
        .containsExactly("あいう", "えおか", "きくけ", "こ");
    assertThat(LetterPdf.wrap("", text -> text.length() * 10f, 35)).containsExactly("");
  }
}
