package mamori.incident;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.handover.Documents;
import mamori.handover.PagePdf;
import mamori.handover.PrintJob;
import mamori.identity.Principal;
import mamori.log.TransparencyLogs;

/*
 * Design. Each affected person is told in two ways: a notice in the resident portal, and a printed
 * letter. A notice is an act on the person: it is appended to the tenant's log as incident.notice NAMING
 * THE PERSON'S TOKEN (so it is in the resident's own access history, with its proof, like every other
 * access to their record) before its row is stored; the row's key (incident, person, channel) makes a
 * second run notify no one twice. What the notice says is read when it is shown, from the latest saved
 * report (the final one once there is one, else the preliminary) or, before any report, from the
 * incident itself, so a resident always reads the newest account. Letters need each person's name and
 * address, which only the access gate reveals, and only to the tenant's staff: the caller passes the
 * addresses (the web and the CLI read them through the gate, logged there as print under the purpose
 * resident-portal-letters), so this module never reaches into the vault. Each letter is its own NOTICE
 * document of the handover module, drawn into the caller's print job and coded for its person on every
 * page, so a sheet never mixes persons. A letter holds no number.
 */
/** The notices of an incident to its affected persons: the portal notice and the printed letter. */
public final class IncidentNotices {
  /** The affected persons read per page while notifying. */
  static final int PAGE = 500;

  /** The most characters of one item on a letter, so that a letter stays one page. */
  static final int LETTER_ITEM = 160;

  /** How a person was told. */
  public enum Channel {
    PORTAL("portal"),
    LETTER("letter");

    private final String code;

