package mamori.log;

import java.util.Arrays;
import java.util.Optional;
import mamori.log.storage.LogStorage;
import org.springframework.dao.DataAccessException;

/**
 * A log's {@link TreeTail} read back from its storage, and checked: the same origin, and stored
 * tiles that give the stored root. The {@link Appender} reads it when it starts and after a failed
 * commit.
 */
final class StoredTail {
  private StoredTail() {}

  /**
   * The tail of the tree {@code storage} holds for {@code tenant}, empty when there is none.
   *
   * @throws LogUnavailableException when the stored tree cannot be read, has another origin, or
   *     does not give its stored root
   */
  static TreeTail load(LogStorage storage, String tenant, String origin) {
    Optional<LogStorage.State> state;
    try {
      state = storage.state(tenant);
      if (state.isEmpty()) {
        return TreeTail.empty();
      }
    } catch (DataAccessException e) {
      throw new LogUnavailableException("cannot read the log of " + tenant, e);
    }
    if (!state.get().origin().equals(origin)) {
      throw new LogUnavailableException(
          "the log of "
              + tenant
              + " is stored with origin "
              + state.get().origin()
              + ", not "
              + origin);
    }
    TreeTail t;
    try {
      t = TreeTail.resume(state.get().size(), (level, index) -> storage.tile(tenant, level, index));
    } catch (DataAccessException e) {
      throw new LogUnavailableException("cannot read the log of " + tenant, e);
    }
    if (!Arrays.equals(t.root(), state.get().root())) {
      throw new LogUnavailableException(
          "the stored tiles of "
              + tenant
              + " do not give the stored root;"
              + " run 'mamori log verify --tenant "
              + tenant
              + "'");
    }
    return t;
  }
}
