package mamori.entrustment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * The daily volume counters of V7__entrustment.sql. Consuming is one transaction over every link of a
 * chain, root first (one order, so two chains sharing links cannot deadlock): each counter moves up only
 * while it stays within its cap ({@code UPDATE ... WHERE count + n <= cap}), and when one cannot, the
 * whole transaction rolls back. The row lock the update takes makes concurrent consumers wait, so the
 * cap is never passed.
 */
final class VolumeTable {
  /** One link of a chain and its cap. */
  record Link(String entrustmentId, long cap) {}

  private final DataSource ds;

  VolumeTable(DataSource ds) {
    this.ds = ds;
  }

  long count(String tenant, String entrustmentId, LocalDate day) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT count FROM entrustment_volume WHERE tenant_id = ? AND entrustment_id = ? AND day = ?")) {
      st.setString(1, tenant);
      st.setString(2, entrustmentId);
      st.setString(3, day.toString());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** Adds {@code n} to every link's count of {@code day} if none passes its cap; false (and nothing) if one would. */
  boolean tryConsume(String tenant, List<Link> links, LocalDate day, long n) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Link link : links) {
          try (PreparedStatement ins = c.prepareStatement("INSERT INTO entrustment_volume (tenant_id, entrustment_id,"
              + " day, count) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
            ins.setString(1, tenant);
            ins.setString(2, link.entrustmentId());
            ins.setString(3, day.toString());
            ins.executeUpdate();
          }
          try (PreparedStatement up = c.prepareStatement("UPDATE entrustment_volume SET count = count + ? WHERE"
              + " tenant_id = ? AND entrustment_id = ? AND day = ? AND count + ? <= ?")) {
            up.setLong(1, n);
            up.setString(2, tenant);
            up.setString(3, link.entrustmentId());
            up.setString(4, day.toString());
            up.setLong(5, n);
            up.setLong(6, link.cap());
            if (up.executeUpdate() != 1) {
              c.rollback();
              return false;
            }
          }
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
