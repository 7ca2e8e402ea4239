package mamori.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;

/**
 * Measures the re-wrapping a key retirement does ({@code retention.retire_per_s}): fills a tenant
 * with persons that have only a data key (the fields are never touched by re-wrapping, so they are
 * left out), rotates the field key and times {@link KeyRotation#rewrap} over all of them. For the
 * bench ({@code mamori bench retention}) and its test.
 */
public final class RetireSpeed {
  private static final int FILL_BATCH = 10_000;

  private RetireSpeed() {}

  /**
   * What was measured.
   *
   * @param persons persons re-wrapped
   * @param nanos the time {@link KeyRotation#rewrap} took
   */
  public record Measured(long persons, long nanos) {
    public double perSecond() {
      return persons * 1e9 / nanos;
    }
  }

  /**
   * Fills {@code tenant} (which must have no persons) with {@code persons} persons holding a data
   * key, rotates its field key, and times re-wrapping them all.
   */
  public static Measured rewrap(
      DataSource store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      String tenant,
      int persons) {
    fill(store, keys, clock, tenant, persons);
    keys.rotateFieldKey(tenant);
    KeyRotation rotation = new KeyRotation(store, keys, logs, clock, List.of(), List.of());
    long start = System.nanoTime();
    long done = rotation.rewrap(tenant, n -> {});
    return new Measured(done, System.nanoTime() - start);
  }

  /** Persons 1..n of {@code tenant} with a fresh wrapped data key each and nothing else. */
  static void fill(DataSource store, TenantKeys keys, Clock clock, String tenant, int persons) {
    // raw JDBC: a bulk insert in batches, as the import's bulk path does
    try (Connection c = store.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO person (tenant_id, person_id, token, version, data_key, created_at,"
                  + " updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)")) {
        long now = clock.millis();
        for (long id = 1; id <= persons; id++) {
          st.setString(1, tenant);
          st.setLong(2, id);
          st.setString(3, String.format("speed-%013d", id));
          st.setBytes(4, keys.newPersonKey(tenant, id).wrapped());
          st.setLong(5, now);
          st.setLong(6, now);
          st.addBatch();
          if (id % FILL_BATCH == 0 || id == persons) {
            st.executeBatch();
            c.commit();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot fill the store for measuring: " + e.getMessage(), e);
    }
  }
}
