package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code /api/v1/entrustments}: what the caller's organisation gives and holds, and its changes.
 * Who may change what is decided by {@link Entrustments}; listing is for organisation admins,
 * security officers and auditors.
 */
@RestController
@Tag(
    name = "entrustments",
    description = "who may work on the tenant's persons, for what, and their changes")
class EntrustmentsController {
  /**
   * The scope's fields are named by their JSON path, {@code scope.from}; some of these paths spell
   * a reason's code ({@code scope.fields}) without being one, so they are written from the parts.
   */
  private static final String SCOPE = "scope";

  /** The most entries a list of the body holds (staff, purposes, actions). */
  static final int MAX_LIST = Contract.MAX_STAFF;

  private static final Set<Role> LISTING =
      Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  private final Entrustments entrustments;

  EntrustmentsController(Entrustments entrustments) {
    this.entrustments = entrustments;
  }

  record View(
      String id,
      String tenant,
      @Nullable String parent,
      String from,
      String to,
      String status,
      List<String> purposes,
      Map<String, String> fields,
      String persons,
      String periodFrom,
      String periodTo,
      long dailyCap,
      List<String> actions,
      @Schema(description = "the user ids of the holding organisation who may work under it")
          List<String> staff) {}

  record Listing(List<View> gives, List<View> holds) {}

  /** One entrustment of the tree, with the re-entrustments under it. */
  record TreeNode(
      View entrustment,
      @Schema(
              description =
                  "requested, and the caller is the security officer who may approve it (not its"
                      + " requester)")
          boolean awaitsYourApproval,
      List<TreeNode> children) {}

  /**
   * The tree of entrustments the caller may see: the whole tenant's for its own admins, officers
   * and auditors, else what the caller's organisation holds and everything below it.
   */
  record Tree(
      String tenant,
      @Schema(allowableValues = {"tenant", "held"}) String part,
      List<TreeNode> roots,
      @Schema(description = "the ids that await the caller's approval, oldest first")
          List<String> awaitingYourApproval) {}

  record StaffBody(
      @Schema(
              requiredMode = REQUIRED,
              description = "user ids of the holding organisation, at least one")
          @Nullable List<String> staff) {}

  record ContractBody(
      @Schema(requiredMode = REQUIRED) boolean confidentiality,
      @Schema(requiredMode = REQUIRED) boolean noTakingOffPremises,
      @Schema(requiredMode = REQUIRED, description = "the people who do the work")
          @Nullable List<String> staff,
      @Schema(requiredMode = REQUIRED) boolean inspectionRight,
      @Schema(requiredMode = REQUIRED) boolean noUseOutsidePurpose,
      @Schema(requiredMode = REQUIRED) boolean returnOrDisposal,
      @Schema(description = "how often the contractor reports, e.g. monthly")
          @Nullable String complianceReports,
      @Schema(
              description =
                  "terms for permitting in advance a re-entrustment to one named subcontractor")
          @Nullable AdvanceBody advance) {}

  /**
   * The terms under which re-entrustment to one named subcontractor may be permitted in advance
   * (LAW.md).
   */
  record AdvanceBody(
      @Schema(requiredMode = REQUIRED) String subcontractor,
      @Schema(requiredMode = REQUIRED) String capabilityDocuments,
      @Schema(requiredMode = REQUIRED) boolean regularReports) {}

  /**
   * {@code persons}: "all" (the default), "tag:NAME[=VALUE]", "list:ID" or "job:JOB-ID";
   * "segment:FILTER" is read as "tag:FILTER".
   */
  record ScopeBody(
      @Schema(requiredMode = REQUIRED, description = "registered purposes") List<String> purposes,
      @Schema(
              requiredMode = REQUIRED,
              description = "field column to its masking: none, partial or full")
          Map<String, String> fields,
      @Schema(
              description =
                  "all (the default), tag:NAME or tag:NAME=VALUE (e.g. tag:ward=kita), list:ID or"
                      + " job:JOB-ID; segment:FILTER is read as tag:FILTER")
          @Nullable String persons,
      @Schema(requiredMode = REQUIRED, format = "date") String from,
      @Schema(requiredMode = REQUIRED, format = "date") String to,
      @Schema(requiredMode = REQUIRED, description = "accesses a day at most") long dailyCap,
      @ArraySchema(
              schema = @Schema(allowableValues = {"read", "enter", "verify", "print", "package"}))
          @Schema(requiredMode = REQUIRED)
          List<String> actions) {}

  record CreateBody(
      @Schema(
              description =
                  "the entrustment this re-entrusts under; absent for a first entrustment")
          @Nullable String parent,
      @Schema(requiredMode = REQUIRED, description = "the organisation that takes the work")
          String to,
      @Schema(requiredMode = REQUIRED) ContractBody contract,
      @Schema(requiredMode = REQUIRED) ScopeBody scope) {}

