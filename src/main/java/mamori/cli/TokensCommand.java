package mamori.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori tokens ...}: API bearer tokens issued by the installation's operator, for machine
 * clients, only to users who have set up a second factor (users issue their own on /account); a
 * secret is printed once and never again. Every issue and revocation is a record in the user's
 * tenant's log ({@code token.issue}, {@code token.revoke}), by {@link #OPERATOR} with the user and
 * token as the case: a revocation is logged before it is made, an issue as soon as the token's id
 * exists, and a token whose issue cannot be logged is revoked before its secret is printed.
 */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Issue, list and revoke a user's API bearer tokens.",
    subcommands = {
      TokensCommand.Issue.class,
      TokensCommand.ListTokens.class,
      TokensCommand.Revoke.class
    })
final class TokensCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori tokens --help'");
  }

  /** Who the log names for a change made at the installation's console. */
  static final UserId OPERATOR = new UserId("console");

  static <T> T withTokens(CommandSpec spec, StoreOptions options, Function<ApiTokens, T> work) {
    try (Store store = Store.open(options.location())) {
      return work.apply(new ApiTokens(store.dataSource(), ClockConfiguration.systemClock()));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The tokens, and a way to log a change to one of them in its user's tenant's log. */
  interface Logged<T> {
    T run(ApiTokens tokens, TokenLog log);
  }

  /** Logs {@code action} on the token {@code tokenId} of {@code userId}. */
  interface TokenLog {
    void record(Action action, String userId, String tokenId);
  }

  static <T> T withLoggedTokens(CommandSpec spec, StoreOptions options, Logged<T> work) {
    var clock = ClockConfiguration.systemClock();
    try (Store store = Store.open(options.location());
        TransparencyLogs logs =
            new TransparencyLogs(
                store.dataSource(),
                mamori.crypto.SigningKeys.in(options.keyFolder()),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                clock)) {
      Users users = new Users(store.dataSource(), clock);
      TokenLog log =
          (action, userId, tokenId) -> {
            User u =
                users
                    .find(userId)
                    .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
            Who who =
                new Who(OPERATOR, new OrganisationId(u.tenantId()), new TenantId(u.tenantId()));
            logs.forTenant(u.tenantId())
                .append(
                    AccessRecord.of(
                        Attempt.withoutPerson(
                            who,
                            List.of(),
                            new Why("", Why.caseFrom(userId + "/" + tokenId)),
                            action,
                            clock.instant()),
                        Outcome.allowed()));
          };
      return work.run(new ApiTokens(store.dataSource(), clock), log);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Issues an API bearer token for a user who has set up a second factor, and prints it once:",
        "keep it secret, it is not stored and cannot be shown again. Use it as 'Authorization: Bearer TOKEN'.",
        "Users issue their own tokens on /account after signing in with two factors."
      })
  static final class Issue implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--user", required = true, paramLabel = "U")
    String user;

    @Option(
        names = "--days",
        defaultValue = "30",
        paramLabel = "N",
        description = "Valid for N days (default 30, at most 366).")
    int days;

    @Option(
        names = "--label",
        defaultValue = "",
        paramLabel = "L",
        description = "What the token is for, e.g. a host name.")
    String label;

    @Override
    public Integer call() {
      if (days < 1 || days > 366) {
        throw new ParameterException(spec.commandLine(), "--days is 1 to 366");
      }
      boolean[] enrolled = new boolean[1];
      UserSignInCommand.withCredentials(spec, store, c -> enrolled[0] = c.status(user).enrolled());
      if (!enrolled[0]) {
        throw new ParameterException(
            spec.commandLine(),
            "user "
                + user
                + " has not set up a second factor: "
                + "until they sign in with two factors once, their account opens nothing, not even a token");
      }
      TokenIssuer issuer = new TokenIssuer.Console(System.getProperty("user.name", "unknown"));
      ApiTokens.Issued issued =
          withLoggedTokens(
              spec,
              store,
              (t, log) -> {
                ApiTokens.Issued made = t.issue(issuer, user, label, Duration.ofDays(days));
                try {
                  log.record(Action.TOKEN_ISSUE, user, made.tokenId());
                } catch (RuntimeException unlogged) {
                  t.revoke(made.tokenId());
                  throw unlogged;
                }
                return made;
              });
      PrintWriter out = spec.commandLine().getOut();
      out.println(issued.secret());
      out.flush();
      var err = spec.commandLine().getErr();
      err.printf(
          "token %s for %s, valid until %s; shown only this once%n",
          issued.tokenId(), user, issued.expiresAt());
      err.flush();
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists a user's tokens, without their secrets.")
  static final class ListTokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--user", required = true, paramLabel = "U")
    String user;

    @Override
    public Integer call() {
      List<ApiTokens.TokenInfo> list = withTokens(spec, store, t -> t.list(user));
      PrintWriter out = spec.commandLine().getOut();
      for (ApiTokens.TokenInfo t : list) {
        String state =
            t.revokedAt() != null ? "revoked " + t.revokedAt() : "expires " + t.expiresAt();
        out.printf(
            "%s  %-12s %s, issued %s by %s, last used %s%n",
            t.tokenId(),
            t.label().isEmpty() ? "-" : t.label(),
            state,
            t.createdAt(),
            t.issuedBy(),
            t.lastUsedAt() == null ? "never" : t.lastUsedAt());
      }
      if (list.isEmpty()) {
        out.println("no tokens for " + user);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description =
          "Revokes one token, or every token of a user; it is refused from the next request on.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
      @Option(
          names = "--id",
          paramLabel = "ID",
          description = "The token's id, as 'tokens list' shows it.")
      @Nullable String id;

      @Option(names = "--user", paramLabel = "U", description = "Revoke every token of this user.")
      @Nullable String user;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String id = which.id;
      if (id != null) {
        boolean done =
            withLoggedTokens(
                spec,
                store,
                (t, log) -> {
                  Optional<ApiTokens.TokenInfo> live =
                      t.find(id).filter(i -> i.revokedAt() == null);
                  if (live.isEmpty()) {
                    return false;
                  }
                  log.record(Action.TOKEN_REVOKE, live.get().userId(), id);
                  return t.revoke(id);
                });
        out.println(done ? "revoked " + id : "no unrevoked token " + id);
        out.flush();
        return done ? 0 : 1;
      }
      String user = Objects.requireNonNull(which.user, "the group holds --id or --user");
      int n =
          withLoggedTokens(
              spec,
              store,
              (t, log) -> {
                for (ApiTokens.TokenInfo i : t.list(user)) {
                  if (i.revokedAt() == null) {
                    log.record(Action.TOKEN_REVOKE, user, i.tokenId());
                  }
                }
                return t.revokeAll(user);
              });
      out.println("revoked " + n + " token" + (n == 1 ? "" : "s") + " of " + user);
      out.flush();
      return 0;
    }
  }
}
