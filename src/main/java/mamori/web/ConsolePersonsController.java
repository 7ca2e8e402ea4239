package mamori.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Role;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import mamori.number.IndividualNumber;
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

/*
 * The number is asked for in a POST body only, so it is in no URL, history or access log, and it is
 * never put back into the page: an invalid number is answered by its reason, a valid one is shown as
 * ****-****-1234. The purpose and case are checked before the number is even parsed, so nothing is
 * searched without a reason. Every search, summary, opening and reveal goes through the AccessGate,
 * which logs it before it answers.
 */
/**
 * {@code /console/persons}: the tenant's staff search persons by number or by name and birth date,
 * after naming the purpose and the case; open one masked; and reveal it, logged by the gate.
 */
@Controller
class ConsolePersonsController {
  static final Set<Role> WORKING = Set.of(Role.STAFF, Role.OPERATOR);
  static final int MAX_RESULTS = 20;
  private final AccessGate gate;
  private final Entrustments entrustments;
  private final Reasons reasons;

  ConsolePersonsController(AccessGate gate, Entrustments entrustments, Reasons reasons) {
    this.gate = gate;
    this.entrustments = entrustments;
    this.reasons = reasons;
  }

  /**
   * A search result: the tenant's token (full for the link, short for the eye) and a masked
   * summary.
   */
  record Result(String token, String shortToken, List<PersonFields.Row> summary) {}

  @GetMapping("/console/persons")
  String form(@AuthenticationPrincipal @Nullable Principal principal, Model model) {
    Principal p = Pages.console(principal, WORKING);
    prepare(model, p, "", "", "", "", "");
    return "console/persons";
  }

  @PostMapping("/console/persons/search")
  ModelAndView search(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(name = "case", defaultValue = "") String caseRef,
      @RequestParam(defaultValue = "") String number,
      @RequestParam(defaultValue = "") String familyName,
      @RequestParam(defaultValue = "") String givenName,
      @RequestParam(defaultValue = "") String birthDate,
      Locale locale) {
    Principal p = Pages.console(principal, WORKING);
    ModelAndView mv = new ModelAndView("console/persons");
    // what is put back into the form is shown with any number in it masked; the number field never
    // is
    prepare(
        mv.getModel()::put,
        p,
        Pages.echo(purpose),
        Pages.echo(caseRef),
        Pages.echo(familyName),
        Pages.echo(givenName),
        Pages.echo(birthDate));
    // an unregistered purpose goes on to the gate, which refuses it and logs the refusal
    String why = Pages.whyNot(purpose, caseRef);
    List<AgencyToken> found;
    try {
      if (why != null) {
        return invalid(mv, why);
      }
      if (!number.isBlank()) {
        Optional<IndividualNumber> n = IndividualNumber.tryParse(number);
        if (n.isEmpty()) {
          return invalid(mv, "console.error.number-invalid");
        }
        mv.addObject("searchedNumber", n.get().masked());
        found =
            gate.findByNumber(p, Why.typed(purpose, caseRef), n.get())
                .map(List::of)
                .orElse(List.of());
      } else if (!familyName.isBlank() && !givenName.isBlank() && !birthDate.isBlank()) {
        LocalDate born;
        try {
          born = LocalDate.parse(birthDate.strip());
        } catch (DateTimeParseException e) {
          return invalid(mv, "console.error.birth-date-invalid");
        }
        found =
            gate.findByNameAndBirthDate(
                p, Why.typed(purpose, caseRef), familyName.strip(), givenName.strip(), born);
      } else {
        return invalid(mv, "console.error.search-incomplete");
      }
      List<Result> results = new ArrayList<>();
      for (AgencyToken t : found.subList(0, Math.min(found.size(), MAX_RESULTS))) {
        var summary =
            PersonFields.of(
                t.value(), gate.read(p, t, Why.typed(purpose, caseRef), PersonFields.summary()));
        results.add(new Result(t.value(), Pages.shortToken(t.value()), summary.rows()));
      }
      mv.addObject("results", results);
      mv.addObject("more", found.size() > MAX_RESULTS);
      mv.addObject("searched", true);
    } catch (AccessException e) {
      mv.setStatus(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
      mv.addObject("refusal", reasons.text(e.reason(), locale));
    }
    return mv;
  }

  @GetMapping("/console/persons/{token}")
  String open(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String token,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(name = "case", defaultValue = "") String caseRef,
      Model model) {
    Principal p = Pages.console(principal, WORKING);
    AgencyToken t = parse(token);
    checkReason(purpose, caseRef);
    model.addAttribute(
        "person",
        PersonFields.of(
            t.value(), gate.read(p, t, Why.typed(purpose, caseRef), PersonFields.masked())));
    model.addAttribute("revealed", false);
    model.addAttribute("purpose", Pages.echo(purpose));
    model.addAttribute("caseRef", Pages.echo(caseRef));
    return "console/person";
  }

  @PostMapping("/console/persons/{token}/reveal")
  String reveal(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String token,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(name = "case", defaultValue = "") String caseRef,
      Model model) {
    Principal p = Pages.console(principal, WORKING);
    AgencyToken t = parse(token);
    checkReason(purpose, caseRef);
    model.addAttribute(
        "person",
        PersonFields.of(
            t.value(), gate.read(p, t, Why.typed(purpose, caseRef), PersonFields.revealed())));
    model.addAttribute("revealed", true);
    model.addAttribute("purpose", Pages.echo(purpose));
    model.addAttribute("caseRef", Pages.echo(caseRef));
    return "console/person";
  }

  private static void checkReason(String purpose, String caseRef) {
    String why = Pages.whyNot(purpose, caseRef);
    if (why != null) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, why);
    }
  }

  static AgencyToken parse(String token) {
    try {
      return AgencyToken.parse(token);
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
  }

  private static ModelAndView invalid(ModelAndView mv, String key) {
    mv.setStatus(HttpStatus.BAD_REQUEST);
    mv.addObject("invalid", key);
    return mv;
  }

  private void prepare(
      Model model,
      Principal p,
      String purpose,
      String caseRef,
      String family,
      String given,
      String birth) {
    prepare(model::addAttribute, p, purpose, caseRef, family, given, birth);
  }

  private void prepare(
      java.util.function.BiConsumer<String, Object> model,
      Principal p,
      String purpose,
      String caseRef,
      String family,
      String given,
      String birth) {
    model.accept("purposes", entrustments.purposes(p.tenantId().value()));
    model.accept("purpose", purpose);
    model.accept("caseRef", caseRef);
    model.accept("familyName", family);
    model.accept("givenName", given);
    model.accept("birthDate", birth);
  }
}
