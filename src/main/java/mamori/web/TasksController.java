package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.identity.Principal;
import mamori.work.Desk;
import mamori.work.DocumentType;
import mamori.work.JobId;
import mamori.work.TaskId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: the operator's desk over the API (issue 16 points 3, 4 and 8): the next
 * task of a job, the watermarked region of one of its fields, its entry, and a verifier's view and
 * decision. Every call is decided by the gate and logged first ({@link Desk}); values are sent in
 * the body only and never echoed in an error.
 */
@RestController
@Tag(
    name = "tasks",
    description =
        "contracted data entry: one task at a time, each field's region watermarked, double entry"
            + " by two operators and a verifier's decision; views, entries and verifications logged"
            + " first")
class TasksController {
  private final Desk desk;

  TasksController(Desk desk) {
    this.desk = desk;
  }

  record FieldView(
      @Schema(requiredMode = REQUIRED, example = "payee_my_number") String id,
      @Schema(requiredMode = REQUIRED, example = "個人番号") String labelJa,
      @Schema(requiredMode = REQUIRED, example = "My Number") String labelEn,
      @Schema(
              requiredMode = REQUIRED,
              description =
                  "text, kana, individual-number, corporate-number, date, amount or postal-code",
              example = "individual-number")
          String check,
      @Schema(requiredMode = REQUIRED) boolean required,
      @Schema(requiredMode = REQUIRED) int maxLength,
      @Schema(
              requiredMode = REQUIRED,
              description = "where the field's watermarked region is rendered",
              example = "/api/v1/tasks/t-abcd-efgh-jkmn/regions/payee_my_number")
          String region) {}

  record TaskView(
      @Schema(requiredMode = REQUIRED, example = "t-abcd-efgh-jkmn") String task,
      @Schema(requiredMode = REQUIRED, example = "job-k7m2-p4qx") String job,
      @Schema(requiredMode = REQUIRED, example = "payee") String part,
      @Schema(requiredMode = REQUIRED, description = "enter or verify", example = "enter")
          String mode,
      @Schema(requiredMode = REQUIRED, description = "the part's fields, in keying order")
          List<FieldView> fields,
      @Schema(requiredMode = REQUIRED, description = "until when the task is held (ISO 8601)")
          String heldUntil) {}

  record ValuesBody(
      @Schema(
              requiredMode = REQUIRED,
              description = "each field of the task's part by id, as typed (full-width accepted)")
          @Nullable Map<String, String> values) {}

  record EntryView(
      @Schema(requiredMode = REQUIRED, example = "t-abcd-efgh-jkmn") String task,
      @Schema(requiredMode = REQUIRED, description = "entry, verify or done", example = "verify")
          String state,
      @Schema(requiredMode = REQUIRED, description = "1 or 2 for an entry, 3 for a verification")
          int side) {}

  record SideView(int side, Map<String, String> values) {}

  record VerificationView(
      String task,
      String job,
      String part,
      List<FieldView> fields,
      @Schema(description = "the two entries, side 1 and side 2, normalised")
          List<SideView> entries,
      String heldUntil) {}

