package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;

/** {@code mamori bench read} end to end, and the absence of its plain route from the normal service. */
class BenchReadCommandTest {
  private static List<Path> benchFolders() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("mamori-read-bench-")).toList();
    }
  }

  @Test
  void aQuickRun_printsEveryFigureAndTarget_andLeavesNothingBehind() throws Exception {
    List<Path> before = benchFolders();
    CliRun run = CliRun.of("bench", "read", "--persons", "200", "--seconds", "1", "--clients", "4");
    assertThat(run.exit()).as(run.err()).isZero();
    for (String name : List.of("read.per_s", "read.p99_ms", "read.plain_per_s", "read.plain_p99_ms",
        "read.ratio_vs_plain", "read.target.per_s", "read.target.p99_ms", "read.target.ratio_vs_plain")) {
      assertThat(run.out()).as(run.out()).containsPattern("(?m)^" + Pattern.quote(name) + ": \\d+(\\.\\d+)?$");
    }
    assertThat(run.out()).containsPattern("(?m)^# targets: reads >= 5,000/s (met|MISSED)")
        .contains("read.persons: 200", "read.store: sqlite");
    assertThat(benchFolders()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void badOptions_areRefusedWithAClearError() {
    CliRun run = CliRun.of("bench", "read", "--clients", "0");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--clients must be from 1 to 1024, not 0");
  }
}
