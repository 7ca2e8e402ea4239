package mamori.witness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The witness's tables (V3__witness.sql) on either store, in plain JDBC. The held checkpoint of an
 * origin only moves by compare-and-swap: one statement that changes the row only if it still holds
 * what the caller read, so a slower request can never roll back a faster one.
 */
final class WitnessStore {
  private final DataSource ds;

  WitnessStore(DataSource ds) {
    this.ds = ds;
  }

  /** The latest checkpoint cosigned for an origin: its size, root and signed note. */
  record Held(long size, byte[] root, String note) {}

  Optional<Held> held(String origin) throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT tree_size, root_hash, note FROM witness_checkpoint WHERE origin = ?")) {
      st.setString(1, origin);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new Held(rs.getLong(1), rs.getBytes(2), rs.getString(3))) : Optional.empty();
      }
    }
  }

  /**
   * Replaces {@code from} by {@code to} for {@code origin}, or inserts {@code to} when {@code from} is
   * empty; returns false, changing nothing, if the stored row is no longer {@code from}.
   */
  boolean compareAndSet(String origin, Optional<Held> from, Held to) throws SQLException {
    try (Connection c = ds.getConnection()) {
      if (from.isEmpty()) {
        try (PreparedStatement st = c.prepareStatement(
            "INSERT INTO witness_checkpoint (origin, tree_size, root_hash, note) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (origin) DO NOTHING")) {
          st.setString(1, origin);
          st.setLong(2, to.size());
          st.setBytes(3, to.root());
          st.setString(4, to.note());
          return st.executeUpdate() == 1;
        }
      }
      try (PreparedStatement st = c.prepareStatement(
          "UPDATE witness_checkpoint SET tree_size = ?, root_hash = ?, note = ? "
              + "WHERE origin = ? AND tree_size = ? AND root_hash = ?")) {
        st.setLong(1, to.size());
        st.setBytes(2, to.root());
        st.setString(3, to.note());
        st.setString(4, origin);
        st.setLong(5, from.get().size());
        st.setBytes(6, from.get().root());
        return st.executeUpdate() == 1;
      }
    }
  }

  /** Records a refusal once per offered checkpoint; a repeat of the same one adds nothing. */
  void record(Refusal r, long refusedAtMillis) throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "INSERT INTO witness_refusal (origin, tree_size, root_hash, reason, held_size, held_root, "
                 + "offered_note, proof, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 + "ON CONFLICT (origin, tree_size, root_hash) DO NOTHING")) {
      st.setString(1, r.origin());
      st.setLong(2, r.offeredSize());
      st.setBytes(3, r.offeredRoot());
      st.setString(4, r.reason());
      st.setLong(5, r.heldSize());
      st.setBytes(6, r.heldRoot());
      st.setString(7, r.offeredNote());
      st.setString(8, r.proof().isEmpty() ? "" : r.proofText());
      st.setLong(9, refusedAtMillis);
      st.executeUpdate();
    }
  }

  /** The refusals recorded for an origin, oldest tree first. */
  List<Refusal> refusals(String origin) throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT reason, held_size, held_root, tree_size, root_hash, offered_note, proof "
                 + "FROM witness_refusal WHERE origin = ? ORDER BY tree_size, refused_at")) {
      st.setString(1, origin);
      List<Refusal> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String proof = rs.getString(7);
          List<byte[]> hashes = proof.isEmpty() ? List.of()
              : Arrays.stream(proof.split(" ")).map(Base64.getDecoder()::decode).toList();
          out.add(new Refusal(origin, rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getLong(4),
              rs.getBytes(5), rs.getString(6), hashes));
        }
      }
      return out;
    }
  }
}