  @Operation(
      summary = "The next task of a job for the caller",
      description =
          "A task the caller holds; else the oldest one they may key or verify (only that kind"
              + " with mode=enter or mode=verify), held for five minutes. Its task.view record is"
              + " in the tenant's log first. 204 when none.")
  @ApiResponse(responseCode = "200", description = "the task given")
  @ApiResponse(responseCode = "204", description = "no task for the caller now")
  @ApiResponse(
      responseCode = "404",
      description = KeyingRefusals.PROBLEMS,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "429",
      description = KeyingRefusals.QUOTA,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/tasks/next", produces = "application/json")
  ResponseEntity<TaskView> next(
      @AuthenticationPrincipal Principal p,
      @RequestParam String job,
      @RequestParam(required = false) @org.jspecify.annotations.Nullable String mode) {
    if (!JobId.isValid(job)) {
      throw new AccessException(Reason.JOB_UNKNOWN, "no such job");
    }
    java.util.Optional<Desk.Mode> only =
        mode == null
            ? java.util.Optional.empty()
            : java.util.Optional.of(
                java.util.Arrays.stream(Desk.Mode.values())
                    .filter(m -> m.code().equals(mode))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequest("mode", "enter or verify")));
    return desk.next(p, new JobId(job), only)
        .map(g ->
            ResponseEntity.ok(
                new TaskView(
                    g.task().value(),
                    g.job().value(),
                    g.part(),
                    g.mode().code(),
                    fields(g.task(), g.fields()),
                    g.heldUntil().toString())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @Operation(
      summary = "The watermarked region of one field of the task the caller holds",
      description =
          "A PNG of the field's region only, with the operator, the time and the task drawn over"
              + " it; never cached, never an attachment.")
  @ApiResponse(
      responseCode = "200",
      description = "the region",
      content = @Content(mediaType = "image/png"))
  @ApiResponse(
      responseCode = "404",
      description = KeyingRefusals.PROBLEMS,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(
      path = "/api/v1/tasks/{id}/regions/{field}",
      produces = {"image/png", "application/json"})
  ResponseEntity<byte[]> region(
      @AuthenticationPrincipal Principal p, @PathVariable String id, @PathVariable String field) {
    return RegionPng.of(desk.region(p, task(id), field));
  }

  @Operation(
      summary = "Key one side of the task the caller holds",
      description =
          "Every field of the part, each passing its check. The enter record is in the log first;"
              + " the entry is sealed. The second entry is compared with the first: alike, the"
              + " values are accepted (done); else the task waits for a verifier (verify).")
  @ApiResponse(responseCode = "200", description = "the task's state after the entry")
  @KeyingRefusals
  @ApiRefusals
  @PostMapping(path = "/api/v1/tasks/{id}/entries", produces = "application/json")
  EntryView enter(
      @AuthenticationPrincipal Principal p, @PathVariable String id, @RequestBody ValuesBody body) {
    Desk.Entered e = desk.enter(p, task(id), values(body));
    return new EntryView(e.task().value(), e.state().code(), e.side());
  }

  @Operation(
      summary = "The two differing entries of a task, for the verifier who holds it",
      description = "Shown only to a verifier with VERIFY who keyed neither side.")
  @ApiResponse(responseCode = "200", description = "both entries and the fields")
  @ApiResponse(
      responseCode = "409",
      description = KeyingRefusals.PROBLEMS,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/tasks/{id}/verification", produces = "application/json")
  VerificationView verification(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    Desk.Verification v = desk.verification(p, task(id));
    return new VerificationView(
        v.task().value(),
        v.job().value(),
        v.part(),
        fields(v.task(), v.fields()),
        List.of(new SideView(1, v.first()), new SideView(2, v.second())),
        v.heldUntil().toString());
  }

  @Operation(
      summary = "Decide a task whose entries differ",
      description =
          "The verifier's values, checked as an entry's, are accepted; the verify record is in the"
              + " log first.")
  @ApiResponse(responseCode = "200", description = "the task, done")
  @KeyingRefusals
  @ApiRefusals
  @PostMapping(path = "/api/v1/tasks/{id}/verification", produces = "application/json")
  EntryView verify(
      @AuthenticationPrincipal Principal p, @PathVariable String id, @RequestBody ValuesBody body) {
    Desk.Entered e = desk.verify(p, task(id), values(body));
    return new EntryView(e.task().value(), e.state().code(), e.side());
  }

  private static TaskId task(String id) {
    if (!TaskId.isValid(id)) {
      throw new AccessException(Reason.TASK_UNKNOWN, "no such task");
    }
    return new TaskId(id);
  }

  private static Map<String, String> values(ValuesBody body) {
    Map<String, String> v = body.values();
    if (v == null) {
      throw new InvalidRequest("values", "values: is required");
    }
    if (v.values().stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequest("values", "values: a value is null; send \"\" for an empty one");
    }
    return v;
  }

  private static List<FieldView> fields(TaskId task, List<DocumentType.FieldSpec> fields) {
    return fields.stream()
        .map(f ->
            new FieldView(
                f.id(),
                f.labelJa(),
                f.labelEn(),
                f.check().code(),
                f.required(),
                f.maxLength(),
                "/api/v1/tasks/" + task.value() + "/regions/" + f.id()))
        .toList();
  }
}
