package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import mamori.access.AccessGate;
import mamori.entrustment.EntrustmentContracts;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/entrustments/{id}/contract}: an entrustment's contract document (PDF), uploaded as
 * a multipart form (part {@code file}) or as the raw body ({@code application/pdf}), and downloaded
 * by the parties. These two upload paths alone take bodies up to {@link BodyLimit#CONTRACT_LIMIT}
 * (4 MiB and room for the form); every other body stays at 64 KiB. Who may do what is decided by
 * {@link EntrustmentContracts}.
 */
@RestController
@Tag(
    name = "entrustments",
    description = "who may work on the tenant's persons, for what, and their changes")
class EntrustmentContractsController {
  private final EntrustmentContracts contracts;

  EntrustmentContractsController(EntrustmentContracts contracts) {
    this.contracts = contracts;
  }

  /** One stored version of a contract document. */
  record VersionView(
      String entrustment,
      int version,
      @Schema(description = "SHA-256 of the document, lower-case hex") String sha256,
      long size,
      String uploadedBy,
      String uploadedAt) {
    static VersionView of(EntrustmentContracts.Version v) {
      return new VersionView(
          v.entrustment(),
          v.version(),
          v.sha256(),
          v.size(),
          v.uploadedBy(),
          v.uploadedAt().toString());
    }
  }

  @Operation(
      summary = "Upload the contract document (PDF, raw body)",
      description =
          "By the first entrusting body's security officer or the entrusting organisation's admin"
              + " or officer. A PDF (it begins with %PDF-) of at most 4 MiB. Each upload is a new"
              + " version; its SHA-256 is logged (entrustment.contract-upload) before it is"
              + " stored, sealed under the tenant's field key.")
  @ApiResponse(responseCode = "200", description = "the stored version")
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid: not a PDF, or empty",
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
  @PostMapping(
      path = "/api/v1/entrustments/{id}/contract",
      consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
      produces = "application/json")
  VersionView uploadRaw(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id,
      @RequestBody byte @Nullable [] body) {
    return upload(p, id, body == null ? new byte[0] : body);
  }

  @Operation(
      summary = "Upload the contract document (PDF, multipart form, part 'file')",
      description = "As the raw upload, from a form.")
  @ApiResponse(responseCode = "200", description = "the stored version")
  @ApiRefusals
  @PostMapping(
      path = "/api/v1/entrustments/{id}/contract",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = "application/json")
  VersionView uploadForm(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    return upload(p, id, read(file));
  }

  /** The bytes of an uploaded part, at most one byte past the limit (so too much is refused). */
  static byte[] read(MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(EntrustmentContracts.MAX_BYTES + 1);
    }
  }

  private VersionView upload(Principal p, String id, byte[] pdf) {
    try {
      EntrustmentContracts.requirePdf(pdf);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("contract", String.valueOf(e.getMessage()), e);
    }
    return VersionView.of(contracts.upload(id, pdf, AccessGate.caller(p)));
  }

  @Operation(
      summary = "The versions of the contract document",
      description =
          "For the parties: the admins of the giving and the holding organisation, the first"
              + " entrusting body's security officer and auditors.")
  @ApiResponse(responseCode = "200", description = "the versions, oldest first")
  @ApiRefusals
  @GetMapping(path = "/api/v1/entrustments/{id}/contract/versions", produces = "application/json")
  List<VersionView> versions(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return contracts.versions(id, AccessGate.caller(p)).stream().map(VersionView::of).toList();
  }

  @Operation(
      summary = "Download the contract document (the latest, or ?version=N)",
      description =
          "For the parties only; every download is logged (entrustment.contract-download) before"
              + " the document is sent, a refused one too (contract.not-party).")
  @ApiResponse(
      responseCode = "200",
      description = "the PDF",
      content = @Content(mediaType = "application/pdf"))
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown) or document (contract.none)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/entrustments/{id}/contract")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id,
      @Parameter(description = "the version; the latest when absent")
          @RequestParam(required = false)
          @Nullable Integer version) {
    return pdf(contracts.download(id, version, AccessGate.caller(p)));
  }

  /** A document as a download: a PDF attachment, never cached. */
  static ResponseEntity<byte[]> pdf(EntrustmentContracts.Document d) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "contract-" + d.version().entrustment() + "-v" + d.version().version() + ".pdf")
                .build()
                .toString())
        .header("X-Content-SHA256", d.version().sha256())
        .body(d.pdf());
  }
}
