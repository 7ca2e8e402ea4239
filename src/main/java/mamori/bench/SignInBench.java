package mamori.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mamori.VaultSession;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;

/*
 * What two factors cost, on a scratch embedded store: a bearer-token check (the API's price per call) as
 * the baseline, a password check (Argon2id) on one thread, and whole sign-ins (password then a TOTP
 * code) on every core, each user signing in once (a code is accepted once). The ratio says how many API
 * calls one sign-in costs; the Argon2 figure bounds what a flood of sign-ins can take (Credentials lets
 * at most one hash per core run, 16 MiB each).
 */
/** {@code mamori bench signin}: the cost of a two-factor sign-in against a bearer-token check. */
public final class SignInBench {
  private final int users;
  private final int threads;

  /**
   * {@code users} users signing in on {@code threads} threads (0: one per core); the command has
   * checked them.
   */
  public SignInBench(int users, int threads) {
    this.users = users;
    this.threads = threads;
  }

  /** Measures and prints the figures on {@code out}. */
  public void run(PrintWriter out) throws Exception {
    int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Path scratch = Files.createTempDirectory("mamori-signin-bench-");
    try (VaultSession s =
        VaultSession.open(
            new StoreLocation.Embedded(scratch.resolve("data")), scratch.resolve("keys"))) {
      Clock clock = ClockConfiguration.systemClock();
      Users all = new Users(s.store.dataSource(), clock);
      Credentials credentials =
          new Credentials(
              s.store.dataSource(), s.keys, new SecurityAlerts(s.store.dataSource(), clock), clock);
      String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      char[] password = "bench passphrase of sixteen".toCharArray();
      List<String> ids = new ArrayList<>();
      Progress.run(
          "users",
          users,
          step -> {
            for (int i = 0; i < users; i++) {
              String id = "bench-" + i;
              all.add("bench-city", "bench-city", id, "Bench " + i, Role.STAFF);
              credentials.setPassword(id, password);
              credentials.setSecondFactor(id, secret);
              ids.add(id);
              step.accept(i + 1);
            }
          });
      ApiTokens tokens = new ApiTokens(s.store.dataSource(), clock);
      String token =
          tokens
              .issue(new TokenIssuer.Console("bench"), ids.getFirst(), "bench", Duration.ofHours(1))
              .secret();

      int tokenChecks = 20_000;
      long started = System.nanoTime();
      for (int i = 0; i < tokenChecks; i++) {
        if (tokens.authenticate(token).isEmpty()) {
          throw new IllegalStateException("the bench's own token was refused");
        }
      }
      double tokenPerS = tokenChecks / seconds(started);

      int half = users / 2;
      started = System.nanoTime();
      for (String id : ids.subList(0, half)) {
        if (!(credentials.checkPassword(id, password) instanceof Credentials.PasswordPassed)) {
          throw new IllegalStateException("a password check failed in the bench");
        }
      }
      double passwordPerS = half / seconds(started);

      String code = Credentials.currentCode(secret, clock);
      started = System.nanoTime();
      try (ExecutorService pool = Executors.newFixedThreadPool(t)) {
        List<Future<Boolean>> done = new ArrayList<>();
        for (String id : ids.subList(half, users)) {
          done.add(
              pool.submit(() ->
                  credentials.checkCode(
                          (Credentials.PasswordPassed) credentials.checkPassword(id, password),
                          code)
                      instanceof Credentials.Passed));
        }
        for (Future<Boolean> f : done) {
          if (!f.get()) {
            throw new IllegalStateException(
                "a sign-in failed in the bench (the code changed step? run it again)");
          }
        }
      }
      double signInPerS = (users - half) / seconds(started);

      BenchLines.print(out, "signin.users", users);
      BenchLines.print(out, "signin.token_checks_per_s", tokenPerS);
      BenchLines.print(out, "signin.password_checks_per_s.1_thread", passwordPerS);
      BenchLines.print(out, "signin.argon2id_ms", 1000 / passwordPerS);
      BenchLines.print(out, "signin.two_factor_signins_per_s." + t + "_threads", signInPerS);
      out.println(
          String.format(
              Locale.ROOT, "signin.ratio_token_checks_per_signin: %.0f", tokenPerS / signInPerS));
      out.flush();
    } finally {
      LogBench.deleteTree(scratch);
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
