package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.crypto.TenantKeys;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori keys ...}: a tenant's field keys, their rotation and its progress. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Show and rotate a tenant's keys.",
    subcommands = {KeysCommand.Status.class, KeysCommand.Rotate.class, KeysCommand.Rewrap.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori keys --help'");
  }

  /** Where and which tenant. */
  static final class Target {
    @Mixin StoreOptions store;
    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;

    String tenant(CommandSpec spec) {
      if (!mamori.log.TransparencyLogs.TENANT.matcher(tenant).matches()) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      return tenant;
    }
  }

  static KeyRotation rotation(VaultSession s) {
    return new KeyRotation(s.store.dataSource(), s.keys, s.logs, Clock.systemUTC());
  }

  static void printStatus(PrintWriter out, String tenant, KeyRotation.Status status) {
    if (status.keys().isEmpty()) {
      out.println(tenant + ": no field keys yet (made when the first person is stored)");
    }
    for (TenantKeys.KeyInfo k : status.keys()) {
      out.printf(Locale.ROOT, "field key %d%s: %s, wraps %,d persons' data keys%n", Integer.toUnsignedLong(k.id()),
          k.primary() ? " (primary)" : "", k.status(), status.personsByKey().getOrDefault(k.id(), 0L));
    }
    out.printf(Locale.ROOT, "to re-wrap under the primary key: %,d%n", status.toRewrap());
    out.flush();
  }

  static long rewrap(CommandSpec spec, KeyRotation rotation, String tenant, long persons) {
    return Progress.track(spec, "re-wrap", persons, progress -> rotation.rewrap(tenant, progress));
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Lists a tenant's field keys and how many persons each still wraps.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Override
    public Integer call() {
      String tenant = target.tenant(spec);
      try (VaultSession s = VaultSession.open(target.store)) {
        printStatus(spec.commandLine().getOut(), tenant, rotation(s).status(tenant));
      }
      return 0;
    }
  }

  @Command(name = "rotate", mixinStandardHelpOptions = true,
      description = {"Adds a new primary field key for a tenant, then re-wraps every person's data key",
          "under it with a progress bar. Old data stays readable throughout; if stopped, run",
          "'mamori keys rewrap' to finish. The rotation is written to the tenant's log."})
  static final class Rotate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Override
    public Integer call() {
      String tenant = target.tenant(spec);
      try (VaultSession s = VaultSession.open(target.store)) {
        KeyRotation rotation = rotation(s);
        Actor actor = new Actor("cli:" + System.getProperty("user.name", "unknown"), tenant, List.of(),
            "key-management", "rotate");
        int id = rotation.rotate(tenant, actor);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "new primary field key %d%n", Integer.toUnsignedLong(id));
        long done = rewrap(spec, rotation, tenant, s.vault.count(tenant));
        out.printf(Locale.ROOT, "re-wrapped: %,d%n", done);
        printStatus(out, tenant, rotation.status(tenant));
      }
      return 0;
    }
  }

  @Command(name = "rewrap", mixinStandardHelpOptions = true,
      description = "Finishes a rotation that was stopped: re-wraps what the primary key does not wrap yet.")
  static final class Rewrap implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Override
    public Integer call() {
      String tenant = target.tenant(spec);
      try (VaultSession s = VaultSession.open(target.store)) {
        KeyRotation rotation = rotation(s);
        long done = rewrap(spec, rotation, tenant, s.vault.count(tenant));
        spec.commandLine().getOut().printf(Locale.ROOT, "re-wrapped: %,d%n", done);
        printStatus(spec.commandLine().getOut(), tenant, rotation.status(tenant));
      }
      return 0;
    }
  }
}
