package mamori.work;

import mamori.vault.ErasedWithPerson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shreds the work documents tied to a person the vault erases (promise 7), inside the vault's
 * erasure transaction: a document tied to the person (its number accepted, or the document
 * accepted) loses its sealed pages, regions, entries and values, the tasks still to be keyed (the
 * done ones stay, holding no value, for the job's pace), and its data key; it is then {@link
 * WorkDocument.State#ERASED}. An accepted document's fields in person_document go with the person's
 * own key, in the vault.
 *
 * <p>The data key is overwritten with a zero-length value rather than set to NULL: a wrapped key of
 * no bytes unwraps to nothing (the tenant's AEAD refuses it as it refuses a tampered one), so no
 * copy of the ciphertexts opens again, while V33's column stays NOT NULL. A NULL would need the
 * column rebuilt on SQLite (it cannot drop a NOT NULL in place) and a key that may be missing in
 * every reader of {@link WorkDocument}; the state already says the document was erased.
 */
final class DocumentErasure implements ErasedWithPerson {
  private static final String TIED =
      "SELECT document_id FROM work_document WHERE tenant_id = ? AND person_id = ?";

  private final JdbcClient jdbc;

  DocumentErasure(WorkStore store) {
    this.jdbc = store.jdbc();
  }

  @Override
  public void erase(String tenant, long personId) {
    jdbc.sql(
            "DELETE FROM work_entry WHERE tenant_id = ? AND task_id IN (SELECT task_id FROM"
                + " work_task WHERE tenant_id = ? AND document_id IN ("
                + TIED
                + "))")
        .params(tenant, tenant, tenant, personId)
        .update();
    jdbc.sql(
            "DELETE FROM work_task WHERE tenant_id = ? AND state <> 'done' AND document_id IN ("
                + TIED
                + ")")
        .params(tenant, tenant, personId)
        .update();
    for (String table : new String[] {"work_page", "work_region", "work_value"}) {
      jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = ? AND document_id IN (" + TIED + ")")
          .params(tenant, tenant, personId)
          .update();
    }
    jdbc.sql(
            "UPDATE work_document SET data_key = ?, state = ? WHERE tenant_id = ? AND person_id"
                + " = ?")
        .params(new byte[0], WorkDocument.State.ERASED.code(), tenant, personId)
        .update();
  }
}
