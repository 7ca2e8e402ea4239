package mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Role;
import mamori.core.Why;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.tenancy.Enrolments;
import mamori.tenancy.UserAdmin;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/users}: the tenant's users (its own and its contractors'), their roles and API
 * tokens; an org admin or security officer adds a user (who gets a one-time enrolment address,
 * never a password), issues a new address, disables a user or revokes a token, under the rules of
 * {@link UserAdmin}; the security officer unlocks and resets a factor. Each change is written to
 * the tenant's log first ({@code user.add}, {@code user.enrolment-issue}, {@code user.disable},
 * {@code token.revoke}, the target as the case), and a refusal too; a user or token of another
 * tenant is answered 404.
 */
@Controller
class ConsoleUsersController {
  static final Set<Role> VIEWERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  static final Set<Role> CHANGERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER);

  /**
   * The caller of the listing and of add, new address and disable: the tenant's viewers (changers
   * for a change), or a contractor's or subcontractor's own organisation admin, who manages their
   * organisation's users here, as on the API (issue 14: an organisation's own admin enrols its
   * operators), and sees no one else's. {@link UserAdmin} decides each act.
   */
  private static Principal userAdmin(@Nullable Principal p, Set<Role> cityRoles) {
    if (p != null && !p.controller() && p.role() == Role.ORG_ADMIN) {
      return p;
    }
    return Pages.console(p, cityRoles);
  }

  private final Users users;
  private final ApiTokens tokens;
  private final Entrustments entrustments;
  private final TransparencyLogs logs;
  private final Clock clock;

  private final Credentials credentials;
  private final UserAdmin admin;
  private final EnrolmentAddresses addresses;

  ConsoleUsersController(
      Users users,
      ApiTokens tokens,
      Entrustments entrustments,
      TransparencyLogs logs,
      Credentials credentials,
      UserAdmin admin,
      EnrolmentAddresses addresses,
      Clock clock) {
    this.admin = admin;
    this.addresses = addresses;
    this.clock = clock;
    this.users = users;
    this.credentials = credentials;
    this.tokens = tokens;
    this.entrustments = entrustments;
    this.logs = logs;
  }

  /** A user as listed. */
  record UserRow(
      String id,
      String name,
      String organisation,
      String organisationName,
      String role,
      boolean disabled,
      String disabledAt,
      boolean self,
      String signIn,
      boolean locked,
      boolean mayEnrol) {}

  /** A token as listed: never its secret. */
  record TokenRow(
      String id,
      String user,
      String label,
      String issuedBy,
      String created,
      String expires,
      String lastUsed,
      String revoked,
      boolean live) {}

  @GetMapping("/console/users")
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String done,
      Model model) {
    Principal p = userAdmin(principal, VIEWERS);
    return listing(p, done, model);
  }

  /**
   * Adds a user to an organisation of the tenant and shows their one-time enrolment address once,
   * on this answer only.
   */
  @PostMapping("/console/users/add")
  String add(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String organisation,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String role,
      HttpServletResponse response,
      Model model) {
    Principal p = userAdmin(principal, CHANGERS);
    UserAdmin.Added added;
    try {
      added =
          admin.add(
              p,
              organisation.strip(),
              id.strip().toLowerCase(java.util.Locale.ROOT),
              name,
              Role.parse(role));
    } catch (UserAdmin.Refused e) {
      throw PageRefusal.forbidden();
    } catch (UserAdmin.Unknown e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("addError", "console.users.add-unknown-organisation");
      return listing(p, null, model);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("addError", "console.users.add-invalid");
      model.addAttribute("addProblem", String.valueOf(e.getMessage()));
      return listing(p, null, model);
    }
    return issued(p, added.enrolment(), model);
  }

  /** A new one-time enrolment address for a user who has not enrolled; shown once. */
  @PostMapping("/console/users/{id}/enrolment")
  String enrolment(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String confirm,
      Model model) {
    Principal p = userAdmin(principal, CHANGERS);
    confirmed(confirm);
    try {
      return issued(p, admin.enrolment(p, id), model);
    } catch (UserAdmin.Refused e) {
      throw PageRefusal.forbidden();
    } catch (UserAdmin.Unknown e) {
      throw PageRefusal.notFound();
    }
  }

  private String issued(Principal p, Enrolments.Issued e, Model model) {
    model.addAttribute("enrolmentUser", e.userId());
    model.addAttribute("enrolmentAddress", addresses.of(e));
    model.addAttribute("enrolmentExpires", Pages.time(e.expiresAt()));
    return listing(p, null, model);
  }

  private String listing(Principal p, @Nullable String done, Model model) {
    List<UserRow> rows = new ArrayList<>();
    List<TokenRow> tokenRows = new ArrayList<>();
    long now = clock.millis();
    // a contractor's admin sees their own organisation's users only
    List<User> shown = p.controller() ? users.list(p.tenantId().value()) : admin.visible(p);
    for (User u : shown) {
      Credentials.Status signIn = credentials.status(u.id());
      rows.add(
          new UserRow(
              u.id(),
              u.displayName(),
              u.organisationId(),
              entrustments
                  .organisation(u.organisationId())
                  .map(Organisation::name)
                  .orElse(u.organisationId()),
              u.role().name(),
              u.disabled(),
              Pages.time(u.disabledAt()),
              u.id().equals(p.userId().value()),
              signIn(signIn),
              signIn.lockedAt() != null,
              !u.disabled() && !signIn.hasPassword() && !signIn.enrolled()));
      for (ApiTokens.TokenInfo t : tokens.list(u.id())) {
        tokenRows.add(
            new TokenRow(
                t.tokenId(),
                t.userId(),
                t.label(),
                t.issuedBy(),
                Pages.time(t.createdAt()),
                Pages.time(t.expiresAt()),
                Pages.time(t.lastUsedAt()),
                Pages.time(t.revokedAt()),
                t.revokedAt() == null && t.expiresAt().toEpochMilli() > now));
      }
    }
    model.addAttribute("users", rows);
    model.addAttribute("tokens", tokenRows);
    model.addAttribute("mayChange", CHANGERS.contains(p.role()));
    model.addAttribute("area", p.controller() ? "console" : "desk");
    model.addAttribute("city", p.controller());
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    model.addAttribute("ownOrganisation", p.organisationId().value());
    if (done != null
        && Set.of("disabled", "revoked", "unlocked", "sessions-ended", "factor-reset")
            .contains(done)) {
      model.addAttribute("done", done);
    }
    return "console/users";
  }

  @PostMapping("/console/users/{id}/disable")
  String disable(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String confirm) {
    Principal p = userAdmin(principal, CHANGERS);
    confirmed(confirm);
    User u =
        users
            .find(id)
            .filter(x -> x.tenantId().equals(p.tenantId().value()))
            .orElseThrow(PageRefusal::notFound);
    if (u.id().equals(p.userId().value())) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, "console.users.not-self");
    }
    try {
      admin.disable(p, u.id());
    } catch (UserAdmin.Refused e) {
      throw PageRefusal.forbidden();
    }
    return "redirect:/console/users?done=disabled";
  }

  @PostMapping("/console/tokens/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String confirm) {
    Principal p = Pages.console(principal, CHANGERS);
    confirmed(confirm);
    boolean ours =
        users.list(p.tenantId().value()).stream()
            .anyMatch(u -> tokens.list(u.id()).stream().anyMatch(t -> t.tokenId().equals(id)));
    if (!ours) {
      throw PageRefusal.notFound();
    }
    log(p, Action.TOKEN_REVOKE, id);
    tokens.revoke(id);
    return "redirect:/console/users?done=revoked";
  }

  /**
   * What an officer does for a user who cannot or must not sign in: unlock after repeated failures,
   * end every session at once, or remove the second factor so that it is enrolled again (a lost
   * phone).
   */
  @PostMapping("/console/users/{id}/{change:unlock|end-sessions|reset-factor}")
  String signInChange(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String change,
      @RequestParam(defaultValue = "") String confirm) {
    Principal p = Pages.console(principal, CHANGERS);
    confirmed(confirm);
    User u =
        users
            .find(id)
            .filter(x -> x.tenantId().equals(p.tenantId().value()))
            .orElseThrow(PageRefusal::notFound);
    try {
      admin.change(
          p,
          u.id(),
          switch (change) {
            case "unlock" -> UserAdmin.SignInChange.UNLOCK;
            case "end-sessions" -> UserAdmin.SignInChange.END_SESSIONS;
            default -> UserAdmin.SignInChange.RESET_FACTOR;
          });
    } catch (UserAdmin.Refused e) {
      throw PageRefusal.forbidden();
    }
    String done =
        switch (change) {
          case "unlock" -> "unlocked";
          case "end-sessions" -> "sessions-ended";
          default -> "factor-reset";
        };
    return "redirect:/console/users?done=" + done;
  }

  /** The message key of a user's sign-in state. */
  private static String signIn(Credentials.Status s) {
    if (s.lockedAt() != null) {
      return "console.users.signin-locked";
    }
    if (!s.hasPassword()) {
      return "console.users.signin-no-password";
    }
    return s.enrolled() ? "console.users.signin-ready" : "console.users.signin-enrol";
  }

  private static void confirmed(String confirm) {
    if (!"yes".equals(confirm)) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, "console.entrustments.confirm-required");
    }
  }

  /**
   * Logs an officer's change to a user or token, naming what it changed as the case (made to pass
   * the check of a why: a user id may be twelve digits, which the case never holds).
   */
  private void log(Principal p, Action action, String target) {
    logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    p.who(),
                    List.of(),
                    Why.administrative(Why.caseFrom(target)),
                    action,
                    clock.instant()),
                Outcome.allowed()));
  }
}
