package mamori.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/entrustments}: what the caller's organisation gives and holds, and its changes. Who may
 * change what is decided by {@link Entrustments}; listing is for organisation admins, security officers
 * and auditors.
 */
@RestController
class EntrustmentsController {
  private static final Set<Role> LISTING = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  private final Entrustments entrustments;

  EntrustmentsController(Entrustments entrustments) {
    this.entrustments = entrustments;
  }

  record View(String id, String tenant, @Nullable String parent, String from, String to, String status,
      List<String> purposes, Map<String, String> fields, String persons, String periodFrom, String periodTo,
      long dailyCap, List<String> actions) {}

  record Listing(List<View> gives, List<View> holds) {}

  record ContractBody(boolean confidentiality, boolean noTakingOffPremises, @Nullable List<String> staff,
      boolean inspectionRight, boolean noUseOutsidePurpose, boolean returnOrDisposal,
      @Nullable String complianceReports, @Nullable AdvanceBody advance) {}

  /** The terms under which re-entrustment to one named subcontractor may be permitted in advance (LAW.md). */
  record AdvanceBody(String subcontractor, String capabilityDocuments, boolean regularReports) {}

  /** {@code persons}: "all" (the default), "segment:FILTER" or "job:JOB-ID". */
  record ScopeBody(List<String> purposes, Map<String, String> fields, @Nullable String persons, String from,
      String to, long dailyCap, List<String> actions) {}

  record CreateBody(@Nullable String parent, String to, ContractBody contract, ScopeBody scope) {}

  @GetMapping(path = "/api/v1/entrustments", produces = "application/json")
  Listing list(@AuthenticationPrincipal Principal p) {
    Caller c = AccessGate.caller(p);
    if (!LISTING.contains(c.role())) {
      throw new AccessException(Reason.ROLE_NOT_ALLOWED, "listing entrustments is for admins, officers and auditors");
    }
    return new Listing(entrustments.givenBy(p.organisationId().value()).stream().map(this::view).toList(),
        entrustments.heldBy(p.organisationId().value()).stream().map(this::view).toList());
  }

  @PostMapping(path = "/api/v1/entrustments", produces = "application/json")
  View create(@AuthenticationPrincipal Principal p, @RequestBody CreateBody body) {
    ContractBody k = body.contract();
    Contract contract = new Contract(k.confidentiality(), k.noTakingOffPremises(),
        k.staff() == null ? List.of() : k.staff(), k.inspectionRight(), k.noUseOutsidePurpose(),
        k.returnOrDisposal(), k.complianceReports() == null ? "" : k.complianceReports(), k.advance() == null ? null
            : new Contract.AdvanceTerms(k.advance().subcontractor(), k.advance().capabilityDocuments(),
                k.advance().regularReports()));
    ScopeBody s = body.scope();
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    s.fields().forEach((f, m) -> fields.put(Field.ofColumn(f).orElseThrow(() -> new IllegalArgumentException(f)),
        Mask.valueOf(m.toUpperCase(Locale.ROOT))));
    Set<Action> actions = EnumSet.noneOf(Action.class);
    s.actions().forEach(a -> actions.add(Action.valueOf(a.toUpperCase(Locale.ROOT))));
    Scope scope = new Scope(Set.copyOf(s.purposes()), fields, persons(s.persons()), LocalDate.parse(s.from()),
        LocalDate.parse(s.to()), s.dailyCap(), actions);
    return view(entrustments.create(body.parent(), body.to(), contract, scope, AccessGate.caller(p)));
  }

  @PostMapping(path = "/api/v1/entrustments/{id}/approve", produces = "application/json")
  View approve(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return view(entrustments.approve(id, AccessGate.caller(p)));
  }

  @PostMapping(path = "/api/v1/entrustments/{id}/suspend", produces = "application/json")
  View suspend(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return view(entrustments.suspend(id, AccessGate.caller(p)));
  }

  @PostMapping(path = "/api/v1/entrustments/{id}/revoke", produces = "application/json")
  View revoke(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return view(entrustments.revoke(id, AccessGate.caller(p)));
  }

  private static PersonSet persons(@Nullable String persons) {
    if (persons == null || persons.equals("all")) {
      return PersonSet.ALL;
    }
    if (persons.startsWith("segment:")) {
      return new PersonSet.Segment(persons.substring("segment:".length()));
    }
    if (persons.startsWith("job:")) {
      return new PersonSet.Job(persons.substring("job:".length()));
    }
    throw new IllegalArgumentException("persons is all, segment:FILTER or job:JOB-ID");
  }

  private static String persons(PersonSet set) {
    return switch (set) {
      case PersonSet.All a -> "all";
      case PersonSet.Segment g -> "segment:" + g.filter();
      case PersonSet.Job j -> "job:" + j.jobId();
    };
  }

  private View view(Entrustment e) {
    Scope s = e.scope();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    s.fields().forEach((f, m) -> fields.put(f.column(), m.name().toLowerCase(Locale.ROOT)));
    return new View(e.id(), e.tenant(), e.parent(), e.from(), e.to(), entrustments.standing(e).toString(),
        List.copyOf(s.purposes()), fields, persons(s.persons()),
        s.from().toString(), s.to().toString(), s.dailyCap(), s.actions().stream().map(Action::code).toList());
  }
}
