package mamori.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.identity.Principal;
import mamori.incident.IncidentReports;
import mamori.incident.Report;
import mamori.incident.ReportKind;
import mamori.incident.ReportPdf;
import mamori.incident.ReportVersion;
import mamori.portal.LetterPdf;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori incidents report}: an incident's preliminary or final report to the PPC, as the
 * signed-in user: the versions, the draft or a version as JSON and PDF, saving a version from a
 * JSON file and marking one submitted.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "An incident's report to the PPC (preliminary 速報 or final 確報): lists the saved versions,"
          + " writes the draft (or --version N) as JSON and as a PDF in Japanese, saves a version"
          + " from a JSON file (--save, the security officer), or marks one submitted (--submit N).",
      "Each save logs the version's SHA-256 before it is stored; a submitted version never changes."
    })
final class IncidentsReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(names = "--incident", required = true, paramLabel = "I")
  String incident;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "preliminary or final")
  String kind;

  @Option(
      names = "--version",
      paramLabel = "N",
      description = "A saved version (default: the draft).")
  @Nullable Integer version;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the report's JSON here.")
  @Nullable Path json;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report's PDF here.")
  @Nullable Path pdf;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description = "Save the JSON in FILE as a new version.")
  @Nullable Path save;

  @Option(
      names = "--submit",
      paramLabel = "N",
      description = "Mark version N submitted to the PPC.")
  @Nullable Integer submit;

  @Option(names = "--font", paramLabel = "FILE", description = "A TrueType font with Japanese.")
  Path font = LetterPdf.DEFAULT_FONT;

  @Override
  public Integer call() throws Exception {
    ReportKind k =
        ReportKind.ofCode(kind)
            .orElseThrow(
                () -> new ParameterException(spec.commandLine(), "--kind is preliminary or final"));
    Clock clock = ClockConfiguration.systemClock();
    var out = spec.commandLine().getOut();
    try (VaultSession s = store.session()) {
      Principal p = CliUser.require(s.store, spec, tenant);
      IncidentReports reports = reports(s, clock);
      if (save != null) {
        Report body = IncidentReports.parse(Files.readString(save, StandardCharsets.UTF_8));
        ReportVersion v = reports.save(p, incident, k, body);
        out.printf(
            "saved %s %s version %d, sha256 %s, log #%d%n",
            incident, k.code(), v.version(), v.sha256(), v.logIndex());
      }
      if (submit != null) {
        ReportVersion v = reports.submit(p, incident, k, submit);
        out.printf(
            "submitted %s %s version %d at %s%n", incident, k.code(), v.version(), v.submittedAt());
      }
      // the version named, else the latest saved one, else the prefilled draft
      List<ReportVersion> all = reports.versions(p, incident, k);
      ReportVersion shown =
          version != null
              ? reports.version(p, incident, k, version)
              : all.isEmpty() ? null : all.getLast();
      Report report =
          shown != null ? IncidentReports.parse(shown.body()) : reports.draft(p, incident, k);
      if (json != null) {
        // a saved version's JSON byte for byte (the bytes its logged hash is of)
        Files.writeString(
            json,
            shown != null
                ? shown.body()
                : tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .writeValueAsString(report),
            StandardCharsets.UTF_8);
        out.printf("wrote %s%n", json);
      }
      if (pdf != null) {
        Files.write(pdf, ReportPdf.render(report, shown, font));
        out.printf("wrote %s%n", pdf);
      }
      for (ReportVersion v : reports.versions(p, incident, k)) {
        out.printf(
            "%s %s v%d  sha256 %s  saved %s by %s%s%n",
            incident,
            k.code(),
            v.version(),
            v.sha256(),
            v.savedAt(),
            v.savedBy(),
            v.submitted() ? "  submitted " + v.submittedAt() : "");
      }
      out.flush();
    }
    return 0;
  }

  /** The tenant's organisations and purposes, for the reporting body's name. */
  static mamori.entrustment.Entrustments entrustments(VaultSession s, Clock clock) {
    return new mamori.entrustment.Entrustments(
        s.store.dataSource(), s.logs, e -> {}, mamori.entrustment.StaffDirectory.NONE, clock);
  }

  /** The reports over the session's store, with the tenant's name and address as the reporter. */
  static IncidentReports reports(VaultSession s, Clock clock) {
    var entrustments = entrustments(s, clock);
    return new IncidentReports(
        s.store.dataSource(),
        s.logs,
        t ->
            entrustments
                .organisation(t.value())
                .map(o -> new Report.Reporter(o.name(), o.address(), ""))
                .orElse(new Report.Reporter(t.value(), "", "")),
        clock);
  }
}
