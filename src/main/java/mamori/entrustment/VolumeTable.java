package mamori.entrustment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The daily volume counters of V7__entrustment.sql. A counter holds what has been leased to the service
 * instances ({@link VolumeLeases}): it moves up only while it stays within its cap
 * ({@code UPDATE ... WHERE count + n <= cap}), so however many instances lease, the cap is never passed.
 */
final class VolumeTable {
  /** One link of a chain and its cap. */
  record Link(String entrustmentId, long cap) {}

  private final DataSource ds;

  VolumeTable(DataSource ds) {
    this.ds = ds;
  }

  long count(String tenant, String entrustmentId, LocalDate day) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return count(c, tenant, entrustmentId, day);
    }
  }

  private static long count(Connection c, String tenant, String entrustmentId, LocalDate day) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT count FROM entrustment_volume WHERE tenant_id = ? AND entrustment_id = ? AND day = ?")) {
      st.setString(1, tenant);
      st.setString(2, entrustmentId);
      st.setString(3, day.toString());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /**
   * Moves one counter up by a block of at least {@code need} and at most {@code want}, within its cap, in
   * one transaction: a block of an eighth of the room left, so that near the cap the blocks shrink to
   * {@code need}. Returns the block taken, or 0 (and nothing changed) when not even {@code need} fits.
   */
  long lease(String tenant, Link link, LocalDate day, long need, long want) throws SQLException {
    try (Connection c = ds.getConnection()) {
      for (int attempt = 0; attempt < 8; attempt++) {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO entrustment_volume (tenant_id, entrustment_id,"
            + " day, count) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
          ins.setString(1, tenant);
          ins.setString(2, link.entrustmentId());
          ins.setString(3, day.toString());
          ins.executeUpdate();
        }
        long room = link.cap() - count(c, tenant, link.entrustmentId(), day);
        if (room < need) {
          return 0;
        }
        long block = Math.max(need, Math.min(want, room / 8));
        // another instance may have leased since the read: the guard keeps the cap, and we read again
        try (PreparedStatement up = c.prepareStatement("UPDATE entrustment_volume SET count = count + ? WHERE"
            + " tenant_id = ? AND entrustment_id = ? AND day = ? AND count + ? <= ?")) {
          up.setLong(1, block);
          up.setString(2, tenant);
          up.setString(3, link.entrustmentId());
          up.setString(4, day.toString());
          up.setLong(5, block);
          up.setLong(6, link.cap());
          if (up.executeUpdate() == 1) {
            return block;
          }
        }
      }
      throw new SQLException("the volume counter of " + link.entrustmentId() + " keeps moving; try again");
    }
  }

  /** Gives back {@code n} leased but unused from a counter (never below zero). */
  void giveBack(String tenant, String entrustmentId, LocalDate day, long n) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement up = c.prepareStatement("UPDATE entrustment_volume"
        + " SET count = CASE WHEN count > ? THEN count - ? ELSE 0 END WHERE tenant_id = ? AND entrustment_id = ?"
        + " AND day = ?")) {
      up.setLong(1, n);
      up.setLong(2, n);
      up.setString(3, tenant);
      up.setString(4, entrustmentId);
      up.setString(5, day.toString());
      up.executeUpdate();
    }
  }
}
