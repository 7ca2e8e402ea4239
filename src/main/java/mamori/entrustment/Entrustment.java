package mamori.entrustment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entrustment (委託) as stored: from a body to an organisation of one tenant, under a contract and
 * within a scope. A re-entrustment has a parent; the first entrustment of a chain comes from the
 * tenant.
 *
 * @param id random and typable, e.g. {@code ent-k7m2-p4qx-a9rt}; never twelve digits in a row
 * @param tenant the controller at the root of the chain
 * @param parent the entrustment this one re-entrusts, or null for a first entrustment
 * @param from the entrusting body (the tenant, or the parent's contractor)
 * @param to the entrusted organisation
 * @param status the stored state; {@link Entrustments#standing} adds expiry and what an ancestor
 *     cut
 * @param approval how and by whom it was approved, or null while it is requested
 * @param advanceApproval who permitted, in advance, re-entrustments to the subcontractor its
 *     contract names, or null
 */
public record Entrustment(
    String id,
    String tenant,
    @Nullable String parent,
    String from,
    String to,
    Contract contract,
    Scope scope,
    Status status,
    @Nullable Approval approval,
    @Nullable Approval advanceApproval) {

  /**
   * The life of an entrustment. EXPIRED is never stored: it is read from the period and the clock.
   */
  public enum Status {
    REQUESTED,
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED
  }

  /**
   * An approval by the security officer of the tenant at the root of the chain.
   *
   * @param advance whether it was given in advance, under the parent's recorded conditions
   * @param by the approving user's id
   * @param at when
   */
  public record Approval(boolean advance, String by, Instant at) {
    public Approval {
      Objects.requireNonNull(by, "by");
      at = Instant.ofEpochMilli(at.toEpochMilli());
    }
  }

  /** Whether this is a re-entrustment. */
  public boolean reEntrustment() {
    return parent != null;
  }
}
