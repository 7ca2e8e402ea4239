package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Role;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.store.StoreLocation;

/**
 * Signs a test user in at the command line through the real {@code mamori login}: the user is made
 * in the store first (with a password and an authenticator secret) unless they exist, and the
 * session file is {@code session} in the given folder ({@code mamori.session}).
 */
final class CliLogin {
  static final String PASSWORD = "a long enough passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  /** Each code is accepted once: a user's next login takes the code of the next step. */
  private static final Map<String, Integer> NEXT_STEP = new HashMap<>();

  private CliLogin() {}

  /** The session file of tests in {@code folder}; set as the one the commands use. */
  static Path useSessionIn(Path folder) {
    Path file = folder.resolve("session");
    System.setProperty(CliUser.SETTING, file.toString());
    return file;
  }

  /** The {@code --data}/{@code --db} arguments of a store. */
  static List<String> where(StoreLocation location, Path keysHome) {
    return switch (location) {
      case StoreLocation.Embedded e -> List.of("--data", e.folder().toString());
      case StoreLocation.Server s -> List.of("--db", s.jdbcUrl(), "--data", keysHome.toString());
    };
  }

  /** The key folder the commands use for the store. */
  static Path keyFolder(StoreLocation location, Path keysHome) {
    return switch (location) {
      case StoreLocation.Embedded e -> e.folder().resolve("keys");
      case StoreLocation.Server s -> keysHome.resolve("keys");
    };
  }

  /**
   * Makes the user in the store unless they exist, and gives them the test password and second
   * factor unless they have one.
   */
  static void ensureUser(
      StoreLocation location, Path keysHome, String tenant, String org, Role role, String user) {
    try (VaultSession s = VaultSession.open(location, keyFolder(location, keysHome))) {
      s.gate(tenant); // the tenant as its own controller, with the common purposes
      Users users = new Users(s.store.dataSource(), Clock.systemUTC());
      if (users.find(user).isEmpty()) {
        users.add(tenant, org, user, "Test " + user, role);
      }
      Credentials c =
          new Credentials(
              s.store.dataSource(),
              s.keys,
              new SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
              Clock.systemUTC());
      Credentials.Status status = c.status(user);
      if (!status.hasPassword()) {
        c.setPassword(user, PASSWORD.toCharArray());
      }
      if (!status.enrolled()) {
        c.setSecondFactor(user, SECRET);
      }
    }
  }

  /** The next code of {@code user} that their authenticator would show, not yet used here. */
  static String nextCode(StoreLocation location, String user) {
    int step = NEXT_STEP.merge(location + " " + user, 1, Integer::sum) - 1;
    // a code is accepted for the step before, of and after now, each once: now, then the next
    return Credentials.currentCode(
        SECRET, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(30L * Math.min(step, 1))));
  }

  /** Runs {@code mamori login} for {@code user}, made in the store first when missing. */
  static CliRun login(
      StoreLocation location,
      Path keysHome,
      Path temp,
      String tenant,
      String org,
      Role role,
      String user) {
    ensureUser(location, keysHome, tenant, org, role, user);
    useSessionIn(temp);
    Path password = temp.resolve("password-" + user);
    try {
      Files.writeString(password, PASSWORD + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "login",
                "--user",
                user,
                "--password-file",
                password.toString(),
                "--code",
                nextCode(location, user)));
    args.addAll(where(location, keysHome));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.exit()).as("login of %s: %s", user, r.err()).isZero();
    return r;
  }

  /** Signs in the tenant's own staff member {@code staff-1}. */
  static CliRun staff(StoreLocation location, Path keysHome, Path temp, String tenant) {
    return login(location, keysHome, temp, tenant, tenant, Role.STAFF, "staff-1");
  }

  /** Signs in the tenant's own security officer {@code officer-1}. */
  static CliRun officer(StoreLocation location, Path keysHome, Path temp, String tenant) {
    return login(location, keysHome, temp, tenant, tenant, Role.SECURITY_OFFICER, "officer-1");
  }
}
