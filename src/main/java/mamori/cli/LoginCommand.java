package mamori.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Action;
import mamori.core.Outcome;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.SignedIn;
import mamori.identity.TokenKind;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori login}: signs a user in at the command line as the web sign-in does (password, then
 * a code from their authenticator; failures counted, slowed and locked alike; the sign-in logged),
 * and keeps an 8-hour CLI token in an owner-only session file ({@link CliUser}). Exit 0 signed in,
 * 1 refused, 2 bad usage.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Signs in with your user id, password and second-factor code, for 8 hours: the commands",
      "that touch person data or change who may do what act as you, through the gate.",
      "The password is read from the terminal (never echoed) or from --password-file."
    })
final class LoginCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--user", paramLabel = "U", description = "Your user id (asked when not given).")
  @Nullable String user;

  @Option(
      names = "--password-file",
      paramLabel = "F",
      description = "Read the password from the first line of F (for scripts).")
  @Nullable Path passwordFile;

  @Option(
      names = "--code",
      paramLabel = "C",
      description = "The code from your authenticator (asked when not given).")
  @Nullable String code;

  @Override
  public Integer call() throws IOException {
    Console console = System.console();
    String userId = user != null ? user : ask(console, "User: ");
    userId = userId.strip().toLowerCase(Locale.ROOT);
    char[] password = password(console);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      Credentials credentials =
          new Credentials(
              s.store.dataSource(), s.keys, new SecurityAlerts(s.store.dataSource(), clock), clock);
      Credentials.Check check =
          userId.isEmpty() || userId.length() > 64 || password.length == 0
              ? new Credentials.Refused()
              : credentials.checkPassword(userId, password);
      if (check instanceof Credentials.PasswordPassed passed) {
        if (!passed.enrolled()) {
          err.println(
              "refused: set up your second factor at the web sign-in first (/signin); nothing was kept");
          err.flush();
          return 1;
        }
        String typed = code != null ? code : ask(console, "Code: ");
        check = credentials.checkCode(passed, typed.strip());
      }
      if (!(check instanceof Credentials.Passed(SignedIn signedIn))) {
        err.println(refusal(check));
        err.flush();
        return 1;
      }
      Principal p = signedIn.principal();
      // the sign-in is in the tenant's log before the session exists, as on the web
      CliUser.log(s.logs, p, Action.SIGNIN, "cli", Outcome.allowed());
      ApiTokens tokens = new ApiTokens(s.store.dataSource(), clock);
      ApiTokens.Issued issued =
          tokens.issue(
              signedIn.issuer(),
              p.userId().value(),
              TokenKind.CLI,
              "mamori login",
              null,
              List.of());
      try {
        CliUser.log(
            s.logs, p, Action.TOKEN_ISSUE, p.userId() + "/" + issued.tokenId(), Outcome.allowed());
        CliUser.write(
            new CliUser.Saved(s.store.instance().id(), p.userId().value(), issued.secret()));
      } catch (RuntimeException unkept) {
        tokens.revoke(issued.tokenId());
        throw unkept;
      }
      out.printf(
          "signed in as %s (%s, %s) until %s%n",
          p.userId(),
          p.organisationId(),
          p.role().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          issued.expiresAt());
      out.flush();
      return 0;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static String refusal(Credentials.Check check) {
    return switch (check) {
      case Credentials.Wait w ->
          "refused: too many failures; try again in "
              + Math.max(1, (w.remaining().toMillis() + 999) / 1000)
              + " s";
      case Credentials.Locked l ->
          "refused: the account is locked after too many failures; a security officer unlocks it";
      case Credentials.Busy b -> "refused: the service is busy; try again shortly";
      default -> "refused: wrong user, password or code";
    };
  }

  private char[] password(@Nullable Console console) throws IOException {
    if (passwordFile != null) {
      if (!Files.isRegularFile(passwordFile)) {
        throw new ParameterException(spec.commandLine(), "--password-file: no such file");
      }
      List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
      return lines.isEmpty() ? new char[0] : lines.getFirst().toCharArray();
    }
    if (console == null) {
      throw new ParameterException(
          spec.commandLine(), "no terminal to ask the password on: give --password-file F");
    }
    char[] typed = console.readPassword("Password: ");
    return typed == null ? new char[0] : typed;
  }

  private String ask(@Nullable Console console, String prompt) {
    if (console == null) {
      throw new ParameterException(
          spec.commandLine(),
          "no terminal to ask on: give --user and --code (and --password-file)");
    }
    return Optional.ofNullable(console.readLine(prompt)).orElse("");
  }

  @Command(
      name = "logout",
      mixinStandardHelpOptions = true,
      description =
          "Ends your command-line session: its token is revoked (logged) and its file deleted.")
  static final class Logout implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Optional<CliUser.Saved> saved = CliUser.read();
      if (saved.isEmpty()) {
        CliUser.delete();
        out.println("not signed in");
        out.flush();
        return 0;
      }
      try (VaultSession s = store.session()) {
        if (!saved.get().store().equals(s.store.instance().id())) {
          throw new ParameterException(
              spec.commandLine(),
              "the session is for another store: give the --data or --db you signed in to");
        }
        ApiTokens tokens = new ApiTokens(s.store.dataSource(), ClockConfiguration.systemClock());
        Optional<Principal> p = tokens.authenticateCommandLine(saved.get().token());
        if (p.isPresent()) {
          String id = p.get().tokenId();
          // logged before it is revoked: a log that cannot record keeps the session (and its file)
          CliUser.log(
              s.logs, p.get(), Action.SIGNOUT, p.get().userId() + "/" + id, Outcome.allowed());
          tokens.revoke(id);
        }
      }
      CliUser.delete();
      out.println("signed out");
      out.flush();
      return 0;
    }
  }
}
