package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import mamori.generate.PersonGenerator;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori bench package}'s measuring on a few persons: a package made and opened at the
 * recipient through the release over HTTP, the COPY baseline, the heap's peaks, the targets, and
 * nothing left behind.
 */
class PackageBenchTest {
  @TempDir Path scratch;

  private static List<String> schemas(String like) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestStores.PG_URL);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + like + "'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private BenchRun run(BenchStore store, long persons) throws Exception {
    PackageBench bench = new PackageBench(store, persons, PersonGenerator.DEFAULT_SEED, null);
    bench.scratchRoot = scratch;
    return BenchRun.of(bench::run);
  }

  @Test
  void onSqlite_printsEveryFigureAndTheTargets_andLeavesNothingBehind() throws Exception {
    List<String> before = schemas("mamori_copy_%");
    BenchRun run = run(new BenchStore(null, null), 600);

    assertThat(run.out())
        .contains("package.store: sqlite\n", "package.persons: 600\n", "package.field_count: 11\n");
    for (String name :
        List.of(
            "package.create_per_s",
            "package.open_check_per_s",
            "package.open_per_s",
            "package.copy_per_s",
            "package.create_ratio_vs_copy",
            "package.open_ratio_vs_copy",
            "package.ratio_vs_copy",
            "package.create_peak_heap_mb",
            "package.open_peak_heap_mb",
            "package.peak_heap_mb",
            "package.peak_heap_mb_at_tenth",
            "package.create_per_s_at_tenth",
            "package.target.persons_per_s",
            "package.target.ratio_vs_copy")) {
      assertThat(run.figure(name)).as(name).isPositive();
    }
    assertThat(run.figure("package.ratio_vs_copy"))
        .isCloseTo(
            Math.min(run.figure("package.create_per_s"), run.figure("package.open_per_s"))
                / run.figure("package.copy_per_s"),
            org.assertj.core.data.Offset.offset(0.006)); // printed to two places
    assertThat(run.out())
        .containsPattern(
            "(?m)^# release: online, asked over HTTP of the sender's releases at"
                + " http://127\\.0\\.0\\.1:\\d+$")
        .containsPattern(
            "(?m)^# targets: create >= 100,000/s (met|MISSED) .*; open >= 100,000/s (met|MISSED)"
                + " .*; create >= 0\\.8x COPY (met|MISSED) .*; open >= 0\\.8x COPY (met|MISSED)"
                + " .*; heap flat (met|MISSED) .*$");
    assertThat(run.lines())
        .allMatch(l -> l.startsWith("#") || l.matches("package\\.[a-z0-9_.]+: \\S+"));
    assertThat(run.err()).as("the open was reported to the sender").isEmpty();
    assertThat(schemas("mamori_copy_%")).containsExactlyInAnyOrderElementsOf(before);
    assertThat(scratch).isEmptyDirectory();
  }

  @Test
  void onPostgresql_runsInASchemaOfItsOwn_thatIsDroppedAfter() throws Exception {
    BenchRun run = run(new BenchStore(scratch.resolve("home"), TestStores.PG_URL), 200);
    assertThat(run.out()).contains("package.store: postgresql\n");
    assertThat(run.figure("package.open_per_s")).isPositive();
    assertThat(schemas("mamori_package_bench_%")).isEmpty();
  }
}
