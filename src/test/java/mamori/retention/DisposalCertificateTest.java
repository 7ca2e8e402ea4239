package mamori.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mamori.core.TenantId;
import mamori.entrustment.Purpose;
import mamori.portal.LetterPdf;
import mamori.store.Store;
import mamori.store.TestStores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The disposal certificate of a small run (the list in the PDF) and of a large one (the summary and
 * the hash in the PDF, the tokens in a CSV beside it), on both stores.
 */
class DisposalCertificateTest {
  static final String CITY = "c-city";
  static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
  static final List<Purpose> PURPOSES =
      List.of(
          new Purpose(
              CITY,
              "resident-tax",
              "個人住民税の賦課",
              "番号法 別表 第24項",
              new Purpose.Retention(
                  7,
                  Purpose.Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE,
                  Purpose.Disposal.RECORD,
                  "地方税法 第17条の5")),
          new Purpose(
              CITY,
              "child-allowance",
              "児童手当の支給",
              "番号法 別表 第74項",
              new Purpose.Retention(
                  5, Purpose.Start.CASE_CLOSED, Purpose.Disposal.NUMBER, "市の文書管理規程")));

  @TempDir Path temp;
  Store store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
      TestStores.drop(store.location());
    }
  }

  DisposalCertificate certificate() {
    return new DisposalCertificate(
        new DeletionRecords(store.dataSource()), t -> "デモ市", t -> PURPOSES);
  }

  /** Writes {@code n} persons: every tenth kept (held), every third number-only. */
  List<String> run(String runId, int n, long seed) {
    RetentionRows rows = new RetentionRows(store.dataSource(), seed);
    int kept = n / 10;
    int numberOnly = 0;
    List<RetentionRows.Row> persons = new ArrayList<>();
    List<String> erased = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean keep = i % 10 == 9;
      boolean number = !keep && i % 3 == 1;
      numberOnly += number ? 1 : 0;
      String token = rows.token();
      if (!keep) {
        erased.add(token);
      }
      persons.add(
          new RetentionRows.Row(
              100_000_000_000L + i,
              token,
              number ? "NUMBER" : "RECORD",
              number ? "child-allowance" : "resident-tax",
              keep ? "kept" : "erased",
              keep ? "held" : null,
              keep ? null : T0.plusSeconds(7200)));
    }
    rows.run(
        CITY,
        runId,
        LocalDate.of(2026, 12, 1),
        "done",
        n,
        n - kept - numberOnly,
        numberOnly,
        kept,
        T0,
        "city-security-officer");
    rows.persons(CITY, runId, persons);
    erased.sort(null);
    return erased;
  }

  static String sha256(List<String> sortedTokens) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String t : sortedTokens) {
      sha.update((t + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aSmallRun_listsItsTokens_withTheHashOnTheFirstPage_andNoNumber(TestStores.Kind kind)
      throws Exception {
    store = TestStores.open(kind);
    List<String> erased = run("RUNSMALL", 3, 3);
    DisposalCertificate.Written w =
        certificate()
            .write(new TenantId(CITY), "RUNSMALL", temp, LetterPdf.DEFAULT_FONT)
            .orElseThrow();
    assertThat(w.csv()).isEmpty();
    assertThat(w.pages()).isEqualTo(2);
    assertThat(w.sha256()).isEqualTo(sha256(erased));
    assertThat(w.erased()).isEqualTo(3);
    try (PDDocument doc = Loader.loadPDF(w.pdf().toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper strip = new PDFTextStripper();
      strip.setStartPage(1);
      strip.setEndPage(1);
      String first = strip.getText(doc);
      assertThat(first)
          .contains("廃棄証明書", "デモ市", "RUNSMALL", "2026年12月1日", "city-security-officer")
          .contains(w.sha256())
          .contains("個人住民税の賦課", "地方税法 第17条の5", "データ鍵", "個人番号も氏名も保持しません")
          .contains("ページ 1 / 2");
      String all = new PDFTextStripper().getText(doc);
      assertThat(all).contains(erased).contains("ページ 2 / 2");
      assertThat(all.replace(w.sha256(), "")).doesNotContainPattern("[0-9]{12}");
    }
    assertThat(
            certificate().write(new TenantId("o-city"), "RUNSMALL", temp, LetterPdf.DEFAULT_FONT))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aLargeRun_keepsTheSummaryAndTheHashInThePdf_andItsTokensInACsv(TestStores.Kind kind)
      throws Exception {
    store = TestStores.open(kind);
    List<String> erased = run("RUNLARGE", 25_000, 4);
    DisposalCertificate.Written w =
        certificate()
            .write(new TenantId(CITY), "RUNLARGE", temp, LetterPdf.DEFAULT_FONT)
            .orElseThrow();
    assertThat(w.erased()).isEqualTo(22_500);
    assertThat(w.sha256()).isEqualTo(sha256(erased));
    assertThat(w.csv()).contains(temp.resolve("RUNLARGE-tokens.csv"));
    List<String> lines = Files.readAllLines(w.csv().orElseThrow());
    assertThat(lines).hasSize(25_001);
    assertThat(lines.getFirst()).isEqualTo(DisposalCertificate.CSV_HEADER);
    List<String> fromCsv =
        lines.stream()
            .skip(1)
            .filter(l -> l.split(",")[2].equals("erased"))
            .map(l -> l.split(",")[0])
            .toList();
    assertThat(sha256(fromCsv)).isEqualTo(w.sha256());
    assertThat(String.join("\n", lines)).doesNotContainPattern("[0-9]{12}");
    try (PDDocument doc = Loader.loadPDF(w.pdf().toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(w.pages()).isLessThanOrEqualTo(2);
      String all = new PDFTextStripper().getText(doc);
      assertThat(all).contains(w.sha256(), "RUNLARGE-tokens.csv", "25000 人", "保全中: 2500");
      assertThat(all).doesNotContain(erased.getFirst());
      assertThat(all.replace(w.sha256(), "")).doesNotContainPattern("[0-9]{12}");
    }
    DisposalCertificate.Rendered r =
        certificate().render(new TenantId(CITY), "RUNLARGE", LetterPdf.DEFAULT_FONT).orElseThrow();
    assertThat(r.large()).isTrue();
    assertThat(r.sha256()).isEqualTo(w.sha256());
    assertThat(Optional.of(r.pages())).contains(w.pages());
  }
}
