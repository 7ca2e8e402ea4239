package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Why;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.transfer.NewPackage;
import mamori.transfer.PackageFolder;
import mamori.transfer.PackageRefused;
import mamori.transfer.Packages;
import mamori.transfer.Releases;
import mamori.transfer.TransferSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/packages} and {@code GET /api/v1/packages/{id}/file}: a package made through
 * the gate into the service's owner-only package folder ({@code <mamori.data>/packages/<id>.mpkg}),
 * and its download by the user who made it or the controller's security officer (anyone else is
 * told there is no such package). Each person packaged is in the log before any of their data is
 * written (issue 17).
 */
@RestController
@Tag(name = "packages", description = "encrypted packages to a registered recipient (issue 17)")
class PackagesController {
  private final Packages packages;
  private final Releases releases;
  private final PackageFolder folder;

  PackagesController(Packages packages, Releases releases, PackageFolder folder) {
    this.packages = packages;
    this.releases = releases;
    this.folder = folder;
  }

  record PackageBody(
      @Schema(requiredMode = REQUIRED, description = "the recipient's id", example = "benefits")
          @Nullable String to,
      @Schema(requiredMode = REQUIRED, example = "resident-tax") @Nullable String purpose,
      @Schema(requiredMode = REQUIRED, example = "R8-2026-0001")
          @com.fasterxml.jackson.annotation.JsonProperty("case")
          @Nullable String caseRef,
      @Schema(description = "a person set: list:ID or tag:NAME=VALUE (one of persons, job, all)")
          @Nullable String persons,
      @Schema(description = "a job: the persons its accepted documents are tied to")
          @Nullable String job,
      @Schema(description = "true: every live person (the tenant's own staff only)")
          @Nullable Boolean all,
      @Schema(
              requiredMode = REQUIRED,
              description = "column names, in order; at least those an import needs",
              example =
                  "[\"my_number\",\"family_name\",\"given_name\",\"family_name_kana\","
                      + "\"given_name_kana\",\"birth_date\",\"sex\",\"address\"]")
          @Nullable List<String> fields,
      @Schema(description = "hours or days: 1h to 30d online, to 72h offline", example = "72h")
          @Nullable String expires,
      @Schema(description = "true: the release share travels in the file")
          @Nullable Boolean offline) {}

  record Made(String id, long persons, String sha256, String download) {}

