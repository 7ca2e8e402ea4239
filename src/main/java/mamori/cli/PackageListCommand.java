package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import mamori.VaultSession;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.store.ClockConfiguration;
import mamori.transfer.PackageRefused;
import mamori.transfer.PackageSigner;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package list}: the tenant's packages, newest first, with their states (created,
 * released, opened, expired, lost, incomplete), as the console lists them.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "The tenant's packages, newest first: id, state, recipient, purpose, case, persons,"
            + " created, expires.")
final class PackageListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    return with(
        spec,
        store,
        tenant,
        (t, p) -> {
          PrintWriter out = spec.commandLine().getOut();
          if (!p.controller()
              || (p.role() != mamori.core.Role.SECURITY_OFFICER
                  && p.role() != mamori.core.Role.ORG_ADMIN)) {
            throw new LoginCommand.CliUser.NotAllowed(
                "role.not-allowed: packages are the controller's officer's and admin's");
          }
          var packages = t.releases().list(p.tenantId());
          if (packages.isEmpty()) {
            out.println("no packages");
          }
          for (Releases.Package k : packages) {
            out.printf(
                "%s %-10s %-7s %-20s %-16s %-16s %6d %s %s%n",
                k.id(),
                k.state().code(),
                k.online() ? "online" : "offline",
                k.recipientId(),
                k.purpose(),
                k.caseRef(),
                k.persons(),
                k.created(),
                k.expires());
          }
          return 0;
        });
  }

  /** The transfer module's services over one session's store and key folder. */
  record Transfer(Recipients recipients, Releases releases, PackageSigner signer) {}

  /**
   * Runs {@code work} as the signed-in user of {@code tenant} (their own when null) over the
   * transfer services: a refused act exits 2 with its code, a malformed value as bad usage. Shared
   * by the {@code package} and {@code recipients} commands.
   */
  static int with(
      CommandSpec spec,
      StoreOptions store,
      @Nullable String tenant,
      BiFunction<Transfer, Principal, Integer> work) {
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      AdminLog log = new AdminLog(s.logs, clock);
      PackageSigner signer = new PackageSigner(SigningKeys.in(store.keyFolder()));
      Transfer t =
          new Transfer(
              new Recipients(s.store.dataSource(), log, clock),
              new Releases(s.store.dataSource(), s.keys, signer, log, clock),
              signer);
      Principal p = LoginCommand.CliUser.require(s.store, spec, tenant);
      int code = work.apply(t, p);
      spec.commandLine().getOut().flush();
      return code;
    } catch (PackageRefused e) {
      throw new LoginCommand.CliUser.NotAllowed(e.reason().code() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
    }
  }
}
