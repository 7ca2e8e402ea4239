package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mamori bench history} fills a scratch log, times histories and says whether the target is
 * met; the figure is not judged here.
 */
class HistoryBenchTest {
  @Test
  void printsEveryFigureAndTheTarget() throws Exception {
    BenchRun run =
        BenchRun.of(
            (out, err) -> new HistoryBench(new BenchStore(null, null), 2000, 200, 50).run(out));
    assertThat(run.out())
        .contains(
            "history.records: 2000",
            "history.persons: 200",
            "history.entries_per_history: 10.00",
            "history.read_ms_p50: ",
            "history.read_ms_p99: ",
            "# target: a history within 20 ms");
  }
}
