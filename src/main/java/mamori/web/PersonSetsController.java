package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import mamori.access.AccessException;
import mamori.access.PersonSetAdmin;
import mamori.core.NumberText;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.vault.PersonSets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/person-lists} and {@code /api/v1/persons/{token}/tags}: the controller's person
 * sets, which an entrustment names as {@code list:ID} or {@code tag:NAME[=VALUE]}. The tenant's own
 * staff and security officer only; a contractor is refused and the refusal is logged.
 */
@RestController
@Tag(
    name = "person sets",
    description =
        "lists and tags of persons that entrustments name; each change logged before it takes"
            + " effect")
class PersonSetsController {
  private final PersonSetAdmin admin;

  PersonSetsController(PersonSetAdmin admin) {
    this.admin = admin;
  }

  record ListBody(
      @Schema(
              requiredMode = REQUIRED,
              description = "1 to 64 of a-z, 0-9 and '-'",
              example = "kita-2026")
          @Nullable String id,
      @Schema(requiredMode = REQUIRED, description = "what the list is, 1 to 200 characters")
          @Nullable String name,
      @Schema(description = "the tenant's tokens of the persons (give tokens or numbers)")
          @Nullable List<String> tokens,
      @Schema(
              description =
                  "the persons' My Numbers, looked up and never stored (give tokens or numbers)")
          @Nullable List<String> numbers) {}

  record Unknown(
      @Schema(description = "entries that named no live person") long count,
      @Schema(description = "their 1-based positions in tokens or numbers") List<Integer> lines) {}

  record ListMade(String id, long members, Unknown unknown) {}

  record ListView(String id, String name, String createdBy, String createdAt, long size) {}

  record Lists(List<ListView> lists) {}

  record Tagged(@Schema(description = "true: the person carries the tag") boolean tagged) {}

  record Untagged(@Schema(description = "whether the person carried the tag") boolean removed) {}

  record TagBody(
      @Schema(requiredMode = REQUIRED, description = "NAME or NAME=VALUE", example = "ward=kita")
          String tag) {}

  @Operation(
      summary = "Make a list of persons from the tenant's tokens or from My Numbers",
      description =
          "The list.create record is in the tenant's log before the list is stored. Numbers are"
              + " looked up by blind index; only the persons are kept. Entries that name nobody are"
              + " counted and named by position, never echoed.")
  @ApiResponse(responseCode = "200", description = "the list and what it holds")
  @ApiResponse(
      responseCode = "400",
      description =
          "a malformed id or name, no entries, both or neither of tokens and numbers, or an id in use",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/person-lists", produces = "application/json")
  ListMade createList(@AuthenticationPrincipal Principal p, @RequestBody ListBody body) {
    String id = body.id();
    String name = body.name();
    if (id == null || name == null) {
      throw new InvalidRequest(id == null ? "id" : "name", "is required");
    }
    List<String> tokens = body.tokens();
    List<String> numbers = body.numbers();
    List<String> entries;
    if (tokens != null && numbers == null) {
      if (tokens.stream().anyMatch(t -> t == null || NumberText.holdsNumber(t))) {
        throw new InvalidRequest("tokens", "a number goes in numbers, not in tokens");
      }
      entries = tokens;
    } else if (numbers != null && tokens == null) {
      if (numbers.contains(null)) {
        throw new InvalidRequest("numbers", "an entry is missing");
      }
      entries = numbers;
    } else {
      throw new InvalidRequest("tokens", "give tokens or numbers, not both");
    }
    PersonSets.ListReport r;
    try {
      r = admin.createList(p, id, name, entries);
    } catch (NumberText.Held | AccessException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("id", String.valueOf(e.getMessage()));
    }
    return new ListMade(
        r.id(), r.members(), new Unknown(r.unknownLines().size(), r.unknownLines()));
  }

  @Operation(summary = "The tenant's lists of persons, with their sizes")
  @ApiResponse(responseCode = "200", description = "the lists")
  @ApiRefusals
  @GetMapping(path = "/api/v1/person-lists", produces = "application/json")
  Lists lists(@AuthenticationPrincipal Principal p) {
    return new Lists(
        admin.lists(p).stream()
            .map(l ->
                new ListView(l.id(), l.name(), l.createdBy(), l.createdAt().toString(), l.size()))
            .toList());
  }

  @Operation(
      summary = "Tag a person (the tenant's token); the tag is stored only as a keyed hash",
      description = "The person.tag record is in the tenant's log before the tag is stored.")
  @ApiResponse(responseCode = "200", description = "tagged")
  @ApiResponse(
      responseCode = "400",
      description = "a malformed tag",
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
  @PostMapping(path = "/api/v1/persons/{token}/tags", produces = "application/json")
  Tagged tag(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the tenant's token of the person") @PathVariable String token,
      @RequestBody TagBody body) {
    admin.tag(p, person(token), tag(body.tag()));
    return new Tagged(true);
  }

  @Operation(
      summary = "Remove a person's tag",
      description = "The person.untag record is in the tenant's log before the tag is removed.")
  @ApiResponse(responseCode = "200", description = "the person no longer carries the tag")
  @ApiResponse(
      responseCode = "400",
      description = "a malformed tag",
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
  @DeleteMapping(path = "/api/v1/persons/{token}/tags", produces = "application/json")
  Untagged untag(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the tenant's token of the person") @PathVariable String token,
      @Parameter(description = "the tag to remove, NAME or NAME=VALUE") @RequestParam String tag) {
    return new Untagged(admin.untag(p, person(token), tag(tag)));
  }

  private static PersonTag tag(@Nullable String tag) {
    if (tag == null) {
      throw new InvalidRequest("tag", "tag: is required");
    }
    try {
      return PersonTag.parse(tag);
    } catch (NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("tag", String.valueOf(e.getMessage()));
    }
  }

  private static AgencyToken person(String token) {
    try {
      return AgencyToken.parse(token);
    } catch (IllegalArgumentException e) {
      throw new AccessException(Reason.PERSON_NOT_FOUND, "no such person");
    }
  }
}
