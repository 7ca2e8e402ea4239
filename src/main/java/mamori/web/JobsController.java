package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.identity.Principal;
import mamori.work.DocumentType;
import mamori.work.DocumentTypes;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.Jobs;
import mamori.work.LoadReport;
import mamori.work.NewJob;
import mamori.work.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/jobs} and {@code /api/v1/job-types}: data-entry jobs, the scanned documents loaded
 * into them, and the document types they are made of. The controller's security officer and
 * organisation admin act; they and its auditors read. Every act is logged before it takes effect;
 * each file of an upload is loaded whole or refused with its reason while the rest loads.
 */
@RestController
@Tag(
    name = "jobs",
    description =
        "data-entry jobs: created for a purpose, a document type and a deadline; scans (PDF, PNG,"
            + " JPEG, TIFF) loaded into them, each page and field region sealed under the"
            + " document's own key; document types as YAML files")
class JobsController {
  private final Jobs jobs;
  private final DocumentTypes types;

  JobsController(Jobs jobs, DocumentTypes types) {
    this.jobs = jobs;
    this.types = types;
  }

  record CreateBody(
      @Schema(
              requiredMode = REQUIRED,
              description = "1 to 200 characters",
              example = "2026年度 源泉徴収票")
          @Nullable String name,
      @Schema(
              requiredMode = REQUIRED,
              description = "a purpose the tenant registered",
              example = "withholding-slip-entry")
          @Nullable String purpose,
      @Schema(
              requiredMode = REQUIRED,
              description = "a document type id",
              example = "withholding-slip")
          @Nullable String type,
      @Schema(
              requiredMode = REQUIRED,
              description =
                  "ISO date (the end of that day in Asia/Tokyo) or date-time (with an offset, or"
                      + " else in Asia/Tokyo)",
              example = "2027-01-31")
          @Nullable String deadline,
      @Schema(description = "the job's id, 1 to 32 of a-z, 0-9 and '-'; random when absent")
          @Nullable String id) {}

  record JobView(
      String id,
      String name,
      String purpose,
      String type,
      int typeVersion,
      @Schema(description = "ISO 8601, UTC") String deadline,
      @Schema(description = "open or closed") String state,
      String createdBy,
      String createdAt) {
    static JobView of(Job j) {
      return new JobView(
          j.id().value(),
          j.name(),
          j.purpose(),
          j.typeId(),
          j.typeVersion(),
          j.deadline().toString(),
          j.state().code(),
          j.createdBy().value(),
          j.createdAt().toString());
    }
  }

  record JobList(List<JobView> jobs) {}

  record FileView(
      @Schema(description = "the file's name, anything like a number masked") String name,
      @Schema(description = "loaded or refused") String outcome,
      @Schema(description = "the new document, d- and 14 letters; null when refused")
          @Nullable String document,
      @Schema(description = "its pages; 0 when refused") int pages,
      @Schema(description = "why it was refused; null when loaded") @Nullable String reason) {
    static FileView of(LoadReport r) {
      return new FileView(
          r.name(),
          r.loaded() ? "loaded" : "refused",
          r.document().map(Jobs::documentRef).orElse(null),
          r.pages(),
          r.loaded() ? null : r.refused());
    }
  }

  record LoadView(
      String job,
      @Schema(description = "files loaded") long loaded,
      @Schema(description = "files refused") long refused,
      @Schema(description = "one per file, in the order sent") List<FileView> files) {}

  record FieldView(
      String id,
      String labelJa,
      String labelEn,
      int page,
      @Schema(description = "x, y, width, height as fractions of the page") List<Double> region,
      String check,
      String sensitivity,
      @Nullable String personField,
      boolean required,
      int maxLength) {}

  record PartView(String id, String labelJa, String labelEn, List<FieldView> fields) {}

  record TypeView(
      String id,
      int version,
      String nameJa,
      String nameEn,
      int pages,
      boolean builtIn,
      @Schema(description = "the SHA-256 of the file as loaded; null for a built-in type")
          @Nullable String sha256,
      List<PartView> parts) {
    static TypeView of(DocumentType t, @Nullable String sha) {
      List<PartView> parts = new ArrayList<>();
      for (DocumentType.Part p : t.parts()) {
        parts.add(
            new PartView(
                p.id(),
                p.labelJa(),
                p.labelEn(),
                p.fields().stream()
                    .map(f ->
                        new FieldView(
                            f.id(),
                            f.labelJa(),
                            f.labelEn(),
                            f.page(),
                            List.of(
                                f.region().x(),
                                f.region().y(),
                                f.region().width(),
                                f.region().height()),
                            f.check().code(),
                            f.sensitivity().name().toLowerCase(java.util.Locale.ROOT),
                            f.personField().map(mamori.core.Field::column).orElse(null),
                            f.required(),
                            f.maxLength()))
                    .toList()));
      }
      return new TypeView(
          t.id(),
          t.version(),
          t.nameJa(),
          t.nameEn(),
          t.pages(),
          DocumentTypes.isBuiltIn(t.id()),
          sha,
          parts);
    }
  }

  record TypeList(List<TypeView> types) {}

  @Operation(summary = "The tenant's jobs, newest first")
  @ApiResponse(responseCode = "200", description = "the jobs")
  @ApiRefusals
  @GetMapping(path = "/api/v1/jobs", produces = "application/json")
  JobList list(@AuthenticationPrincipal Principal p) {
    return new JobList(jobs.list(p).stream().map(JobView::of).toList());
  }

