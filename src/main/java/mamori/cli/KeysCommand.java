package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.store.ClockConfiguration;
import mamori.terminal.Progress;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori keys ...}: a tenant's field keys, their rotation and its progress. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Show and rotate a tenant's keys.",
    subcommands = {
      KeysCommand.Status.class,
      KeysCommand.Rotate.class,
      KeysCommand.Rewrap.class,
      KeysCheckCommand.class
    })
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori keys --help'");
  }

  /** Where and which tenant. */
  static final class Target {
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    String tenant(CommandSpec spec) {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      return tenant;
    }
  }

  static KeyRotation rotation(VaultSession s) {
    return s.rotation(ClockConfiguration.systemClock());
  }

  static void printStatus(PrintWriter out, String tenant, KeyRotation.Status status) {
    if (status.keys().isEmpty()) {
      out.println(tenant + ": no field keys yet (made when the first person is stored)");
    }
    for (TenantKeys.KeyInfo k : status.keys()) {
      out.printf(
          Locale.ROOT,
          "field key %d%s: %s, wraps %s%n",
          Integer.toUnsignedLong(k.id()),
          k.primary() ? " (primary)" : "",
          k.status(),
          wraps(status, k.id()));
    }
    out.printf(Locale.ROOT, "to re-wrap under the primary key: %,d%n", status.toRewrap());
    out.flush();
  }

  /** What one field key wraps: {@code 1,234 persons' data keys, 56 documents' data keys}. */
  private static String wraps(KeyRotation.Status status, int keyId) {
    List<String> parts = new java.util.ArrayList<>();
    status
        .byKind()
        .forEach((kind, byKey) ->
            parts.add(
                String.format(
                    Locale.ROOT, "%,d %s' data keys", byKey.getOrDefault(keyId, 0L), kind)));
    return String.join(", ", parts);
  }

  /**
   * A keys command on one tenant: the vault opened, the rotation at hand; {@link #run} does the
   * rest.
   */
  abstract static class TenantCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Override
    public Integer call() {
      String tenant = target.tenant(spec);
      try (VaultSession s = target.store.session()) {
        run(s, rotation(s), tenant, spec.commandLine().getOut());
      }
      return 0;
    }

    abstract void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out);

    /** Re-wraps with a progress bar, then says where the rotation stands. */
    void finish(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      long done =
          Progress.track(
              "re-wrap",
              rotation.status(tenant).total(),
              progress -> rotation.rewrap(tenant, progress));
      out.printf(Locale.ROOT, "re-wrapped: %,d%n", done);
      printStatus(out, tenant, rotation.status(tenant));
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Lists a tenant's field keys and how many persons each still wraps.")
  static final class Status extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      printStatus(out, tenant, rotation.status(tenant));
    }
  }

  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a new primary field key for a tenant, then re-wraps every person's data key",
        "under it with a progress bar. Old data stays readable throughout; if stopped, run",
        "'mamori keys rewrap' to finish. The rotation is written to the tenant's log."
      })
  static final class Rotate extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      // the tenant's own security officer, signed in: anyone else's attempt is logged and refused
      Principal p =
          CliUser.officerOf(s, tenant, mamori.core.Action.KEYS_ROTATE, "rotate " + tenant);
      Actor actor =
          new Actor(p.userId(), p.organisationId(), List.of(), new Why("key-management", "rotate"));
      out.printf(
          Locale.ROOT,
          "new primary field key %d%n",
          Integer.toUnsignedLong(rotation.rotate(tenant, actor)));
      finish(s, rotation, tenant, out);
    }
  }

  @Command(
      name = "rewrap",
      mixinStandardHelpOptions = true,
      description =
          "Finishes a rotation that was stopped: re-wraps what the primary key does not wrap yet.")
  static final class Rewrap extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      finish(s, rotation, tenant, out);
    }
  }
}
