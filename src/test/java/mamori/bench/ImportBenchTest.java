package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mamori.generate.PersonGenerator;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori bench import}'s measuring, with Mamori's own import; its options are checked in
 * BenchCommandTest.
 */
class ImportBenchTest {
  /** What the import was opened with. */
  record Opened(StoreLocation store, Path keys, String tenant) {}

  final AtomicReference<Opened> opened = new AtomicReference<>();

  @TempDir Path scratch;

  /**
   * Mamori's import as the command runs it ({@link ImportRun#VAULT}), remembering what it was
   * opened with.
   */
  final ImportRun vault =
      (store, keys, tenant) -> {
        opened.set(new Opened(store, keys, tenant));
        return ImportRun.VAULT.open(store, keys, tenant);
      };

  /**
   * A run over {@code persons} on {@code store}, with {@code mamori} as Mamori's import (null:
   * none).
   */
  private ImportBench bench(@Nullable ImportRun mamori, long persons, BenchStore store) {
    ImportBench bench =
        new ImportBench(
            store,
            persons,
            PersonGenerator.DEFAULT_SEED,
            null,
            ImportBench.DEFAULT_PGCRYPTO_OPTIONS);
    bench.mamori = mamori;
    bench.scratchRoot = scratch;
    return bench;
  }

  private BenchRun run(@Nullable ImportRun mamori, long persons) throws Exception {
    return BenchRun.of(bench(mamori, persons, new BenchStore(null, null))::run);
  }

  private static List<String> baselineSchemas() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestStores.PG_URL);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'mamori_bench_pgcrypto_%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Test
  void withAnImportStep_printsBothRatesAndTheRatio_andLeavesNothingBehind() throws Exception {
    List<String> schemasBefore = baselineSchemas();
    BenchRun run = run(vault, 2000);
    assertThat(run.out()).contains("import.store: sqlite\n", "import.persons: 2000\n");
    assertThat(run.figure("import.seconds"))
        .as("2,000 persons encrypted, indexed and logged")
        .isPositive();
    for (String name :
        List.of(
            "import.persons_per_s",
            "import.baseline_pgcrypto_seconds",
            "import.baseline_pgcrypto_per_s",
            "import.ratio_vs_pgcrypto",
            "import.target.persons_per_s",
            "import.target.ratio_vs_pgcrypto",
            "import.peak_heap_mb")) {
      assertThat(run.figure(name)).as(name).isPositive();
    }
    double ratio =
        run.figure("import.persons_per_s") / run.figure("import.baseline_pgcrypto_per_s");
    assertThat(run.figure("import.ratio_vs_pgcrypto"))
        .isCloseTo(ratio, org.assertj.core.data.Percentage.withPercentage(5));
    assertThat(run.out())
        .containsPattern(
            "(?m)^# baseline: PostgreSQL at .*, pgp_sym_encrypt options"
                + " 'cipher-algo=aes256, s2k-mode=1', 2 threads, batches of 1000$");
    assertThat(run.out())
        .containsPattern(
            "(?m)^# targets: import >= 100,000/s (met|MISSED) .*; ratio >= 1\\.5 (met|MISSED)$");
    assertThat(run.lines())
        .allMatch(l -> l.startsWith("#") || l.matches("import\\.[a-z0-9_.]+: \\S+"));
    assertThat(run.err()).isEmpty();
    assertThat(opened.get().store()).isInstanceOf(StoreLocation.Embedded.class);
    assertThat(opened.get().tenant()).matches("bench-[0-9a-f]{8}");
    assertThat(baselineSchemas()).containsExactlyInAnyOrderElementsOf(schemasBefore);
    assertThat(scratch).isEmptyDirectory();
  }

  @Test
  void withoutAnImportStep_measuresTheBaselineOnly_andSaysSo() throws Exception {
    BenchRun run = run(null, 500);
    assertThat(run.figure("import.baseline_pgcrypto_per_s")).isPositive();
    assertThat(run.out())
        .doesNotContain("import.persons_per_s", "import.ratio_vs_pgcrypto:", "# targets");
    assertThat(run.err())
        .contains("Mamori's import is not plugged in yet: only the baseline was measured");
  }

  @Test
  void onPostgresql_mamoriGetsTheServer_andThePersonsStayThereAsStderrSays() throws Exception {
    StoreLocation.Server server =
        (StoreLocation.Server) TestStores.fresh(TestStores.Kind.POSTGRESQL);
    Path keys = scratch.resolve("keys-home");
    try {
      BenchRun run = BenchRun.of(bench(vault, 500, new BenchStore(keys, server.jdbcUrl()))::run);
      assertThat(run.out()).contains("import.store: postgresql\n");
      assertThat(opened.get().store()).isEqualTo(server);
      String tenant = opened.get().tenant();
      assertThat(run.err())
          .contains("as tenant " + tenant)
          .containsPattern("stay in PostgreSQL at .* as tenant bench-");
      try (Connection c = DriverManager.getConnection(server.jdbcUrl());
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*), count(DISTINCT token) FROM person WHERE tenant_id = '"
                      + tenant
                      + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).as("every generated person imported").isEqualTo(500);
        assertThat(rs.getLong(2)).as("each with its own token").isEqualTo(500);
      }
    } finally {
      TestStores.drop(server);
    }
  }

  @Test
  void aFailingImport_fails_andStillDropsTheBaselineSchemaAndScratch() throws Exception {
    List<String> schemasBefore = baselineSchemas();
    StringWriter out = new StringWriter();
    ImportBench failing =
        bench((store, keys, tenant) -> (csv, progress) -> 1, 300, new BenchStore(null, null));
    assertThatThrownBy(() ->
            failing.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)))
        .hasMessageContaining("Mamori's import took 1 of the 300 generated persons");
    assertThat(out.toString()).doesNotContain("import.persons_per_s");
    assertThat(baselineSchemas()).containsExactlyInAnyOrderElementsOf(schemasBefore);
    assertThat(scratch).isEmptyDirectory();
  }
}
