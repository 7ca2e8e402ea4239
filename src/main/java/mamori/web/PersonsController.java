package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.access.PersonAccesses;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.vault.Revealed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons}: persons through the gate, named by the caller's own tokens. */
@RestController
@Tag(
    name = "persons",
    description = "persons through the access gate, each access logged before it answers")
class PersonsController {
  private final AccessGate gate;
  private final PersonAccesses accesses;

  PersonsController(AccessGate gate, PersonAccesses accesses) {
    this.gate = gate;
    this.accesses = accesses;
  }

  /** A page of a listing: the tokens, and the cursor of the next page (absent on the last page). */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Tokens(
      List<String> tokens,
      @Schema(
              description =
                  "pass as after= for the next page; absent when the set has no more persons."
                      + " Opaque and bound to the caller: another's or an altered one is refused"
                      + " (400 cursor.invalid)")
          @Nullable String next) {}

  record Person(String token, int version, Map<String, String> fields) {}

  @Operation(
      summary =
          "A page of the caller's tokens of the persons it may work on for a purpose and case",
      description =
          "One list record in the tenant's log per page. A contractor sees only the persons of its"
              + " entrustment's person set (all, tag:, list:); walk every one of them by passing"
              + " each page's next as after=.")
  @ApiResponse(responseCode = "200", description = "the tokens")
  @ApiResponse(
      responseCode = "400",
      description =
          "a parameter is missing or malformed (request.invalid), or the cursor was not given to"
              + " this caller (cursor.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/persons", produces = "application/json")
  Tokens list(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "a purpose (事務) the tenant registered, e.g. resident-tax")
          @RequestParam
          String purpose,
      @Parameter(description = "the case the work belongs to") @RequestParam(name = "case")
          String caseRef,
      @Parameter(description = "at most this many tokens, 1 to 10000 (default 100)")
          @RequestParam(defaultValue = "100")
          int limit,
      @Parameter(description = "the next cursor of the page before; absent for the first page")
          @RequestParam(required = false)
          @Nullable String after) {
    AccessGate.Listing page = gate.persons(p, Why.typed(purpose, caseRef), limit, after);
    return new Tokens(
        page.tokens().stream().map(AgencyToken::value).toList(), page.next().orElse(null));
  }

  @Operation(
      summary = "A person's fields in scope, at the chain's strictest masking",
      description = "The read record is durable in the tenant's log before anything is decrypted.")
  @ApiResponse(responseCode = "200", description = "the fields")
  @ApiResponse(
      responseCode = "400",
      description = "a parameter is missing or malformed (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such person for the caller (person.not-found)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/persons/{token}", produces = "application/json")
  Person read(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the caller's own token of the person") @PathVariable String token,
      @Parameter(description = "a purpose (事務) the tenant registered") @RequestParam String purpose,
      @Parameter(description = "the case the work belongs to") @RequestParam(name = "case")
          String caseRef,
      @Parameter(
              description =
                  "only these fields (columns such as family_name, address); default all in scope")
          @RequestParam(required = false)
          @Nullable List<String> fields) {
    Map<Field, Mask> asked = new EnumMap<>(Field.class);
    if (fields != null) {
      for (String f : fields) {
        asked.put(
            Field.ofColumn(f.strip())
                .orElseThrow(() -> new InvalidRequest("fields", "an unknown field")),
            Mask.NONE);
      }
    }
    Revealed r = gate.read(p, parse(token), Why.typed(purpose, caseRef), asked);
    Map<String, String> shown = new LinkedHashMap<>();
    for (Field f : Field.values()) {
      r.get(f).ifPresent(v -> shown.put(f.column(), v));
    }
    return new Person(token, r.version(), shown);
  }

  @Operation(
      summary =
          "A page of a person's access records, newest first, each with its inclusion proof (tenant"
              + " staff and auditors)",
      description =
          "Reading it is itself a history record on the person. Pages are read from a log index"
              + " (before or after), which later records never move; refusals of one actor within"
              + " 10 minutes of each other fold into one entry with their count unless fold=false.")
  @ApiResponse(responseCode = "200", description = "the page")
  @ApiResponse(
      responseCode = "400",
      description = "a paging parameter is malformed (page.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such person (person.not-found)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/persons/{token}/accesses", produces = "application/json")
  PersonAccesses.History accesses(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the tenant's token of the person") @PathVariable String token,
      @Parameter(description = "the purpose (事務) the history is read for") @RequestParam
          String purpose,
      @Parameter(description = "the case the reading belongs to") @RequestParam(name = "case")
          String caseRef,
      @Parameter(description = "the records below this log index (the older page)")
          @RequestParam(required = false)
          @Nullable String before,
      @Parameter(description = "the records above this log index (the newer page)")
          @RequestParam(required = false)
          @Nullable String after,
      @Parameter(description = "at most this many entries (1 to 200, default 50)")
          @RequestParam(required = false)
          @Nullable String limit,
      @Parameter(description = "whether refusals fold (true, the default, or false)")
          @RequestParam(required = false)
          @Nullable String fold) {
    HistoryPage page = HistoryPage.parse(before, after, limit, fold, PersonAccesses.DEFAULT_PAGE);
    return accesses.of(
        p, parse(token), Why.typed(purpose, caseRef), page.cursor(), page.limit(), page.fold());
  }

  private static AgencyToken parse(String token) {
    try {
      return AgencyToken.parse(token);
    } catch (IllegalArgumentException e) {
      throw new AccessException(Reason.PERSON_NOT_FOUND, "no such person");
    }
  }
}
