package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code mamori bench read} end to end: it starts its own service, with the plain route beside the gate's. */
class ReadBenchIT {
  private static List<Path> benchFolders() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("mamori-read-bench-")).toList();
    }
  }

  @Test
  void aQuickRun_printsEveryFigureAndTarget_andLeavesNothingBehind() throws Exception {
    List<Path> before = benchFolders();
    BenchRun run = BenchRun.of(new ReadBench(new BenchStore(null, null), 200, 1, 4)::run);
    for (String name : List.of("read.per_s", "read.p99_ms", "read.plain_per_s", "read.plain_p99_ms",
        "read.ratio_vs_plain", "read.target.per_s", "read.target.p99_ms", "read.target.ratio_vs_plain")) {
      assertThat(run.out()).as(run.out()).containsPattern("(?m)^" + Pattern.quote(name) + ": \\d+(\\.\\d+)?$");
    }
    assertThat(run.out()).containsPattern("(?m)^# targets: reads >= 5,000/s (met|MISSED)")
        .contains("read.persons: 200", "read.store: sqlite");
    assertThat(benchFolders()).containsExactlyInAnyOrderElementsOf(before);
  }
}
