package mamori.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Action;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori users password|unlock|end-sessions|reset-factor USER}: what an org admin or
 * security officer signed in with {@code mamori login} does for a user's sign-in, with the same
 * rule, effects and log records as the buttons of the console's users page. This class is the
 * change to one user's sign-in that unlock, end-sessions and reset-factor make; it says what it
 * did.
 */
abstract class UserSignInCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "USER")
  String user;

  abstract String apply(Credentials credentials);

  /** What the log calls the change. */
  abstract Action action();

  /** Whether the change ends the user's API tokens too, as ending their sessions does. */
  boolean endsTokens() {
    return false;
  }

  /**
   * Acts as the signed-in user, who must be an org admin or security officer of the tenant's own
   * organisation (as on the console's users page), on a user of their tenant: the change is logged
   * first, then each token revocation logged before it is made, then the change made.
   */
  @Override
  public Integer call() {
    String said;
    int ended = 0;
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      Principal p = CliUser.require(s, action(), user, TokensCommand.CHANGERS);
      if (!p.controller()) {
        CliUser.log(s.logs, p, action(), user, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
        throw new CliUser.NotAllowed(
            "role.not-allowed: only the tenant's own org admin or security officer does this");
      }
      TokensCommand.target(spec, s, p, user, action());
      CliUser.log(s.logs, p, action(), user, Outcome.allowed());
      if (endsTokens()) {
        ended = TokensCommand.revokeAll(s, p, new ApiTokens(s.store.dataSource(), clock), user);
      }
      said =
          apply(
              new Credentials(
                  s.store.dataSource(),
                  s.keys,
                  new SecurityAlerts(s.store.dataSource(), clock),
                  clock));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().println(said);
    if (ended > 0) {
      spec.commandLine()
          .getOut()
          .printf("revoked %d API token%s of %s%n", ended, ended == 1 ? "" : "s", user);
    }
    spec.commandLine().getOut().flush();
    return 0;
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
      name = "password",
      mixinStandardHelpOptions = true,
      description = {
        "Sets a user's password (12 to 128 characters), read twice from the terminal, or once from "
            + "standard input when it is not a terminal; ends the user's sessions.",
        "The second factor is set up by the user at their next sign-in."
      })
  static final class Password implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "USER")
    String user;

    @Override
    public Integer call() throws IOException {
      // a security officer of the tenant's own organisation, signed in; logged before it is set
      try (VaultSession s = store.session()) {
        Principal p = CliUser.officerOf(s, "", Action.USER_PASSWORD, user);
        TokensCommand.target(spec, s, p, user, Action.USER_PASSWORD);
        char[] password = read();
        try {
          Clock clock = ClockConfiguration.systemClock();
          Credentials c =
              new Credentials(
                  s.store.dataSource(),
                  s.keys,
                  new SecurityAlerts(s.store.dataSource(), clock),
                  clock);
          c.status(user); // an unknown user is refused before anything is logged
          CliUser.log(s.logs, p, Action.USER_PASSWORD, user, Outcome.allowed());
          c.setPassword(user, password);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        } finally {
          Arrays.fill(password, '\0');
        }
      }
      spec.commandLine().getOut().printf("password set for %s; their sessions have ended%n", user);
      spec.commandLine().getOut().flush();
      return 0;
    }

    private char[] read() throws IOException {
      Console console = System.console();
      if (console != null && console.isTerminal()) {
        char[] first = console.readPassword("New password for %s: ", user);
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
          throw new ParameterException(
              spec.commandLine(), "the two passwords differ; nothing was changed");
        }
        return first;
      }
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new ParameterException(
            spec.commandLine(), "no password on standard input; nothing was changed");
      }
      return line.toCharArray();
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Unlocks a user locked after failed sign-ins and clears their failures.")
  static final class Unlock extends UserSignInCommand {
    @Override
    Action action() {
      return Action.USER_UNLOCK;
    }

    @Override
    String apply(Credentials c) {
      return c.unlock(user) ? "unlocked " + user : user + " was not locked";
    }
  }

  @Command(
      name = "end-sessions",
      mixinStandardHelpOptions = true,
      description = "Ends every signed-in session and every API token of a user at once.")
  static final class EndSessions extends UserSignInCommand {
    @Override
    Action action() {
      return Action.USER_END_SESSIONS;
    }

    @Override
    boolean endsTokens() {
      return true;
    }

    @Override
    String apply(Credentials c) {
      c.revokeSessions(user);
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
    Action action() {
      return Action.USER_RESET_FACTOR;
    }

    @Override
    boolean endsTokens() {
      return true;
    }

    @Override
    String apply(Credentials c) {
      c.resetSecondFactor(user);
      return "removed the second factor of " + user + "; their sessions have ended";
    }
  }
}
