package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import mamori.generate.PersonGenerator;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DBA's way, on the test PostgreSQL server: encrypted columns, blind index, audit trigger. */
class PgcryptoBaselineTest {
  static final int PERSONS = 300;

  @TempDir Path dir;
  Path csv;
  PgcryptoBaseline baseline;

  @BeforeEach
  void setUp() throws IOException, SQLException {
    csv = dir.resolve("p.csv");
    PersonGenerator.writeCsv(csv, PERSONS, 11);
    baseline = PgcryptoBaseline.create(TestStores.PG_URL, PgcryptoBaseline.DEFAULT_OPTIONS);
  }

  @AfterEach
  void tearDown() throws SQLException {
    baseline.close();
  }

  /**
   * The generated rows, each as its fields; never printed whole (an assertion shows only counts).
   */
  private List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (CsvRecords r = CsvRecords.open(csv)) {
      for (String[] row; (row = r.next()) != null; ) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void load_storesEveryPerson_withoutAnyPlaintextInTheTable() throws Exception {
    assertThat(baseline.load(csv, 2, n -> {})).isEqualTo(PERSONS);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (Connection c = baseline.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM person")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          if (rs.getMetaData().getColumnType(i) == java.sql.Types.BINARY
              && rs.getBytes(i) != null) {
            raw.write(rs.getBytes(i));
          }
        }
      }
    }
    String bytes = raw.toString(StandardCharsets.ISO_8859_1);
    assertThat(bytes.length()).as("bytes read").isGreaterThan(PERSONS * 11 * 40);
    int found = 0;
    int searched = 0;
    for (String[] row : rows()) {
      for (int field : new int[] {0, 1, 2, 3, 8, 10}) { // number, names, kana, address, account
        String needle =
            new String(row[field].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        // Six bytes or more: a shorter one (a one-kanji given name) turns up in random bytes by
        // chance.
        if (needle.length() >= 6) {
          searched++;
          found += bytes.contains(needle) ? 1 : 0;
        }
      }
    }
    assertThat(searched).as("fields searched").isGreaterThan(PERSONS * 4);
    assertThat(found).as("plaintext fields found in the table's bytes").isZero();
  }

  @Test
  void load_encryptsTheTrueValues_andTheBlindIndexFindsAPerson() throws Exception {
    baseline.load(csv, 1, n -> {});
    String[] person = rows().get(PERSONS / 2);
    try (Connection c = baseline.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT pgp_sym_decrypt(family_name, current_setting('mamori_bench.key')),"
                    + " pgp_sym_decrypt(address, current_setting('mamori_bench.key')) FROM person"
                    + " WHERE tenant = 'bench' AND my_number_hmac = hmac(?, current_setting('mamori_bench.index_key'), 'sha256')")) {
      ps.setString(1, person[0]);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("the person is found by the blind index").isTrue();
        assertThat(rs.getString(1)).isEqualTo(person[1]);
        assertThat(rs.getString(2)).isEqualTo(person[8]);
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void load_writesOneAuditRowPerPerson_byTheTrigger() throws Exception {
    baseline.load(csv, 2, n -> {});
    try (Connection c = baseline.connect()) {
      assertThat(count(c, "SELECT count(*) FROM audit")).isEqualTo(PERSONS);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM audit a JOIN person p ON p.id = a.row_id"
                      + " WHERE a.operation = 'INSERT' AND a.table_name = 'person' AND a.actor = 'bench-import'"
                      + " AND a.db_user = current_user"))
          .isEqualTo(PERSONS);
    }
  }

  @Test
  void progress_endsAtTheCount() throws Exception {
    List<Long> heard = new ArrayList<>();
    baseline.load(csv, 2, heard::add);
    assertThat(heard).isNotEmpty().last().isEqualTo((long) PERSONS);
  }

  @Test
  void aNumberTwiceInTheFile_failsOnTheBlindIndex() throws Exception {
    List<String> lines = Files.readAllLines(csv);
    lines.add(lines.get(1));
    Files.write(csv, lines);
    assertThatThrownBy(() -> baseline.load(csv, 1, n -> {}))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("person_blind_number");
  }

  @Test
  void close_dropsTheSchema() throws SQLException {
    String schema = baseline.schema();
    baseline.close();
    try (Connection c = DriverManager.getConnection(TestStores.PG_URL)) {
      assertThat(count(c, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'"))
          .isZero();
    }
  }

  @Test
  void optionsWithAQuote_areRefusedBeforeTouchingTheServer() {
    assertThatThrownBy(() ->
            PgcryptoBaseline.create(TestStores.PG_URL, "cipher-algo=aes256'); DROP TABLE x; --"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
