package mamori.witness;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The witness's tables (V3__witness.sql) on either store. The held checkpoint of an origin only
 * moves by compare-and-swap: one statement that changes the row only if it still holds what the
 * caller read, so a slower request can never roll back a faster one. A store failure throws
 * Spring's {@link org.springframework.dao.DataAccessException}.
 */
final class WitnessStore {
  private final JdbcClient jdbc;

  WitnessStore(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  /** The latest checkpoint cosigned for an origin: its size, root and signed note. */
  record Held(long size, byte[] root, String note) {}

  Optional<Held> held(String origin) {
    return jdbc.sql("SELECT tree_size, root_hash, note FROM witness_checkpoint WHERE origin = ?")
        .param(origin)
        .query((rs, n) -> new Held(rs.getLong(1), rs.getBytes(2), rs.getString(3)))
        .optional();
  }

  /**
   * Replaces {@code from} by {@code to} for {@code origin}, or inserts {@code to} when {@code from}
   * is empty; returns false, changing nothing, if the stored row is no longer {@code from}.
   */
  boolean compareAndSet(String origin, Optional<Held> from, Held to) {
    if (from.isEmpty()) {
      return jdbc.sql(
                  "INSERT INTO witness_checkpoint (origin, tree_size, root_hash, note) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (origin) DO NOTHING")
              .params(origin, to.size(), to.root(), to.note())
              .update()
          == 1;
    }
    return jdbc.sql(
                "UPDATE witness_checkpoint SET tree_size = ?, root_hash = ?, note = ?"
                    + " WHERE origin = ? AND tree_size = ? AND root_hash = ?")
            .params(to.size(), to.root(), to.note(), origin, from.get().size(), from.get().root())
            .update()
        == 1;
  }

  /** Records a refusal once per offered checkpoint; a repeat of the same one adds nothing. */
  void record(Refusal r, long refusedAtMillis) {
    jdbc.sql(
            "INSERT INTO witness_refusal (origin, tree_size, root_hash, reason, held_size, held_root,"
                + " offered_note, proof, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (origin, tree_size, root_hash) DO NOTHING")
        .params(
            r.origin(),
            r.offeredSize(),
            r.offeredRoot(),
            r.reason(),
            r.heldSize(),
            r.heldRoot(),
            r.offeredNote(),
            r.proof().isEmpty() ? "" : r.proofText(),
            refusedAtMillis)
        .update();
  }

  /** The refusals recorded for an origin, oldest tree first. */
  List<Refusal> refusals(String origin) {
    return jdbc.sql(
            "SELECT reason, held_size, held_root, tree_size, root_hash, offered_note, proof"
                + " FROM witness_refusal WHERE origin = ? ORDER BY tree_size, refused_at")
        .param(origin)
        .query((rs, n) -> {
          String proof = rs.getString(7);
          List<byte[]> hashes =
              proof.isEmpty()
                  ? List.of()
                  : Arrays.stream(proof.split(" ")).map(Base64.getDecoder()::decode).toList();
          return new Refusal(
              origin,
              rs.getString(1),
              rs.getLong(2),
              rs.getBytes(3),
              rs.getLong(4),
              rs.getBytes(5),
              rs.getString(6),
              hashes);
        })
        .list();
  }
}