  @Operation(
      summary = "Create a job",
      description =
          "For a purpose the tenant registered, a document type (its newest version) and a"
              + " deadline. The job.create record is in the tenant's log first; refusals (another"
              + " organisation, a role other than security officer or org admin, an unknown"
              + " purpose) are logged with their reason.")
  @ApiResponse(responseCode = "200", description = "the job")
  @ApiResponse(
      responseCode = "400",
      description = "a malformed or missing field, an unknown purpose (purpose.unknown) or type",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description = "the job id is taken (job.taken)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/jobs", produces = "application/json")
  JobView create(@AuthenticationPrincipal Principal p, @RequestBody CreateBody body) {
    String id = body.id();
    if (id != null && !JobId.isValid(id)) {
      throw new InvalidRequest("id", "a job id is 1 to 32 of a-z, 0-9 and '-'");
    }
    return JobView.of(
        jobs.create(
            p,
            new NewJob(
                required("name", body.name()),
                required("purpose", body.purpose()),
                required("type", body.type()),
                deadline("deadline", required("deadline", body.deadline())),
                id == null || id.isBlank() ? Optional.empty() : Optional.of(new JobId(id)))));
  }

  @Operation(summary = "One job of the tenant")
  @ApiResponse(responseCode = "200", description = "the job")
  @ApiResponse(
      responseCode = "404",
      description = "no such job of the tenant (job.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/jobs/{id}", produces = "application/json")
  JobView get(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id) {
    return JobView.of(jobs.job(p, jobId(id)));
  }

  @Operation(
      summary = "Load scanned documents into a job (multipart form, part 'file' repeated)",
      description =
          "Each file is one document: PDF, PNG, JPEG or TIFF (read from its bytes, not its name),"
              + " with the type's page count. A file encrypted, corrupted, truncated, over "
              + DocumentType.MAX_PAGES
              + " pages, over "
              + Jobs.MAX_PAGE_MEGABYTES
              + " MB a page or over "
              + Jobs.MAX_PAGE_MEGAPIXELS
              + " megapixels (MP) a page is refused with its reason"
              + " while the rest loads. The job.documents-add record (the job and the count) is in"
              + " the log first. The whole request is at most 64 MiB (413 request.too-large"
              + " beyond); larger batches go in several requests or by 'mamori jobs"
              + " add-documents'.")
  @ApiResponse(responseCode = "200", description = "one report per file")
  @ApiResponse(
      responseCode = "404",
      description = "no such job of the tenant (job.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description = "the job is closed (job.closed)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "413",
      description = "the request is over 64 MiB (request.too-large)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(
      path = "/api/v1/jobs/{id}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = "application/json")
  LoadView addDocuments(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id,
      @RequestPart("file") List<MultipartFile> files)
      throws IOException {
    JobId job = jobId(id);
    return load(job, jobs.addDocuments(p, job, uploads(files)));
  }

  static List<Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Upload> out = new ArrayList<>(files.size());
    for (MultipartFile f : files) {
      // one array of the file's exact size, filled in place: no growing buffers, no second copy
      long size = f.getSize();
      if (size > BodyLimit.DOCUMENTS_LIMIT) {
        throw new IOException("a file is larger than the upload limit");
      }
      byte[] bytes = new byte[(int) size];
      try (InputStream in = f.getInputStream()) {
        int n = in.readNBytes(bytes, 0, bytes.length);
        if (n != bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, n);
        }
      }
      String name = f.getOriginalFilename();
      out.add(new Upload(name == null || name.isBlank() ? "document" : name, bytes));
    }
    return out;
  }

  static LoadView load(JobId job, List<LoadReport> reports) {
    long loaded = reports.stream().filter(LoadReport::loaded).count();
    return new LoadView(
        job.value(), loaded, reports.size() - loaded, reports.stream().map(FileView::of).toList());
  }

  @Operation(summary = "The tenant's document types: the built-in ones, then its own")
  @ApiResponse(responseCode = "200", description = "the types, newest versions")
  @ApiRefusals
  @GetMapping(path = "/api/v1/job-types", produces = "application/json")
  TypeList listTypes(@AuthenticationPrincipal Principal p) {
    return new TypeList(jobs.types(p).stream().map(t -> TypeView.of(t, null)).toList());
  }

  @Operation(
      summary = "Load a document type file (YAML, docs/document-types.md)",
      description =
          "Checked whole: an unknown key, a duplicate id, a region outside the page, an unknown"
              + " check, a person field that does not fit its check or a text with a My Number"
              + " is refused with its line, and nothing is stored. A new load of an id is its next"
              + " version; a built-in id cannot be loaded over. The work.type-load record is in"
              + " the log first.")
  @ApiResponse(responseCode = "200", description = "the type as stored")
  @ApiResponse(
      responseCode = "400",
      description = "the file does not read (the message names the line)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(
      path = "/api/v1/job-types",
      consumes = {"text/yaml", "application/yaml", "application/x-yaml"},
      produces = "application/json")
  TypeView loadType(@AuthenticationPrincipal Principal p, @RequestBody String yaml) {
    DocumentTypes.Loaded l = types.load(p, yaml);
    return TypeView.of(l.type(), l.sha256());
  }

  private static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequest(field, "is required");
    }
    return value;
  }

  static JobId jobId(String id) {
    if (!JobId.isValid(id)) {
      throw mamori.work.JobException.unknownJob();
    }
    return new JobId(id);
  }

  static Instant deadline(String field, String text) {
    try {
      return NewJob.deadline(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(field, "is an ISO date (2027-01-31) or date-time");
    }
  }
}
