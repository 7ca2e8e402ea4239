package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The page writer alone, with labels made up in the test: no store, no gate. */
class PagePdfTest {
  static final TenantId T = new TenantId("print-city");
  static final SecureRandom RANDOM = new SecureRandom();

  static String chars(int bits) {
    byte[] b = new byte[(bits + 7) / 8];
    RANDOM.nextBytes(b);
    return PageCode.base32(b, bits);
  }

  /** A registration that makes up a document and its labels, as Documents would shape them. */
  static PagePdf.Registration madeUp(boolean internal, List<Documents.Printed> into) {
    return pages -> {
      String id = chars(40);
      String subject = internal ? PageCode.INTERNAL : "R-" + chars(40);
      List<Documents.PageLabel> labels = new ArrayList<>();
      for (int page = 1; page <= pages; page++) {
        String mac = chars(128);
        String shortMac = mac.substring(0, PageCode.MAC_CHARS);
        labels.add(
            new Documents.PageLabel(
                page,
                PageCode.printed(id, page, shortMac),
                PageCode.qr(T.value(), id, page, shortMac, subject, mac)));
      }
      Documents.Printed p =
          new Documents.Printed(
              new Documents.Document(
                  T,
                  id,
                  internal ? Documents.Kind.LIST : Documents.Kind.NOTICE,
                  "お知らせ",
                  internal ? Optional.empty() : Optional.of(new PersonToken("p-" + id)),
                  1,
                  pages,
                  new Why("resident-tax", "c"),
                  "p",
                  new UserId("clerk"),
                  Instant.EPOCH,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              labels);
      into.add(p);
      return p;
    };
  }

  static void font() {
    Assumptions.assumeTrue(Files.isReadable(PagePdf.DEFAULT_FONT), "IPAex Gothic is installed");
  }

  /**
   * A code read at 150 dpi as a camera would try it: the whole sheet, and failing that a second
   * look at the band alone (ZXing's finder misses a crisp code on a whole A4 page now and then).
   */
  static String read150(PDDocument doc, int i) throws java.io.IOException {
    return read(doc, i, 150);
  }

  /**
   * A code read at {@code dpi} as a camera would try it: the whole sheet, and failing that the band
   * alone. At 300 dpi too, ZXing took text on a whole page for part of a code about once in some
   * thousands of pages (a checksum failure on a code that reads in its band).
   */
  static String read(PDDocument doc, int i, int dpi) throws java.io.IOException {
    try {
      return PageScans.qr(doc, i, dpi);
    } catch (AssertionError e) {
      return PageScans.band(doc, i, dpi);
    }
  }

  @Test
  void threeHundredCodes_allDecodeAt150Dpi() throws Exception {
    font();
    List<Documents.Printed> printed = new ArrayList<>();
    byte[] pdf;
    try (PagePdf job = new PagePdf(PagePdf.DEFAULT_FONT)) {
      for (int k = 0; k < 300; k++) {
        job.document(false, s -> s.text("佐藤 様 テスト", 12), madeUp(false, printed));
      }
      pdf = job.bytes();
    }
    List<Integer> failed = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = 0; i < 300; i++) {
        String expected = printed.get(i).pages().getFirst().qrText();
        // every code reads as a counter's scanner sees it (300 dpi)
        assertThat(read(doc, i, 300)).isEqualTo(expected);
        try {
          assertThat(read150(doc, i)).isEqualTo(expected);
        } catch (AssertionError e) {
          failed.add(i + 1);
        }
      }
    }
    // at 150 dpi too (the modules 4 pixels, black and white; every matrix checked as it is drawn)
    assertThat(failed).as("pages whose QR code did not read at 150 dpi").isEmpty();
  }

  @Test
  void aCharacterTheFontLacks_printsAsGeta_inEveryWayTextIsDrawn() throws Exception {
    font();
    String family = "\uD842\uDFB7野"; // 𠮷野, outside JIS X 0208
    String given = "花\uE000子\uD83D\uDE00"; // a 外字 in the private use area, an emoji
    String address = "尼崎市\u200B東七松町"; // a zero-width space
    java.util.Map<mamori.core.Field, String> v =
        java.util.Map.of(
            mamori.core.Field.FAMILY_NAME, family,
            mamori.core.Field.GIVEN_NAME, given,
            mamori.core.Field.POSTAL_CODE, "660-0001",
            mamori.core.Field.ADDRESS, address);
    List<Documents.Printed> printed = new ArrayList<>();
    byte[] pdf;
    try (PagePdf job = new PagePdf(PagePdf.DEFAULT_FONT)) {
      java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 7);
      job.document(
          false,
          Papers.pickup("デモ市", v, "窓口\uE000", today, today.plusDays(90)),
          madeUp(false, printed));
      job.document(
          true,
          Papers.list(
              "一覧",
              "デモ市",
              today,
              List.of(
                  mamori.core.Field.FAMILY_NAME,
                  mamori.core.Field.GIVEN_NAME,
                  mamori.core.Field.ADDRESS),
              List.of(v),
              25),
          madeUp(true, printed));
      pdf = job.bytes();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      for (int i = 0; i < 2; i++) {
        String text = PageScans.text(doc, i);
        assertThat(text).contains("\u3013").doesNotContain("\uE000").doesNotContain("\u200B");
        assertThat(text).doesNotContain("\uD83D\uDE00");
        assertThat(PageScans.qr(doc, i)).isEqualTo(printed.get(i).pages().getFirst().qrText());
      }
      assertThat(PageScans.text(doc, 0)).contains("花〓子〓").contains("尼崎市〓東七松町");
    }
  }
}
