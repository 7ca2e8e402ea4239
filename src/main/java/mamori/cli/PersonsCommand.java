package mamori.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori persons ...}: the signed-in user ({@code mamori login}) at the command line,
 * decided by the gate with their organisation and role exactly as on the web. Every command names
 * the purpose and the case, and is in the tenant's log before it answers; persons are named by
 * their token.
 */
@Command(
    name = "persons",
    mixinStandardHelpOptions = true,
    description = "Find, reveal and erase persons in a tenant's vault; every step is logged first.",
    subcommands = {
      PersonsFindCommand.class,
      PersonsRevealCommand.Show.class,
      PersonsRevealCommand.History.class,
      PersonsCommand.Erase.class
    })
final class PersonsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori persons --help'");
  }

  /** The options every persons command takes: where, which tenant, why. */
  static final class Access {
    @Mixin StoreOptions store;

    @Option(
        names = "--tenant",
        paramLabel = "T",
        description = "The tenant (default: the signed-in user's; another one is refused).")
    @Nullable String tenant;

    @Option(
        names = "--purpose",
        required = true,
        paramLabel = "P",
        description = "The purpose (事務) of this access, e.g. resident-tax.")
    String purpose;

    @Option(
        names = "--case",
        required = true,
        paramLabel = "C",
        description = "The case this access belongs to, e.g. 2026-0123.")
    String caseRef;

    /**
     * The signed-in user ({@link CliUser#require}), in the tenant named, if one is: the gate
     * decides for them as it does on the web.
     */
    Principal principal(CommandSpec spec, VaultSession s) {
      Principal p = CliUser.require(s.store);
      if (tenant != null && !tenant.equals(p.tenantId().value())) {
        throw new ParameterException(
            spec.commandLine(),
            "--tenant " + tenant + ": you are signed in to " + p.tenantId() + ", not to it");
      }
      return p;
    }

    /** Checks the tenant's spelling, the purpose and the case. */
    void check(CommandSpec spec) {
      if (tenant != null && !TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      Optional<Why.Problem> problem = Why.problem(purpose, caseRef);
      if (problem.isPresent()) {
        throw new ParameterException(
            spec.commandLine(), "--purpose/--case: " + problem.get().message());
      }
    }

    /** The purpose and case given; check them with {@link #check} first. */
    Why why() {
      return Why.typed(purpose, caseRef);
    }
  }

  static AgencyToken token(CommandSpec spec, String typed) {
    try {
      return AgencyToken.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--token: " + e.getMessage());
    }
  }

  @Command(
      name = "erase",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Erases a person for good (crypto-shredding): the person's data key, fields, indexes",
        "and earlier versions are dropped, after an erase record (with no number) is in the log."
      })
  static final class Erase implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Access access;

    @Option(names = "--token", required = true, paramLabel = "TOKEN")
    String token;

    @Override
    public Integer call() {
      access.check(spec); // checks tenant, purpose and case
      AgencyToken t = token(spec, token);
      String tenant;
      try (VaultSession s = access.store.session()) {
        Principal p = access.principal(spec, s);
        tenant = p.tenantId().value();
        s.gate(tenant).erase(p, t, access.why());
      }
      spec.commandLine().getOut().println("erased " + t + " from " + tenant);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
