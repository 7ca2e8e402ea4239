package mamori.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.ActRefused;
import mamori.core.Reason;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.retention.Model;
import mamori.retention.RetentionRefused;
import mamori.retention.Retentions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * Every act goes through Retentions, which checks the role again, logs the act (or its refusal)
 * and stores it; this controller only turns the form into the call and the outcome into a page. A
 * refusal for the caller's role is the console's 403 page, an unknown run or hold in the address a
 * 404; any other refusal (the proposer approving their own run, a count not confirmed, a run no
 * longer proposed, a token of no person) goes back to the page with ?error=CODE, which the page
 * shows only for the codes in ERRORS. Nothing typed into a form is echoed back.
 *
 * Running an approved run is left to the daily round and to `mamori retention run`: a run of many
 * persons takes long, and the round resumes a run a stop interrupted, so the page says so rather
 * than starting it from a request.
 */
/**
 * The console's retention actions, for the tenant's security officer: proposing a run of the
 * persons due today, approving (with the count confirmed twice when the run deletes every person of
 * a purpose) or cancelling a proposed run, placing and lifting a legal hold, giving and withdrawing
 * a purpose's standing approval.
 */
@Controller
class ConsoleRetentionActionsController {
  /** The refusals a page explains by ?error=: each has a message console.retention.error.CODE. */
  static final Set<Reason> ERRORS =
      Set.of(
          Reason.APPROVAL_OWN_REQUEST,
          Reason.RETENTION_UNCONFIRMED,
          Reason.RETENTION_RUN_STATE,
          Reason.RETENTION_HOLD_STATE,
          Reason.REQUEST_INVALID,
          Reason.PERSON_NOT_FOUND,
          Reason.PURPOSE_UNKNOWN);

  /** The most tokens one hold's form takes. */
  static final int MAX_TOKENS = 10_000;

  private final Retentions retentions;

  ConsoleRetentionActionsController(Retentions retentions) {
    this.retentions = retentions;
  }

  /** The message key for {@code ?error=code}, or empty for a code the pages do not explain. */
  static Optional<String> errorKey(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    return ERRORS.stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .map(r -> "console.retention.error." + r.code());
  }

  @PostMapping(ConsoleRetentionController.PATH + "/propose")
  String propose(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    return act(
        ConsoleRetentionController.PATH,
        () ->
            retentions
                .propose(p, retentions.today())
                .map(r -> ConsoleRetentionController.PATH + "/" + r.id())
                .orElse(ConsoleRetentionController.PATH + "?done=none-due"));
  }

  @PostMapping(ConsoleRetentionController.PATH + "/{runId}/approve")
  String approve(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String runId,
      @RequestParam(defaultValue = "false") boolean confirm,
      @RequestParam(defaultValue = "") String confirmCount) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    String page =
        ConsoleRetentionController.PATH + "/" + runId.strip().toUpperCase(java.util.Locale.ROOT);
    Model.Confirmation c =
        confirm ? new Model.Confirmation(true, count(confirmCount)) : Model.Confirmation.NONE;
    return act(
        page,
        () -> {
          retentions.approve(p, runId, c);
          return page + "?done=approved";
        });
  }

  @PostMapping(ConsoleRetentionController.PATH + "/{runId}/cancel")
  String cancel(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String runId) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    String page =
        ConsoleRetentionController.PATH + "/" + runId.strip().toUpperCase(java.util.Locale.ROOT);
    return act(
        page,
        () -> {
          retentions.cancel(p, runId);
          return page + "?done=cancelled";
        });
  }

  @PostMapping(ConsoleRetentionController.PATH + "/holds")
  String place(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String reference,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String tokens) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    String list = ConsoleRetentionController.PATH;
    List<AgencyToken> persons = new ArrayList<>();
    Model.HoldKind k;
    try {
      k = Model.HoldKind.parse(kind);
      for (String line : tokens.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
        if (persons.size() == MAX_TOKENS) {
          return "redirect:" + list + "?error=" + Reason.REQUEST_INVALID.code();
        }
        persons.add(new AgencyToken(line.toUpperCase(java.util.Locale.ROOT)));
      }
    } catch (IllegalArgumentException e) {
      return "redirect:" + list + "?error=" + Reason.REQUEST_INVALID.code();
    }
    return act(
        list,
        () -> {
          retentions.placeHold(p, k, reference, reason, persons);
          return list + "?done=held";
        });
  }

  @PostMapping(ConsoleRetentionController.PATH + "/holds/{holdId}/lift")
  String lift(@AuthenticationPrincipal @Nullable Principal principal, @PathVariable String holdId) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    String list = ConsoleRetentionController.PATH;
    return act(
        list,
        () -> {
          retentions.liftHold(p, holdId);
          return list + "?done=lifted";
        });
  }

  @PostMapping(ConsoleRetentionController.PATH + "/standing/{purpose}")
  String standing(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String purpose,
      @RequestParam(defaultValue = "") String give) {
    Principal p = Pages.console(principal, ConsoleRetentionController.DECIDERS);
    String list = ConsoleRetentionController.PATH;
    return act(
        list,
        () -> {
          if (give.equals("true")) {
            retentions.giveStanding(p, purpose);
            return list + "?done=standing-given";
          }
          retentions.withdrawStanding(p, purpose);
          return list + "?done=standing-withdrawn";
        });
  }

  /** The count typed into the second confirmation; -1 (matching no run) when it is not a count. */
  private static long count(String typed) {
    String t = typed.strip();
    if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(t);
  }

  /** What a form's act answers: a redirect to where it leads, or the refusal as a page. */
  @FunctionalInterface
  private interface Act {
    String run();
  }

  private static String act(String page, Act act) {
    try {
      return "redirect:" + act.run();
    } catch (RetentionRefused e) {
      return refused(page, e, e.reason());
    } catch (ActRefused e) {
      return refused(page, e, null);
    }
  }

  private static String refused(String page, ActRefused e, @Nullable Reason reason) {
    if (e.kind() == ActRefused.Kind.NOT_FOUND
        && (reason == Reason.RETENTION_RUN_STATE || reason == Reason.RETENTION_HOLD_STATE)) {
      throw PageRefusal.notFound();
    }
    if (reason == null || reason == Reason.ROLE_NOT_ALLOWED || !ERRORS.contains(reason)) {
      throw PageRefusal.forbidden();
    }
    return "redirect:" + page + "?error=" + reason.code();
  }
}
