package mamori.log;

import java.util.ArrayList;
import java.util.List;
import mamori.log.verify.EntryBundle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes a stored log's entry bundles behind the log's back, as an operator with the database
 * could: the attacks the verifier must name.
 */
public final class StoredBundles {
  private StoredBundles() {}

  /** The stored bytes of bundle {@code index} of {@code tenant}'s log. */
  public static byte[] read(JdbcClient jdbc, String tenant, long index) {
    return jdbc.sql("SELECT entries FROM log_bundle WHERE tenant_id = ? AND bundle_index = ?")
        .param(tenant)
        .param(index)
        .query(byte[].class)
        .single();
  }

  /** Stores {@code bytes} as bundle {@code index} of {@code tenant}'s log. */
  public static void write(JdbcClient jdbc, String tenant, long index, byte[] bytes) {
    jdbc.sql("UPDATE log_bundle SET entries = ? WHERE tenant_id = ? AND bundle_index = ?")
        .param(bytes)
        .param(tenant)
        .param(index)
        .update();
  }

  /** Replaces entry {@code seq} inside its stored bundle with {@code entry}, lengths kept right. */
  public static void replaceEntry(JdbcClient jdbc, String tenant, long seq, byte[] entry) {
    long index = seq / EntryBundle.WIDTH;
    List<byte[]> entries;
    try {
      entries = new ArrayList<>(EntryBundle.split(read(jdbc, tenant, index)));
    } catch (EntryBundle.MalformedException e) {
      throw new IllegalStateException("bundle " + index + " is malformed already", e);
    }
    entries.set((int) (seq % EntryBundle.WIDTH), entry);
    byte[][] all = entries.toArray(byte[][]::new);
    write(jdbc, tenant, index, EntryBundle.join(all, 0, all.length));
  }
}
