package mamori.incident;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A report to the PPC as a PDF in Japanese, laid out as the form: the title with the kind, who
 * reports, the dates, the triggers that hold, then the nine items in their order, each heading on a
 * shaded bar and its text boxed, long text carried over to the next page. The foot names the saved
 * version and the SHA-256 of its JSON (the hash the log holds), so a printed form names what was
 * logged.
 */
public final class ReportPdf {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分").withZone(ZoneId.of("Asia/Tokyo"));

  private ReportPdf() {}

  /**
   * The form for {@code report}; {@code version} is the saved version it shows (null for an unsaved
   * draft).
   */
  public static byte[] render(Report report, @Nullable ReportVersion version, Path font)
      throws IOException {
    ReportKind kind = ReportKind.ofCode(report.kind()).orElse(ReportKind.PRELIMINARY);
    try (FormPdf f = new FormPdf(font)) {
      f.text("特定個人情報の漏えい等に関する報告書（" + kind.japanese() + "）", 15);
      f.text("個人情報保護委員会　御中", 11);
      f.gap(4);
      f.text(
          "事案番号　"
              + report.incident()
              + (version == null
                  ? "　（未保存の下書き）"
                  : "　第" + version.version() + "版" + (version.submitted() ? "（提出済）" : "")),
          10);
      f.gap(6);
      Report.Reporter r = report.reporter();
      f.item(
          ReportItem.REPORTER.japanese(),
          "名称：" + nz(r.name()) + "\n所在地：" + nz(r.address()) + "\n連絡先：" + nz(r.contact()));
      Report.Dates d = report.dates();
      f.item(
          ReportItem.DATES.japanese(),
          "発覚日時："
              + when(d.awareAt())
              + "\n発生期間："
              + when(d.occurredFrom())
              + " から "
              + when(d.occurredTo())
              + " まで");
      StringBuilder t = new StringBuilder();
      for (String code : report.triggers()) {
        Report.Trigger.ofCode(code)
            .ifPresent(tr -> t.append(t.isEmpty() ? "" : "\n").append("■ ").append(tr.japanese()));
      }
      f.item(ReportItem.TRIGGERS.japanese(), t.toString());
      Report.Items items = report.items();
      f.item("1. " + ReportItem.OVERVIEW.japanese(), items.text(ReportItem.OVERVIEW));
      f.item("2. " + ReportItem.PERSONAL_ITEMS.japanese(), items.text(ReportItem.PERSONAL_ITEMS));
      f.item(
          "3. " + ReportItem.PERSONS.japanese(),
          items.persons() == null ? "" : items.persons() + " 人");
      f.item("4. " + ReportItem.CAUSE.japanese(), items.text(ReportItem.CAUSE));
      f.item("5. " + ReportItem.SECONDARY_HARM.japanese(), items.text(ReportItem.SECONDARY_HARM));
      f.item("6. " + ReportItem.RESPONSE.japanese(), items.text(ReportItem.RESPONSE));
      f.item("7. " + ReportItem.ANNOUNCEMENT.japanese(), items.text(ReportItem.ANNOUNCEMENT));
      f.item("8. " + ReportItem.RECURRENCE.japanese(), items.text(ReportItem.RECURRENCE));
      f.item("9. " + ReportItem.OTHER.japanese(), items.text(ReportItem.OTHER));
      if (version != null) {
        f.gap(4);
        f.text(
            "第"
                + version.version()
                + "版　保存 "
                + WHEN.format(version.savedAt())
                + "（"
                + version.savedBy()
                + "）　透明性ログ #"
                + version.logIndex(),
            8);
        f.text("この版のJSONのSHA-256：" + version.sha256(), 8);
      }
      return f.bytes();
    }
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String when(@Nullable String iso) {
    if (iso == null || iso.isBlank()) {
      return "不明";
    }
    try {
      return WHEN.format(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }
}
