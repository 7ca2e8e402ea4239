package mamori.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Why;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.SignedIn;
import mamori.identity.TokenKind;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.OwnerOnly;
import mamori.store.Store;
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
              List.of(),
              // the record first: a token that could not be logged is never stored
              id ->
                  CliUser.log(
                      s.logs, p, Action.TOKEN_ISSUE, p.userId() + "/" + id, Outcome.allowed()));
      try {
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

  /*
   * Design. The command line has no door of its own: `mamori login` signs a user in exactly as the web
   * does (Credentials, both factors, the sign-in in the tenant's log) and keeps an 8-hour CLI token in an
   * owner-only file, with the id of the store it is for. Every command that touches person data or
   * changes what someone may do calls require(...) first: the token is checked by ApiTokens as any API
   * token is (expired, revoked, user disabled or locked: refused, nothing cached), and the principal it
   * proves is what the gate decides for. The file holds the token's text, not a password; its owner
   * could use it for 8 hours at most, as they could use their own web session.
   */
  /**
   * The user signed in at the command line ({@code mamori login}): {@link #require} is the one call
   * a command makes to know who acts. Without a valid session it stops the command with exit 2 and
   * "sign in first", before anything of a person is read.
   */
  static final class CliUser {
    /** Where the session file is, when neither {@code mamori.session} nor MAMORI_SESSION says. */
    static final String SETTING = "mamori.session";

    private static final String STORE = "store";
    private static final String TOKEN = "token";
    private static final String USER = "user";

    private CliUser() {}

    /** Refused: no session, or one that no longer proves anyone here. The handler exits 2. */
    static final class NotSignedIn extends RuntimeException {
      NotSignedIn(String why) {
        super(why + "; sign in first: mamori login [--data DIR | --db URL]");
      }
    }

    /** Refused: the signed-in user's role may not do this. The handler exits 2. */
    static final class NotAllowed extends RuntimeException {
      NotAllowed(String message) {
        super(message);
      }
    }

    /**
     * Runs {@code work} through a module's service as the signed-in user of {@code tenant}: a
     * refused act ({@link mamori.core.ActRefused} of kind REFUSED) exits as not allowed with its
     * code, any other refusal and free text holding a number as a bad parameter with its code or
     * message. The one way the job and incident commands act. With no tenant named, the user's own.
     */
    static <T> T as(
        CommandSpec spec,
        VaultSession s,
        @Nullable String tenant,
        java.util.function.Function<Principal, T> work) {
      if (tenant != null && !mamori.core.TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      Principal p = require(s.store, spec, tenant);
      try {
        return work.apply(p);
      } catch (mamori.core.ActRefused e) {
        if (e.kind() == mamori.core.ActRefused.Kind.REFUSED) {
          throw new NotAllowed(e.code() + ": " + e.getMessage());
        }
        throw new ParameterException(spec.commandLine(), e.code() + ": " + e.getMessage());
      } catch (mamori.core.NumberText.Held e) {
        throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
      }
    }

    /**
     * The signed-in user acting on {@code store}: checked now by the store's own tokens.
     *
     * @throws NotSignedIn when there is no session file, it is for another store, or its token is
     *     expired, revoked, or its user disabled or locked
     */
    static Principal require(Store store) {
      Saved saved = read().orElseThrow(() -> new NotSignedIn("not signed in"));
      if (!saved.store().equals(store.instance().id())) {
        throw new NotSignedIn("the session is for another store");
      }
      return new ApiTokens(store.dataSource(), ClockConfiguration.systemClock())
          .authenticateCommandLine(saved.token())
          .orElseThrow(() -> new NotSignedIn("the session has ended (expired, revoked or locked)"));
    }

    /**
     * The signed-in user acting on {@code store}, who must belong to {@code tenant} when one is
     * named ({@code --tenant}); a usage error (exit 2) otherwise.
     */
    static Principal require(
        Store store, picocli.CommandLine.Model.CommandSpec spec, @Nullable String tenant) {
      Principal p = require(store);
      if (tenant != null && !p.tenantId().value().equals(tenant)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--tenant " + tenant + " is not the tenant of the signed-in user " + p.userId());
      }
      return p;
    }

    /**
     * The signed-in user, who must have one of {@code roles}; a refusal is logged in their tenant's
     * log as {@code action} with {@code role.not-allowed}, then thrown.
     */
    static Principal require(VaultSession s, Action action, String changed, Set<Role> roles) {
      Principal p = require(s.store);
      if (!roles.contains(p.role())) {
        log(s.logs, p, action, changed, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
        throw new NotAllowed(
            "role.not-allowed: "
                + p.userId()
                + " may not do this ("
                + p.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + ")");
      }
      return p;
    }

    /**
     * The signed-in user, who must be a security officer of {@code tenant}'s own organisation (of
     * their own tenant when {@code tenant} is empty), as the console asks for the same act; a
     * refusal is logged as {@link #require(VaultSession, Action, String, Set)} does.
     */
    static Principal officerOf(VaultSession s, String tenant, Action action, String changed) {
      Principal p = require(s, action, changed, Set.of(Role.SECURITY_OFFICER));
      if (!p.controller() || (!tenant.isEmpty() && !p.tenantId().value().equals(tenant))) {
        log(s.logs, p, action, changed, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
        throw new NotAllowed(
            "role.not-allowed: only a security officer of " + tenant + " does this");
      }
      return p;
    }

    /** Writes {@code action} by {@code p} on {@code changed} to their tenant's log. */
    static void log(
        TransparencyLogs logs, Principal p, Action action, String changed, Outcome outcome) {
      Clock clock = ClockConfiguration.systemClock();
      logs.forTenant(p.tenantId().value())
          .append(
              AccessRecord.of(
                  Attempt.withoutPerson(
                      p.who(),
                      List.of(),
                      new Why("", Why.caseFrom(changed)),
                      action,
                      clock.instant()),
                  outcome));
    }

    /** What the session file holds. */
    record Saved(String store, String user, String token) {
      @Override
      public String toString() {
        return "Saved[" + store + ", " + user + "]";
      }
    }

    /**
     * The session file: {@code mamori.session} (or MAMORI_SESSION), else {@code
     * $XDG_CONFIG_HOME/mamori/session}, else {@code ~/.config/mamori/session}.
     */
    static Path file() {
      String set = VaultSession.property(SETTING);
      if (set != null && !set.isBlank()) {
        return Path.of(set);
      }
      String xdg = System.getenv("XDG_CONFIG_HOME");
      Path config =
          xdg != null && !xdg.isBlank()
              ? Path.of(xdg)
              : Path.of(System.getProperty("user.home", "."), ".config");
      return config.resolve("mamori").resolve("session");
    }

    static Optional<Saved> read() {
      Path f = file();
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        return Optional.empty();
      }
      String store = p.getProperty(STORE);
      String token = p.getProperty(TOKEN);
      String user = p.getProperty(USER, "");
      return store == null || token == null
          ? Optional.empty()
          : Optional.of(new Saved(store, user, token));
    }

    /** Replaces the session file with one only its owner reads, from the moment it exists. */
    static void write(Saved saved) {
      Path f = file().toAbsolutePath();
      try {
        @Nullable Path folder = f.getParent();
        if (folder != null) {
          Files.createDirectories(folder);
        }
        Files.deleteIfExists(f);
        OwnerOnly.createFile(f);
        Files.writeString(
            f,
            "# mamori login: an 8-hour session; mamori logout ends it\n"
                + STORE
                + "="
                + saved.store()
                + "\n"
                + USER
                + "="
                + saved.user()
                + "\n"
                + TOKEN
                + "="
                + saved.token()
                + "\n",
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the session file " + f, e);
      }
    }

    /** Deletes the session file; false when there was none. */
    static boolean delete() {
      try {
        return Files.deleteIfExists(file());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the session file " + file(), e);
      }
    }
  }
}
