package mamori.incident;

import java.time.Instant;
import java.util.Objects;
import mamori.core.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A suspected or confirmed leak, as the incident table (V27__detect_incident.sql) keeps it.
 *
 * @param awareAt when the body became aware of it: the deadlines count from here
 * @param suspect who or what is suspected, over which span of the log
 * @param classification the PPC rule's triggers and the encryption exemption, as JSON with the
 *     reasons; "" until classified
 * @param affectedCount the persons computed from the log, as of {@code affectedAt}
 */
public record Incident(
    TenantId tenant,
    String id,
    String title,
    String summary,
    Instant openedAt,
    String openedBy,
    Instant awareAt,
    Suspect suspect,
    Status status,
    String classification,
    @Nullable Instant preliminaryDue,
    @Nullable Instant finalDue,
    long affectedCount,
    @Nullable Instant affectedAt,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    @Nullable String closeReason) {

  public Incident {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(suspect, "suspect");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the incident is open or closed. */
  public enum Status {
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Status ofCode(String code) {
      return code.equals("closed") ? CLOSED : OPEN;
    }
  }

  /**
   * Who or what is suspected and over which span of the log: an actor (a user id), an organisation,
   * an entrustment, a document, or nobody yet (an incident opened by hand before anything is
   * known).
   *
   * @param from the start of the window, inclusive
   * @param to its end, inclusive
   */
  public record Suspect(Kind kind, String value, Instant from, Instant to) {
    public Suspect {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("an incident's window ends before it starts");
      }
    }

    /** What the suspect names. */
    public enum Kind {
      NONE("none"),
      ACTOR("actor"),
      ORGANISATION("organisation"),
      ENTRUSTMENT("entrustment"),
      DOCUMENT("document");

      private final String code;

      Kind(String code) {
        this.code = code;
      }

      public String code() {
        return code;
      }

      /** The kind {@code code} names. */
      public static java.util.Optional<Kind> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
      }
    }
  }
}
