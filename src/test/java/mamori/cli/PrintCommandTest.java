package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.VaultSession;
import mamori.core.Action;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.generate.PersonGenerator;
import mamori.handover.Documents;
import mamori.handover.PagePdf;
import mamori.handover.PageScans;
import mamori.store.StoreLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori print pickup|notice|list}: each prints one line naming its documents and pages, the
 * pages' codes read back from the rendered PDF name the documents registered with the printer
 * given, a list is INTERNAL, each person printed is one {@code print} record; bad input prints
 * nothing.
 */
class PrintCommandTest {
  static final String CITY = "demo-city";
  static final mamori.identity.Principal STAFF = ResidentsCommandTest.STAFF;

  @TempDir Path temp;
  Path data;
  Path csv;
  List<String> tokens;

  @BeforeEach
  void town() throws Exception {
    data = temp.resolve("data");
    CliLogin.staff(new StoreLocation.Embedded(data), temp, temp, CITY);
    csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 30, 11);
    CliRun imported =
        CliRun.of(
            "import",
            "persons",
            csv.toString(),
            "--tenant",
            CITY,
            "--tag",
            "batch=2026-12",
            "--data",
            data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    try (VaultSession s = session()) {
      tokens =
          s.gate(CITY).persons(STAFF, new Why("resident-tax", "t"), 30).stream()
              .map(t -> t.value())
              .toList();
    }
  }

  VaultSession session() {
    return VaultSession.open(new StoreLocation.Embedded(data), data.resolve("keys"));
  }

  CliRun print(String... args) {
    List<String> all = new ArrayList<>(List.of("print"));
    all.addAll(List.of(args));
    all.addAll(List.of("--tenant", CITY, "--data", data.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  long prints() {
    try (VaultSession s = session()) {
      var log = s.logs.forTenant(CITY);
      return log.records(0, log.size()).stream()
          .filter(r -> r.action().equals(Action.PRINT.code()))
          .count();
    }
  }

  /** The documents of the line a print printed, resolved from each page's QR code. */
  List<Documents.Found> pages(Path pdf) throws Exception {
    List<Documents.Found> out = new ArrayList<>();
    try (VaultSession s = session();
        PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Documents documents = PrintCommand.documents(s, java.time.Clock.systemUTC());
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        Documents.Resolved read =
            documents.resolve(Optional.of(new TenantId(CITY)), PageScans.qr(doc, i));
        assertThat(read).isInstanceOf(Documents.Found.class);
        out.add((Documents.Found) read);
        String text = PageScans.text(doc, i);
        // each cell is checked for a number when drawn; the extracted text runs cells together
        assertThat(Pattern.compile("\\d{12}").matcher(text).find()).isFalse();
        for (String line : Files.readAllLines(csv).subList(1, 31)) {
          assertThat(text.replaceAll("\\D", "")).doesNotContain(line.split(",")[0]);
        }
      }
    }
    return out;
  }

  @Test
  void pickup_printsOneCodedPage_forTheResident_onThePrinterNamed() throws Exception {
    Path pdf = temp.resolve("pickup.pdf");
    CliRun run =
        print(
            "pickup",
            "--person",
            tokens.get(0),
            "--purpose",
            "resident-tax",
            "--case",
            "card-2026-12",
            "--printer",
            "本庁舎2階プリンター",
            "--out",
            pdf.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Matcher m = Pattern.compile("^1 document \\(([0-9A-Z]{8})\\), 1 page in ").matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    List<Documents.Found> pages = pages(pdf);
    assertThat(pages).hasSize(1);
    Documents.Document d = pages.getFirst().document();
    assertThat(d.id()).isEqualTo(m.group(1));
    assertThat(d.kind()).isEqualTo(Documents.Kind.PICKUP);
    assertThat(d.person().orElseThrow().value()).isEqualTo(tokens.get(0));
    assertThat(d.printer()).isEqualTo("本庁舎2階プリンター");
    assertThat(prints()).isEqualTo(1);
  }

  @Test
  void aList_byTag_isOneInternalDocument_ofTwoPages_andEachPersonIsPrintedOnce() throws Exception {
    Path pdf = temp.resolve("list.pdf");
    CliRun run =
        print(
            "list",
            "--tag",
            "batch=2026-12",
            "--title",
            "カード発行一覧表",
            "--fields",
            "family-name,given-name,address,postal-code",
            "--purpose",
            "resident-tax",
            "--case",
            "card-2026-12",
            "--out",
            pdf.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 document (", "2 pages in ");
    List<Documents.Found> pages = pages(pdf);
    assertThat(pages).extracting(Documents.Found::page).containsExactly(1, 2);
    Documents.Document d = pages.getFirst().document();
    assertThat(d.kind()).isEqualTo(Documents.Kind.LIST);
    assertThat(d.internal()).isTrue();
    assertThat(d.persons()).isEqualTo(30);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int i = 0; i < 2; i++) {
        assertThat(PageScans.text(doc, i)).contains(PagePdf.INTERNAL_MARK);
      }
    }
    assertThat(prints()).isEqualTo(30);
  }

  @Test
  void aNotice_withANumberInItsText_orAListOfTheNumber_printsNothing() throws Exception {
    Path pdf = temp.resolve("notice.pdf");
    CliRun number =
        print(
            "notice",
            "--person",
            tokens.get(1),
            "--title",
            "お知らせ",
            "--text",
            "番号は 1234-5678-9018 です",
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--out",
            pdf.toString());
    assertThat(number.exit()).isEqualTo(2);
    assertThat(number.err()).contains("nothing was printed").doesNotContain("1234");
    CliRun myNumber =
        print(
            "list",
            "--person",
            tokens.get(1),
            "--title",
            "一覧",
            "--fields",
            "family-name,my-number",
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--out",
            pdf.toString());
    assertThat(myNumber.exit()).isEqualTo(2);
    assertThat(myNumber.err()).contains("--fields", "never the number");
    assertThat(pdf).doesNotExist();
    assertThat(prints()).isZero();
    CliRun ok =
        print(
            "notice",
            "--person",
            tokens.get(1),
            "--title",
            "窓口変更のお知らせ",
            "--text",
            "窓口が変わります。\\n新しい窓口は2階です。",
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--out",
            pdf.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    Documents.Document d = pages(pdf).getFirst().document();
    assertThat(d.kind()).isEqualTo(Documents.Kind.NOTICE);
    assertThat(d.title()).isEqualTo("窓口変更のお知らせ");
    assertThat(prints()).isEqualTo(1);
  }
}
