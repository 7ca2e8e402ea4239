package mamori.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.vault.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori persons ...}: the controller's own staff at the command line. Every command names
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

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

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

    Actor actor(CommandSpec spec) {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      Optional<Why.Problem> problem = Why.problem(purpose, caseRef);
      if (problem.isPresent()) {
        throw new ParameterException(
            spec.commandLine(), "--purpose/--case: " + problem.get().message());
      }
      return new Actor(
          UserId.commandLine(System.getProperty("user.name", "unknown")),
          new OrganisationId(tenant),
          List.of(),
          why());
    }

    /** The purpose and case given; check them with {@link #actor} first. */
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
      access.actor(spec); // checks tenant, purpose and case
      AgencyToken t = token(spec, token);
      try (VaultSession s = access.store.session()) {
        s.gate(access.tenant).erase(VaultSession.staff(access.tenant), t, access.why());
      }
      spec.commandLine().getOut().println("erased " + t + " from " + access.tenant);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
