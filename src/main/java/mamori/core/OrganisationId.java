package mamori.core;

/**
 * A body that works on a tenant's data: the controller itself (whose organisation id is its tenant
 * id) or one of its contractors and subcontractors. The id has the form of a {@link TenantId}.
 *
 * @param value the id, e.g. {@code entry-co}
 */
public record OrganisationId(String value) {

  /**
   * @throws IllegalArgumentException when {@code value} is not of {@link TenantId#PATTERN}
   */
  public OrganisationId {
    if (!TenantId.isValid(value)) {
      throw new IllegalArgumentException("an organisation id is 1 to 64 of a-z, 0-9 and '-'");
    }
  }

  /** Whether this is the tenant itself, whose own staff need no entrustment. */
  public boolean isTenant(TenantId tenant) {
    return value.equals(tenant.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
