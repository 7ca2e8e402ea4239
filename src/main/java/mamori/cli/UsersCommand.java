package mamori.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mamori.core.Role;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori users ...}: the people who work in Mamori, each in one organisation with one role.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description =
        "Add and list the users of a tenant; set passwords, unlock, end sessions, reset second factors.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UserSignInCommand.Password.class,
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
  static <T> T withUsers(
      CommandSpec spec, StoreOptions options, java.util.function.Function<Users, T> work) {
    try (Store store = Store.open(options.location())) {
      return work.apply(new Users(store.dataSource(), ClockConfiguration.systemClock()));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Registers a tenant's own staff's organisation, the tenant, as a controller with the common
   * purposes when it is not yet, so that a service running on the same store lets them work at once
   * (it reads the registry at each decision until it finds the organisation).
   */
  static void registerTenant(StoreOptions options, String tenant) {
    var clock = ClockConfiguration.systemClock();
    try (Store s = Store.open(options.location());
        mamori.log.TransparencyLogs logs =
            new mamori.log.TransparencyLogs(
                s.dataSource(),
                mamori.crypto.SigningKeys.in(options.keyFolder()),
                mamori.log.TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                clock);
        var entrustments =
            new mamori.entrustment.Entrustments(
                s.dataSource(), logs, e -> {}, mamori.entrustment.StaffDirectory.NONE, clock)) {
      if (entrustments.organisation(tenant).isEmpty()) {
        entrustments.registerOrganisation(
            mamori.entrustment.Organisation.controller(tenant, tenant));
      }
      entrustments.seedPurposes(tenant);
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
      description = "Adds a user to an organisation of a tenant.")
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

    @Override
    public Integer call() {
      Role r;
      try {
        r = Role.parse(role);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--role: " + e.getMessage());
      }
      User added = withUsers(spec, store, users -> users.add(tenant, organisation, id, name, r));
      if (organisation.equals(tenant)) {
        registerTenant(store, tenant);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print("added ");
      print(out, added);
      out.flush();
      return 0;
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
      var list = withUsers(spec, store, users -> users.list(tenant));
      PrintWriter out = spec.commandLine().getOut();
      list.forEach(u -> print(out, u));
      if (list.isEmpty()) {
        out.println("no users in " + tenant);
      }
      out.flush();
      return 0;
    }
  }
}
