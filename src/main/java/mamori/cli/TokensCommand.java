package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Action;
import mamori.core.Network;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.Principal;
import mamori.identity.TokenIssuer;
import mamori.identity.TokenKind;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori tokens ...}: API bearer tokens, as the user signed in with {@code mamori login}.
 * One issues only for oneself: an operator token (24 hours unless one's organisation allows longer,
 * at most 30 days) or a machine token bound to networks; a secret is printed once and never again.
 * One lists and revokes one's own tokens; an org admin or security officer of the tenant's own
 * organisation (the console's rule) also another user's of the tenant. Every issue and revocation
 * is a record in the tenant's log ({@code token.issue}, {@code token.revoke}) by the signed-in
 * user: a revocation is logged before it is made, an issue as soon as the token's id exists, and a
 * token whose issue cannot be logged is revoked before its secret is printed.
 */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Issue, list and revoke your API bearer tokens (after mamori login).",
    subcommands = {
      TokensCommand.Issue.class,
      TokensCommand.ListTokens.class,
      TokensCommand.Revoke.class,
      TokensCommand.Lifetime.class
    })
final class TokensCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Who may act on another user's tokens and sign-in: as at the console's users page. */
  static final Set<Role> CHANGERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER);

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori tokens --help'");
  }

  /**
   * The user {@code userId}, of the signed-in user's tenant, when {@code p} may act on them: they
   * are {@code p}, or {@code p} is an org admin or security officer of the tenant's own
   * organisation. Another tenant's user is "no user", as at the console. A refused change is logged
   * as {@code action}; a refused look (null) is not.
   */
  static User target(
      CommandSpec spec, VaultSession s, Principal p, String userId, @Nullable Action action) {
    Users users = new Users(s.store.dataSource(), ClockConfiguration.systemClock());
    User u =
        users
            .find(userId)
            .filter(x -> x.tenantId().equals(p.tenantId().value()))
            .orElseThrow(() -> new ParameterException(spec.commandLine(), "no user " + userId));
    if (!u.id().equals(p.userId().value()) && !(p.controller() && CHANGERS.contains(p.role()))) {
      if (action != null) {
        CliUser.log(s.logs, p, action, userId, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
      }
      throw new CliUser.NotAllowed(
          "role.not-allowed: only an org admin or security officer of "
              + p.tenantId()
              + " acts on another user's tokens");
    }
    return u;
  }

  /** Revokes every live token of {@code userId}, each logged first; returns how many. */
  static int revokeAll(VaultSession s, Principal p, ApiTokens tokens, String userId) {
    int n = 0;
    for (ApiTokens.TokenInfo i : tokens.list(userId)) {
      if (i.revokedAt() == null) {
        CliUser.log(s.logs, p, Action.TOKEN_REVOKE, userId + "/" + i.tokenId(), Outcome.allowed());
        n += tokens.revoke(i.tokenId()) ? 1 : 0;
      }
    }
    return n;
  }

  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Issues an API bearer token for yourself (signed in with mamori login) and prints it once:",
        "keep it secret, it is not stored and cannot be shown again. Use it as 'Authorization: Bearer TOKEN'.",
        "An operator token lives 24 hours unless your organisation allows longer (at most 30 days);",
        "a machine token (--machine) is accepted only from the networks given."
      })
  static final class Issue implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--hours",
        paramLabel = "N",
        description = "Valid for N hours (default and most: what your organisation allows).")
    @Nullable Integer hours;

    @Option(
        names = "--machine",
        description = "A machine token, bound to the networks of --network.")
    boolean machine;

    @Option(
        names = "--network",
        split = ",",
        paramLabel = "CIDR",
        description =
            "A network a machine token is accepted from, e.g. 203.0.113.0/24 (repeatable).")
    @Nullable List<String> networks;

    @Option(
        names = "--label",
        defaultValue = "",
        paramLabel = "L",
        description = "What the token is for, e.g. a host name.")
    String label;

    @Override
    public Integer call() {
      if (hours != null && hours < 1) {
        throw new ParameterException(spec.commandLine(), "--hours is 1 or more");
      }
      List<Network> nets = new ArrayList<>();
      for (String n : networks == null ? List.<String>of() : networks) {
        try {
          nets.add(Network.parse(n));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--network: " + e.getMessage());
        }
      }
      if (machine != !nets.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            machine
                ? "a machine token needs at least one --network"
                : "--network binds a machine token: add --machine");
      }
      ApiTokens.Issued issued;
      Principal p;
      try (VaultSession s = store.session()) {
        p = CliUser.require(s.store);
        Clock clock = ClockConfiguration.systemClock();
        ApiTokens tokens = new ApiTokens(s.store.dataSource(), clock);
        try {
          issued =
              tokens.issue(
                  new TokenIssuer.CommandLine(p),
                  p.userId().value(),
                  machine ? TokenKind.MACHINE : TokenKind.OPERATOR,
                  label,
                  hours == null ? null : Duration.ofHours(hours),
                  nets,
                  // the record first: a token that could not be logged is never stored
                  id ->
                      CliUser.log(
                          s.logs, p, Action.TOKEN_ISSUE, p.userId() + "/" + id, Outcome.allowed()));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(issued.secret());
      out.flush();
      var err = spec.commandLine().getErr();
      err.printf(
          "%s token %s for %s, valid until %s%s; shown only this once%n",
          machine ? "machine" : "operator",
          issued.tokenId(),
          p.userId(),
          issued.expiresAt(),
          machine
              ? " from " + String.join(",", nets.stream().map(Network::toString).toList())
              : "");
      err.flush();
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists your tokens (or, as an officer, a user's), without their secrets.")
  static final class ListTokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--user",
        paramLabel = "U",
        description = "Another user of your tenant (org admins and security officers).")
    @Nullable String user;

    @Override
    public Integer call() {
      List<ApiTokens.TokenInfo> list;
      String whose;
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        whose = user == null ? p.userId().value() : user;
        target(spec, s, p, whose, null);
        list = new ApiTokens(s.store.dataSource(), ClockConfiguration.systemClock()).list(whose);
      }
      PrintWriter out = spec.commandLine().getOut();
      for (ApiTokens.TokenInfo t : list) {
        String state =
            t.revokedAt() != null ? "revoked " + t.revokedAt() : "expires " + t.expiresAt();
        out.printf(
            "%s  %-8s %-12s %s, issued %s by %s, last used %s%s%n",
            t.tokenId(),
            t.kind().code(),
            t.label().isEmpty() ? "-" : t.label(),
            state,
            t.createdAt(),
            t.issuedBy(),
            t.lastUsedAt() == null ? "never" : t.lastUsedAt(),
            t.networks().isEmpty() ? "" : ", from " + t.networks());
      }
      if (list.isEmpty()) {
        out.println("no tokens for " + whose);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = {
        "Revokes one of your tokens (--id), or every token of yours (--all) or, as an org admin",
        "or security officer, of a user of your tenant (--user); refused from the next request on."
      })
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "The token's id, as 'tokens list' shows it.")
    @Nullable String id;

    @Option(names = "--user", paramLabel = "U", description = "Revoke every token of this user.")
    @Nullable String user;

    @Option(names = "--all", description = "Revoke every token of yours (your session's too).")
    boolean all;

    @Override
    public Integer call() {
      int given = (id != null ? 1 : 0) + (user != null ? 1 : 0) + (all ? 1 : 0);
      if (given != 1) {
        throw new ParameterException(spec.commandLine(), "give one of --id, --user or --all");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        ApiTokens tokens = new ApiTokens(s.store.dataSource(), ClockConfiguration.systemClock());
        if (id != null) {
          Optional<ApiTokens.TokenInfo> live = tokens.find(id).filter(i -> i.revokedAt() == null);
          if (live.isEmpty()) {
            out.println("no unrevoked token " + id);
            out.flush();
            return 1;
          }
          String owner = live.get().userId();
          target(spec, s, p, owner, Action.TOKEN_REVOKE);
          CliUser.log(s.logs, p, Action.TOKEN_REVOKE, owner + "/" + id, Outcome.allowed());
          tokens.revoke(id);
          out.println("revoked " + id);
          out.flush();
          return 0;
        }
        String whose = user != null ? user : p.userId().value();
        target(spec, s, p, whose, Action.TOKEN_REVOKE);
        int n = revokeAll(s, p, tokens, whose);
        out.println("revoked " + n + " token" + (n == 1 ? "" : "s") + " of " + whose);
        out.flush();
        return 0;
      }
    }
  }

  @Command(
      name = "lifetime",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Shows, or with --hours sets, how long the tokens of an organisation's people may live",
        "(24 hours unless set; 1 to 720 hours). Set by the organisation's own admin or a",
        "security officer of the tenant; logged before it takes effect."
      })
  static final class Lifetime implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--organisation",
        paramLabel = "O",
        description = "The organisation (default: yours).")
    @Nullable String organisation;

    @Option(names = "--hours", paramLabel = "N", description = "The new lifetime, 1 to 720 hours.")
    @Nullable Integer hours;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        String org = organisation == null ? p.organisationId().value() : organisation;
        Clock clock = ClockConfiguration.systemClock();
        var registered =
            new mamori.entrustment.Entrustments(
                    s.store.dataSource(),
                    s.logs,
                    e -> {},
                    mamori.entrustment.StaffDirectory.NONE,
                    clock)
                .organisation(org)
                .filter(o -> o.tenant().equals(p.tenantId().value()));
        if (registered.isEmpty()) {
          throw new ParameterException(spec.commandLine(), "no organisation " + org);
        }
        ApiTokens tokens = new ApiTokens(s.store.dataSource(), clock);
        if (hours == null) {
          out.printf("%s: tokens live %d hours%n", org, tokens.lifetime(org).toHours());
          out.flush();
          return 0;
        }
        String changed = org + " " + hours + "h";
        boolean ownAdmin = p.role() == Role.ORG_ADMIN && p.organisationId().value().equals(org);
        boolean officer = p.role() == Role.SECURITY_OFFICER && p.controller();
        if (!ownAdmin && !officer) {
          CliUser.log(
              s.logs, p, Action.TOKEN_LIFETIME, changed, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
          throw new CliUser.NotAllowed(
              "role.not-allowed: the organisation's own admin or a security officer of "
                  + p.tenantId()
                  + " sets it");
        }
        if (hours < 1 || hours > ApiTokens.MAX_LIFETIME.toHours()) {
          throw new ParameterException(
              spec.commandLine(), "--hours is 1 to " + ApiTokens.MAX_LIFETIME.toHours());
        }
        // in the log before it takes effect: a log that cannot record changes nothing
        CliUser.log(s.logs, p, Action.TOKEN_LIFETIME, changed, Outcome.allowed());
        tokens.setLifetime(org, hours);
        out.printf("%s: tokens live %d hours from now on%n", org, hours);
        out.flush();
        return 0;
      }
    }
  }
}
