package mamori.entrustment;

import java.util.Objects;
import mamori.core.TenantId;

/**
 * A body that works on a tenant's data: the controller itself (its tenant is its own id), or one of
 * its contractors and subcontractors.
 *
 * @param id lower-case letters, digits and hyphens, 1 to 64, like a tenant id
 * @param name the display name
 * @param kind what the body is to the tenant
 * @param tenant the controller's id
 */
public record Organisation(String id, String name, Kind kind, String tenant) {
  /** What a body is to the tenant. */
  public enum Kind {
    CONTROLLER,
    CONTRACTOR,
    SUBCONTRACTOR
  }

  public Organisation {
    checkId(id, "an organisation id");
    checkId(tenant, "a tenant id");
    if (name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an organisation's name is 1 to 200 characters");
    }
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CONTROLLER) != id.equals(tenant)) {
      throw new IllegalArgumentException(
          "a controller is its own tenant, and only a controller is");
    }
  }

  /** A controller: the tenant itself. */
  public static Organisation controller(String id, String name) {
    return new Organisation(id, name, Kind.CONTROLLER, id);
  }

  static void checkId(String id, String what) {
    if (!TenantId.isValid(id)) {
      throw new IllegalArgumentException(what + " is 1 to 64 of a-z, 0-9 and '-'");
    }
  }
}
