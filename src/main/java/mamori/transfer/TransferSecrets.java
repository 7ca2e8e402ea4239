package mamori.transfer;

import java.util.List;
import javax.sql.DataSource;
import mamori.crypto.FieldSealed;
import mamori.crypto.SealedColumn;
import mamori.crypto.TenantKeys;

/**
 * The transfer module's secrets sealed by the tenant's field keyset ({@link
 * TenantKeys#sealSecret}): the recipient keys' private keys and the online packages' release
 * shares, as a field key retirement re-seals them.
 */
public final class TransferSecrets {
  private TransferSecrets() {}

  /** The private keys in V40's transfer_key and the release shares in transfer_package. */
  public static List<FieldSealed> in(DataSource store) {
    return List.of(
        new SealedColumn(
            "recipient private keys",
            store,
            "SELECT fingerprint FROM transfer_key WHERE tenant_id = ? AND private_key IS NOT NULL"
                + " ORDER BY fingerprint",
            "SELECT private_key FROM transfer_key WHERE tenant_id = ? AND fingerprint = ?",
            "UPDATE transfer_key SET private_key = ? WHERE tenant_id = ? AND fingerprint = ? AND"
                + " private_key = ?",
            (tenant, fingerprint) ->
                TenantKeys.secretAssociatedData(tenant, "transfer-key/" + fingerprint)),
        new SealedColumn(
            "package release shares",
            store,
            "SELECT package_id FROM transfer_package WHERE tenant_id = ? AND release_share IS NOT"
                + " NULL ORDER BY package_id",
            "SELECT release_share FROM transfer_package WHERE tenant_id = ? AND package_id = ?",
            "UPDATE transfer_package SET release_share = ? WHERE tenant_id = ? AND package_id = ?"
                + " AND release_share = ?",
            (tenant, id) -> TenantKeys.secretAssociatedData(tenant, Releases.shareLabel(id))));
  }
}
