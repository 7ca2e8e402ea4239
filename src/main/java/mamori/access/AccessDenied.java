package mamori.access;

import java.time.Instant;

/**
 * The gate denied an access; published after the denial is in the tenant's log, for detection.
 *
 * @param tenant the tenant whose data was asked for
 * @param user the acting user
 * @param organisation the user's organisation
 * @param purpose the purpose named
 * @param caseRef the case named
 * @param action what was attempted ({@code read}, {@code list}, ...)
 * @param person the tenant's own token of the person, or "" when none is known
 * @param reason the stable reason code
 * @param at when
 */
public record AccessDenied(String tenant, String user, String organisation, String purpose, String caseRef,
    String action, String person, String reason, Instant at) {}
