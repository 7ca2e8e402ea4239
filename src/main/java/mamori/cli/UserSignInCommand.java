package mamori.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.store.ClockConfiguration;
import mamori.tenancy.UserAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori users unlock|end-sessions|reset-factor USER}: the security officer's changes to a
 * user's sign-in, with the same effects and the same log records as the officer's buttons in the
 * console: each is written to the user's tenant's log before it takes effect, and ending sessions
 * or resetting the factor also revokes the user's API tokens, each revocation logged first. No
 * command sets or prints a password: a user chooses theirs at their enrolment address ({@code
 * mamori users enrolment USER}).
 */
abstract class UserSignInCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "USER")
  String user;

  abstract UserAdmin.SignInChange change();

  abstract String said(boolean changed);

  @Override
  public Integer call() {
    int[] before = new int[1];
    boolean changed =
        TenantsCommand.Session.with(
            spec,
            store,
            s -> {
              // signed in first: without a session nothing is said, not even whether USER exists
              var actor = s.signedIn(spec, null);
              if (s.users()
                  .find(user)
                  .filter(u -> u.tenantId().equals(actor.tenantId().value()))
                  .isEmpty()) {
                throw new IllegalArgumentException("no user " + user);
              }
              before[0] = liveTokens(s, user);
              return s.admin().change(actor, user, change());
            });
    spec.commandLine().getOut().println(said(changed));
    int ended = change() == UserAdmin.SignInChange.UNLOCK ? 0 : before[0];
    if (ended > 0) {
      spec.commandLine()
          .getOut()
          .printf("revoked %d API token%s of %s%n", ended, ended == 1 ? "" : "s", user);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static int liveTokens(TenantsCommand.Session s, String user) {
    return s.tokens().list(user).stream().filter(t -> t.revokedAt() == null).mapToInt(t -> 1).sum();
  }

  /** Runs {@code work} on the credentials of the store; a refused value is a usage error. */
  static void withCredentials(
      CommandSpec spec, StoreOptions options, java.util.function.Consumer<Credentials> work) {
    try (VaultSession s = options.session()) {
      Clock clock = ClockConfiguration.systemClock();
      work.accept(
          new Credentials(
              s.store.dataSource(),
              s.keys,
              new SecurityAlerts(s.store.dataSource(), clock),
              clock));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Unlocks a user locked after failed sign-ins and clears their failures.")
  static final class Unlock extends UserSignInCommand {
    @Override
    UserAdmin.SignInChange change() {
      return UserAdmin.SignInChange.UNLOCK;
    }

    @Override
    String said(boolean changed) {
      return changed ? "unlocked " + user : user + " was not locked";
    }
  }

  @Command(
      name = "end-sessions",
      mixinStandardHelpOptions = true,
      description = "Ends every signed-in session and every API token of a user at once.")
  static final class EndSessions extends UserSignInCommand {
    @Override
    UserAdmin.SignInChange change() {
      return UserAdmin.SignInChange.END_SESSIONS;
    }

    @Override
    String said(boolean changed) {
      return "ended every session of " + user;
    }
  }

  @Command(
      name = "reset-factor",
      mixinStandardHelpOptions = true,
      description =
          "Removes a user's second factor (a lost phone): they set one up again at their next sign-in.")
  static final class ResetFactor extends UserSignInCommand {
    @Override
    UserAdmin.SignInChange change() {
      return UserAdmin.SignInChange.RESET_FACTOR;
    }

    @Override
    String said(boolean changed) {
      return "removed the second factor of " + user + "; their sessions have ended";
    }
  }
}
