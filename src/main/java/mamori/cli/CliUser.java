package mamori.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import mamori.VaultSession;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Why;
import mamori.identity.ApiTokens;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.OwnerOnly;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;

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
 * The user signed in at the command line ({@code mamori login}): {@link #require} is the one call a
 * command makes to know who acts. Without a valid session it stops the command with exit 2 and
 * "sign in first", before anything of a person is read.
 */
final class CliUser {
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
   * their own tenant when {@code tenant} is empty), as the console asks for the same act; a refusal
   * is logged as {@link #require(VaultSession, Action, String, Set)} does.
   */
  static Principal officerOf(VaultSession s, String tenant, Action action, String changed) {
    Principal p = require(s, action, changed, Set.of(Role.SECURITY_OFFICER));
    if (!p.controller() || (!tenant.isEmpty() && !p.tenantId().value().equals(tenant))) {
      log(s.logs, p, action, changed, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
      throw new NotAllowed("role.not-allowed: only a security officer of " + tenant + " does this");
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
