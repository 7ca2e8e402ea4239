package mamori.log;

import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/**
 * How the roles call the log's storage: a failure of the store becomes a {@link
 * LogUnavailableException}.
 */
final class StoreCalls {
  private StoreCalls() {}

  /**
   * The result of {@code call}.
   *
   * @throws LogUnavailableException naming {@code what} when the store fails
   */
  static <T> T read(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (DataAccessException e) {
      throw new LogUnavailableException("cannot read " + what + ": " + reason(e), e);
    }
  }

  /**
   * Runs {@code call}.
   *
   * @throws LogUnavailableException naming {@code what} when the store fails
   */
  static void write(String what, Runnable call) {
    try {
      call.run();
    } catch (DataAccessException e) {
      throw new LogUnavailableException("cannot store " + what + ": " + reason(e), e);
    }
  }

  /** The store's own words for a failure, without the statement that Spring's message repeats. */
  static String reason(RuntimeException e) {
    return e instanceof DataAccessException d
        ? String.valueOf(d.getMostSpecificCause().getMessage())
        : String.valueOf(e.getMessage());
  }
}
