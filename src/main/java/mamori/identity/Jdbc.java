package mamori.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The one-statement updates of this module, each in its own auto-committed transaction. */
final class Jdbc {
  private Jdbc() {}

  /** Runs one INSERT, UPDATE or DELETE; returns the rows it changed. */
  static int update(DataSource dataSource, String sql, @Nullable Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write identity data: " + e.getMessage(), e);
    }
  }
}
