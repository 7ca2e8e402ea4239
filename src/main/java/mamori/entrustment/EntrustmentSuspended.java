package mamori.entrustment;

import java.time.Instant;

/**
 * An entrustment was suspended, cutting every entrustment below it.
 *
 * @param tenant the tenant at the root of its chain
 * @param entrustmentId its id
 * @param by the user who did it
 * @param at when
 */
public record EntrustmentSuspended(String tenant, String entrustmentId, String by, Instant at) {}
