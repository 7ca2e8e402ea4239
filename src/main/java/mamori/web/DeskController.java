package mamori.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /desk}: a contractor's or subcontractor's users see only their organisation's entrustments
 * (given and held) and, through an active one they hold, the persons and fields in its scope, read
 * through the {@link AccessGate} at the chain's masking. Nothing here is offered for download:
 * pages only, never sent as an attachment, and never stored by the browser (Cache-Control:
 * no-store).
 */
@Controller
class DeskController {
  static final int LIMIT = 50;
  private final Entrustments entrustments;
  private final AccessGate gate;
  private final Reasons reasons;

  DeskController(Entrustments entrustments, AccessGate gate, Reasons reasons) {
    this.entrustments = entrustments;
    this.gate = gate;
    this.reasons = reasons;
  }

  /**
   * A person in a listing: the organisation's own token, full for the link and short for the eye.
   */
  record Listed(String token, String shortToken) {}

  @GetMapping("/desk")
  String home(@AuthenticationPrincipal @Nullable Principal principal, Model model) {
    Principal p = Pages.desk(principal);
    model.addAttribute(
        "organisation", entrustments.organisation(p.organisationId().value()).orElse(null));
    model.addAttribute(
        "held",
        entrustments.heldBy(p.organisationId().value()).stream()
            .map(e -> EntrustmentTree.single(entrustments, e))
            .toList());
    model.addAttribute(
        "given",
        entrustments.givenBy(p.organisationId().value()).stream()
            .map(e -> EntrustmentTree.single(entrustments, e))
            .toList());
    return "desk/home";
  }

  @GetMapping("/desk/entrustments/{id}")
  ModelAndView persons(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(name = "case", defaultValue = "") String caseRef,
      @RequestParam(required = false) @Nullable String after,
      Locale locale) {
    Principal p = Pages.desk(principal);
    Entrustment e =
        entrustments
            .entrustment(p.tenantId().value(), id)
            .filter(x -> x.to().equals(p.organisationId().value()))
            .orElseThrow(PageRefusal::notFound);
    ModelAndView mv = new ModelAndView("desk/persons");
    mv.addObject("node", EntrustmentTree.single(entrustments, e));
    mv.addObject("purpose", Pages.echo(purpose));
    mv.addObject("caseRef", Pages.echo(caseRef));
    if (purpose.isBlank() && caseRef.isBlank()) {
      return mv;
    }
    String why = Pages.whyNot(purpose, caseRef);
    if (why != null) {
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", why);
      return mv;
    }
    try {
      // a page at a time, after the cursor of the page before (the same cursor as the API's)
      AccessGate.Listing page = gate.persons(p, Why.typed(purpose, caseRef), LIMIT, after);
      List<Listed> listed =
          page.tokens().stream()
              .map(t -> new Listed(t.value(), Pages.shortToken(t.value())))
              .toList();
      mv.addObject("listed", listed);
      mv.addObject("next", page.next().orElse(null));
    } catch (mamori.access.InvalidCursor bad) {
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", "desk.persons.cursor-invalid");
    } catch (AccessException refused) {
      mv.setStatus(HttpStatus.FORBIDDEN);
      mv.addObject("refusal", reasons.text(refused.reason(), locale));
    }
    return mv;
  }

  @GetMapping("/desk/persons/{token}")
  String person(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String token,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(name = "case", defaultValue = "") String caseRef,
      Model model) {
    Principal p = Pages.desk(principal);
    AgencyToken t = ConsolePersonsController.parse(token);
    String why = Pages.whyNot(purpose, caseRef);
    if (why != null) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, why);
    }
    model.addAttribute(
        "person",
        PersonFields.of(t.value(), gate.read(p, t, Why.typed(purpose, caseRef), Map.of())));
    model.addAttribute("purpose", Pages.echo(purpose));
    model.addAttribute("caseRef", Pages.echo(caseRef));
    return "desk/person";
  }
}