  @Operation(
      summary = "Make a package of persons for a registered recipient",
      description =
          "Decided by the gate for the PACKAGE action (the entrustment or the staff role must"
              + " allow it; persons count against the daily volumes). Each person's package record"
              + " is in the log before any of their data is written. The file is kept for"
              + " download by its maker and the security officer.")
  @ApiResponse(responseCode = "201", description = "the package: its id, persons and SHA-256")
  @ApiResponse(
      responseCode = "400",
      description =
          "a missing or malformed member, an expiry out of range, fields an import cannot read"
              + " (package.fields), an unknown list or job, or no release address set",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such recipient (recipient.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/packages", produces = "application/json")
  ResponseEntity<Made> create(@AuthenticationPrincipal Principal p, @RequestBody PackageBody body)
      throws IOException {
    NewPackage n =
        newPackage(
            body.to(),
            body.purpose(),
            body.caseRef(),
            body.persons(),
            body.job(),
            Boolean.TRUE.equals(body.all()),
            body.fields(),
            body.expires(),
            Boolean.TRUE.equals(body.offline()));
    Packages.Created made = make(packages, folder, p, n);
    String download = "/api/v1/packages/" + made.id() + "/file";
    return ResponseEntity.created(URI.create(download))
        .body(new Made(made.id(), made.persons(), made.sha256(), download));
  }

  @Operation(
      summary = "Download a package file",
      description = "For the user who made it and the controller's security officer only.")
  @ApiResponse(responseCode = "200", description = "the package file")
  @ApiResponse(
      responseCode = "404",
      description = "no such package, or not the caller's to download (package.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping("/api/v1/packages/{id}/file")
  ResponseEntity<Resource> file(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return download(releases, folder, p, id)
        .orElseThrow(() -> new PackageRefused(Reason.PACKAGE_UNKNOWN, "no such package"));
  }

  /** A refused package: the reason as its code. */
  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> refused(PackageRefused e) {
    HttpStatus status =
        switch (e.reason()) {
          case RECIPIENT_UNKNOWN, PACKAGE_UNKNOWN -> HttpStatus.NOT_FOUND;
          case PACKAGE_FIELDS -> HttpStatus.BAD_REQUEST;
          default -> HttpStatus.FORBIDDEN;
        };
    return ResponseEntity.status(status)
        .body(new ApiErrors.Error(e.reason().code(), String.valueOf(e.getMessage()), null));
  }

  /** No release address set: the tenant's officer sets it first; nothing was done. */
  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> unset(TransferSettings.ReleaseUrlUnset e) {
    return ResponseEntity.badRequest()
        .body(
            new ApiErrors.Error(
                "transfer.release-url-unset", String.valueOf(e.getMessage()), null));
  }

  /**
   * The package a form or body asks for, its members checked as {@link NewPackage} checks them.
   *
   * @throws InvalidRequest naming the member at fault
   */
  static NewPackage newPackage(
      @Nullable String to,
      @Nullable String purpose,
      @Nullable String caseRef,
      @Nullable String persons,
      @Nullable String job,
      boolean all,
      @Nullable List<String> fields,
      @Nullable String expires,
      boolean offline) {
    if (to == null || to.isBlank()) {
      throw new InvalidRequest("to", "to: is required");
    }
    if (purpose == null || caseRef == null) {
      throw new InvalidRequest(
          purpose == null ? "purpose" : "case", "purpose and case are required");
    }
    Why why = Why.typed(purpose, caseRef);
    String set = persons == null ? "" : persons.strip();
    String jobId = job == null ? "" : job.strip();
    boolean hasPersons = !set.isEmpty();
    boolean hasJob = !jobId.isEmpty();
    int given = (hasPersons ? 1 : 0) + (hasJob ? 1 : 0) + (all ? 1 : 0);
    if (given != 1) {
      throw new InvalidRequest("persons", "give exactly one of persons, job and all");
    }
    PersonSet selection;
    try {
      if (all) {
        selection = PersonSet.ALL;
      } else if (hasJob) {
        selection = new PersonSet.Job(jobId);
      } else {
        selection = PersonSet.parse(set);
        if (selection instanceof PersonSet.All || selection instanceof PersonSet.Job) {
          throw new IllegalArgumentException("persons is list:ID or tag:NAME=VALUE");
        }
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(hasJob ? "job" : "persons", String.valueOf(e.getMessage()));
    }
    if (fields == null || fields.isEmpty() || fields.contains(null)) {
      throw new InvalidRequest("fields", "fields: name the columns the package carries");
    }
    try {
      return new NewPackage(
          to.strip(),
          why,
          selection,
          NewPackage.fields(String.join(",", fields)),
          NewPackage.expiry(expires == null || expires.isBlank() ? "72h" : expires),
          offline);
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      throw new InvalidRequest(m.contains("expir") ? "expires" : "fields", m);
    }
  }

  /** Makes the package into the folder (a file left half-made is removed by the writer). */
  static Packages.Created make(Packages packages, PackageFolder folder, Principal p, NewPackage n)
      throws IOException {
    return packages.create(p, n, folder::file, Packages.Progress.NONE);
  }

  /**
   * The file of a package {@code p} may download: its maker, or a security officer of the
   * controller; empty for anyone else, a package of another tenant, or one not made whole.
   */
  static Optional<ResponseEntity<Resource>> download(
      Releases releases, PackageFolder folder, Principal p, String id) {
    Optional<Releases.Package> row = releases.find(p.tenantId(), id);
    if (row.isEmpty() || row.get().state() == Releases.State.INCOMPLETE) {
      return Optional.empty();
    }
    boolean maker = row.get().createdBy().equals(p.userId().value());
    boolean officer = p.controller() && p.role() == Role.SECURITY_OFFICER;
    if (!maker && !officer) {
      return Optional.empty();
    }
    Path file = folder.file(id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(
        ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(id + ".mpkg").build().toString())
            .header("X-Content-SHA256", row.get().sha256().orElse(""))
            .body(new FileSystemResource(file)));
  }
}
