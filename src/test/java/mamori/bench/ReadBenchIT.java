package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori bench read} end to end: it starts its own service, with the plain route beside the
 * gate's.
 */
class ReadBenchIT {
  @TempDir Path scratch;

  @Test
  void aQuickRun_printsEveryFigureAndTarget_andLeavesNothingBehind() throws Exception {
    ReadBench bench = new ReadBench(new BenchStore(null, null), 200, 1, 4);
    bench.scratchRoot = scratch;
    BenchRun run = BenchRun.of(bench::run);
    for (String name :
        List.of(
            "read.per_s",
            "read.p99_ms",
            "read.plain_per_s",
            "read.plain_p99_ms",
            "read.ratio_vs_plain",
            "read.target.per_s",
            "read.target.p99_ms",
            "read.target.ratio_vs_plain")) {
      assertThat(run.out())
          .as(run.out())
          .containsPattern("(?m)^" + Pattern.quote(name) + ": \\d+(\\.\\d+)?$");
    }
    assertThat(run.out())
        .containsPattern("(?m)^# targets: reads >= 5,000/s (met|MISSED)")
        .contains("read.persons: 200", "read.store: sqlite");
    assertThat(scratch).isEmptyDirectory();
  }
}
