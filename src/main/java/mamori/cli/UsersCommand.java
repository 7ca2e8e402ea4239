package mamori.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mamori.core.Role;
import mamori.identity.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori users ...}: the people who work in Mamori, each in one organisation with one role.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description =
        "Add and list the users of a tenant, each enrolling from a one-time address; disable, unlock, end sessions, reset second factors.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Enrolment.class,
      UsersCommand.Disable.class,
      UserSignInCommand.Unlock.class,
      UserSignInCommand.EndSessions.class,
      UserSignInCommand.ResetFactor.class
    })
final class UsersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori users --help'");
  }

  /** Runs {@code work} on the users of the store; a refused value is a usage error. */

  /** The tenant of a user, for acting on them; unknown users are a failure (exit 1). */
  static String tenantOf(TenantsCommand.Session s, String userId) {
    return s.users()
        .find(userId)
        .map(User::tenantId)
        .orElseThrow(() -> new TenantsCommand.Session.Failed("no user " + userId));
  }

  /** Prints an enrolment address and when it stops working. */
  static void printAddress(PrintWriter out, mamori.tenancy.Enrolments.Issued e, String base) {
    out.printf(
        "enrolment address for %s, good once until %s; hand it to them only:%n  %s%n",
        e.userId(),
        e.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        e.address(base));
  }

  /** {@code --portal-url}: where the service is reached, for enrolment addresses. */
  static final class Portal {
    @Option(
        names = "--portal-url",
        paramLabel = "URL",
        description =
            "Where the service is reached, for the address (default: mamori.web.portal-url, else "
                + TenantsCommand.Session.FALLBACK_PORTAL
                + ").")
    @org.jspecify.annotations.Nullable
    String url;

    String base(CommandSpec spec) {
      String base = url == null ? TenantsCommand.Session.defaultPortal() : url;
      if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
        throw new ParameterException(spec.commandLine(), "--portal-url: an http(s) URL");
      }
      return base;
    }
  }

  static void print(PrintWriter out, User u) {
    out.printf(
        "%-20s %-18s %-16s %s%s%n",
        u.id(),
        u.organisationId(),
        u.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        u.displayName(),
        u.disabled() ? " (disabled " + u.disabledAt() + ")" : "");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Adds a user without a password to an organisation of a tenant and prints their one-time "
              + "enrolment address (24 hours), where they choose a password and set up a second factor.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(
        names = "--organisation",
        required = true,
        paramLabel = "O",
        description =
            "The organisation the user belongs to (the tenant itself, or a contractor's id).")
    String organisation;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "R",
        description = "staff, operator, org-admin, security-officer or auditor.")
    String role;

    @Option(
        names = "--id",
        required = true,
        paramLabel = "U",
        description = "The login name: a-z, 0-9, '.', '_' and '-', up to 64.")
    String id;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "N",
        description = "The name shown to people.")
    String name;

    @Mixin Portal portal;

    @Override
    public Integer call() {
      Role r;
      try {
        r = Role.parse(role);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--role: " + e.getMessage());
      }
      String base = portal.base(spec);
      return TenantsCommand.Session.run(
          spec,
          () -> {
            var added =
                TenantsCommand.Session.with(
                    spec,
                    store,
                    s -> s.admin().add(s.signedIn(spec, tenant), organisation, id, name, r));
            PrintWriter out = spec.commandLine().getOut();
            out.print("added ");
            print(out, added.user());
            printAddress(out, added.enrolment(), base);
            out.flush();
            return 0;
          });
    }
  }

  @Command(
      name = "enrolment",
      mixinStandardHelpOptions = true,
      description =
          "Issues a new one-time enrolment address (24 hours) for a user who has not enrolled; "
              + "their older address stops working.")
  static final class Enrolment implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin Portal portal;

    @Parameters(paramLabel = "USER")
    String user;

    @Override
    public Integer call() {
      String base = portal.base(spec);
      return TenantsCommand.Session.run(
          spec,
          () -> {
            var issued =
                TenantsCommand.Session.with(
                    spec, store, s -> s.admin().enrolment(s.signedIn(spec, null), user));
            printAddress(spec.commandLine().getOut(), issued, base);
            spec.commandLine().getOut().flush();
            return 0;
          });
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disables a user at once: nothing of theirs authenticates any more.")
  static final class Disable implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "USER")
    String user;

    @Override
    public Integer call() {
      return TenantsCommand.Session.run(
          spec,
          () -> {
            User u =
                TenantsCommand.Session.with(
                    spec, store, s -> s.admin().disable(s.signedIn(spec, null), user));
            spec.commandLine().getOut().printf("disabled %s at %s%n", u.id(), u.disabledAt());
            spec.commandLine().getOut().flush();
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a tenant's users.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      return TenantsCommand.Session.run(
          spec,
          () -> {
            // the same rule as GET /api/v1/users: admins, officers and auditors, each seeing whom
            // UserAdmin shows them
            var list =
                TenantsCommand.Session.with(
                    spec,
                    store,
                    s -> {
                      var p = s.signedIn(spec, tenant);
                      if (!java.util.Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR)
                          .contains(p.role())) {
                        throw new TenantsCommand.Session.Failed(
                            "role.not-allowed: listing users is for admins, officers and auditors");
                      }
                      return s.admin().visible(p);
                    });
            PrintWriter out = spec.commandLine().getOut();
            list.forEach(u -> print(out, u));
            if (list.isEmpty()) {
              out.println("no users in " + tenant);
            }
            out.flush();
            return 0;
          });
    }
  }
}
