package mamori.cli;

import java.time.Clock;
import java.util.function.Function;
import mamori.VaultSession;
import mamori.entrustment.Entrustments;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import mamori.tenancy.Enrolments;
import mamori.tenancy.Tenants;
import mamori.tenancy.UserAdmin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The tenancy services on a command's store, as {@code serve} makes them: a malformed value is a
 * usage error (exit 2); a refusal, an unknown user or organisation, or a tenant that exists is
 * {@link Failed} (exit 1, said on standard error).
 */
record TenancySession(
    Tenants tenants, UserAdmin admin, Users users, Credentials credentials, ApiTokens tokens) {

  /** A command that could not do what it was asked; nothing was changed. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  static <T> T with(CommandSpec spec, StoreOptions options, Function<TenancySession, T> work) {
    try (VaultSession s = options.session()) {
      Clock clock = ClockConfiguration.systemClock();
      var ds = s.store.dataSource();
      Users users = new Users(ds, clock);
      Credentials credentials = new Credentials(ds, s.keys, new SecurityAlerts(ds, clock), clock);
      Entrustments entrustments = new Entrustments(ds, s.logs, e -> {}, clock);
      Enrolments enrolments = new Enrolments(ds, s.keys, credentials, users, s.logs, clock);
      ApiTokens tokens = new ApiTokens(ds, clock);
      UserAdmin admin =
          new UserAdmin(users, credentials, tokens, entrustments, enrolments, s.logs, clock);
      Tenants tenants = new Tenants(ds, s.keys, s.logs, entrustments, users, enrolments, clock);
      return work.apply(new TenancySession(tenants, admin, users, credentials, tokens));
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

  /** The base of enrolment addresses when none is given. */
  static final String DEFAULT_PORTAL = "http://localhost:8080";
}
