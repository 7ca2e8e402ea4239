package mamori.cli;

import static mamori.cli.LoginCommand.CliUser.as;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.identity.SecurityAlerts;
import mamori.incident.Classification;
import mamori.incident.Deadlines;
import mamori.incident.Incident;
import mamori.incident.Incidents;
import mamori.store.ClockConfiguration;
import mamori.store.TenantSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori incidents list|show|open|close --tenant T}: suspected leaks, as the signed-in user
 * (the tenant's security officer acts, its auditors read). The same service as the API and the
 * console, so the same rules and the same log records.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description =
        "Incidents: the affected persons counted from the log, the PPC rule's triggers, the deadlines.",
    subcommands = {
      IncidentsCommand.ListIncidents.class,
      IncidentsCommand.Show.class,
      IncidentsCommand.Open.class,
      IncidentsCommand.Close.class,
      IncidentsReportCommand.class,
      IncidentsNotifyCommand.class,
      IncidentsEvidenceCommand.class,
      IncidentsCommand.SettingsOf.class
    })
final class IncidentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori incidents --help'");
  }

  static Incidents incidents(VaultSession s) {
    var clock = ClockConfiguration.systemClock();
    return new Incidents(
        s.store.dataSource(),
        new SecurityAlerts(s.store.dataSource(), clock),
        s.logs,
        new TenantSettings(s.store.dataSource()),
        clock);
  }

  static void print(PrintWriter out, Incidents.View v) {
    Incident i = v.incident();
    out.printf(Locale.ROOT, "incident: %s (%s)%n", i.id(), i.status().code());
    out.printf(Locale.ROOT, "title: %s%n", i.title());
    out.printf(Locale.ROOT, "aware: %s%n", i.awareAt());
    out.printf(
        Locale.ROOT,
        "suspect: %s %s from %s to %s%n",
        i.suspect().kind().code(),
        i.suspect().value(),
        i.suspect().from(),
        i.suspect().to());
    if (!v.alerts().isEmpty()) {
      out.printf(Locale.ROOT, "alerts: %s%n", String.join(", ", v.alerts()));
    }
    out.printf(Locale.ROOT, "affected: %d%n", i.affectedCount());
    v.classification()
        .ifPresent(c -> {
          trigger(out, "(1) my number use work", c.useWork());
          trigger(out, "(2) unjust purpose", c.unjustPurpose());
          trigger(out, "(3) network", c.network());
          trigger(out, "(4) more than 100", c.overHundred());
          out.printf(
              Locale.ROOT,
              "exemption: %s: %s%n",
              c.exemption().applies() ? "applies" : "no",
              c.exemption().reason());
          out.printf(
              Locale.ROOT,
              "log: %d records read, %d denied (revealed nothing), %d listings (tokens only)%n",
              c.log().scanned(),
              c.log().denied(),
              c.log().listings());
          out.printf(Locale.ROOT, "reportable: %s%n", c.reportable() ? "yes" : "no");
        });
    for (Deadlines.Countdown d : v.deadlines()) {
      out.printf(
          Locale.ROOT,
          "%s report due %s (%s, %d days)%n",
          d.kind().code(),
          d.due().atZone(Deadlines.JST).toOffsetDateTime(),
          d.state().code(),
          d.daysLeft());
    }
    if (i.closeReason() != null) {
      out.printf(
          Locale.ROOT, "closed: %s by %s: %s%n", i.closedAt(), i.closedBy(), i.closeReason());
    }
  }

  private static void trigger(PrintWriter out, String name, Classification.Trigger t) {
    out.printf(Locale.ROOT, "%s: %s: %s%n", name, t.holds() ? "holds" : "no", t.reason());
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The tenant's incidents, open ones first: id, status, affected, title.")
  static final class ListIncidents implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        for (Incident i : as(spec, s, tenant, p -> incidents(s).list(p, Incidents.MAX_LIST))) {
          out.printf(
              Locale.ROOT,
              "%s\t%s\t%d\t%s%n",
              i.id(),
              i.status().code(),
              i.affectedCount(),
              i.title());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One incident: suspect, affected count, the triggers with reasons, deadlines.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        print(out, as(spec, s, tenant, p -> incidents(s).view(p, id)));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "open",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Opens an incident from alerts (--alert, repeatable) or by hand (--title and --aware),",
        "computes the affected persons from the log, classifies it and sets the deadlines."
      })
  static final class Open implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--alert", paramLabel = "A", description = "An alert id of the tenant.")
    List<String> alerts = new java.util.ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "1 to 200 characters.")
    @Nullable String title;

    @Option(names = "--summary", paramLabel = "TEXT", description = "Up to 4000 characters.")
    @Nullable String summary;

    @Option(
        names = "--aware",
        paramLabel = "TIME",
        description = "When the body became aware, ISO 8601 (2026-07-17T10:00+09:00).")
    @Nullable String aware;

    @Option(
        names = "--suspect",
        paramLabel = "KIND:VALUE",
        description = "actor:U, organisation:O, entrustment:E or document:CASE.")
    @Nullable String suspect;

    @Option(
        names = "--from",
        paramLabel = "TIME",
        description = "The window's start (with --suspect).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "TIME", description = "The window's end (default: now).")
    @Nullable String to;

    @Override
    public Integer call() {
      Instant awareAt = aware == null ? null : time("--aware", aware);
      Incident.Suspect s = null;
      if (suspect != null) {
        int colon = suspect.indexOf(':');
        Incident.Suspect.Kind kind =
            Incident.Suspect.Kind.ofCode(colon < 0 ? suspect : suspect.substring(0, colon))
                .orElseThrow(() ->
                    new ParameterException(
                        spec.commandLine(),
                        "--suspect: actor:U, organisation:O, entrustment:E or document:CASE"));
        if (from == null) {
          throw new ParameterException(spec.commandLine(), "--from is required with --suspect");
        }
        Instant f = time("--from", from);
        Instant t = to == null ? ClockConfiguration.systemClock().instant() : time("--to", to);
        if (t.isBefore(f)) {
          throw new ParameterException(spec.commandLine(), "--to lies before --from");
        }
        s = new Incident.Suspect(kind, colon < 0 ? "" : suspect.substring(colon + 1), f, t);
      }
      Incidents.Opening o =
          new Incidents.Opening(
              alerts, title == null ? "" : title, summary == null ? "" : summary, awareAt, s);
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession session = store.session()) {
        print(out, as(spec, session, tenant, p -> incidents(session).open(p, o)));
      }
      out.flush();
      return 0;
    }

    private Instant time(String option, String text) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(), option + ": an ISO 8601 time with its offset");
      }
    }
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description = "Closes an open incident with a reason (incident.close logged first).")
  static final class Close implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "1 to 500.")
    String reason;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        print(out, as(spec, s, tenant, p -> incidents(s).close(p, id, reason)));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "settings",
      mixinStandardHelpOptions = true,
      description = {
        "The deadline settings: business days to the preliminary report (1 to 10, default 3) and",
        "the year-end closure 29 December to 3 January (default true). Without an option, shows",
        "them; a change is logged (setting.set) and applies to incidents opened after it."
      })
  static final class SettingsOf implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--preliminary-days", paramLabel = "N")
    @Nullable Integer days;

    @Option(names = "--year-end-closure", paramLabel = "true|false", arity = "1")
    @Nullable Boolean closure;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Incidents.Settings set =
            as(
                spec,
                s,
                tenant,
                p ->
                    days == null && closure == null
                        ? incidents(s).settings(p)
                        : incidents(s).settings(p, days, closure));
        out.printf(
            Locale.ROOT,
            "%s=%d%n%s=%s%n",
            Deadlines.PRELIMINARY_SETTING,
            set.preliminaryBusinessDays(),
            Deadlines.CLOSURE_SETTING,
            set.yearEndClosure());
      }
      out.flush();
      return 0;
    }
  }
}
