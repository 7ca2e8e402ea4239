package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.detect.AlertHandling;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.User;
import mamori.identity.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /console/alerts}: the tenant's alerts, open ones first, with the officer's forms to
 * acknowledge, assign and close with a reason (the auditor reads), and the live stream the
 * dashboard listens to ({@code /console/alerts/stream}, server-sent events).
 */
@Controller
class ConsoleAlertsController {
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);
  private final SecurityAlerts alerts;
  private final AlertHandling handling;
  private final AlertStream stream;
  private final Users users;
  private final MessageSource messages;
  private final Credentials credentials;
  private final Clock clock;

  ConsoleAlertsController(
      SecurityAlerts alerts,
      AlertHandling handling,
      AlertStream stream,
      Users users,
      MessageSource messages,
      Credentials credentials,
      Clock clock) {
    this.alerts = alerts;
    this.handling = handling;
    this.stream = stream;
    this.users = users;
    this.messages = messages;
    this.credentials = credentials;
    this.clock = clock;
  }

  @GetMapping("/console/alerts")
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String problem,
      Locale locale,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    String tenant = p.tenantId().value();
    model.addAttribute(
        "alerts",
        alerts.list(tenant, 200).stream().map(a -> AlertRows.of(a, messages, locale)).toList());
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    // a found page's alert is closed by deciding its report: its row links there instead
    model.addAttribute("foundKind", mamori.handover.FoundReports.ALERT_KIND);
    model.addAttribute("officers", officers(tenant));
    model.addAttribute(
        "problem",
        problem != null && PROBLEMS.contains(problem) ? "console.alerts.problem." + problem : null);
    return "console/alerts";
  }

  static final Set<String> PROBLEMS = Set.of("reason", "number", "closed", "user", "found");

  /** The officers an alert may be assigned to: the controller's active security officers. */
  private List<String> officers(String tenant) {
    return users.list(tenant).stream()
        .filter(u ->
            u.role() == Role.SECURITY_OFFICER && u.organisationId().equals(tenant) && !u.disabled())
        .map(User::id)
        .toList();
  }

  /** The live alerts of the caller's tenant, for its officers and auditors only. */
  @GetMapping(path = "/console/alerts/stream", produces = "text/event-stream")
  @ResponseBody
  SseEmitter live(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
      @RequestParam(required = false) @Nullable Long since,
      Locale locale,
      HttpServletRequest request) {
    Principal p = Pages.console(principal, READERS);
    return stream.open(p, lastEventId, since, locale, stillValid(request));
  }

  /*
   * What SessionGuard checks on every request, asked again by the stream on every send and heartbeat:
   * the session not ended (signed out, or ended by the guard), not older than MAX_AGE, its user enabled,
   * not locked and not revoked since signing in. A caller without a session (none reach here) is never
   * valid.
   */
  private BooleanSupplier stillValid(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (!(auth instanceof SessionAuthentication s) || session == null) {
      return () -> false;
    }
    String user = s.getName();
    Instant signedIn = s.signedIn().at();
    return () ->
        alive(session)
            && !clock.instant().isAfter(signedIn.plus(SessionGuard.MAX_AGE))
            && credentials.sessionValid(user, signedIn);
  }

  private static boolean alive(HttpSession session) {
    try {
      session.getCreationTime();
      return true;
    } catch (IllegalStateException e) {
      return false; // invalidated: signed out or ended
    }
  }

  @PostMapping("/console/alerts/{id}/acknowledge")
  String acknowledge(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String id) {
    Principal p = Pages.console(principal, Set.of(Role.SECURITY_OFFICER));
    return act(() -> handling.acknowledge(p, id), id);
  }

  @PostMapping("/console/alerts/{id}/assign")
  String assign(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String user) {
    Principal p = Pages.console(principal, Set.of(Role.SECURITY_OFFICER));
    if (!UserId.isValid(user)) {
      return "redirect:/console/alerts?problem=user";
    }
    return act(() -> handling.assign(p, id, new UserId(user)), id);
  }

  /** The officer closes an alert with a reason (the dashboard's button leads here too). */
  @PostMapping("/console/alerts/{id}/close")
  String close(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason) {
    Principal p = Pages.console(principal, Set.of(Role.SECURITY_OFFICER));
    return act(() -> handling.close(p, id, reason), id);
  }

  private String act(Runnable work, String id) {
    try {
      work.run();
    } catch (AlertHandling.Unknown e) {
      throw PageRefusal.notFound();
    } catch (AlertHandling.Refused e) {
      throw PageRefusal.forbidden();
    } catch (AlertHandling.Closed e) {
      return "redirect:/console/alerts?problem=closed";
    } catch (AlertHandling.DecidedElsewhere e) {
      return "redirect:/console/alerts?problem=found";
    } catch (NumberText.Held e) {
      return "redirect:/console/alerts?problem=number";
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      return "redirect:/console/alerts?problem=" + (m.startsWith("user") ? "user" : "reason");
    }
    return "redirect:/console/alerts#alert-" + id;
  }
}
