package mamori.portal;

/**
 * A resident with a portal account: the tenant, their resident id ({@code r-...}) and the tenant's
 * token of their record.
 */
public record Resident(String tenantId, String residentId, String personToken) {}
