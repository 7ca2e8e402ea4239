package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code mamori bench import} end to end through picocli, with Mamori's own import. */
class BenchImportCommandTest {
  /** What the import was opened with. */
  record Opened(StoreLocation store, Path keys, String tenant) {}

  final AtomicReference<Opened> opened = new AtomicReference<>();

  /** Mamori's import as the command runs it ({@link ImportRun#VAULT}), remembering what it was opened with. */
  final ImportRun vault = (store, keys, tenant) -> {
    opened.set(new Opened(store, keys, tenant));
    return ImportRun.VAULT.open(store, keys, tenant);
  };

  private CliRun run(ImportRun mamori, String... args) {
    String[] all = Stream.concat(Stream.of("bench", "import"), Stream.of(args)).toArray(String[]::new);
    return CliRun.with(cl -> command(cl).mamori = mamori, all);
  }

  private static BenchImportCommand command(CommandLine cl) {
    return cl.getSubcommands().get("bench").getSubcommands().get("import").getCommand();
  }

  private static double figure(CliRun run, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ": (\\d+(?:\\.\\d+)?)$").matcher(run.out());
    assertThat(m.find()).as("line '%s: <number>' in%n%s", name, run.out()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static List<String> baselineSchemas() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestStores.PG_URL); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'mamori_bench_pgcrypto_%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static List<Path> scratchFolders() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("mamori-import-bench-")).toList();
    }
  }

  @Test
  void withAnImportStep_printsBothRatesAndTheRatio_exit0_andLeavesNothingBehind() throws Exception {
    List<String> schemasBefore = baselineSchemas();
    List<Path> foldersBefore = scratchFolders();
    CliRun run = run(vault, "--persons", "2000");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("import.store: sqlite\n", "import.persons: 2000\n");
    assertThat(figure(run, "import.seconds")).as("2,000 persons encrypted, indexed and logged").isPositive();
    for (String name : List.of("import.persons_per_s", "import.baseline_pgcrypto_seconds",
        "import.baseline_pgcrypto_per_s", "import.ratio_vs_pgcrypto", "import.target.persons_per_s",
        "import.target.ratio_vs_pgcrypto")) {
      assertThat(figure(run, name)).as(name).isPositive();
    }
    double ratio = figure(run, "import.persons_per_s") / figure(run, "import.baseline_pgcrypto_per_s");
    assertThat(figure(run, "import.ratio_vs_pgcrypto")).isCloseTo(ratio, org.assertj.core.data.Percentage.withPercentage(5));
    assertThat(run.out()).containsPattern("(?m)^# baseline: PostgreSQL at .*, pgp_sym_encrypt options"
        + " 'cipher-algo=aes256, s2k-mode=1', 2 threads, batches of 1000$");
    assertThat(run.out()).containsPattern("(?m)^# targets: import >= 100,000/s (met|MISSED) .*; ratio > 1 (met|MISSED)$");
    assertThat(run.lines()).allMatch(l -> l.startsWith("#") || l.matches("import\\.[a-z0-9_.]+: \\S+"));
    assertThat(run.err()).isEmpty();
    assertThat(opened.get().store()).isInstanceOf(StoreLocation.Embedded.class);
    assertThat(opened.get().tenant()).matches("bench-[0-9a-f]{8}");
    assertThat(baselineSchemas()).containsExactlyInAnyOrderElementsOf(schemasBefore);
    assertThat(scratchFolders()).containsExactlyInAnyOrderElementsOf(foldersBefore);
  }

  @Test
  void withoutAnImportStep_measuresTheBaselineOnly_andSaysSo() {
    CliRun run = run(null, "--persons", "500");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(figure(run, "import.baseline_pgcrypto_per_s")).isPositive();
    assertThat(run.out()).doesNotContain("import.persons_per_s", "import.ratio_vs_pgcrypto:", "# targets");
    assertThat(run.err()).contains("Mamori's import is not plugged in yet: only the baseline was measured");
  }

  @Test
  void onPostgresql_mamoriGetsTheServer_andThePersonsStayThereAsStderrSays() throws Exception {
    StoreLocation.Server server = (StoreLocation.Server) TestStores.fresh(TestStores.Kind.POSTGRESQL);
    Path data = Files.createTempDirectory("mamori-bench-keys");
    try {
      CliRun run = run(vault, "--persons", "500", "--db", server.jdbcUrl(), "--data", data.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("import.store: postgresql\n");
      assertThat(opened.get().store()).isEqualTo(server);
      String tenant = opened.get().tenant();
      assertThat(run.err()).contains("as tenant " + tenant).containsPattern("stay in PostgreSQL at .* as tenant bench-");
      try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT token) FROM person WHERE tenant_id = '"
               + tenant + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).as("every generated person imported").isEqualTo(500);
        assertThat(rs.getLong(2)).as("each with its own token").isEqualTo(500);
      }
    } finally {
      TestStores.drop(server);
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Test
  void aFailingImport_exits2_andStillDropsTheBaselineSchemaAndScratch() throws Exception {
    List<String> schemasBefore = baselineSchemas();
    List<Path> foldersBefore = scratchFolders();
    CliRun run = run((store, keys, tenant) -> (csv, progress) -> 1, "--persons", "300");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Mamori's import took 1 of the 300 generated persons");
    assertThat(run.out()).doesNotContain("import.persons_per_s");
    assertThat(baselineSchemas()).containsExactlyInAnyOrderElementsOf(schemasBefore);
    assertThat(scratchFolders()).containsExactlyInAnyOrderElementsOf(foldersBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--persons=0", "--persons=100000001", "--persons=abc", "--baseline-db=jdbc:mysql://x/y",
      "--pgcrypto-options=cipher-algo=aes256'); DROP TABLE t; --", "--frobnicate"})
  void badArguments_exit2_withoutRunning(String bad) throws IOException {
    List<Path> foldersBefore = scratchFolders();
    CliRun run = run(vault, bad);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(bad.replaceAll("=.*", ""));
    assertThat(run.out()).isEmpty();
    assertThat(opened.get()).isNull();
    assertThat(scratchFolders()).containsExactlyInAnyOrderElementsOf(foldersBefore);
  }

  @Test
  void benchWithoutASubcommand_namesBoth() {
    CliRun run = CliRun.of("bench");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("mamori bench import --help");
  }
}