    Channel(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** How many of the affected persons were told, by each channel. */
  public record Counts(long affected, long portal, long letter) {}

  /** What a run of {@link #notifyAll} did: how many were newly told, and the counts now. */
  public record Notified(long newly, Counts counts) {}

  /**
   * What a notice tells: the incident, the overview, the items of personal information, the cause,
   * the secondary harm and the response, from the latest report or the incident.
   */
  public record Content(
      String incident,
      String title,
      String overview,
      String personalItems,
      String cause,
      String secondaryHarm,
      String response) {}

  /** A notice as the resident sees it: what it tells and the log entries that concern them. */
  public record Notice(Content content, Instant notifiedAt, long logIndex, List<Long> evidence) {}

  private final IncidentActs acts;
  private final NoticeTable notices;
  private final ReportTable reports;

  public IncidentNotices(DataSource dataSource, TransparencyLogs logs, java.time.Clock clock) {
    this.acts = new IncidentActs(dataSource, logs, clock);
    this.notices = new NoticeTable(dataSource);
    this.reports = new ReportTable(dataSource);
  }

  /**
   * Notifies every affected person in the resident portal who was not notified yet: each notice
   * logged (naming the person) before it is stored.
   *
   * @throws ReportRefused for a caller who may not (the tenant's security officer does)
   * @throws mamori.log.LogUnavailableException when the log cannot record; the persons notified
   *     before stay notified, the rest are notified by the next run
   */
  public Notified notifyAll(Principal p, String incident) {
    Incident i = acts.actable(p, incident, Action.INCIDENT_NOTICE);
    long newly = 0;
    String after = "";
    while (true) {
      List<Affected> page = acts.table().affected(p.tenantId(), i.id(), after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (Affected a : page) {
        if (notify(p, i, a.person(), Channel.PORTAL)) {
          newly++;
        }
      }
      after = page.getLast().person().value();
    }
    return new Notified(newly, counts(i));
  }

  private boolean notify(Principal p, Incident i, PersonToken person, Channel channel) {
    if (notices.has(p.tenantId(), i.id(), person, channel.code())) {
      return false;
    }
    long index =
        acts.logged(p, Action.INCIDENT_NOTICE, i.id() + " " + channel.code(), Optional.of(person));
    return notices.insert(
        p.tenantId(), i.id(), person, channel.code(), index, acts.clock().instant());
  }

  /** How many were told, by each channel. */
  public Counts counts(Principal p, String incident) {
    return counts(acts.readable(p, incident));
  }

  private Counts counts(Incident i) {
    Map<String, Long> c = notices.counts(i.tenant(), i.id());
    return new Counts(
        i.affectedCount(),
        c.getOrDefault(Channel.PORTAL.code(), 0L),
        c.getOrDefault(Channel.LETTER.code(), 0L));
  }

  /**
   * The portal notices of one person (the signed-in resident's token, never one from a URL), newest
   * first: what each tells and the log indexes that concern them.
   */
  public List<Notice> forResident(TenantId tenant, PersonToken person) {
    List<Notice> out = new ArrayList<>();
    for (NoticeTable.Row row : notices.forPerson(tenant, person, Channel.PORTAL.code())) {
      Optional<Incident> i = acts.table().get(tenant, row.incident());
      if (i.isEmpty()) {
        continue;
      }
      List<Long> evidence = new ArrayList<>(notices.evidence(tenant, row.incident(), person));
      evidence.add(row.logIndex());
      out.add(
          new Notice(content(i.get()), row.notifiedAt(), row.logIndex(), List.copyOf(evidence)));
    }
    return out;
  }

  /** The title a resident sees: never the officer's internal title. */
  static final String NOTICE_TITLE = "あなたの個人情報に関する事案についてのお知らせ";

  /**
   * What a notice tells before any report is saved: that it is being investigated, nothing else.
   */
  static final String INVESTIGATING = "あなたの記録に関わる事案が発生し、現在調査しています。内容が分かり次第、このお知らせでお伝えします。";

  /**
   * What a notice of {@code i} tells now: the items of its report when a version exists (the final
   * report before the preliminary one; of each, the latest submitted version, else the latest
   * saved), else a neutral text saying that an incident concerning their record is being
   * investigated. The officer's title and summary are internal working words and never shown.
   */
  Content content(Incident i) {
    Optional<Report> report = latestReport(i);
    if (report.isPresent()) {
      Report.Items items = report.get().items();
      return new Content(
          i.id(),
          NOTICE_TITLE,
          items.text(ReportItem.OVERVIEW),
          items.text(ReportItem.PERSONAL_ITEMS),
          items.text(ReportItem.CAUSE),
          items.text(ReportItem.SECONDARY_HARM),
          items.text(ReportItem.RESPONSE));
    }
    String pending = "調査中";
    return new Content(i.id(), NOTICE_TITLE, INVESTIGATING, pending, pending, pending, pending);
  }

  private Optional<Report> latestReport(Incident i) {
    for (ReportKind kind : List.of(ReportKind.FINAL, ReportKind.PRELIMINARY)) {
      List<ReportVersion> v = reports.versions(i.tenant(), i.id(), kind);
      if (!v.isEmpty()) {
        ReportVersion chosen =
            v.reversed().stream().filter(ReportVersion::submitted).findFirst().orElse(v.getLast());
        return Optional.of(IncidentReports.parse(chosen.body()));
      }
    }
    return Optional.empty();
  }

  /**
   * The letters to every affected person, drawn into {@code job} (one PDF), in Japanese: each
   * person's letter its own NOTICE document for them, coded on every page (handover), addressed
   * with the name and address {@code addresses} gives for the person (read through the gate's print
   * by the caller), from {@code city}. Each person's first letter is logged as {@code
   * incident.notice} naming them and counted; printing again counts no one twice.
   *
   * @param addresses the person's name and address fields; called once per person, in token order
   * @param job the print job of the caller (its purpose and case, printer and font)
   * @return the job's PDF
   * @throws ReportRefused for a caller other than the tenant's staff, or an incident with no one
   *     affected (nothing is printed)
   */
  public byte[] letters(
      Principal p,
      String incident,
      String city,
      Function<PersonToken, Map<Field, String>> addresses,
      PrintJob job,
      LocalDate today)
      throws IOException {
    Incident i = acts.printable(p, incident);
    Content c = content(i);
    // every address first: a person who cannot be addressed stops the run before anyone is counted
    List<PersonToken> persons = new ArrayList<>();
    List<Map<Field, String>> addressed = new ArrayList<>();
    String after = "";
    while (true) {
      List<Affected> page = acts.table().affected(p.tenantId(), i.id(), after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (Affected a : page) {
        persons.add(a.person());
        addressed.add(addresses.apply(a.person()));
      }
      after = page.getLast().person().value();
    }
    if (persons.isEmpty()) {
      throw new ReportRefused(
          ReportRefused.NO_ONE, "no one is affected by the incident: there is no letter to print");
    }
    if (persons.size() > 1) {
      // printed on both sides, no sheet holds two persons' letters
      job.separateSheets();
    }
    for (int k = 0; k < persons.size(); k++) {
      Map<Field, String> v = addressed.get(k);
      job.resident(
          Documents.Kind.NOTICE,
          persons.get(k),
          NOTICE_TITLE,
          Optional.empty(),
          sheet -> letter(sheet, city, v, c, today));
    }
    byte[] pdf = job.bytes();
    for (PersonToken person : persons) {
      notify(p, i, person, Channel.LETTER);
    }
    return pdf;
  }

  private static void letter(
      PagePdf.Sheet f, String city, Map<Field, String> v, Content c, LocalDate today)
      throws IOException {
    DateTimeFormatter era =
        DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    f.text("〒" + v.getOrDefault(Field.POSTAL_CODE, ""), 10.5f);
    f.text(v.getOrDefault(Field.ADDRESS, ""), 10.5f);
    f.text(
        v.getOrDefault(Field.FAMILY_NAME, "") + " " + v.getOrDefault(Field.GIVEN_NAME, "") + " 様",
        12);
    f.gap(8);
    f.text(era.format(JapaneseDate.from(today)) + "　" + city, 10.5f);
    f.gap(6);
    f.text(NOTICE_TITLE + "（事案番号 " + c.incident() + "）", 13);
    f.gap(4);
    f.text("あなたの特定個人情報が漏えい等したおそれのある事案が発生しました。深くお詫び申し上げます。" + "概要と市の対応を次のとおりお知らせします。", 10);
    f.gap(4);
    f.item("概要", cut(c.overview()));
    f.item("特定個人情報の項目", cut(c.personalItems()));
    f.item("原因", cut(c.cause()));
    f.item("二次被害又はそのおそれ", cut(c.secondaryHarm()));
    f.item("市の対応", cut(c.response()));
    f.text(
        "住民ポータルの「お知らせ」で、この事案であなたの記録に行われたアクセスの記録と、その改ざんできない証明を" + "確認できます。このお知らせに個人番号は記載していません。",
        9.5f);
  }

  private static String cut(String text) {
    String t = Objects.requireNonNullElse(text, "");
    return t.length() <= LETTER_ITEM ? t : t.substring(0, LETTER_ITEM) + "…（続きは住民ポータルでご覧ください）";
  }

  /** The tenant's staff who print the letters. */
  static boolean prints(Principal p) {
    return p.controller() && p.role() == Role.STAFF;
  }

  /** The zone of the letters' dates. */
  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
}
