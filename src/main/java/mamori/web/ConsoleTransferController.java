package mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.transfer.PackageRefused;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
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
 * {@code /console/recipients} and {@code /console/packages}, for the controller's security officer
 * or admin: the recipients with their keys' fingerprints as words (to read over the telephone), a
 * form to register one by pasting its key, revoking one after a confirmation; the packages with
 * their states, and "report lost" through a page that says what it does before it does it. Each
 * change is logged by the transfer module before it takes effect.
 */
@Controller
class ConsoleTransferController {
  static final Set<Role> MANAGERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  private final Recipients recipients;
  private final Releases releases;

  ConsoleTransferController(Recipients recipients, Releases releases) {
    this.recipients = recipients;
    this.releases = releases;
  }

  /** A recipient as listed. */
  record RecipientRow(
      String id, String name, String fingerprint, String words, boolean active, String added) {}

  /** A package as listed; {@code state} is the key of its state's words. */
  record PackageRow(
      String id,
      String recipient,
      String purpose,
      String caseRef,
      long persons,
      boolean online,
      String created,
      String expires,
      String state,
      String lostAt,
      boolean mayReport) {}

  @GetMapping("/console/recipients")
  String recipients(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String done,
      Model model) {
    Principal p = Pages.console(principal, MANAGERS);
    model.addAttribute("done", done == null ? null : done.equals("revoked") ? "revoked" : "added");
    return recipientsPage(p, model);
  }

  private String recipientsPage(Principal p, Model model) {
    model.addAttribute(
        "recipients",
        recipients.list(p.tenantId()).stream()
            .map(r ->
                new RecipientRow(
                    r.id(),
                    r.name(),
                    r.fingerprint(),
                    r.words(),
                    r.state() == Recipients.State.ACTIVE,
                    time(r.addedAt())))
            .toList());
    return "console/recipients";
  }

  @PostMapping("/console/recipients")
  String add(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String key,
      HttpServletResponse response,
      Model model) {
    Principal p = Pages.console(principal, MANAGERS);
    try {
      byte[] raw = Base64.getDecoder().decode(key.strip());
      Recipients.Recipient r =
          recipients.add(p.who(), p.controller(), p.role(), id.strip(), name, raw);
      model.addAttribute("added", r);
      model.addAttribute("addedWords", r.words());
      model.addAttribute("done", "added");
    } catch (PackageRefused e) {
      throw PageRefusal.forbidden();
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("invalid", String.valueOf(e.getMessage()));
    }
    return recipientsPage(p, model);
  }

  @PostMapping("/console/recipients/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String confirm) {
    Principal p = Pages.console(principal, MANAGERS);
    if (!"yes".equals(confirm)) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, "console.entrustments.confirm-required");
    }
    try {
      recipients.revoke(p.who(), p.controller(), p.role(), id);
    } catch (PackageRefused e) {
      throw e.reason() == mamori.core.Reason.RECIPIENT_UNKNOWN
          ? PageRefusal.notFound()
          : PageRefusal.forbidden();
    }
    return "redirect:/console/recipients?done=revoked";
  }

  @GetMapping("/console/packages")
  String packages(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String lost,
      Model model) {
    Principal p = Pages.console(principal, MANAGERS);
    model.addAttribute(
        "packages",
        releases.list(p.tenantId()).stream().map(ConsoleTransferController::row).toList());
    Optional<Releases.Package> reported =
        lost == null ? Optional.empty() : releases.find(p.tenantId(), lost);
    reported.ifPresent(k -> model.addAttribute("reported", row(k)));
    return "console/packages";
  }

  /** The confirmation: what reporting this package lost will do, before it is done. */
  @GetMapping("/console/packages/{id}/report-lost")
  String confirm(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      Model model) {
    Principal p = Pages.console(principal, MANAGERS);
    Releases.Package k = releases.find(p.tenantId(), id).orElseThrow(PageRefusal::notFound);
    model.addAttribute("pkg", row(k));
    return "console/package-lost";
  }

  @PostMapping("/console/packages/{id}/report-lost")
  String reportLost(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String confirm,
      HttpServletResponse response,
      Model model) {
    Principal p = Pages.console(principal, MANAGERS);
    Releases.Package k = releases.find(p.tenantId(), id).orElseThrow(PageRefusal::notFound);
    if (!"yes".equals(confirm)) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, "console.entrustments.confirm-required");
    }
    try {
      releases.reportLost(p.who(), p.controller(), p.role(), k.id(), reason);
    } catch (PackageRefused e) {
      throw PageRefusal.forbidden();
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("pkg", row(k));
      model.addAttribute("invalid", String.valueOf(e.getMessage()));
      return "console/package-lost";
    }
    return "redirect:/console/packages?lost=" + k.id();
  }

  static PackageRow row(Releases.Package k) {
    String state =
        switch (k.state()) {
          case LOST -> "reported-lost";
          default -> k.state().code();
        };
    return new PackageRow(
        k.id(),
        k.recipientName(),
        k.purpose(),
        k.caseRef(),
        k.persons(),
        k.online(),
        time(k.created()),
        time(k.expires()),
        state,
        k.lost().map(ConsoleTransferController::time).orElse(""),
        k.state() != Releases.State.LOST);
  }

  private static String time(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