  @Operation(
      summary = "What the caller's organisation gives and holds, with where each stands",
      description = "For organisation admins, security officers and auditors.")
  @ApiResponse(responseCode = "200", description = "gives and holds")
  @ApiRefusals
  @GetMapping(path = "/api/v1/entrustments", produces = "application/json")
  Listing list(@AuthenticationPrincipal Principal p) {
    Caller c = AccessGate.caller(p);
    if (!LISTING.contains(c.role())) {
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "listing entrustments is for admins, officers and auditors");
    }
    return new Listing(
        entrustments.givenBy(p.organisationId().value()).stream().map(this::view).toList(),
        entrustments.heldBy(p.organisationId().value()).stream().map(this::view).toList());
  }

  @Operation(
      summary = "The tree of entrustments: the whole tenant's, or the caller's own part",
      description =
          "For organisation admins, security officers and auditors. The first entrusting body's"
              + " own users see every entrustment of the tenant, pending re-entrustments"
              + " included, with what awaits the calling security officer's approval marked;"
              + " a contractor's users see what their organisation holds and everything below"
              + " it, never a sibling contractor's entrustments.")
  @ApiResponse(responseCode = "200", description = "the tree")
  @ApiRefusals
  @GetMapping(path = "/api/v1/entrustments/tree", produces = "application/json")
  Tree tree(@AuthenticationPrincipal Principal p) {
    Caller c = AccessGate.caller(p);
    if (!LISTING.contains(c.role())) {
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "listing entrustments is for admins, officers and auditors");
    }
    String tenant = p.tenantId().value();
    List<Entrustment> all = entrustments.all(tenant);
    Map<String, List<Entrustment>> below = new java.util.HashMap<>();
    for (Entrustment e : all) {
      if (e.parent() != null) {
        below.computeIfAbsent(e.parent(), k -> new java.util.ArrayList<>()).add(e);
      }
    }
    boolean whole = p.organisationId().value().equals(tenant);
    String org = p.organisationId().value();
    List<Entrustment> roots =
        all.stream().filter(e -> whole ? e.parent() == null : e.to().equals(org)).toList();
    boolean officer = whole && c.role() == Role.SECURITY_OFFICER;
    List<String> awaiting = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<TreeNode> nodes = new java.util.ArrayList<>();
    for (Entrustment r : roots) {
      if (seen.add(r.id())) {
        nodes.add(node(r, below, seen, officer, c.user(), awaiting));
      }
    }
    return new Tree(tenant, whole ? "tenant" : "held", nodes, awaiting);
  }

  /**
   * {@code GET /api/v1/entrustments?view=tree}, the same tree as {@link #tree}: hidden from the
   * OpenAPI document, which would merge it with the listing of the same path.
   */
  @Operation(hidden = true)
  @GetMapping(path = "/api/v1/entrustments", params = "view=tree", produces = "application/json")
  Tree treeView(@AuthenticationPrincipal Principal p) {
    return tree(p);
  }

  private TreeNode node(
      Entrustment e,
      Map<String, List<Entrustment>> below,
      java.util.Set<String> seen,
      boolean officer,
      String user,
      List<String> awaiting) {
    View v = view(e);
    boolean awaits =
        officer
            && e.status() == Entrustment.Status.REQUESTED
            && !user.equals(entrustments.requestedBy(e.tenant(), e.id()).orElse(null));
    if (awaits) {
      awaiting.add(e.id());
    }
    List<TreeNode> children = new java.util.ArrayList<>();
    for (Entrustment c : below.getOrDefault(e.id(), List.of())) {
      if (seen.add(c.id())) {
        children.add(node(c, below, seen, officer, user, awaiting));
      }
    }
    return new TreeNode(v, awaits, List.copyOf(children));
  }

  @Operation(
      summary = "Replace the staff list of an entrustment",
      description =
          "By the first entrusting body's security officer, or the entrusting organisation's"
              + " admin or officer. Every entry is a user id of the organisation that holds the"
              + " entrustment (staff.not-user otherwise). Logged first (entrustment.staff-change);"
              + " an operator taken off the list is refused (staff.not-listed) from the very next"
              + " read.")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "400",
      description =
          "request.invalid: no list, a blank or multi-line entry, over 1,000 entries, an entry"
              + " holding a number",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/staff", produces = "application/json")
  View staff(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id,
      @RequestBody @Nullable StaffBody body) {
    List<String> staff = entries(required(required(body, "body").staff(), "staff"), "staff");
    try {
      return view(entrustments.changeStaff(id, staff, AccessGate.caller(p)));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("staff", String.valueOf(e.getMessage()), e);
    }
  }

  @Operation(
      summary = "A first entrustment, or with parent a re-entrustment request",
      description =
          "A re-entrustment stays requested until the first entrusting body's security officer"
              + " approves it; an organisation has at most 20 requests waiting (the next is"
              + " entrustment.pending-limit). The change is logged first; a refused change is"
              + " logged too.")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "400",
      description =
          "request.invalid, with the field at fault: a body that is not JSON, a field missing or of"
              + " the wrong type, a malformed date, an unknown field, masking or action, over 1,000"
              + " entries in a list or 1,000 characters in a free-text term",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments", produces = "application/json")
  View create(@AuthenticationPrincipal Principal p, @RequestBody @Nullable CreateBody body) {
    CreateBody b = required(body, "body");
    ContractBody k = required(b.contract(), "contract");
    @Nullable AdvanceBody advance = k.advance();
    Contract contract;
    try {
      contract =
          new Contract(
              k.confidentiality(),
              k.noTakingOffPremises(),
              k.staff() == null ? List.of() : entries(k.staff(), "contract.staff"),
              k.inspectionRight(),
              k.noUseOutsidePurpose(),
              k.returnOrDisposal(),
              k.complianceReports() == null ? "" : k.complianceReports(),
              advance == null
                  ? null
                  : new Contract.AdvanceTerms(
                      required(advance.subcontractor(), "contract.advance.subcontractor"),
                      required(
                          advance.capabilityDocuments(), "contract.advance.capabilityDocuments"),
                      advance.regularReports()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("contract", String.valueOf(e.getMessage()), e);
    }
    ScopeBody s = required(b.scope(), "scope");
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    required(s.fields(), SCOPE + ".fields")
        .forEach((f, m) ->
            fields.put(
                Field.ofColumn(f)
                    .orElseThrow(() -> new InvalidRequest(SCOPE + ".fields", "an unknown field")),
                mask(required(m, SCOPE + ".fields"))));
    Set<Action> actions = EnumSet.noneOf(Action.class);
    entries(required(s.actions(), SCOPE + ".actions"), SCOPE + ".actions")
        .forEach(a -> actions.add(action(a)));
    Scope scope;
    try {
      scope =
          new Scope(
              Set.copyOf(entries(required(s.purposes(), SCOPE + ".purposes"), SCOPE + ".purposes")),
              fields,
              persons(s.persons()),
              date(s.from(), SCOPE + ".from"),
              date(s.to(), SCOPE + ".to"),
              s.dailyCap(),
              actions);
    } catch (mamori.core.NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("scope", String.valueOf(e.getMessage()), e);
    }
    return view(
        entrustments.create(
            b.parent(), required(b.to(), "to"), contract, scope, AccessGate.caller(p)));
  }

  /** {@code value}, or a 400 naming {@code field} when the body left it out. */
  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidRequest(field, "is required");
    }
    return value;
  }

  /**
   * A list's entries, at most {@link #MAX_LIST} of them (checked before anything is copied), none
   * null.
   */
  private static List<String> entries(List<String> list, String field) {
    if (list.size() > MAX_LIST) {
      throw new InvalidRequest(field, "holds at most " + MAX_LIST + " entries");
    }
    for (String entry : list) {
      required(entry, field);
    }
    return list;
  }

  private static LocalDate date(@Nullable String text, String field) {
    try {
      return LocalDate.parse(required(text, field));
    } catch (DateTimeParseException e) {
      // the exception's message repeats the text: it is not kept
      throw new InvalidRequest(field, "must be a date, YYYY-MM-DD");
    }
  }

  static Mask mask(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "none" -> Mask.NONE;
      case "partial" -> Mask.PARTIAL;
      default -> throw new InvalidRequest(SCOPE + ".fields", "a masking is none or partial");
    };
  }

  static Action action(String text) {
    for (Action a : Action.values()) {
      if (a.entrustable() && a.code().equals(text.toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new InvalidRequest(
        SCOPE + ".actions", "an action is read, enter, verify, print or package");
  }

  @Operation(summary = "Approve a requested re-entrustment (the root tenant's security officer)")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/approve", produces = "application/json")
  View approve(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.approve(id, AccessGate.caller(p)));
  }

  @Operation(summary = "Suspend an entrustment and everything below it")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/suspend", produces = "application/json")
  View suspend(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.suspend(id, AccessGate.caller(p)));
  }

  @Operation(summary = "Revoke an entrustment and everything below it")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/revoke", produces = "application/json")
  View revoke(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.revoke(id, AccessGate.caller(p)));
  }

  private static PersonSet persons(@Nullable String persons) {
    if (persons == null) {
      return PersonSet.ALL;
    }
    try {
      return PersonSet.parse(persons);
    } catch (mamori.core.NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(SCOPE + ".persons", String.valueOf(e.getMessage()));
    }
  }

  private static String persons(PersonSet set) {
    return set.text();
  }

  private View view(Entrustment e) {
    Scope s = e.scope();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    s.fields().forEach((f, m) -> fields.put(f.column(), m.name().toLowerCase(Locale.ROOT)));
    return new View(
        e.id(),
        e.tenant(),
        e.parent(),
        e.from(),
        e.to(),
        entrustments.standing(e).toString(),
        List.copyOf(s.purposes()),
        fields,
        persons(s.persons()),
        s.from().toString(),
        s.to().toString(),
        s.dailyCap(),
        s.actions().stream().map(Action::code).toList(),
        e.contract().staff());
  }
}
