package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code mamori bench history} fills a scratch log, times histories and says whether the target is met; the figure is not judged here. */
class BenchHistoryCommandTest {
  @Test
  void printsEveryFigureAndTheTarget() {
    CliRun run = CliRun.of("bench", "history", "--records", "2000", "--persons", "200", "--samples", "50");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("history.records: 2000", "history.persons: 200",
        "history.entries_per_history: 10.00", "history.read_ms_p50: ", "history.read_ms_p99: ", "# target: a history within 20 ms");
  }

  @Test
  void morePersonsThanRecords_isAUsageError() {
    CliRun run = CliRun.of("bench", "history", "--records", "10", "--persons", "20");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--persons");
  }
}
