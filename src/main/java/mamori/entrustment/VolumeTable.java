package mamori.entrustment;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily volume counters of V7__entrustment.sql. A counter holds what has been leased to the
 * service instances ({@link VolumeLeases}): it moves up only while it stays within its cap ({@code
 * UPDATE ... WHERE count + n <= cap}), so however many instances lease, the cap is never passed.
 */
final class VolumeTable {
  /** One link of a chain and its cap. */
  record Link(String entrustmentId, long cap) {}

  private final JdbcClient jdbc;
  private final String table;
  private final String key;

  /** The counters of entrustments, {@code entrustment_volume}. */
  VolumeTable(DataSource ds) {
    this(ds, "entrustment_volume", "entrustment_id");
  }

  /**
   * The counters of {@code table}, one per tenant, {@code key} and day: {@code staff_volume} keys
   * them by {@code user_id}, a staff member's own daily volume.
   */
  VolumeTable(DataSource ds, String table, String key) {
    this.jdbc = JdbcClient.create(ds);
    this.table = table;
    this.key = key;
  }

  long count(String tenant, String entrustmentId, LocalDate day) {
    return jdbc.sql(
            "SELECT count FROM " + table + " WHERE tenant_id = ? AND " + key + " = ? AND day = ?")
        .params(tenant, entrustmentId, day.toString())
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /**
   * Moves one counter up by a block of at least {@code need} and at most {@code want}, within its
   * cap, in one statement: a block of an eighth of the room left, so that near the cap the blocks
   * shrink to {@code need}. Returns the block taken, or 0 (and nothing changed) when not even
   * {@code need} fits.
   */
  long lease(String tenant, Link link, LocalDate day, long need, long want) {
    for (int attempt = 0; attempt < 8; attempt++) {
      jdbc.sql(
              "INSERT INTO "
                  + table
                  + " (tenant_id, "
                  + key
                  + ", day, count) VALUES (?, ?, ?, 0)"
                  + " ON CONFLICT DO NOTHING")
          .params(tenant, link.entrustmentId(), day.toString())
          .update();
      long room = link.cap() - count(tenant, link.entrustmentId(), day);
      if (room < need) {
        return 0;
      }
      long block = Math.max(need, Math.min(want, room / 8));
      // another instance may have leased since the read: the guard keeps the cap, and we read again
      int moved =
          jdbc.sql(
                  "UPDATE "
                      + table
                      + " SET count = count + ? WHERE tenant_id = ? AND "
                      + key
                      + " = ?"
                      + " AND day = ? AND count + ? <= ?")
              .params(block, tenant, link.entrustmentId(), day.toString(), block, link.cap())
              .update();
      if (moved == 1) {
        return block;
      }
    }
    throw new ConcurrencyFailureException(
        "the volume counter of " + link.entrustmentId() + " keeps moving; try again");
  }

  /** Gives back {@code n} leased but unused from a counter (never below zero). */
  void giveBack(String tenant, String entrustmentId, LocalDate day, long n) {
    jdbc.sql(
            "UPDATE "
                + table
                + " SET count = CASE WHEN count > ? THEN count - ? ELSE 0 END"
                + " WHERE tenant_id = ? AND "
                + key
                + " = ? AND day = ?")
        .params(n, n, tenant, entrustmentId, day.toString())
        .update();
  }
}
