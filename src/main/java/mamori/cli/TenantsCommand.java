package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import mamori.VaultSession;
import mamori.core.UserId;
import mamori.entrustment.Entrustments;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import mamori.tenancy.Enrolments;
import mamori.tenancy.Tenants;
import mamori.tenancy.UserAdmin;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori tenants add|list}: a city set up from zero. {@code add} makes the tenant's keys,
 * log, controller organisation and common purposes, and its first security officer and organisation
 * admin without passwords, and prints one enrolment address for each: good once, for 24 hours. No
 * password is printed or read.
 */
@Command(
    name = "tenants",
    mixinStandardHelpOptions = true,
    description = "Set up a tenant (a city) from zero, and list the tenants.",
    subcommands = {TenantsCommand.Add.class, TenantsCommand.ListTenants.class})
final class TenantsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori tenants --help'");
  }

  /**
   * Who the tenant's log names as its creator: the installation's operator at this console, logged
   * as {@code cli:<account>} (the one place this command class obtains its acting user). Setting up
   * a tenant is the one act done before anyone of it exists, so no one can be signed in for it; it
   * reveals no person and gives no one a password, only the two one-time enrolment addresses.
   */
  static UserId actor() {
    return UserId.commandLine(System.getProperty("user.name", "unknown"));
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Creates a tenant: its keys, log (tenant.create is its first record), controller organisation, "
            + "common purposes, and two users without passwords, its security officer and its "
            + "organisation admin. Prints one enrolment address for each: good once, for 24 hours; "
            + "hand each to its person.",
        "A tenant id that exists is refused (exit 1) and nothing is changed."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--id",
        required = true,
        paramLabel = "T",
        description = "The tenant id: a-z, 0-9 and '-', up to 64.")
    String id;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name.")
    String name;

    @Option(
        names = "--officer",
        paramLabel = "USERID",
        description = "The security officer's login name (default: <T>-officer).")
    @Nullable String officer;

    @Option(
        names = "--admin",
        paramLabel = "USERID",
        description = "The organisation admin's login name (default: <T>-admin).")
    @Nullable String admin;

    @Option(
        names = "--portal-url",
        paramLabel = "URL",
        description =
            "Where the service is reached, for the addresses (default: mamori.web.portal-url, else "
                + Session.FALLBACK_PORTAL
                + ").")
    @Nullable String portalUrl;

    @Override
    public Integer call() {
      String base = portalUrl == null ? Session.defaultPortal() : portalUrl;
      if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
        throw new ParameterException(spec.commandLine(), "--portal-url: an http(s) URL");
      }
      Tenants.Spec tenant =
          new Tenants.Spec(
              id,
              name,
              officer == null ? id + "-officer" : officer,
              admin == null ? id + "-admin" : admin);
      return Session.run(
          spec,
          () -> {
            Tenants.Created made = Session.with(spec, store, s -> s.tenants().add(actor(), tenant));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                "tenant %s (%s) created: keys, log, controller organisation, common purposes%n",
                made.tenant().id(), made.tenant().name());
            out.printf(
                "enrolment addresses, each good once until %s; hand each to its person only:%n",
                made.officer().expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            line(out, "security officer", made.officer(), base);
            line(out, "organisation admin", made.admin(), base);
            out.flush();
            return 0;
          });
    }

    private static void line(PrintWriter out, String role, Enrolments.Issued e, String base) {
      out.printf("  %-19s %-24s %s%n", role, e.userId(), e.address(base));
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the tenants: id, name, when made, organisations and users.")
  static final class ListTenants implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      var list = Session.with(spec, store, s -> s.tenants().list());
      PrintWriter out = spec.commandLine().getOut();
      for (Tenants.Tenant t : list) {
        out.printf(
            Locale.ROOT,
            "%-20s %-24s created %s by %s, %d organisation%s, %d user%s%n",
            t.id(),
            t.name(),
            t.createdAt(),
            t.createdBy(),
            t.organisations(),
            t.organisations() == 1 ? "" : "s",
            t.users(),
            t.users() == 1 ? "" : "s");
      }
      if (list.isEmpty()) {
        out.println("no tenants; make one with mamori tenants add --id T --name NAME");
      }
      out.flush();
      return 0;
    }
  }

  /**
   * The tenancy services on a command's store, as {@code serve} makes them: a malformed value is a
   * usage error (exit 2); a refusal, an unknown user or organisation, or a tenant that exists is
   * {@link Failed} (exit 1, said on standard error).
   */
  record Session(
      Tenants tenants,
      UserAdmin admin,
      Users users,
      Credentials credentials,
      ApiTokens tokens,
      VaultSession vault) {

    /**
     * The user signed in with {@code mamori login}, who acts for every command of {@code mamori
     * users}; {@code tenant}, when named, must be theirs.
     */
    mamori.identity.Principal signedIn(CommandSpec spec, @Nullable String tenant) {
      return LoginCommand.CliUser.require(vault.store, spec, tenant);
    }

    /** A command that could not do what it was asked; nothing was changed. */
    static final class Failed extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Failed(String message) {
        super(message, null, false, false);
      }
    }

    static <T> T with(CommandSpec spec, StoreOptions options, Function<Session, T> work) {
      try (VaultSession s = options.session()) {
        Clock clock = ClockConfiguration.systemClock();
        var ds = s.store.dataSource();
        Users users = new Users(ds, clock);
        Credentials credentials = new Credentials(ds, s.keys, new SecurityAlerts(ds, clock), clock);
        Entrustments entrustments =
            new Entrustments(ds, s.logs, e -> {}, mamori.access.StaffOfUsers.of(users), clock);
        Enrolments enrolments = new Enrolments(ds, s.keys, credentials, users, s.logs, clock);
        ApiTokens tokens = new ApiTokens(ds, clock);
        UserAdmin admin =
            new UserAdmin(users, credentials, tokens, entrustments, enrolments, s.logs, clock);
        Tenants tenants = new Tenants(ds, s.keys, s.logs, entrustments, users, enrolments, clock);
        return work.apply(new Session(tenants, admin, users, credentials, tokens, s));
      } catch (Tenants.Exists | UserAdmin.Refused | UserAdmin.Unknown e) {
        throw new Failed(java.util.Objects.requireNonNullElse(e.getMessage(), "refused"));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    /** Runs a command's work, saying a {@link Failed} on standard error with exit 1. */
    static int run(CommandSpec spec, java.util.function.IntSupplier work) {
      try {
        return work.getAsInt();
      } catch (Failed e) {
        spec.commandLine().getErr().println("mamori: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
    }

    /** The base of enrolment addresses when none is given nor configured. */
    static final String FALLBACK_PORTAL = "http://localhost:8080";

    /**
     * The base of enrolment addresses when none is given: {@code mamori.web.portal-url} (a system
     * property, or {@code MAMORI_WEB_PORTAL_URL}) as {@code serve} reads it, else {@link
     * #FALLBACK_PORTAL}.
     */
    static String defaultPortal() {
      String configured =
          System.getProperty("mamori.web.portal-url", System.getenv("MAMORI_WEB_PORTAL_URL"));
      return configured == null || configured.isBlank() ? FALLBACK_PORTAL : configured.strip();
    }
  }
}
