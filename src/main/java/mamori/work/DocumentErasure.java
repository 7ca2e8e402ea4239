package mamori.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mamori.vault.ErasedWithPerson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shreds the work documents tied to a person the vault erases (promise 7), inside the vault's
 * erasure transaction: a document tied to the person (its number accepted, or the document
 * accepted) loses its sealed pages, regions, entries and values, the tasks still to be keyed (the
 * done ones stay, holding no value, for the job's pace), and its data key; it is then {@link
 * WorkDocument.State#ERASED}. An accepted document's fields in person_document go with the person's
 * own key, in the vault. The same holds when only the person's number is erased: a scanned page
 * shows the number and cannot be masked.
 *
 * <p>The data key is overwritten with a zero-length value rather than set to NULL: a wrapped key of
 * no bytes unwraps to nothing (the tenant's AEAD refuses it as it refuses a tampered one), so no
 * copy of the ciphertexts opens again, while V33's column stays NOT NULL. A NULL would need the
 * column rebuilt on SQLite (it cannot drop a NOT NULL in place) and a key that may be missing in
 * every reader of {@link WorkDocument}; the state already says the document was erased.
 *
 * <p>A batch ({@link #eraseAll}) first finds the documents of all its persons in a few statements
 * (most persons of a retention run have none, and then nothing else runs), then shreds those
 * documents by id, {@value #IN_CHUNK} ids per statement.
 */
final class DocumentErasure implements ErasedWithPerson {
  private static final String TIED =
      "SELECT document_id FROM work_document WHERE tenant_id = ? AND person_id = ?";

  /** Ids per {@code IN} list (SQLite's default limit of bound values is far above it). */
  static final int IN_CHUNK = 500;

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

  @Override
  public void eraseAll(String tenant, long[] personIds) {
    List<Long> documents = new ArrayList<>();
    for (List<Long> ids : chunks(personIds)) {
      documents.addAll(
          jdbc.sql(
                  "SELECT document_id FROM work_document WHERE tenant_id = :tenant AND person_id"
                      + " IN (:ids)")
              .param("tenant", tenant)
              .param("ids", ids)
              .query(Long.class)
              .list());
    }
    for (List<Long> ids : chunks(documents.stream().mapToLong(Long::longValue).toArray())) {
      jdbc.sql(
              "DELETE FROM work_entry WHERE tenant_id = :tenant AND task_id IN (SELECT task_id FROM"
                  + " work_task WHERE tenant_id = :tenant AND document_id IN (:ids))")
          .param("tenant", tenant)
          .param("ids", ids)
          .update();
      jdbc.sql(
              "DELETE FROM work_task WHERE tenant_id = :tenant AND state <> 'done' AND document_id"
                  + " IN (:ids)")
          .param("tenant", tenant)
          .param("ids", ids)
          .update();
      for (String table : new String[] {"work_page", "work_region", "work_value"}) {
        jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenant AND document_id IN (:ids)")
            .param("tenant", tenant)
            .param("ids", ids)
            .update();
      }
      jdbc.sql(
              "UPDATE work_document SET data_key = :key, state = :state WHERE tenant_id = :tenant"
                  + " AND document_id IN (:ids)")
          .param("key", new byte[0])
          .param("state", WorkDocument.State.ERASED.code())
          .param("tenant", tenant)
          .param("ids", ids)
          .update();
    }
  }

  private static List<List<Long>> chunks(long[] ids) {
    List<List<Long>> out = new ArrayList<>();
    for (int from = 0; from < ids.length; from += IN_CHUNK) {
      out.add(Arrays.stream(ids, from, Math.min(ids.length, from + IN_CHUNK)).boxed().toList());
    }
    return out;
  }
}
