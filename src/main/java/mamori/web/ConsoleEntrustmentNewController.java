package mamori.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/entrustments/new}: the city entrusts work to a registered contractor on one form:
 * the contract's clauses and its staff list (user ids of the contractor), and the scope: purposes,
 * fields with their masking, persons, period, daily cap and actions. It goes through {@link
 * Entrustments#create} as the API's {@code POST /api/v1/entrustments} does, with the same rules and
 * the same record in the log before anything is stored; the answer is the new entrustment's
 * contract record, where its signed contract is uploaded. A refusal is shown with its reason and
 * bad input with what is wrong; nothing is stored then.
 */
@Controller
class ConsoleEntrustmentNewController {
  static final Set<Role> CREATORS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER);
  private final Entrustments entrustments;
  private final Reasons reasons;
  private final java.time.Clock clock;

  ConsoleEntrustmentNewController(
      Entrustments entrustments, Reasons reasons, java.time.Clock clock) {
    this.entrustments = entrustments;
    this.reasons = reasons;
    this.clock = clock;
  }

  /** A contractor the form offers. */
  record Taker(String id, String name, boolean abroad, String country) {}

  @GetMapping("/console/entrustments/new")
  ModelAndView form(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, CREATORS);
    return page(p, Map.of());
  }

  @PostMapping("/console/entrustments/new")
  ModelAndView create(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam MultiValueMap<String, String> form,
      Locale locale) {
    Principal p = Pages.console(principal, CREATORS);
    Entrustment made;
    try {
      made =
          entrustments.create(
              null, one(form, "to"), contract(form), scope(form), AccessGate.caller(p));
    } catch (EntrustmentException refused) {
      ModelAndView mv = page(p, form.toSingleValueMap());
      mv.setStatus(HttpStatus.FORBIDDEN);
      mv.addObject("refusal", reasons.text(refused.reason(), locale));
      return mv;
    } catch (mamori.core.NumberText.Held held) {
      ModelAndView mv = page(p, form.toSingleValueMap());
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", "a field holds what looks like a My Number; nothing was stored");
      return mv;
    } catch (IllegalArgumentException | InvalidRequest invalid) {
      ModelAndView mv = page(p, form.toSingleValueMap());
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", Pages.echo(String.valueOf(invalid.getMessage())));
      return mv;
    }
    return new ModelAndView(
        "redirect:/console/entrustments/" + made.id() + "/contract?done=created");
  }

  private ModelAndView page(Principal p, Map<String, String> values) {
    String tenant = p.tenantId().value();
    ModelAndView mv = new ModelAndView("console/entrustment-new");
    mv.addObject(
        "takers",
        entrustments.organisations(tenant).stream()
            .filter(o -> o.kind() == Organisation.Kind.CONTRACTOR)
            .map(o -> new Taker(o.id(), o.name(), o.abroad(), o.country()))
            .toList());
    mv.addObject("purposes", entrustments.purposes(tenant));
    mv.addObject("fields", Arrays.stream(Field.values()).map(Field::column).toList());
    mv.addObject(
        "actions",
        Arrays.stream(Action.values()).filter(Action::entrustable).map(Action::code).toList());
    LocalDate today = LocalDate.now(clock.withZone(Pages.JAPAN));
    mv.addObject("defaultFrom", today.toString());
    mv.addObject("defaultTo", today.plusYears(1).toString());
    // what was typed comes back masked: a number in any field is never shown again
    Map<String, String> shown = new java.util.HashMap<>();
    values.forEach((k, v) -> shown.put(k, Pages.echo(v)));
    mv.addObject("values", shown);
    return mv;
  }

  /** The clauses the form ticks and the staff it lists, one user id a line. */
  static Contract contract(MultiValueMap<String, String> form) {
    List<String> staff = new ArrayList<>();
    for (String line : optional(form, "staff").split("\\R")) {
      if (!line.isBlank()) {
        staff.add(line.strip());
      }
    }
    return new Contract(
        ticked(form, "confidentiality"),
        ticked(form, "noTakingOffPremises"),
        staff,
        ticked(form, "inspectionRight"),
        ticked(form, "noUseOutsidePurpose"),
        ticked(form, "returnOrDisposal"),
        optional(form, "complianceReports"),
        null);
  }

  /** The scope: purposes ticked, a mask chosen per field (blank: not given), and the rest. */
  static Scope scope(MultiValueMap<String, String> form) {
    List<String> purposes = form.getOrDefault("purposes", List.of());
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      String mask = optional(form, "mask." + f.column());
      if (!mask.isEmpty()) {
        // the API's reading of a masking and of an action: the same rules on every surface
        fields.put(f, EntrustmentsController.mask(mask));
      }
    }
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (String a : form.getOrDefault("actions", List.of())) {
      actions.add(EntrustmentsController.action(a));
    }
    long cap;
    try {
      cap = Long.parseLong(one(form, "dailyCap").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the daily cap is a whole number", e);
    }
    String persons = optional(form, "persons");
    return new Scope(
        Set.copyOf(purposes),
        fields,
        persons.isBlank() ? PersonSet.ALL : PersonSet.parse(persons.strip()),
        date(one(form, "from"), "from"),
        date(one(form, "until"), "until"),
        cap,
        actions);
  }

  private static LocalDate date(String text, String what) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " is a date (YYYY-MM-DD)", e);
    }
  }

  private static boolean ticked(MultiValueMap<String, String> form, String name) {
    return "on".equals(form.getFirst(name)) || "true".equals(form.getFirst(name));
  }

  private static String one(MultiValueMap<String, String> form, String name) {
    String v = form.getFirst(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return v;
  }

  private static String optional(MultiValueMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v;
  }
}
