package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import mamori.VaultSession;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.ClockConfiguration;
import mamori.work.JobChanges;
import mamori.work.Pace;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori jobs status JOB}: a job's progress, pace, forecast and operators, with a warning
 * line when the forecast passes the deadline; the figures of the console's job page.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show a job's progress, pace, forecast finish and operators' accuracy; warns when behind.")
final class JobsStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job's id")
  String job;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    return with(
        spec,
        store,
        tenant,
        (s, p) -> {
          print(spec.commandLine().getOut(), s.pace().progress(s.changes().job(p, job)));
          return 0;
        });
  }

  static void print(PrintWriter out, Pace.Progress p) {
    out.printf("job        %s (%s)%n", p.job().id().value(), p.job().name());
    out.printf("state      %s%n", p.job().state().code());
    out.printf("deadline   %s%n", p.job().deadline());
    out.printf("documents  %d loaded, %d accepted%n", p.documents(), p.accepted());
    out.printf(
        "tasks      %d entry, %d verify, %d done (%d entries still needed)%n",
        p.entry(), p.verify(), p.done(), p.entriesWanted());
    p.rate()
        .ifPresentOrElse(
            r ->
                out.printf(
                    java.util.Locale.ROOT,
                    "pace       %.1f tasks/working hour over %d hours, %.1f hours/day, %.1f"
                        + " tasks/day, %d operators%n",
                    r.perHour(),
                    r.hours(),
                    r.hoursPerDay(),
                    r.perDay(),
                    r.operators()),
            () -> out.println("pace       none yet (nothing done)"));
    out.printf("forecast   %s%n", p.forecast().map(Object::toString).orElse("-"));
    out.printf("status     %s%n", p.status().code());
    for (Pace.Operator o : p.operators()) {
      out.printf(
          java.util.Locale.ROOT,
          "operator   %-20s keyed %d, right %d (%.1f%%), today %d%n",
          o.id(),
          o.keyed(),
          o.right(),
          o.percent(),
          o.today());
    }
    if (p.behind()) {
      // a job with no forecast is behind for its deadline, not by a forecast's days
      String why =
          p.forecast().isPresent()
              ? "the forecast passes the deadline by " + p.lateDays() + " days"
              : p.at().isBefore(p.job().deadline())
                  ? "nothing done yet, with the deadline near or the tasks idle"
                  : "the deadline passed with tasks left";
      out.printf(
          "WARNING    behind: %s; %d more tasks a day needed. Remedies: more operators (mamori"
              + " entrustments staff), a re-entrustment approved, a new deadline (mamori jobs"
              + " deadline).%n",
          why, p.shortfallTasksPerDay());
    }
  }

  /** The pace and the remedies over one session's store (shared by the jobs subcommands). */
  record Services(Pace pace, JobChanges changes) {}

  /**
   * Runs {@code work} over one session's pace and remedies as the signed-in user of {@code tenant}
   * (their own when null), by {@link LoginCommand.CliUser#as}: the tenant checked, a refusal
   * exiting 2 with its code as for every jobs subcommand.
   */
  static int with(
      CommandSpec spec,
      StoreOptions store,
      @Nullable String tenant,
      BiFunction<Services, Principal, Integer> work) {
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      WorkStore ws = new WorkStore(s.store.dataSource());
      Services services =
          new Services(
              new Pace(ws, new SecurityAlerts(s.store.dataSource(), clock), clock),
              new JobChanges(ws, IncidentsReportCommand.entrustments(s, clock), s.logs, clock));
      int code = LoginCommand.CliUser.as(spec, s, tenant, p -> work.apply(services, p));
      spec.commandLine().getOut().flush();
      return code;
    }
  }
}
