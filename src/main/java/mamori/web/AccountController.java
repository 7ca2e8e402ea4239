package mamori.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Why;
import mamori.identity.ApiTokens;
import mamori.identity.Passkeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in user's own account: who they are, and their API tokens, which they issue here and
 * only here (the session passed two factors) and may revoke. A token's secret is shown once, on the
 * page that issues it. Each issue and revocation is a record in the tenant's log ({@code
 * token.issue}, {@code token.revoke}, the token's id as the case): a revocation is logged before it
 * is made, an issue as soon as the token's id exists, and a token whose issue cannot be logged is
 * revoked at once and never shown.
 */
@Controller
class AccountController {
  static final int MAX_DAYS = 30;

  private final ApiTokens tokens;
  private final Passkeys passkeys;
  private final TransparencyLogs logs;
  private final Clock clock;

  AccountController(ApiTokens tokens, Passkeys passkeys, TransparencyLogs logs, Clock clock) {
    this.tokens = tokens;
    this.passkeys = passkeys;
    this.logs = logs;
    this.clock = clock;
  }

  record TokenRow(
      String id,
      String label,
      String issuedBy,
      String created,
      String expires,
      String lastUsed,
      String revoked,
      boolean live) {}

  @GetMapping("/account")
  String page(@AuthenticationPrincipal @Nullable Principal principal, Model model) {
    Principal p = signedIn(principal);
    model.addAttribute("me", p);
    model.addAttribute("area", Pages.controller(p) ? "console" : "desk");
    List<TokenRow> rows = new ArrayList<>();
    Instant now = clock.instant();
    for (ApiTokens.TokenInfo t : tokens.list(p.userId().value())) {
      boolean live = t.revokedAt() == null && t.expiresAt().isAfter(now);
      rows.add(
          new TokenRow(
              t.tokenId(),
              t.label(),
              t.issuedBy(),
              Pages.time(t.createdAt()),
              Pages.time(t.expiresAt()),
              Pages.time(t.lastUsedAt()),
              Pages.time(t.revokedAt()),
              live));
    }
    model.addAttribute("tokens", rows);
    model.addAttribute("maxDays", MAX_DAYS);
    model.addAttribute(
        "passkeys", passkeys.count(mamori.identity.Credentials.passkeyOwner(p.userId().value())));
    return "account";
  }

  @PostMapping("/account/tokens")
  String issue(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "1") String days,
      Model model) {
    Principal p = signedIn(principal);
    int d;
    try {
      d = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      d = -1;
    }
    if (d < 1 || d > MAX_DAYS) {
      model.addAttribute("error", "account.error.token");
      return page(p, model);
    }
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof SessionAuthentication session)) {
      throw new IllegalStateException("API tokens are issued in a signed-in session");
    }
    ApiTokens.Issued issued;
    try {
      // the label's check (length, control and format characters, no number) is the tokens' own
      issued =
          tokens.issue(
              session.signedIn().issuer(),
              p.userId().value(),
              mamori.identity.TokenKind.OPERATOR,
              label.strip(),
              Duration.ofDays(d),
              java.util.List.of(),
              // the record first: a token that could not be logged is never stored
              id -> log(p, Action.TOKEN_ISSUE, id));
    } catch (IllegalArgumentException refused) {
      model.addAttribute("error", "account.error.token");
      return page(p, model);
    }
    model.addAttribute("issued", issued);
    model.addAttribute("issuedExpires", Pages.time(issued.expiresAt()));
    return page(p, model);
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@AuthenticationPrincipal @Nullable Principal principal, @PathVariable String id) {
    Principal p = signedIn(principal);
    boolean own = tokens.list(p.userId().value()).stream().anyMatch(t -> t.tokenId().equals(id));
    if (!own) {
      throw PageRefusal.notFound();
    }
    log(p, Action.TOKEN_REVOKE, id);
    tokens.revoke(id);
    return "redirect:/account?revoked";
  }

  /** Logs the user's own change to one of their tokens, naming the token as the case. */
  private void log(Principal p, Action action, String tokenId) {
    logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    p.who(), List.of(), new Why("", tokenId), action, clock.instant()),
                Outcome.allowed()));
  }

  /** The caller when they signed in through the pages (a bearer token never reaches /account). */
  private static Principal signedIn(@Nullable Principal p) {
    if (p == null
        || !(SecurityContextHolder.getContext().getAuthentication()
            instanceof SessionAuthentication)) {
      throw PageRefusal.forbidden();
    }
    return p;
  }
}
