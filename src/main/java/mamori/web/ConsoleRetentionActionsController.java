package mamori.web;

import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * TO BE WIRED. The retention run service (approve, cancel, place and lift a hold) is built beside
 * this read side; until it is joined here, every action answers 404 after the role check, so the
 * pages' forms exist and nothing changes. Each method says what it is to call. The forms post
 * CSRF-protected from /console/retention and /console/retention/{runId}; a refusal of the service
 * should become a PageRefusal (403) and an unknown run or hold a 404, through PageAdvice.
 */
/**
 * The console's retention actions: approving or cancelling a proposed run, placing and lifting a
 * legal hold, for the tenant's security officer. Not wired yet: each answers 404.
 */
@Controller
class ConsoleRetentionActionsController {
  /** Wire: the run service's approve(principal, runId), then redirect to the run's page. */
  @PostMapping(ConsoleRetentionController.PATH + "/{runId}/approve")
  String approve(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String runId) {
    Pages.console(principal, ConsoleRetentionController.DECIDERS);
    throw PageRefusal.notFound();
  }

  /** Wire: the run service's cancel(principal, runId), then redirect to the run's page. */
  @PostMapping(ConsoleRetentionController.PATH + "/{runId}/cancel")
  String cancel(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String runId) {
    Pages.console(principal, ConsoleRetentionController.DECIDERS);
    throw PageRefusal.notFound();
  }

  /**
   * Wire: the hold service's place(principal, kind, reference, reason, tokens), then redirect to
   * the list.
   */
  @PostMapping(ConsoleRetentionController.PATH + "/holds")
  String place(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String reference,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String tokens) {
    Pages.console(principal, ConsoleRetentionController.DECIDERS);
    throw PageRefusal.notFound();
  }

  /** Wire: the hold service's lift(principal, holdId), then redirect to the list. */
  @PostMapping(ConsoleRetentionController.PATH + "/holds/{holdId}/lift")
  String lift(@AuthenticationPrincipal @Nullable Principal principal, @PathVariable String holdId) {
    Pages.console(principal, ConsoleRetentionController.DECIDERS);
    throw PageRefusal.notFound();
  }
}
