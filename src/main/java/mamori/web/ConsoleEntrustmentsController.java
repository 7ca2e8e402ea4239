package mamori.web;

import java.util.Locale;
import java.util.Set;
import mamori.access.AccessGate;
import mamori.core.Role;
import mamori.entrustment.Caller;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/entrustments}: the tenant's chain of entrustments as a tree, and approving,
 * suspending, resuming and revoking one after a confirmation. Who may change what is decided by
 * {@link Entrustments}, as for the JSON API; a refusal is shown with its reason.
 */
@Controller
class ConsoleEntrustmentsController {
  static final Set<Role> VIEWERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  static final Set<String> CHANGES = Set.of("approve", "suspend", "resume", "revoke");
  private final Entrustments entrustments;
  private final Reasons reasons;

  ConsoleEntrustmentsController(Entrustments entrustments, Reasons reasons) {
    this.entrustments = entrustments;
    this.reasons = reasons;
  }

  @GetMapping("/console/entrustments")
  String tree(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String done,
      @RequestParam(required = false) @Nullable String id,
      Model model) {
    Principal p = Pages.console(principal, VIEWERS);
    model.addAttribute("tree", EntrustmentTree.of(entrustments, p.tenantId().value()));
    model.addAttribute("mayChange", p.role() != Role.AUDITOR);
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    model.addAttribute("mayCreate", ConsoleEntrustmentNewController.CREATORS.contains(p.role()));
    if (done != null && CHANGES.contains(done) && id != null) {
      model.addAttribute("done", done);
      model.addAttribute("doneId", id);
    }
    return "console/entrustments";
  }

  @GetMapping("/console/entrustments/{id}/{change}")
  ModelAndView confirm(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String change) {
    Principal p = Pages.console(principal, Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER));
    return confirmation(find(p, id, change), change);
  }

  @PostMapping("/console/entrustments/{id}/{change}")
  ModelAndView change(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String change,
      @RequestParam(defaultValue = "") String confirm,
      Locale locale) {
    Principal p = Pages.console(principal, Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER));
    Entrustment e = find(p, id, change);
    if (!"yes".equals(confirm)) {
      ModelAndView mv = confirmation(e, change);
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", "console.entrustments.confirm-required");
      return mv;
    }
    Caller caller = AccessGate.caller(p);
    try {
      switch (change) {
        case "approve" -> entrustments.approve(id, caller);
        case "suspend" -> entrustments.suspend(id, caller);
        case "resume" -> entrustments.resume(id, caller);
        default -> entrustments.revoke(id, caller);
      }
    } catch (EntrustmentException refused) {
      ModelAndView mv =
          confirmation(entrustments.entrustment(p.tenantId().value(), id).orElse(e), change);
      mv.setStatus(HttpStatus.FORBIDDEN);
      mv.addObject("refusal", reasons.text(refused.reason(), locale));
      return mv;
    }
    return new ModelAndView("redirect:/console/entrustments?done=" + change + "&id=" + id);
  }

  private Entrustment find(Principal p, String id, String change) {
    if (!CHANGES.contains(change)) {
      throw PageRefusal.notFound();
    }
    return entrustments.entrustment(p.tenantId().value(), id).orElseThrow(PageRefusal::notFound);
  }

  private ModelAndView confirmation(Entrustment e, String change) {
    ModelAndView mv = new ModelAndView("console/confirm");
    mv.addObject("node", EntrustmentTree.single(entrustments, e));
    mv.addObject("change", change);
    return mv;
  }
}
