package mamori.entrustment;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Store failures of this module, as unchecked errors that say which store failed. */
final class Jdbc {
  private Jdbc() {}

  interface Sql<T extends @Nullable Object> {
    T run() throws SQLException;
  }

  static <T extends @Nullable Object> T sql(Sql<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("the entrustment store failed: " + e.getMessage(), e);
    }
  }
}
