package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori bench log}'s measuring, on tiny sizes; its options are checked in BenchCommandTest.
 */
class LogBenchTest {
  static final List<String> FIGURES =
      List.of(
          "log.appends",
          "log.appenders",
          "log.appends_per_s",
          "log.checkpoint_latency_ms_p99",
          "log.checkpoint_latency_ms_max",
          "log.verify_entries_per_s",
          "log.verify_peak_heap_mb",
          "log.verify_hash_only_entries_per_s",
          "log.inclusion_proof_store_us",
          "log.inclusion_proof_store_us_p99",
          "log.bulk_batch",
          "log.bulk_appends_per_s",
          "log.inclusion_proof_tree_size",
          "log.inclusion_proof_us",
          "log.inclusion_proof_us_p99",
          "log.target.appends_per_s",
          "log.target.checkpoint_latency_ms_p99",
          "log.target.verify_entries_per_s",
          "log.target.inclusion_proof_us",
          "log.target.inclusion_proof_tree_size",
          "log.target_ratio.appends_per_s",
          "log.target_ratio.checkpoint_latency_ms_p99",
          "log.target_ratio.verify_entries_per_s",
          "log.target_ratio.inclusion_proof_us");

  @TempDir Path scratch;

  private BenchRun run(BenchStore store, int appenders) throws Exception {
    LogBench bench = new LogBench(store, 2_000, appenders, 4096, 100_000);
    bench.scratchRoot = scratch;
    return BenchRun.of(bench::run);
  }

  private static void assertEveryFigurePrinted(BenchRun run) {
    for (String name : FIGURES) {
      assertThat(run.figure(name)).as(name).isPositive();
    }
    assertThat(run.figure("log.appends")).isEqualTo(2_000);
    assertThat(run.figure("log.inclusion_proof_tree_size")).isEqualTo(100_000);
    assertThat(run.figure("log.target_ratio.appends_per_s"))
        .isCloseTo(
            run.figure("log.appends_per_s") / 50_000, org.assertj.core.data.Offset.offset(0.01));
    assertThat(run.out())
        .containsPattern("(?m)^# targets: appends >= 50,000/s .*at 100,000,000 leaves");
    assertThat(run.lines())
        .allMatch(l -> l.startsWith("#") || l.matches("log\\.[a-z0-9_.]+: \\S+"));
  }

  @Test
  void onATemporarySqliteFolder_printsEveryFigure_andLeavesNothingBehind() throws Exception {
    BenchRun run = run(new BenchStore(null, null), 64);
    assertEveryFigurePrinted(run);
    assertThat(run.out()).contains("log.store: sqlite\n");
    assertThat(run.err()).isEmpty();
    assertThat(scratch).isEmptyDirectory();
  }

  @Test
  void onPostgresql_printsEveryFigure_andSaysWhichTenantItLeft() throws Exception {
    StoreLocation.Server server =
        (StoreLocation.Server) TestStores.fresh(TestStores.Kind.POSTGRESQL);
    try {
      BenchRun run = run(new BenchStore(null, server.jdbcUrl()), 200);
      assertEveryFigurePrinted(run);
      assertThat(run.out()).contains("log.store: postgresql\n");
      assertThat(run.err())
          .containsPattern("stays in PostgreSQL at .* as tenant bench-[0-9a-f]{8};");
    } finally {
      TestStores.drop(server);
    }
  }
}
