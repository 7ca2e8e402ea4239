package mamori.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The baseline of {@code mamori bench package}: the same persons' rows written out of PostgreSQL as
 * a plain CSV file with {@code COPY ... TO STDOUT (FORMAT csv)}, the fastest way a DBA has to move
 * a register out of a database (and the way the Amagasaki register left on a USB stick: in the
 * clear). The rows are loaded into a plain table of a fresh schema first (not timed), which is
 * dropped after.
 */
// raw JDBC: COPY on the baseline's own connection, as PgcryptoBaseline does
final class CopyOutBaseline implements AutoCloseable {
  static final String COLUMNS =
      "my_number, family_name, given_name, family_name_kana, given_name_kana, birth_date, sex,"
          + " postal_code, address, household_id, bank_account";

  private final Connection connection;
  private final String schema;

  private CopyOutBaseline(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  /** A fresh schema with a plain person table on the server at {@code jdbcUrl}. */
  static CopyOutBaseline create(String jdbcUrl) throws SQLException {
    Connection c = DriverManager.getConnection(jdbcUrl);
    byte[] id = new byte[6];
    new SecureRandom().nextBytes(id);
    String schema = "mamori_copy_" + HexFormat.of().formatHex(id);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
      st.execute(
          ("CREATE TABLE %s.person (my_number text, family_name text, given_name text,"
                  + " family_name_kana text, given_name_kana text, birth_date text, sex text,"
                  + " postal_code text, address text, household_id text, bank_account text)")
              .formatted(schema));
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return new CopyOutBaseline(c, schema);
  }

  /**
   * Loads the generated CSV (its header names the columns; {@code mamori generate persons} writes
   * them) into the table; not timed. Returns the rows loaded.
   */
  long load(Path csv) throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    String header;
    try (var lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      header = lines.readLine();
    }
    if (header == null) {
      throw new IOException("the generated CSV is empty");
    }
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      long rows =
          copy.copyIn(
              "COPY %s.person (%s) FROM STDIN (FORMAT csv, HEADER true)"
                  .formatted(schema, header.replace("\uFEFF", "")),
              in);
      try (Statement st = connection.createStatement()) {
        st.execute("ANALYZE " + schema + ".person");
      }
      return rows;
    }
  }

  /** Writes every row to {@code out} as CSV with a header, as a DBA would; timed by the caller. */
  long copyOut(Path out) throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    try (OutputStream file =
        new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      return copy.copyOut(
          "COPY (SELECT %s FROM %s.person) TO STDOUT (FORMAT csv, HEADER true)"
              .formatted(COLUMNS, schema),
          file);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DROP SCHEMA " + schema + " CASCADE");
    } finally {
      connection.close();
    }
  }
}
