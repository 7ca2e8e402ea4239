package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.BiFunction;
import mamori.VaultSession;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.ClockConfiguration;
import mamori.work.JobChanges;
import mamori.work.JobException;
import mamori.work.Pace;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the pace's commands share: the services over the store, as the signed-in user. */
final class JobsPace {
  private JobsPace() {}

  /** The pace and the remedies over one session's store. */
  record Services(Pace pace, JobChanges changes) {}

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
      Principal p = LoginCommand.CliUser.require(s.store, spec, tenant);
      int code = work.apply(services, p);
      spec.commandLine().getOut().flush();
      return code;
    } catch (JobException e) {
      if (e.kind() == JobException.Kind.REFUSED) {
        throw new LoginCommand.CliUser.NotAllowed(e.code() + ": " + e.getMessage());
      }
      if (e.kind() == JobException.Kind.INVALID) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("mamori: " + e.code() + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
