package mamori.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.NumberText;
import mamori.core.TenantId;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design. A report is prefilled from what Mamori knows (the incident's title, summary, dates and
 * classification, the affected count, and the fields the evidence records touched, read from the log)
 * and edited by the officer; every save is a new version, never an overwrite. The version's JSON is the
 * one artefact that is hashed: its SHA-256 goes into the tenant's log (incident.report-save, case
 * "<id> <kind> v<n> sha256:<base64url>", base64url so that a hash that happens to hold twelve digits in
 * a row is not masked as a number) BEFORE the row is stored, and the JSON served for the version is
 * byte for byte the JSON hashed. The PDF is rendered from that JSON on demand and prints the hash, so a
 * printed form names the logged version it shows; the PDF's own bytes are not hashed (PDFBox writes a
 * fresh document id each time). Submission marks one version, once, logged first; a submitted version is
 * never changed, and a correction is a later version, submitted in turn.
 */
/**
 * An incident's preliminary (速報) and final (確報) reports to the PPC: the prefilled draft, the saved
 * versions with their logged hashes, and their submission.
 */
public final class IncidentReports {
  /** The most evidence records read from the log to find the fields touched. */
  static final int EVIDENCE_READ = 10_000;

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final IncidentActs acts;
  private final ReportTable reports;
  private final TransparencyLogs logs;
  private final Function<TenantId, Report.Reporter> reporter;

  /**
   * @param reporter the reporting body of a tenant (its name and address), for the prefill
   */
  public IncidentReports(
      DataSource dataSource,
      TransparencyLogs logs,
      Function<TenantId, Report.Reporter> reporter,
      Clock clock) {
    this.acts = new IncidentActs(dataSource, logs, clock);
    this.reports = new ReportTable(dataSource);
    this.logs = logs;
    this.reporter = reporter;
  }

  /** The report as Mamori fills it from the incident and the log; nothing is stored or logged. */
  public Report prefill(Principal p, String incident, ReportKind kind) {
    return prefill(acts.readable(p, incident), kind);
  }

  /** The latest saved version's body, or the prefilled report when none was saved. */
  public Report draft(Principal p, String incident, ReportKind kind) {
    Incident i = acts.readable(p, incident);
    List<ReportVersion> saved = reports.versions(p.tenantId(), incident, kind);
    return saved.isEmpty() ? prefill(i, kind) : parse(saved.getLast().body());
  }

  /** The saved versions, oldest first. */
  public List<ReportVersion> versions(Principal p, String incident, ReportKind kind) {
    acts.readable(p, incident);
    return reports.versions(p.tenantId(), incident, kind);
  }

  /** One saved version. */
  public ReportVersion version(Principal p, String incident, ReportKind kind, int version) {
    acts.readable(p, incident);
    return reports
        .version(p.tenantId(), incident, kind, version)
        .orElseThrow(() -> new ReportRefused(ReportRefused.UNKNOWN_VERSION, "no such version"));
  }

  /**
   * Saves {@code body} as the next version: checked ({@link Report#validated}), its hash logged,
   * then stored.
   *
   * @throws ReportInvalid naming the item at fault; nothing logged or stored
   * @throws ReportRefused for a caller who may not, or an unknown incident
   * @throws mamori.log.LogUnavailableException when the log cannot record it; nothing stored
   */
  public ReportVersion save(Principal p, String incident, ReportKind kind, Report body) {
    Incident i = acts.actable(p, incident, Action.INCIDENT_REPORT_SAVE);
    Report checked = body.validated(i.id(), kind);
    String json = JSON.writeValueAsString(checked);
    byte[] digest = sha256(json.getBytes(StandardCharsets.UTF_8));
    int version = reports.nextVersion(p.tenantId(), i.id(), kind);
    String caseRef = caseOf(i.id(), kind, version, digest);
    long index = acts.logged(p, Action.INCIDENT_REPORT_SAVE, caseRef, Optional.empty());
    ReportVersion v =
        new ReportVersion(
            i.id(),
            kind,
            version,
            json,
            HexFormat.of().formatHex(digest),
            p.userId().value(),
            acts.clock().instant(),
            index,
            null,
            null);
    if (!reports.insert(p.tenantId(), i.id(), kind, v)) {
      throw new ReportRefused(
          ReportRefused.STATE_CHANGED, "another save took version " + version + "; save again");
    }
    return v;
  }

  /**
   * Marks a version submitted to the PPC, once; logged first.
   *
   * @throws ReportRefused {@code report.submitted} when it was submitted already, {@code
   *     report.unknown} when there is no such version
   */
  public ReportVersion submit(Principal p, String incident, ReportKind kind, int version) {
    Incident i = acts.actable(p, incident, Action.INCIDENT_REPORT_SUBMIT);
    ReportVersion v =
        reports
            .version(p.tenantId(), i.id(), kind, version)
            .orElseThrow(() -> new ReportRefused(ReportRefused.UNKNOWN_VERSION, "no such version"));
    if (v.submitted()) {
      throw new ReportRefused(
          ReportRefused.SUBMITTED,
          "version " + version + " was submitted already; a submitted version never changes");
    }
    acts.logged(
        p,
        Action.INCIDENT_REPORT_SUBMIT,
        caseOf(i.id(), kind, version, HexFormat.of().parseHex(v.sha256())),
        Optional.empty());
    Instant now = acts.clock().instant();
    if (!reports.submit(p.tenantId(), i.id(), kind, version, p.userId().value(), now)) {
      throw new ReportRefused(
          ReportRefused.SUBMITTED, "version " + version + " was submitted meanwhile");
    }
    return reports.version(p.tenantId(), i.id(), kind, version).orElseThrow();
  }

