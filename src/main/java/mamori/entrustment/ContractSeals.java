package mamori.entrustment;

import javax.sql.DataSource;
import mamori.crypto.FieldSealed;
import mamori.crypto.SealedColumn;

/**
 * The entrustment contract PDFs, each version sealed by the tenant's field AEAD ({@link
 * EntrustmentContracts}), as a field key retirement re-seals them. An id is {@code
 * <entrustment>/<version>}.
 */
public final class ContractSeals {
  private static final String ID = "entrustment_id || '/' || CAST(version AS VARCHAR(12))";

  private ContractSeals() {}

  /** The sealed contracts in V24's entrustment_contract. */
  public static FieldSealed in(DataSource store) {
    return new SealedColumn(
        "contract documents",
        store,
        "SELECT " + ID + " FROM entrustment_contract WHERE tenant_id = ? ORDER BY 1",
        "SELECT sealed FROM entrustment_contract WHERE tenant_id = ? AND " + ID + " = ?",
        "UPDATE entrustment_contract SET sealed = ? WHERE tenant_id = ? AND "
            + ID
            + " = ? AND sealed = ?",
        (tenant, id) -> {
          int slash = id.lastIndexOf('/');
          return EntrustmentContracts.associatedData(
              tenant, id.substring(0, slash), Integer.parseInt(id.substring(slash + 1)));
        });
  }
}
