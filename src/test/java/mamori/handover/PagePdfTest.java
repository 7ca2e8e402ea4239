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
        try {
          assertThat(PageScans.qr(doc, i, 150))
              .isEqualTo(printed.get(i).pages().getFirst().qrText());
        } catch (AssertionError e) {
          failed.add(i + 1);
        }
      }
    }
    assertThat(failed).as("pages whose QR code did not read at 150 dpi").isEmpty();
  }
}
