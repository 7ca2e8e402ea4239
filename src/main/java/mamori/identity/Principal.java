package mamori.identity;

/**
 * An authenticated caller: the user, where they belong, their role, and the token that proved it. Held
 * only for one request; the gate decides from it what the caller may reach.
 */
public record Principal(String userId, String tenantId, String organisationId, Role role, String tokenId) {}
