package mamori.incident;

import static mamori.incident.IncidentWorld.AUDITOR;
import static mamori.incident.IncidentWorld.CONTRACTOR_OFFICER;
import static mamori.incident.IncidentWorld.OFFICER;
import static mamori.incident.IncidentWorld.OTHER_OFFICER;
import static mamori.incident.IncidentWorld.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import mamori.core.Action;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The reports to the PPC: prefill, validation, versions with logged hashes, submission, PDF. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class IncidentReportsTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  IncidentWorld w;
  IncidentReports reports;

  @BeforeEach
  void open() {
    w = new IncidentWorld(kind, keys);
    reports = w.reports();
  }

  @AfterEach
  void close() {
    w.close();
  }

  static Report complete(Report r) {
    Report.Items i = r.items();
    return new Report(
        r.schema(),
        r.incident(),
        r.kind(),
        r.reporter(),
        r.dates(),
        r.triggers(),
        new Report.Items(
            i.overview(),
            i.personalItems(),
            i.persons(),
            "委託先の操作者が権限を越えて閲覧した",
            "現時点で二次被害は確認されていない",
            "対象の3人に通知した",
            "未公表",
            "委託先の利用停止と検知規則の強化",
            ""));
  }

  static Report withItem(Report r, ReportItem item, String text) {
    Report.Items i = r.items();
    return new Report(
        r.schema(),
        r.incident(),
        r.kind(),
        r.reporter(),
        r.dates(),
        r.triggers(),
        new Report.Items(
            item == ReportItem.OVERVIEW ? text : i.overview(),
            item == ReportItem.PERSONAL_ITEMS ? text : i.personalItems(),
            i.persons(),
            item == ReportItem.CAUSE ? text : i.cause(),
            item == ReportItem.SECONDARY_HARM ? text : i.secondaryHarm(),
            item == ReportItem.RESPONSE ? text : i.responseToPersons(),
            item == ReportItem.ANNOUNCEMENT ? text : i.publicAnnouncement(),
            item == ReportItem.RECURRENCE ? text : i.recurrence(),
            item == ReportItem.OTHER ? text : i.other()));
  }

  @Test
  void thePrefill_comesFromTheIncidentAndTheFieldsTheEvidenceTouched() {
    Report r = reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY);
    assertThat(r.schema()).isEqualTo(Report.SCHEMA);
    assertThat(r.kind()).isEqualTo("preliminary");
    assertThat(r.items().persons()).isEqualTo(3L);
    assertThat(r.items().personalItems()).isEqualTo("氏、住所");
    assertThat(r.items().overview()).isEqualTo("委託先の操作者による大量閲覧\n委託先 con の操作者が住民の記録を閲覧した");
    assertThat(r.items().cause()).isEqualTo("調査中（確報で報告します）");
    assertThat(r.items().other()).isEmpty();
    assertThat(r.dates().awareAt()).isEqualTo("2026-12-01T09:00:00Z");
    assertThat(r.dates().occurredFrom()).isEqualTo("2026-12-01T08:00:00Z");
    assertThat(r.dates().occurredTo()).isEqualTo("2026-12-01T09:00:00Z");
    assertThat(r.triggers()).containsExactly("system", "unjust-purpose");
    assertThat(r.reporter().name()).isEqualTo("デモ市");
    // the final report leaves what the log cannot know to the officer
    Report f = reports.prefill(OFFICER, "i-1", ReportKind.FINAL);
    assertThat(f.items().cause()).isEmpty();
    assertThat(f.kind()).isEqualTo("final");
    // nothing was logged by reading a draft
    assertThat(w.log.size()).isEqualTo(3);
  }

  @Test
  void aMissingMandatoryItem_isRefusedWithTheItemNamed_andNothingIsLoggedOrStored() {
    Report r = reports.prefill(OFFICER, "i-1", ReportKind.FINAL);
    assertThatThrownBy(() -> reports.save(OFFICER, "i-1", ReportKind.FINAL, r))
        .isInstanceOfSatisfying(
            ReportInvalid.class,
            e -> {
              assertThat(e.code()).isEqualTo(ReportInvalid.MISSING);
              assertThat(e.item()).isEqualTo(ReportItem.CAUSE);
              assertThat(e.field()).isEqualTo("items.cause");
              assertThat(e.getMessage()).contains("原因 (cause)");
            });
    for (ReportItem item :
        List.of(ReportItem.OVERVIEW, ReportItem.RECURRENCE, ReportItem.SECONDARY_HARM)) {
      assertThatThrownBy(() ->
              reports.save(OFFICER, "i-1", ReportKind.FINAL, withItem(complete(r), item, " \n ")))
          .isInstanceOfSatisfying(
              ReportInvalid.class,
              e -> {
                assertThat(e.item()).isEqualTo(item);
                assertThat(e.getMessage()).contains(item.japanese()).contains(item.english());
              });
    }
    // "other" may be blank
    assertThat(
            reports
                .save(OFFICER, "i-1", ReportKind.FINAL, withItem(complete(r), ReportItem.OTHER, ""))
                .version())
        .isEqualTo(1);
    assertThat(w.log.size()).isEqualTo(4);
  }

  @Test
  void aNumberOrAControlCharacterInFreeText_isRefused_andALongTextAtItsBound() {
    Report r = complete(reports.prefill(OFFICER, "i-1", ReportKind.FINAL));
    for (String bad : List.of("番号 123456789018 を閲覧", "番号 １２３４ ５６７８ ９０１８", "1234-5678-9018 です")) {
      assertThatThrownBy(() ->
              reports.save(OFFICER, "i-1", ReportKind.FINAL, withItem(r, ReportItem.CAUSE, bad)))
          .isInstanceOfSatisfying(
              ReportInvalid.class,
              e -> {
                assertThat(e.code()).isEqualTo(ReportInvalid.NUMBER);
                assertThat(e.getMessage()).contains("原因").doesNotContain("9018");
              });
    }
    assertThatThrownBy(() ->
            reports.save(
                OFFICER, "i-1", ReportKind.FINAL, withItem(r, ReportItem.OTHER, "a\u0007b")))
        .isInstanceOfSatisfying(
            ReportInvalid.class, e -> assertThat(e.code()).isEqualTo(ReportInvalid.CONTROL));
    assertThatThrownBy(() ->
            reports.save(
                OFFICER, "i-1", ReportKind.FINAL, withItem(r, ReportItem.OTHER, "x\u202Ey")))
        .isInstanceOfSatisfying(
            ReportInvalid.class, e -> assertThat(e.code()).isEqualTo(ReportInvalid.CONTROL));
    assertThatThrownBy(() ->
            reports.save(
                OFFICER,
                "i-1",
                ReportKind.FINAL,
                withItem(r, ReportItem.OTHER, "あ".repeat(Report.TEXT_MAX + 1))))
        .isInstanceOfSatisfying(
            ReportInvalid.class, e -> assertThat(e.code()).isEqualTo(ReportInvalid.TOO_LONG));
    assertThat(w.log.size()).isEqualTo(3);
    ReportVersion v =
        reports.save(
            OFFICER,
            "i-1",
            ReportKind.FINAL,
            withItem(r, ReportItem.OTHER, "あ".repeat(Report.TEXT_MAX - 2) + "\r\nい"));
    assertThat(IncidentReports.parse(v.body()).items().other())
        .endsWith("あ\nい")
        .hasSize(Report.TEXT_MAX);
  }

  @Test
  void eachSave_isANewVersion_whoseHashIsLoggedBeforeItIsStored() {
    Report r = complete(reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY));
    ReportVersion v1 = reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, r);
    ReportVersion v2 =
        reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, withItem(r, ReportItem.OTHER, "追記"));
    assertThat(List.of(v1.version(), v2.version())).containsExactly(1, 2);
    assertThat(reports.versions(AUDITOR, "i-1", ReportKind.PRELIMINARY))
        .extracting(ReportVersion::sha256)
        .containsExactly(v1.sha256(), v2.sha256());
    assertThat(reports.versions(AUDITOR, "i-1", ReportKind.FINAL)).isEmpty();
    byte[] digest = IncidentReports.sha256(v2.body().getBytes(StandardCharsets.UTF_8));
    assertThat(v2.sha256()).isEqualTo(HexFormat.of().formatHex(digest));
    AccessRecord logged = w.record(v2.logIndex());
    assertThat(logged.action()).isEqualTo(Action.INCIDENT_REPORT_SAVE.code());
    assertThat(logged.actor()).isEqualTo("officer");
    assertThat(logged.caseRef())
        .isEqualTo(
            "i-1 preliminary v2 sha256:"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    assertThat(reports.draft(AUDITOR, "i-1", ReportKind.PRELIMINARY).items().other())
        .isEqualTo("追記");
    // the log refuses: nothing is stored
    w.log.close();
    assertThatThrownBy(() -> reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, r))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(reports.versions(AUDITOR, "i-1", ReportKind.PRELIMINARY)).hasSize(2);
  }

  @Test
  void aSubmittedVersion_neverChanges() {
    Report r = complete(reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY));
    ReportVersion v1 = reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, r);
    ReportVersion submitted = reports.submit(OFFICER, "i-1", ReportKind.PRELIMINARY, 1);
    assertThat(submitted.submitted()).isTrue();
    assertThat(submitted.submittedBy()).isEqualTo("officer");
    assertThat(submitted.body()).isEqualTo(v1.body());
    assertThatThrownBy(() -> reports.submit(OFFICER, "i-1", ReportKind.PRELIMINARY, 1))
        .isInstanceOfSatisfying(
            ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.SUBMITTED));
    assertThatThrownBy(() -> reports.submit(OFFICER, "i-1", ReportKind.PRELIMINARY, 2))
        .isInstanceOfSatisfying(
            ReportRefused.class,
            e -> assertThat(e.code()).isEqualTo(ReportRefused.UNKNOWN_VERSION));
    ReportVersion v2 =
        reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, withItem(r, ReportItem.OTHER, "訂正"));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.submitted()).isFalse();
    ReportVersion again = reports.version(AUDITOR, "i-1", ReportKind.PRELIMINARY, 1);
    assertThat(again.body()).isEqualTo(v1.body());
    assertThat(again.sha256()).isEqualTo(v1.sha256());
    assertThat(again.submitted()).isTrue();
    AccessRecord logged = w.record(w.log.size() - 2);
    assertThat(logged.action()).isEqualTo(Action.INCIDENT_REPORT_SUBMIT.code());
  }

  @Test
  void onlyTheTenantsOfficerActs_theAuditorReads_othersAreRefused() {
    Report r = complete(reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY));
    assertThatThrownBy(() -> reports.save(AUDITOR, "i-1", ReportKind.PRELIMINARY, r))
        .isInstanceOfSatisfying(
            ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.ROLE));
    // the refusal is logged
    AccessRecord refused = w.record(w.log.size() - 1);
    assertThat(refused.decision()).isEqualTo("deny:role.not-allowed");
    assertThat(refused.actor()).isEqualTo("auditor");
    for (var p : List.of(STAFF, CONTRACTOR_OFFICER)) {
      assertThatThrownBy(() -> reports.prefill(p, "i-1", ReportKind.PRELIMINARY))
          .isInstanceOfSatisfying(
              ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.ROLE));
    }
    assertThatThrownBy(() -> reports.prefill(OTHER_OFFICER, "i-1", ReportKind.PRELIMINARY))
        .isInstanceOfSatisfying(ReportRefused.class, e -> assertThat(e.notFound()).isTrue());
    assertThatThrownBy(() -> reports.prefill(OFFICER, "i-9", ReportKind.PRELIMINARY))
        .isInstanceOfSatisfying(
            ReportRefused.class,
            e -> assertThat(e.code()).isEqualTo(ReportRefused.UNKNOWN_INCIDENT));
    assertThat(reports.versions(AUDITOR, "i-1", ReportKind.PRELIMINARY)).isEmpty();
  }

  @Test
  void thePdf_isTheFormInJapanese_withTheNineItemsAndTheLoggedHash() throws Exception {
    Report r =
        withItem(
            complete(reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY)),
            ReportItem.OTHER,
            "長い記載。".repeat(390));
    ReportVersion v = reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, r);
    byte[] pdf = ReportPdf.render(IncidentReports.parse(v.body()), v, FormPdf.DEFAULT_FONT);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains("特定個人情報の漏えい等に関する報告書（速報）")
          .contains("1.概要")
          .contains("2.特定個人情報の項目")
          .contains("3.本人の数")
          .contains("3人")
          .contains("4.原因")
          .contains("5.二次被害又はそのおそれの有無及びその内容")
          .contains("6.本人への対応の実施状況")
          .contains("7.公表の実施状況")
          .contains("8.再発防止のための措置")
          .contains("9.その他参考となる事項")
          .contains("デモ市")
          .contains(v.sha256());
    }
  }
}
