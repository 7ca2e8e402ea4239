package mamori.work;

import java.util.List;
import mamori.crypto.TenantKeys;
import mamori.store.Sql;
import mamori.vault.WrappedKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work documents' data keys (V33 work_document.data_key) for a field key rotation: read a page
 * of the tenant's documents at a time (the primary key's range), an erased document's key
 * (destroyed, {@link DocumentErasure}) never among them, and swapped back only where unchanged.
 */
final class DocumentKeys implements WrappedKeys {
  private final WorkStore store;
  private final JdbcClient jdbc;
  private final TenantKeys keys;

  DocumentKeys(WorkStore store, TenantKeys keys) {
    this.store = store;
    this.jdbc = store.jdbc();
    this.keys = keys;
  }

  @Override
  public String kind() {
    return "documents";
  }

  @Override
  public List<Wrapped> page(String tenant, long after, int limit) {
    return jdbc.sql(
            "SELECT document_id, data_key FROM work_document WHERE tenant_id = ? AND document_id"
                + " > ? AND state <> ? ORDER BY document_id LIMIT ?")
        .params(tenant, after, WorkDocument.State.ERASED.code(), limit)
        .query((rs, n) -> new Wrapped(rs.getLong(1), rs.getBytes(2)))
        .list();
  }

  @Override
  public byte[] rewrap(String tenant, Wrapped key) {
    return keys.rewrapDocumentKey(tenant, key.id(), key.wrapped());
  }

  @Override
  public long swap(String tenant, List<Swap> swaps) {
    // one statement a document in one transaction: a tenant has far fewer documents than persons,
    // and a page is at most the rotation's page
    return Sql.inTransaction(
        store.dataSource(),
        () -> {
          long changed = 0;
          for (Swap s : swaps) {
            changed +=
                jdbc.sql(
                        "UPDATE work_document SET data_key = ? WHERE tenant_id = ? AND document_id"
                            + " = ? AND data_key = ? AND state <> ?")
                    .params(
                        s.rewrapped(), tenant, s.id(), s.old(), WorkDocument.State.ERASED.code())
                    .update();
          }
          return changed;
        });
  }
}
