package mamori.incident;

import static mamori.incident.IncidentWorld.AUDITOR;
import static mamori.incident.IncidentWorld.OFFICER;
import static mamori.incident.IncidentWorld.OTHER_OFFICER;
import static mamori.incident.IncidentWorld.PERSONS;
import static mamori.incident.IncidentWorld.STAFF;
import static mamori.incident.IncidentWorld.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.PersonToken;
import mamori.handover.PagePdf;
import mamori.handover.PageScans;
import mamori.log.AccessRecord;
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

/** The notices to the affected persons: portal notices, letters, counts, idempotence. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class IncidentNoticesTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  IncidentWorld w;
  IncidentNotices notices;

  @BeforeEach
  void open() {
    w = new IncidentWorld(kind, keys);
    notices = new IncidentNotices(w.store.dataSource(), w.logs, w.clock);
  }

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void notifying_logsANoticeNamingEachPerson_once() {
    assertThat(notices.counts(AUDITOR, "i-1")).isEqualTo(new IncidentNotices.Counts(3, 0, 0));
    IncidentNotices.Notified first = notices.notifyAll(OFFICER, "i-1");
    assertThat(first.newly()).isEqualTo(3);
    assertThat(first.counts()).isEqualTo(new IncidentNotices.Counts(3, 3, 0));
    long size = w.log.size();
    assertThat(size).isEqualTo(6);
    List<String> named = new ArrayList<>();
    for (long i = 3; i < 6; i++) {
      AccessRecord r = w.record(i);
      assertThat(r.action()).isEqualTo(Action.INCIDENT_NOTICE.code());
      assertThat(r.caseRef()).isEqualTo("i-1 portal");
      named.add(r.personToken());
    }
    assertThat(named).containsExactly("P-AAA", "P-BBB", "P-CCC");
    // twice: no one is told twice, nothing more is logged
    IncidentNotices.Notified second = notices.notifyAll(OFFICER, "i-1");
    assertThat(second.newly()).isZero();
    assertThat(second.counts().portal()).isEqualTo(3);
    assertThat(w.log.size()).isEqualTo(size);
  }

  @Test
  void aResident_seesTheirOwnNoticeWithItsEvidence_anotherResidentNothing() {
    notices.notifyAll(OFFICER, "i-1");
    List<IncidentNotices.Notice> mine = notices.forResident(T, PERSONS.get(1));
    assertThat(mine).hasSize(1);
    IncidentNotices.Notice n = mine.getFirst();
    assertThat(n.content().incident()).isEqualTo("i-1");
    // before any report: a neutral text, never the officer's internal title or summary
    assertThat(n.content().title()).isEqualTo(IncidentNotices.NOTICE_TITLE);
    assertThat(n.content().overview()).isEqualTo(IncidentNotices.INVESTIGATING);
    assertThat(n.content().toString()).doesNotContain("大量閲覧").doesNotContain("con の操作者");
    assertThat(n.content().cause()).isEqualTo("調査中");
    // the read of their record and the notice itself, both naming them
    assertThat(n.evidence()).containsExactly(w.evidence.get(1), n.logIndex());
    assertThat(w.record(n.logIndex()).personToken()).isEqualTo("P-BBB");
    assertThat(notices.forResident(T, new PersonToken("P-ZZZ"))).isEmpty();
    assertThat(notices.forResident(IncidentWorld.OTHER, PERSONS.get(1))).isEmpty();
    // after a report is saved, the notice tells what the report says
    IncidentReports reports = w.reports();
    Report r =
        IncidentReportsTest.complete(reports.prefill(OFFICER, "i-1", ReportKind.PRELIMINARY));
    reports.save(OFFICER, "i-1", ReportKind.PRELIMINARY, r);
    assertThat(notices.forResident(T, PERSONS.get(1)).getFirst().content().cause())
        .isEqualTo("委託先の操作者が権限を越えて閲覧した");
    // a submitted version is preferred to a later draft
    reports.submit(OFFICER, "i-1", ReportKind.PRELIMINARY, 1);
    reports.save(
        OFFICER,
        "i-1",
        ReportKind.PRELIMINARY,
        IncidentReportsTest.withItem(r, ReportItem.CAUSE, "下書きの原因"));
    assertThat(notices.forResident(T, PERSONS.get(1)).getFirst().content().cause())
        .isEqualTo("委託先の操作者が権限を越えて閲覧した");
    reports.save(
        OFFICER,
        "i-1",
        ReportKind.FINAL,
        IncidentReportsTest.withItem(
            IncidentReportsTest.complete(reports.prefill(OFFICER, "i-1", ReportKind.FINAL)),
            ReportItem.CAUSE,
            "確報の原因"));
    assertThat(notices.forResident(T, PERSONS.get(1)).getFirst().content().cause())
        .isEqualTo("確報の原因");
  }

  @Test
  void aClosedIncident_takesNoReportNoticeOrLetter_andLogsNothing() throws Exception {
    Incident open = w.table.get(T, "i-1").orElseThrow();
    w.table.update(
        new Incident(
            open.tenant(),
            open.id(),
            open.title(),
            open.summary(),
            open.openedAt(),
            open.openedBy(),
            open.awareAt(),
            open.suspect(),
            Incident.Status.CLOSED,
            open.classification(),
            open.preliminaryDue(),
            open.finalDue(),
            open.affectedCount(),
            open.affectedAt(),
            IncidentWorld.AT,
            "officer",
            "settled"));
    IncidentReports reports = w.reports();
    Report r = IncidentReportsTest.complete(reports.prefill(OFFICER, "i-1", ReportKind.FINAL));
    long size = w.log.size();
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> acts =
        List.of(
            () -> reports.save(OFFICER, "i-1", ReportKind.FINAL, r),
            () -> reports.submit(OFFICER, "i-1", ReportKind.FINAL, 1),
            () -> notices.notifyAll(OFFICER, "i-1"),
            () ->
                notices.letters(
                    STAFF, "i-1", "デモ市", t -> Map.of(), w.job(), LocalDate.of(2026, 12, 2)));
    for (var act : acts) {
      assertThatThrownBy(act)
          .isInstanceOfSatisfying(
              ReportRefused.class,
              e -> {
                assertThat(e.code()).isEqualTo("incident.closed");
                assertThat(e.notFound()).isFalse();
              });
    }
    assertThat(w.log.size()).isEqualTo(size);
    assertThat(notices.counts(AUDITOR, "i-1")).isEqualTo(new IncidentNotices.Counts(3, 0, 0));
    assertThat(reports.versions(AUDITOR, "i-1", ReportKind.FINAL)).isEmpty();
  }

  @Test
  void aLetter_staysOnePage_whenTheReportsItemsAreAtTheirLongest() throws Exception {
    IncidentReports reports = w.reports();
    Report r = IncidentReportsTest.complete(reports.prefill(OFFICER, "i-1", ReportKind.FINAL));
    for (ReportItem item :
        List.of(
            ReportItem.OVERVIEW,
            ReportItem.PERSONAL_ITEMS,
            ReportItem.CAUSE,
            ReportItem.SECONDARY_HARM,
            ReportItem.RESPONSE)) {
      r = IncidentReportsTest.withItem(r, item, "長".repeat(Report.TEXT_MAX));
    }
    reports.save(OFFICER, "i-1", ReportKind.FINAL, r);
    byte[] pdf =
        notices.letters(
            STAFF,
            "i-1",
            "デモ市",
            t ->
                Map.of(
                    Field.FAMILY_NAME, "山".repeat(20),
                    Field.GIVEN_NAME, "花".repeat(20),
                    Field.POSTAL_CODE, "100-0001",
                    Field.ADDRESS, "東".repeat(200)),
            w.job(),
            LocalDate.of(2026, 12, 2));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // one page each, and each padded with its own blank page for duplex
      assertThat(doc.getNumberOfPages()).isEqualTo(6);
    }
  }

  @Test
  void onlyTheOfficerNotifies() {
    for (var p : List.of(AUDITOR, STAFF)) {
      assertThatThrownBy(() -> notices.notifyAll(p, "i-1"))
          .isInstanceOfSatisfying(
              ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.ROLE));
    }
    assertThatThrownBy(() -> notices.notifyAll(OTHER_OFFICER, "i-1"))
        .isInstanceOfSatisfying(ReportRefused.class, e -> assertThat(e.notFound()).isTrue());
    assertThat(notices.counts(OFFICER, "i-1").portal()).isZero();
  }

  @Test
  void theLetters_areOnePagePerPerson_inJapanese_countedOnce() throws Exception {
    List<PersonToken> asked = new ArrayList<>();
    byte[] pdf =
        notices.letters(
            STAFF,
            "i-1",
            "デモ市",
            t -> {
              asked.add(t);
              return Map.of(
                  Field.FAMILY_NAME, "山田" + t.value().substring(2),
                  Field.GIVEN_NAME, "花子",
                  Field.POSTAL_CODE, "100-0001",
                  Field.ADDRESS, "東京都デモ市1-1");
            },
            w.job(),
            LocalDate.of(2026, 12, 2));
    assertThat(asked).containsExactlyElementsOf(PERSONS);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // each letter padded with a coded blank page of its own, so duplex never mixes persons
      assertThat(doc.getNumberOfPages()).isEqualTo(6);
      // each letter its own NOTICE document, coded for its person on its pages
      for (int k = 0; k < 3; k++) {
        mamori.handover.Documents.Resolved read =
            w.documents.resolve(Optional.of(T), PageScans.qr(doc, 2 * k));
        assertThat(w.documents.resolve(Optional.of(T), PageScans.qr(doc, 2 * k + 1)))
            .isEqualTo(
                new mamori.handover.Documents.Found(
                    ((mamori.handover.Documents.Found) read).document(), 2));
        assertThat(PageScans.text(doc, 2 * k + 1)).contains(PagePdf.BLANK);
        assertThat(read).isInstanceOf(mamori.handover.Documents.Found.class);
        mamori.handover.Documents.Document d = ((mamori.handover.Documents.Found) read).document();
        assertThat(d.kind()).isEqualTo(mamori.handover.Documents.Kind.NOTICE);
        assertThat(d.person()).contains(PERSONS.get(k));
        assertThat(d.printer()).isEqualTo("本庁舎2階プリンター");
        assertThat(d.pages()).isEqualTo(2);
        String text = PageScans.text(doc, 2 * k);
        assertThat(text).doesNotContain(PagePdf.INTERNAL_MARK);
        assertThat(text.replaceAll("\\s", "")).containsPattern("ページ1/2");
      }
      PDFTextStripper strip = new PDFTextStripper();
      strip.setStartPage(3);
      strip.setEndPage(3);
      String page2 = strip.getText(doc).replaceAll("\\s+", "");
      assertThat(page2)
          .contains("山田BBB花子様")
          .contains("令和8年12月2日")
          .contains("事案番号i-1")
          .contains("概要")
          .contains("原因")
          .doesNotContain("山田AAA");
    }
    assertThat(notices.counts(OFFICER, "i-1")).isEqualTo(new IncidentNotices.Counts(3, 0, 3));
    long size = w.log.size();
    notices.letters(STAFF, "i-1", "デモ市", t -> Map.of(), w.job(), LocalDate.of(2026, 12, 2));
    assertThat(w.log.size()).isEqualTo(size);
    assertThat(notices.counts(OFFICER, "i-1").letter()).isEqualTo(3);
    assertThatThrownBy(() ->
            notices.letters(
                OFFICER, "i-1", "デモ市", t -> Map.of(), w.job(), LocalDate.of(2026, 12, 2)))
        .isInstanceOfSatisfying(
            ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.ROLE));
  }
}