  /** The log's case of a version: the hash first, so a long incident id is what gets cut. */
  static String caseOf(String incident, ReportKind kind, int version, byte[] digest) {
    String caseRef =
        incident
            + " "
            + kind.code()
            + " v"
            + version
            + " sha256:"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    if (NumberText.holdsNumber(caseRef)) {
      throw new ReportInvalid(
          ReportInvalid.INVALID,
          ReportItem.OTHER,
          "body",
          "this version's hash cannot be logged (it reads as a number); change any item a little"
              + " and save again");
    }
    return caseRef;
  }

  /** A report body from its JSON. */
  public static Report parse(String json) {
    try {
      return JSON.readValue(json, Report.class);
    } catch (JacksonException | NullPointerException e) {
      throw new ReportInvalid(
          ReportInvalid.INVALID, null, "body", "the report is not the JSON of a report");
    }
  }

  Report prefill(Incident i, ReportKind kind) {
    Set<Field> touched = fieldsTouched(i);
    List<String> names = new ArrayList<>();
    for (Field f : touched) {
      names.add(japanese(f));
    }
    String pending = kind == ReportKind.PRELIMINARY ? "調査中（確報で報告します）" : "";
    String overview =
        NumberText.mask(i.title() + (i.summary().isBlank() ? "" : "\n" + i.summary()));
    return new Report(
        Report.SCHEMA,
        i.id(),
        kind.code(),
        reporter.apply(i.tenant()),
        new Report.Dates(
            i.awareAt().toString(), i.suspect().from().toString(), i.suspect().to().toString()),
        triggers(i),
        new Report.Items(
            overview,
            String.join("、", names),
            i.affectedCount(),
            pending,
            pending,
            pending,
            pending,
            pending,
            ""));
  }

  /**
   * The fields the evidence records of the affected persons touched, read from the log (the first
   * {@value #EVIDENCE_READ} records).
   */
  private Set<Field> fieldsTouched(Incident i) {
    TreeSet<Long> indexes = new TreeSet<>();
    String after = "";
    while (indexes.size() < EVIDENCE_READ) {
      List<Affected> page = acts.table().affected(i.tenant(), i.id(), after, 500);
      if (page.isEmpty()) {
        break;
      }
      for (Affected a : page) {
        indexes.addAll(a.evidence());
      }
      after = page.getLast().person().value();
    }
    Set<Field> fields = EnumSet.noneOf(Field.class);
    if (indexes.isEmpty() || !logs.exists(i.tenant().value())) {
      return fields;
    }
    TenantLog log = logs.forTenant(i.tenant().value());
    List<Long> read =
        indexes.stream().filter(x -> x >= 0 && x < log.size()).limit(EVIDENCE_READ).toList();
    for (byte[] entry : log.entriesAt(read)) {
      AccessRecord r = log.decode(entry);
      for (String column : r.fields()) {
        Field.ofColumn(column).ifPresent(fields::add);
      }
    }
    return fields;
  }

  /**
   * The triggers the incident's classification ({@link Classification}) says hold, by their codes
   * on the form; none before it is classified.
   */
  static List<String> triggers(Incident i) {
    List<String> out = new ArrayList<>();
    Classification.fromJson(i.classification())
        .ifPresent(c -> {
          if (c.useWork().holds()) {
            out.add(Report.Trigger.SYSTEM.code());
          }
          if (c.unjustPurpose().holds()) {
            out.add(Report.Trigger.UNJUST_PURPOSE.code());
          }
          if (c.network().holds()) {
            out.add(Report.Trigger.NETWORK.code());
          }
          if (c.overHundred().holds()) {
            out.add(Report.Trigger.OVER_100.code());
          }
        });
    return out;
  }

  /** The Japanese name of a field as the PPC form lists items. */
  static String japanese(Field f) {
    return switch (f) {
      case MY_NUMBER -> "個人番号";
      case FAMILY_NAME -> "氏";
      case GIVEN_NAME -> "名";
      case FAMILY_NAME_KANA -> "氏（フリガナ）";
      case GIVEN_NAME_KANA -> "名（フリガナ）";
      case BIRTH_DATE -> "生年月日";
      case SEX -> "性別";
      case POSTAL_CODE -> "郵便番号";
      case ADDRESS -> "住所";
      case HOUSEHOLD_ID -> "世帯番号";
      case BANK_ACCOUNT -> "口座情報";
    };
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
