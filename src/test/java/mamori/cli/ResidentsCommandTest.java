package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.VaultSession;
import mamori.core.Why;
import mamori.generate.PersonGenerator;
import mamori.handover.Documents;
import mamori.handover.PageScans;
import mamori.number.Masking;
import mamori.portal.ResidentLetters;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori residents letters}: a PDF page per resident with the Japanese font embedded, the
 * era date, the letter number and a code that activates, no My Number; each letter its own LETTER
 * document whose page code (read from the rendered page) names its resident; the reads it needed
 * are in the log.
 */
class ResidentsCommandTest {
  static final mamori.identity.Principal STAFF =
      new mamori.identity.Principal(
          new mamori.core.UserId("staff-1"),
          new mamori.core.TenantId("demo-city"),
          new mamori.core.OrganisationId("demo-city"),
          mamori.core.Role.STAFF,
          "test");

  @TempDir Path temp;

  @Test
  void letters_forEveryone_areAPdfWithEmbeddedFont_andTheirCodesActivate() throws Exception {
    Path data = temp.resolve("data");
    CliLogin.staff(new StoreLocation.Embedded(data), temp, temp, "demo-city");
    Path csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 3, 7);
    assertThat(
            CliRun.of(
                    "import",
                    "persons",
                    csv.toString(),
                    "--tenant",
                    "demo-city",
                    "--data",
                    data.toString())
                .exit())
        .isZero();
    Path pdf = temp.resolve("letters.pdf");
    CliRun run =
        CliRun.of(
            "residents",
            "letters",
            "--tenant",
            "demo-city",
            "--all",
            "--out",
            pdf.toString(),
            "--data",
            data.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 letters: 3 documents (", "6 pages in " + pdf);
    assertThat(Masking.holdsIndividualNumber(run.out() + run.err())).isFalse();

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // three letters, each padded with its own blank page for duplex
      assertThat(doc.getNumberOfPages()).isEqualTo(6);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(
              "住民ポータル 利用開始のお知らせ",
              "令和",
              "様",
              "http://localhost:8080/portal/activate?tenant=demo-city");
      assertThat(Masking.holdsIndividualNumber(text)).as("no My Number printed").isFalse();
      for (String line : Files.readAllLines(csv).subList(1, 4)) {
        assertThat(text).doesNotContain(line.split(",")[0]);
      }
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      Matcher m =
          Pattern.compile(
                  "通知番号[\\s\u3000]+(\\d{10})[\\s\\S]*?利用開始コード[\\s\u3000]+([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
              .matcher(text);
      assertThat(m.find()).isTrue();
      try (VaultSession s =
          VaultSession.open(new StoreLocation.Embedded(data), data.resolve("keys"))) {
        ResidentLetters letters =
            new ResidentLetters(
                s.store.dataSource(),
                s.keys,
                new mamori.identity.SecurityAlerts(
                    s.store.dataSource(), java.time.Clock.systemUTC()),
                java.time.Clock.systemUTC());
        assertThat(letters.activate("demo-city", m.group(1), m.group(2)))
            .isInstanceOf(ResidentLetters.Activated.class);
        // each letter its own LETTER document, coded for its resident, read back from the page
        Documents documents = PrintCommand.documents(s, java.time.Clock.systemUTC());
        java.util.Set<String> residents = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
          Documents.Resolved read =
              documents.resolve(
                  java.util.Optional.of(new mamori.core.TenantId("demo-city")),
                  PageScans.qr(doc, 2 * i));
          assertThat(read).isInstanceOf(Documents.Found.class);
          Documents.Document d = ((Documents.Found) read).document();
          assertThat(d.kind()).isEqualTo(Documents.Kind.LETTER);
          // padded with a coded blank page of its own: duplex never puts two on a sheet
          assertThat(d.pages()).isEqualTo(2);
          assertThat(
                  documents.resolve(
                      java.util.Optional.of(new mamori.core.TenantId("demo-city")),
                      PageScans.qr(doc, 2 * i + 1)))
              .isEqualTo(new Documents.Found(d, 2));
          assertThat(d.expiresAt()).isPresent();
          assertThat(run.out()).contains(d.id());
          residents.add(d.person().orElseThrow().value());
          assertThat(PageScans.text(doc, 2 * i).replaceAll("\\s", "")).contains("ページ1/2");
        }
        assertThat(residents).as("one resident per letter").hasSize(3);
        var log = s.logs.forTenant("demo-city");
        assertThat(log.records(0, log.size()))
            .filteredOn(
                r -> r.purpose().equals("resident-portal-letters") && r.action().equals("print"))
            .hasSize(3);
      }
    }
  }

