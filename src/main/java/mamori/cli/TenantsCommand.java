package mamori.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.core.UserId;
import mamori.tenancy.Enrolments;
import mamori.tenancy.Tenants;
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
   * Who the tenant's log names as its creator: the installation's operator at this console (the one
   * place this command class obtains its acting user).
   */
  static UserId actor() {
    return TokensCommand.OPERATOR;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Creates a tenant: its keys, log (tenant.create is its first record), controller organisation,",
        "common purposes, and two users without passwords, its security officer and its organisation",
        "admin. Prints one enrolment address for each: good once, for 24 hours; hand each to its person.",
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
            "Where the service is reached, for the addresses (default: "
                + TenancySession.DEFAULT_PORTAL
                + ").")
    @Nullable String portalUrl;

    @Override
    public Integer call() {
      String base = portalUrl == null ? TenancySession.DEFAULT_PORTAL : portalUrl;
      if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
        throw new ParameterException(spec.commandLine(), "--portal-url: an http(s) URL");
      }
      Tenants.Spec tenant =
          new Tenants.Spec(
              id,
              name,
              officer == null ? id + "-officer" : officer,
              admin == null ? id + "-admin" : admin);
      return TenancySession.run(
          spec,
          () -> {
            Tenants.Created made =
                TenancySession.with(spec, store, s -> s.tenants().add(actor(), tenant));
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
      var list = TenancySession.with(spec, store, s -> s.tenants().list());
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
}
