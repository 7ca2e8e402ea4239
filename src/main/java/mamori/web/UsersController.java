package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.User;
import mamori.tenancy.Enrolments;
import mamori.tenancy.UserAdmin;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: the users of the caller's tenant as the caller may see them, and their
 * administration, under the rules of {@link UserAdmin} (an organisation's own admin manages its
 * users; the tenant's security officer the controller's, and the contractors' admins). A new user
 * gets no password: the answer is their one-time enrolment address.
 */
@RestController
@Tag(name = "users", description = "the users of the tenant's organisations and their enrolment")
class UsersController {
  private static final Set<Role> LISTING =
      Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);

  private final UserAdmin admin;
  private final Credentials credentials;
  private final Enrolments enrolments;
  private final EnrolmentAddresses addresses;

  UsersController(
      UserAdmin admin,
      Credentials credentials,
      Enrolments enrolments,
      EnrolmentAddresses addresses) {
    this.addresses = addresses;
    this.admin = admin;
    this.credentials = credentials;
    this.enrolments = enrolments;
  }

  @Schema(name = "User")
  record UserView(
      @Schema(requiredMode = REQUIRED, description = "the login name") String id,
      @Schema(requiredMode = REQUIRED) String name,
      @Schema(requiredMode = REQUIRED) String organisation,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"staff", "operator", "org-admin", "security-officer", "auditor"})
          String role,
      @Schema(requiredMode = REQUIRED) boolean disabled,
      @Schema(requiredMode = REQUIRED, description = "whether they have enrolled") boolean enrolled,
      @Schema(
              requiredMode = REQUIRED,
              description = "whether an enrolment address of theirs is still good")
          boolean enrolmentPending) {}

  @Schema(name = "Enrolment")
  record EnrolmentView(
      @Schema(requiredMode = REQUIRED) String user,
      @Schema(
              requiredMode = REQUIRED,
              description =
                  "the one-time address: hand it to the user only; it is shown once, works once")
          String address,
      @Schema(requiredMode = REQUIRED, format = "date-time") String expiresAt) {}

  record Listing(@Schema(requiredMode = REQUIRED) List<UserView> users) {}

  record Added(
      @Schema(requiredMode = REQUIRED) UserView user,
      @Schema(requiredMode = REQUIRED) EnrolmentView enrolment) {}

  @Schema(name = "NewUser")
  record AddBody(
      @Schema(requiredMode = REQUIRED, description = "the organisation the user belongs to")
          @Nullable String organisation,
      @Schema(requiredMode = REQUIRED, description = "the login name: a-z, 0-9, '.', '_', '-'")
          @Nullable String id,
      @Schema(requiredMode = REQUIRED, description = "the name shown to people")
          @Nullable String name,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"staff", "operator", "org-admin", "security-officer", "auditor"})
          @Nullable String role) {}

  @Operation(
      summary = "The users the caller may see",
      description =
          "The tenant's security officer and auditor see every user of the tenant; an"
              + " organisation admin sees the users of their own organisation.")
  @ApiResponse(responseCode = "200", description = "the users, by login name")
  @ApiRefusals
  @GetMapping(path = "/api/v1/users", produces = "application/json")
  Listing list(@AuthenticationPrincipal Principal p) {
    if (!LISTING.contains(p.role())) {
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "listing users is for admins, officers and auditors");
    }
    return new Listing(admin.visible(p).stream().map(this::view).toList());
  }

  @Operation(
      summary = "Adds a user, without a password, and issues their enrolment address",
      description =
          "Only the organisation's own admin adds its users (the tenant's security officer also"
              + " the controller's, and a contractor's first admin); another organisation's admin"
              + " is refused with user.not-own-organisation, and the refusal is logged. The add"
              + " and the address are logged before they take effect.")
  @ApiResponse(responseCode = "200", description = "the user and their one-time address")
  @ApiResponse(
      responseCode = "400",
      description =
          "request.invalid, with the field at fault: a malformed or taken id, a bad name, a role"
              + " the organisation has no users of",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "organisation.unknown: no such organisation in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/users", produces = "application/json")
  Added add(@AuthenticationPrincipal Principal p, @RequestBody @Nullable AddBody body) {
    AddBody b = required(body, "body");
    String organisation = required(b.organisation(), "organisation");
    String id = required(b.id(), "id");
    String name = required(b.name(), "name");
    Role role;
    try {
      role = Role.parse(required(b.role(), "role"));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("role", "role: " + e.getMessage(), e);
    }
    UserAdmin.Added added;
    try {
      added = admin.add(p, organisation, id, name, role);
    } catch (mamori.core.NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(field(e), String.valueOf(e.getMessage()), e);
    }
    return new Added(view(added.user()), enrolment(added.enrolment()));
  }

  @Operation(
      summary = "Disables a user at once",
      description = "Logged before it takes effect; nobody disables themself.")
  @ApiResponse(responseCode = "200", description = "the user, disabled")
  @ApiResponse(
      responseCode = "404",
      description = "user.unknown: no such user in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/users/{id}/disable", produces = "application/json")
  UserView disable(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    try {
      return view(admin.disable(p, id));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("id", String.valueOf(e.getMessage()), e);
    }
  }

  /** What a change to a user's sign-in did. */
  record SignInChanged(
      @Schema(description = "the user") String user,
      @Schema(description = "unlock, end-sessions or reset-factor") String change,
      @Schema(description = "false only for an unlock of a user who was not locked")
          boolean changed) {}

  @Operation(
      summary = "Unlocks a user, ends their sessions, or resets their second factor",
      description =
          "The tenant's security officer's changes to a user's sign-in, as on the console:"
              + " end-sessions and reset-factor also revoke the user's API tokens, each revocation"
              + " logged; every change is logged before it takes effect.")
  @ApiResponse(responseCode = "200", description = "what was changed")
  @ApiResponse(
      responseCode = "404",
      description = "user.unknown: no such user in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(
      path = {
        "/api/v1/users/{id}/unlock",
        "/api/v1/users/{id}/end-sessions",
        "/api/v1/users/{id}/reset-factor"
      },
      produces = "application/json")
  SignInChanged signIn(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      jakarta.servlet.http.HttpServletRequest request) {
    String uri = request.getRequestURI();
    String change = uri.substring(uri.lastIndexOf('/') + 1);
    UserAdmin.SignInChange c =
        switch (change) {
          case "unlock" -> UserAdmin.SignInChange.UNLOCK;
          case "end-sessions" -> UserAdmin.SignInChange.END_SESSIONS;
          default -> UserAdmin.SignInChange.RESET_FACTOR;
        };
    try {
      return new SignInChanged(id, change, admin.change(p, id, c));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("id", String.valueOf(e.getMessage()), e);
    }
  }

  @Operation(
      summary = "A new one-time enrolment address for a user who has not enrolled",
      description = "The user's older address stops working. Logged before it is issued.")
  @ApiResponse(responseCode = "200", description = "the address, shown once")
  @ApiResponse(
      responseCode = "404",
      description = "user.unknown: no such user in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/users/{id}/enrolment", produces = "application/json")
  EnrolmentView enrolment(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    try {
      return enrolment(admin.enrolment(p, id));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("id", String.valueOf(e.getMessage()), e);
    }
  }

  private UserView view(User u) {
    return new UserView(
        u.id(),
        u.displayName(),
        u.organisationId(),
        u.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        u.disabled(),
        credentials.status(u.id()).enrolled(),
        enrolments.live(u.tenantId(), u.id()));
  }

  private EnrolmentView enrolment(Enrolments.Issued e) {
    return new EnrolmentView(e.userId(), addresses.of(e), e.expiresAt().toString());
  }

  /** The body field a refusal of {@link UserAdmin#add} is about. */
  private static String field(IllegalArgumentException e) {
    String m = Objects.requireNonNullElse(e.getMessage(), "");
    if (m.startsWith("a display name")) {
      return "name";
    }
    if (m.contains(" role ")) {
      return "role";
    }
    return "id";
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidRequest(field, field + ": is required");
    }
    return value;
  }
}
