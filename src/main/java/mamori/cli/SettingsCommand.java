package mamori.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mamori.access.StaffSettings;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.TenantId;
import mamori.store.Store;
import mamori.store.TenantSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori settings ...}: a tenant's settings, such as its staff's daily volume; the running
 * service reads a change within a minute.
 */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description =
        "Show and change a tenant's settings (staff.daily-reads, staff.alert-reads, detect.*).",
    subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class})
final class SettingsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori settings --help'");
  }

  static TenantId tenant(CommandSpec spec, String tenant) {
    try {
      return new TenantId(tenant);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints each setting of a tenant with the value in force (defaults included).")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      TenantId t = tenant(spec, tenant);
      try (Store s = Store.open(store.location())) {
        PrintWriter out = spec.commandLine().getOut();
        StaffSettings.inForce(new TenantSettings(s.dataSource()), t).forEach(out::println);
        mamori.detect.DetectSettings.inForce(new TenantSettings(s.dataSource()), t)
            .forEach(out::println);
        mamori.work.WorkSettings.inForce(new TenantSettings(s.dataSource()), t)
            .forEach(out::println);
        mamori.transfer.TransferSettings.inForce(new TenantSettings(s.dataSource()), t)
            .forEach(out::println);
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Sets a tenant's setting:",
        "  staff.daily-reads N   person records one member of staff may read in a day (default 1000)",
        "  staff.alert-reads N   from how many reads in a day the security officer is alerted (default 200)",
        "  detect.<rule>.<param> a detection rule's threshold or policy (docs/operations.md lists them)",
        "  work.quota.hourly N   tasks one operator may key or verify in an hour (default 300)",
        "  work.quota.daily N    tasks one operator may key or verify in a day (default 2000)",
        "  work.warn-days N      days before its deadline a job with nothing done is behind (default 5)",
        "  transfer.csv-export R why this tenant may write a package's content as CSV (unset: never)",
        "  transfer.release-url U  where recipients ask for package releases (https://...)"
      })
  static final class Set implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "VALUE")
    String value;

    @Override
    public Integer call() {
      TenantId t = tenant(spec, tenant);
      try (mamori.VaultSession s = store.session()) {
        // the tenant's own security officer, signed in; the change is in the log before it is made
        var p = CliUser.officerOf(s, tenant, mamori.core.Action.SETTING_SET, name + "=" + value);
        boolean detect = name.startsWith("detect.");
        boolean work = name.startsWith("work.");
        boolean transfer = name.startsWith("transfer.");
        if (transfer) {
          mamori.transfer.TransferSettings.check(name, value);
        } else if (detect) {
          mamori.detect.DetectSettings.check(name, value);
        } else if (work) {
          mamori.work.WorkSettings.check(name, value);
        } else {
          StaffSettings.check(name, value);
        }
        CliUser.log(
            s.logs,
            p,
            mamori.core.Action.SETTING_SET,
            name + "=" + value,
            mamori.core.Outcome.allowed());
        if (transfer) {
          mamori.transfer.TransferSettings.set(
              new TenantSettings(s.store.dataSource()), t, name, value);
        } else if (detect) {
          new TenantSettings(s.store.dataSource()).set(t, name, value.strip());
        } else if (work) {
          mamori.work.WorkSettings.set(new TenantSettings(s.store.dataSource()), t, name, value);
        } else {
          StaffSettings.set(new TenantSettings(s.store.dataSource()), t, name, value);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine().getErr().printf("%s of %s set to %s%n", name, tenant, value);
      spec.commandLine().getErr().flush();
      return 0;
    }
  }
}
