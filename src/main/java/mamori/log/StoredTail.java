package mamori.log;

import java.util.Arrays;
import java.util.Optional;
import mamori.log.storage.LogStorage;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.TilePath;
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
    return load(storage, tenant, origin, (level, index) -> storage.tile(tenant, level, index));
  }

  /**
   * Loads tails and keeps the full tiles it read. A full tile never changes, so a tail read again
   * after another writer's commit costs the state, the partial tiles of the right edge and the full
   * tiles completed since: a few rows, whatever the log's size. The appender's sequencer owns one.
   */
  static final class FullTiles {
    /** Enough for every full tile a right edge needs (at most 255 per level) a few times over. */
    private static final int KEPT = 4_096;

    private final java.util.Map<Long, byte[]> full =
        new java.util.LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(java.util.Map.Entry<Long, byte[]> eldest) {
            return size() > KEPT;
          }
        };

    /** As {@link StoredTail#load(LogStorage, String, String)}, reading full tiles only once. */
    synchronized TreeTail load(LogStorage storage, String tenant, String origin) {
      return StoredTail.load(
          storage,
          tenant,
          origin,
          (level, index) -> {
            long key = (long) level << 56 | index;
            byte[] kept = full.get(key);
            if (kept != null) {
              return kept;
            }
            byte[] tile = storage.tile(tenant, level, index);
            if (tile.length == TilePath.FULL_WIDTH * Rfc6962.HASH_SIZE) {
              full.put(key, tile);
            }
            return tile;
          });
    }
  }

  private static TreeTail load(
      LogStorage storage, String tenant, String origin, TreeTail.TileSource tiles) {
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
      t = TreeTail.resume(state.get().size(), tiles);
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
