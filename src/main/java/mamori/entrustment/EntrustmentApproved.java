package mamori.entrustment;

import java.time.Instant;

/**
 * An entrustment was approved; {@code advance} when under its parent's advance permission.
 *
 * @param tenant the tenant at the root of its chain
 * @param entrustmentId its id
 * @param by the user who did it
 * @param at when
 * @param advance whether it was given under the parent's advance permission
 */
public record EntrustmentApproved(
    String tenant, String entrustmentId, String by, Instant at, boolean advance) {}
