package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import mamori.identity.Principal;
import mamori.work.Job;
import mamori.work.JobChanges;
import mamori.work.Pace;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/jobs/{id}/progress}, {@code .../deadline}, {@code .../quotas/{entrustment}} and
 * {@code .../state}: a job's progress, pace and forecast for the controller's admin, officer and
 * auditor, and two of the remedies for a job behind its deadline (a new deadline, an entrustment's
 * per-operator quotas) and closing or reopening it, for its admin and officer, each logged first
 * ({@code job.change}) under the rules of {@link JobChanges}; the same figures and rules as the
 * console's job page. A refused act is answered by {@link ApiErrors}, as for every job API.
 */
@RestController
@Tag(name = "jobs", description = "data-entry jobs: documents, tasks, progress and forecast")
class JobProgressController {
  private final JobChanges changes;
  private final Pace pace;

  JobProgressController(JobChanges changes, Pace pace) {
    this.changes = changes;
    this.pace = pace;
  }

  @Schema(name = "JobOperator")
  record OperatorView(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED, description = "fields keyed") long keyed,
      @Schema(requiredMode = REQUIRED, description = "fields keyed that were accepted") long right,
      @Schema(requiredMode = REQUIRED, description = "right / keyed in percent, 0 before any")
          double percent,
      @Schema(requiredMode = REQUIRED, description = "entries made today (Japan's day)")
          long today) {}

  @Schema(name = "JobPace")
  record PaceView(
      @Schema(requiredMode = REQUIRED, description = "tasks done per working hour") double perHour,
      @Schema(requiredMode = REQUIRED, description = "working hours in the window (at most 8)")
          int windowHours,
      @Schema(requiredMode = REQUIRED) Instant windowFrom,
      @Schema(requiredMode = REQUIRED, description = "the job's working hours a day")
          double hoursPerDay,
      @Schema(requiredMode = REQUIRED, description = "tasks done a day at this pace") double perDay,
      @Schema(requiredMode = REQUIRED, description = "operators who keyed in the window")
          int operators) {}

  @Schema(name = "JobProgress")
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record ProgressView(
      @Schema(requiredMode = REQUIRED) String job,
      @Schema(requiredMode = REQUIRED) String state,
      @Schema(requiredMode = REQUIRED) Instant deadline,
      @Schema(requiredMode = REQUIRED) Instant at,
      @Schema(requiredMode = REQUIRED) long documents,
      @Schema(requiredMode = REQUIRED) long accepted,
      @Schema(requiredMode = REQUIRED, description = "tasks waiting for an entry") long entry,
      @Schema(requiredMode = REQUIRED, description = "tasks waiting for a verifier") long verify,
      @Schema(requiredMode = REQUIRED) long done,
      @Schema(requiredMode = REQUIRED) long remaining,
      @Schema(requiredMode = REQUIRED, description = "entries the remaining tasks still need")
          long entriesWanted,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"finished", "no-pace", "on-time", "behind"})
          String status,
      @Schema(description = "absent while nothing is done (no pace)") @Nullable PaceView pace,
      @Schema(description = "the forecast finish; absent without a pace")
          @Nullable Instant forecast,
      @Schema(requiredMode = REQUIRED, description = "seconds the forecast passes the deadline")
          long lateSeconds,
      @Schema(requiredMode = REQUIRED, description = "tasks a day short of finishing in time")
          long shortfallPerDay,
      @Schema(requiredMode = REQUIRED) List<OperatorView> operators) {}

  static ProgressView view(Pace.Progress p) {
    return new ProgressView(
        p.job().id().value(),
        p.job().state().code(),
        p.job().deadline(),
        p.at(),
        p.documents(),
        p.accepted(),
        p.entry(),
        p.verify(),
        p.done(),
        p.remaining(),
        p.entriesWanted(),
        p.status().code(),
        p.rate()
            .map(r ->
                new PaceView(
                    r.perHour(), r.hours(), r.from(), r.hoursPerDay(), r.perDay(), r.operators()))
            .orElse(null),
        p.forecast().orElse(null),
        p.late().toSeconds(),
        p.shortfallTasksPerDay(),
        p.operators().stream()
            .map(o -> new OperatorView(o.id(), o.keyed(), o.right(), o.percent(), o.today()))
            .toList());
  }

  @Operation(
      summary = "A job's progress, pace and forecast",
      description =
          "Documents loaded and accepted, tasks by state, the pace (tasks done per working hour over"
              + " the last eight hours with work done, the job's working hours a day), the forecast"
              + " finish and whether it passes the deadline, and each operator's accuracy and"
              + " entries today. For the controller's admin, security officer and auditor.")
  @ApiResponse(responseCode = "200", description = "the job's progress, pace and forecast")
  @ApiResponse(
      responseCode = "404",
      description = "no such job of the caller's tenant (job.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/jobs/{id}/progress", produces = "application/json")
  ProgressView progress(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id) {
    return view(pace.progress(changes.job(p, id)));
  }

  /** A new deadline. */
  record DeadlineBody(
      @Schema(
              requiredMode = REQUIRED,
              description = "an ISO-8601 instant after now",
              example = "2027-01-31T15:00:00Z")
          @Nullable String deadline) {}

  @Operation(
      summary = "Set a job's deadline",
      description =
          "A remedy for a job behind its deadline. Logged first (job.change); for the controller's"
              + " admin and security officer.")
  @ApiResponse(responseCode = "200", description = "the job's progress at its new deadline")
  @ApiResponse(
      responseCode = "409",
      description = "the job is closed (job.closed)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "400",
      description = "a deadline missing, malformed or not after now (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such job of the caller's tenant (job.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PutMapping(path = "/api/v1/jobs/{id}/deadline", produces = "application/json")
  ProgressView deadline(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id,
      @RequestBody @Nullable DeadlineBody body) {
    if (body == null || body.deadline() == null) {
      throw new InvalidRequest("deadline", "required");
    }
    Instant at;
    try {
      at = Instant.parse(body.deadline());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest("deadline", "an ISO-8601 instant, e.g. 2027-01-31T15:00:00Z", e);
    }
    Job j = changes.setDeadline(p, id, at);
    return view(pace.progress(j));
  }

  /** A job's state. */
  @Schema(name = "JobState")
  record StateBody(
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"open", "closed"},
              description = "closed: no more tasks given and no documents taken; open: again")
          @Nullable String state) {}

  @Operation(
      summary = "Close or reopen a job",
      description =
          "A closed job gives no task to its operators and verifiers and takes no more documents"
              + " (job.closed); reopened, its waiting tasks are given again. Logged first"
              + " (job.change, case <job>/closed or <job>/open); for the controller's admin and"
              + " security officer. Setting the state the job has changes and logs nothing.")
  @ApiResponse(responseCode = "200", description = "the job's progress in its new state")
  @ApiResponse(
      responseCode = "400",
      description = "a state missing or other than open or closed (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such job of the caller's tenant (job.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PutMapping(path = "/api/v1/jobs/{id}/state", produces = "application/json")
  ProgressView state(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id,
      @RequestBody @Nullable StateBody body) {
    Job.State state;
    try {
      state = Job.State.ofCode(body == null || body.state() == null ? "" : body.state());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("state", "open or closed", e);
    }
    return view(pace.progress(changes.setState(p, id, state)));
  }

  /** An entrustment's per-operator quotas. */
  @Schema(name = "JobQuota")
  record QuotaBody(
      @Schema(requiredMode = REQUIRED, description = "tasks an hour per operator, at least 1")
          @Nullable Integer hourly,
      @Schema(requiredMode = REQUIRED, description = "tasks a day per operator, at least hourly")
          @Nullable Integer daily) {}

  @Operation(
      summary = "Set the per-operator quotas of an entrustment that gives the job",
      description =
          "Tasks an hour and a day per operator of the entrustment (whose persons are job:<id>)."
              + " Logged first (job.change); for the controller's admin and security officer.")
  @ApiResponse(responseCode = "200", description = "the quotas set")
  @ApiResponse(
      responseCode = "400",
      description = "quotas missing, below 1, or the hourly above the daily (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description =
          "no such job of the caller's tenant (job.unknown), or no such entrustment giving it"
              + " (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PutMapping(path = "/api/v1/jobs/{id}/quotas/{entrustment}", produces = "application/json")
  QuotaBody quota(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the job's id") @PathVariable String id,
      @Parameter(description = "the entrustment's id") @PathVariable String entrustment,
      @RequestBody @Nullable QuotaBody body) {
    if (body == null || body.hourly() == null || body.daily() == null) {
      throw new InvalidRequest("hourly", "hourly and daily are required");
    }
    WorkStore.Quota q;
    try {
      q = new WorkStore.Quota(body.hourly(), body.daily());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("hourly", String.valueOf(e.getMessage()), e);
    }
    WorkStore.Quota set = changes.setQuota(p, id, entrustment, q);
    return new QuotaBody(set.hourly(), set.daily());
  }
}
