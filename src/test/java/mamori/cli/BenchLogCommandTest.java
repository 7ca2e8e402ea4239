package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code mamori bench log} end to end through picocli, on tiny sizes. */
class BenchLogCommandTest {
  static final List<String> FIGURES = List.of("log.appends", "log.appenders", "log.appends_per_s",
      "log.checkpoint_latency_ms_p99", "log.checkpoint_latency_ms_max", "log.verify_entries_per_s",
      "log.verify_hash_only_entries_per_s", "log.inclusion_proof_store_us", "log.inclusion_proof_store_us_p99",
      "log.bulk_batch", "log.bulk_appends_per_s",
      "log.inclusion_proof_tree_size", "log.inclusion_proof_us", "log.inclusion_proof_us_p99",
      "log.target.appends_per_s", "log.target.checkpoint_latency_ms_p99", "log.target.verify_entries_per_s",
      "log.target.inclusion_proof_us", "log.target.inclusion_proof_tree_size");

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = MamoriCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private double figure(String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ": (\\d+(?:\\.\\d+)?)$").matcher(out.toString());
    assertThat(m.find()).as("line '%s: <number>' in%n%s", name, out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private void assertEveryFigurePrinted() {
    for (String name : FIGURES) {
      assertThat(figure(name)).as(name).isPositive();
    }
    assertThat(figure("log.appends")).isEqualTo(2_000);
    assertThat(figure("log.inclusion_proof_tree_size")).isEqualTo(100_000);
    assertThat(out.toString()).containsPattern("(?m)^# targets: appends >= 50,000/s .*at 100,000,000 leaves");
    assertThat(out.toString().lines()).allMatch(l -> l.startsWith("#") || l.matches("log\\.[a-z0-9_.]+: \\S+"));
  }

  private static List<Path> benchFolders() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("mamori-bench-")).toList();
    }
  }

  @Test
  void onATemporarySqliteFolder_printsEveryFigure_exit0_andLeavesNothingBehind() throws IOException {
    List<Path> before = benchFolders();
    int code = run("bench", "log", "--appends", "2000", "--proof-size", "100000");
    assertThat(code).as(err.toString()).isZero();
    assertEveryFigurePrinted();
    assertThat(out.toString()).contains("log.store: sqlite\n");
    assertThat(err.toString()).isEmpty();
    assertThat(benchFolders()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void onPostgresql_printsEveryFigure_andSaysWhichTenantItLeft() {
    StoreLocation.Server server = (StoreLocation.Server) TestStores.fresh(TestStores.Kind.POSTGRESQL);
    try {
      int code = run("bench", "log", "--db", server.jdbcUrl(), "--appends", "2000", "--appenders", "200",
          "--proof-size", "100000");
      assertThat(code).as(err.toString()).isZero();
      assertEveryFigurePrinted();
      assertThat(out.toString()).contains("log.store: postgresql\n");
      assertThat(err.toString()).containsPattern("stays in PostgreSQL at .* as tenant bench-[0-9a-f]{8};");
    } finally {
      TestStores.drop(server);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--appends=0", "--appends=100000001", "--appends=abc", "--appenders=0",
      "--appenders=65537", "--proof-size=0", "--proof-size=4000000001", "--frobnicate"})
  void badArguments_exit2_withoutRunning(String bad) {
    int code = run("bench", "log", bad);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(bad.replaceAll("=.*", ""));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void benchWithoutASubcommand_exits2() {
    assertThat(run("bench")).isEqualTo(2);
    assertThat(err.toString()).contains("mamori bench log --help");
  }
}
