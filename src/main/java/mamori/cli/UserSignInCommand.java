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
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori users password|unlock|end-sessions|reset-factor USER}: what the installation's
 * operator does for a user's sign-in, with the same effects as the security officer's buttons in
 * the console. This class is the change to one user's sign-in that unlock, end-sessions and
 * reset-factor make; it says what it did.
 */
abstract class UserSignInCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "USER")
  String user;

  abstract String apply(Credentials credentials);

  /** Whether the change ends the user's API tokens too, as ending their sessions does. */
  boolean endsTokens() {
    return false;
  }

  @Override
  public Integer call() {
    String[] said = new String[1];
    int ended = 0;
    if (endsTokens()) {
      // each token's revocation is a record in the user's tenant's log, written before it is made
      ended =
          TokensCommand.withLoggedTokens(
              spec,
              store,
              (t, log) -> {
                for (mamori.identity.ApiTokens.TokenInfo i : t.list(user)) {
                  if (i.revokedAt() == null) {
                    log.record(mamori.core.Action.TOKEN_REVOKE, user, i.tokenId());
                  }
                }
                return t.revokeAll(user);
              });
    }
    withCredentials(spec, store, c -> said[0] = apply(c));
    spec.commandLine().getOut().println(said[0]);
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
      char[] password = read();
      try {
        withCredentials(spec, store, c -> c.setPassword(user, password));
      } finally {
        Arrays.fill(password, '\0');
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
