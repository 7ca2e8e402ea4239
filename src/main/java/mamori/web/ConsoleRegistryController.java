package mamori.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import mamori.access.AccessGate;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.Purpose;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/organisations} and {@code /console/purposes}: the tenant's contractors and
 * subcontractors (a country other than Japan shown prominently) and its purposes, with forms to
 * register and change them. Who may change what is decided by {@link Entrustments}, as for the API
 * and the command line; a refusal is the refusal page with its reason, bad input the form again
 * with what is wrong and nothing changed.
 */
@Controller
class ConsoleRegistryController {
  static final Set<Role> CITY_VIEWERS = OrganisationsController.CITY_VIEWERS;
  static final Set<Role> CHANGERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER);
  static final Set<Role> PURPOSE_VIEWERS =
      Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR, Role.STAFF);
  static final Set<String> DONE = Set.of("added", "changed");

  private final Entrustments entrustments;
  private final mamori.retention.Retentions retentions;

  ConsoleRegistryController(Entrustments entrustments, mamori.retention.Retentions retentions) {
    this.retentions = retentions;
    this.entrustments = entrustments;
  }

  /** An organisation as the page lists it: the corporate number masked, networks one per line. */
  record OrgRow(
      String id,
      String name,
      String kind,
      String corporateNumber,
      String address,
      String country,
      boolean abroad,
      String networks,
      String parent,
      boolean own) {}

  /** A purpose as the page lists it. */
  record PurposeRow(String id, String name, String legalBasis, int years, String from) {}

  /**
   * The caller when they may see organisations: the tenant's admins, officers and auditors, or a
   * contractor's organisation admin (its own organisation and the subcontractors tied to it).
   */
  private static Principal orgViewer(@Nullable Principal p) {
    if (p != null
        && ((p.controller() && CITY_VIEWERS.contains(p.role()))
            || (!p.controller() && p.role() == Role.ORG_ADMIN))) {
      return p;
    }
    throw PageRefusal.forbidden();
  }

  @GetMapping("/console/organisations")
  ModelAndView organisations(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String done) {
    Principal p = orgViewer(principal);
    ModelAndView mv = organisationsPage(p);
    if (done != null && DONE.contains(done)) {
      mv.addObject("done", done);
    }
    return mv;
  }

  @PostMapping("/console/organisations")
  ModelAndView addOrganisation(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String corporateNumber,
      @RequestParam(defaultValue = "") String address,
      @RequestParam(defaultValue = "JP") String country,
      @RequestParam(defaultValue = "") String networks,
      @RequestParam(defaultValue = "") String parent) {
    Principal p = orgViewer(principal);
    try {
      entrustments.addOrganisation(
          RegistryInput.organisation(
              p.tenantId().value(),
              id,
              name,
              kind,
              corporateNumber,
              address,
              country,
              List.of(networks),
              parent),
          AccessGate.caller(p));
    } catch (InvalidRequest | IllegalArgumentException e) {
      return invalid(organisationsPage(p), e);
    }
    return new ModelAndView("redirect:/console/organisations?done=added");
  }

  @PostMapping("/console/organisations/{id}")
  ModelAndView changeOrganisation(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String corporateNumber,
      @RequestParam(required = false) @Nullable String address,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable String networks) {
    Principal p = orgViewer(principal);
    try {
      entrustments.changeOrganisation(
          id,
          RegistryInput.change(
              blankAsNull(name),
              blankAsNull(corporateNumber),
              address,
              blankAsNull(country),
              networks == null ? null : List.of(networks)),
          AccessGate.caller(p));
    } catch (InvalidRequest | IllegalArgumentException e) {
      return invalid(organisationsPage(p), e);
    }
    return new ModelAndView("redirect:/console/organisations?done=changed");
  }

  @GetMapping("/console/purposes")
  ModelAndView purposes(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String done) {
    Principal p = Pages.console(principal, PURPOSE_VIEWERS);
    ModelAndView mv = purposesPage(p);
    if (done != null && DONE.contains(done)) {
      mv.addObject("done", done);
    }
    return mv;
  }

  @PostMapping("/console/purposes")
  ModelAndView addPurpose(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String legalBasis,
      @RequestParam(defaultValue = "") String retentionYears,
      @RequestParam(defaultValue = "") String retentionFrom) {
    Principal p = Pages.console(principal, PURPOSE_VIEWERS);
    try {
      entrustments.addPurpose(
          RegistryInput.purpose(
              p.tenantId().value(), id, name, legalBasis, years(retentionYears), retentionFrom),
          AccessGate.caller(p));
    } catch (InvalidRequest | IllegalArgumentException e) {
      return invalid(purposesPage(p), e);
    }
    return new ModelAndView("redirect:/console/purposes?done=added");
  }

  @PostMapping("/console/purposes/{id}")
  ModelAndView changePurpose(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String legalBasis,
      @RequestParam(required = false) @Nullable String retentionYears,
      @RequestParam(required = false) @Nullable String retentionFrom) {
    Principal p = Pages.console(principal, PURPOSE_VIEWERS);
    Purpose stored =
        entrustments.purposes(p.tenantId().value()).stream()
            .filter(q -> q.id().equals(id))
            .findFirst()
            .orElseThrow(PageRefusal::notFound);
    try {
      String y = blankAsNull(retentionYears);
      PurposeChanges.change(
          entrustments,
          retentions,
          p,
          stored,
          RegistryInput.changed(
              stored,
              blankAsNull(name),
              blankAsNull(legalBasis),
              y == null ? null : years(y),
              blankAsNull(retentionFrom)));
    } catch (InvalidRequest | IllegalArgumentException e) {
      return invalid(purposesPage(p), e);
    } catch (mamori.retention.RetentionRefused e) {
      if (e.reason() != mamori.core.Reason.RETENTION_UNCONFIRMED) {
        throw e;
      }
      return invalid(purposesPage(p), e);
    }
    return new ModelAndView("redirect:/console/purposes?done=changed");
  }

  private ModelAndView organisationsPage(Principal p) {
    String own = p.organisationId().value();
    List<OrgRow> rows =
        entrustments.organisations(p.tenantId().value()).stream()
            .filter(o -> p.controller() || o.id().equals(own) || own.equals(o.parent()))
            .map(o -> row(o, own))
            .toList();
    ModelAndView mv = new ModelAndView("console/organisations");
    mv.addObject("organisations", rows);
    mv.addObject("city", p.controller());
    mv.addObject("mayAdd", CHANGERS.contains(p.role()));
    mv.addObject("ownId", own);
    mv.addObject("area", p.controller() ? "console" : "desk");
    return mv;
  }

  private ModelAndView purposesPage(Principal p) {
    ModelAndView mv = new ModelAndView("console/purposes");
    mv.addObject(
        "purposes",
        entrustments.purposes(p.tenantId().value()).stream()
            .map(q ->
                new PurposeRow(
                    q.id(),
                    q.name(),
                    q.legalBasis(),
                    q.retention().years(),
                    RegistryInput.start(q.retention().from())))
            .toList());
    mv.addObject("mayChange", CHANGERS.contains(p.role()));
    return mv;
  }

  private static OrgRow row(Organisation o, String own) {
    return new OrgRow(
        o.id(),
        o.name(),
        o.kind().name().toLowerCase(Locale.ROOT),
        o.corporateNumber() == null ? "" : o.corporateNumber().masked(),
        o.address(),
        o.country(),
        o.abroad(),
        String.join("\n", o.networks().stream().map(Object::toString).toList()),
        o.parent() == null ? "" : o.parent(),
        o.id().equals(own));
  }

  /** The form again, 400, with what is wrong (numbers masked) and nothing changed. */
  private static ModelAndView invalid(ModelAndView mv, RuntimeException e) {
    mv.setStatus(HttpStatus.BAD_REQUEST);
    String text = e instanceof InvalidRequest r ? r.text() : String.valueOf(e.getMessage());
    mv.addObject("invalid", NumberText.mask(text));
    return mv;
  }

  /** A number of years as typed: 1 to 3 ASCII digits, or a 400 naming the field. */
  private static int years(String typed) {
    String t = typed.strip();
    if (!t.matches("[0-9]{1,3}")) {
      throw new InvalidRequest("retentionYears", "is a whole number of years, 1 to 100");
    }
    return Integer.parseInt(t);
  }

  private static @Nullable String blankAsNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
