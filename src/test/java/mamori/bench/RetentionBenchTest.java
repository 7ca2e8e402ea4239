package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mamori.generate.PersonGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori bench retention}'s measuring on a few hundred persons: two runs proposed, approved
 * and run to the end, a rotation's re-wrap, the heap, the targets.
 */
class RetentionBenchTest {
  @TempDir Path scratch;

  @Test
  void onSqlite_printsEveryFigureAndTheTargets() throws Exception {
    RetentionBench bench =
        new RetentionBench(new BenchStore(null, null), 300, 200, PersonGenerator.DEFAULT_SEED);
    bench.scratchRoot = scratch;
    BenchRun run = BenchRun.of(bench::run);

    assertThat(run.out())
        .contains(
            "retention.store: sqlite\n",
            "retention.persons: 300\n",
            "retention.retire_persons: 200\n");
    for (String name :
        List.of(
            "retention.erase_seconds",
            "retention.erase_per_s",
            "retention.erase_number_per_s",
            "retention.erase_whole_per_s",
            "retention.erase_per_s_at_tenth",
            "retention.retire_per_s",
            "retention.erase_peak_heap_mb",
            "retention.erase_peak_heap_mb_at_tenth",
            "retention.retire_peak_heap_mb",
            "retention.target.persons_per_s")) {
      assertThat(run.figure(name)).as(name).isPositive();
    }
    assertThat(run.out())
        .containsPattern("(?m)^# timed: Retentions\\.run of two approved runs")
        .containsPattern(
            "(?m)^# targets: erase >= 50,000/s (met|MISSED) .*; retire >= 50,000/s (met|MISSED)"
                + " .*; heap flat (met|MISSED) ");
    assertThat(scratch).isEmptyDirectory();
  }
}