  @Test
  void anUnknownPerson_stopsTheRunBeforeAnyLetterIsIssued() throws Exception {
    Path data = temp.resolve("data");
    CliLogin.staff(new StoreLocation.Embedded(data), temp, temp, "demo-city");
    Path csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 2, 7);
    assertThat(
            CliRun.of(
                    "import",
                    "persons",
                    csv.toString(),
                    "--tenant",
                    "demo-city",
                    "--data",
                    data.toString())
                .exit())
        .isZero();
    String known;
    String erased;
    try (VaultSession s =
        VaultSession.open(new StoreLocation.Embedded(data), data.resolve("keys"))) {
      var gate = s.gate("demo-city");
      var both = gate.persons(STAFF, new Why("resident-tax", "t"), 2);
      known = both.get(0).value();
      erased = both.get(1).value();
      gate.erase(STAFF, both.get(1), new Why("resident-tax", "t"));
    }
    Path pdf = temp.resolve("letters.pdf");
    CliRun run =
        CliRun.of(
            "residents",
            "letters",
            "--tenant",
            "demo-city",
            "--person",
            known + "," + erased,
            "--out",
            pdf.toString(),
            "--data",
            data.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("person " + erased, "no letter was issued");
    assertThat(pdf).doesNotExist();
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var c = store.dataSource().getConnection();
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM handover_document")) {
      rs.next();
      assertThat(rs.getInt(1)).as("no document registered").isZero();
    }
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var c = store.dataSource().getConnection();
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM resident_letter")) {
      rs.next();
      assertThat(rs.getInt(1)).as("no letter issued").isZero();
    }
  }

  @Test
  void withoutAFont_orWithABadToken_itSaysWhatIsWrong_andWritesNothing() throws Exception {
    Path data = temp.resolve("data");
    CliLogin.staff(new StoreLocation.Embedded(data), temp, temp, "demo-city");
    try (Store ignored = Store.open(new StoreLocation.Embedded(data))) {
      // creates the store
    }
    Path pdf = temp.resolve("letters.pdf");
    CliRun bad =
        CliRun.of(
            "residents",
            "letters",
            "--tenant",
            "demo-city",
            "--person",
            "<script>",
            "--out",
            pdf.toString(),
            "--data",
            data.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--person");
    CliRun noFont =
        CliRun.of(
            "residents",
            "letters",
            "--tenant",
            "demo-city",
            "--all",
            "--out",
            pdf.toString(),
            "--font",
            temp.resolve("none.ttf").toString(),
            "--data",
            data.toString());
    assertThat(noFont.exit()).isEqualTo(2);
    assertThat(noFont.err()).contains("fonts-ipaexfont-gothic");
    assertThat(pdf).doesNotExist();
    CliRun insecure =
        CliRun.of(
            "residents",
            "letters",
            "--tenant",
            "demo-city",
            "--all",
            "--out",
            pdf.toString(),
            "--portal-url",
            "http://city.example/portal",
            "--data",
            data.toString());
    assertThat(insecure.exit()).isEqualTo(2);
    assertThat(insecure.err()).contains("https://");
  }
}
