package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mamori bench ...}: bad options exit 2 with nothing on standard output, before the
 * benchmark is even made (so before it makes any folder or store); the measuring is tested in
 * mamori.bench.
 */
class BenchCommandTest {
  private static void assertUsageError(CliRun run, String says) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(says);
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--appends=0",
        "--appends=100000001",
        "--appends=abc",
        "--appenders=0",
        "--appenders=65537",
        "--bulk-batch=0",
        "--proof-size=0",
        "--proof-size=4000000001",
        "--frobnicate"
      })
  void log_badArguments_exit2_withoutRunning(String bad) {
    assertUsageError(CliRun.of("bench", "log", bad), bad.replaceAll("=.*", ""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--persons=0",
        "--persons=100000001",
        "--persons=abc",
        "--baseline-db=jdbc:mysql://x/y",
        "--pgcrypto-options=cipher-algo=aes256'); DROP TABLE t; --",
        "--frobnicate"
      })
  void import_badArguments_exit2_withoutRunning(String bad) {
    assertUsageError(CliRun.of("bench", "import", bad), bad.replaceAll("=.*", ""));
  }

  @Test
  void read_badOptions_areRefusedWithAClearError() {
    assertUsageError(
        CliRun.of("bench", "read", "--clients", "0"), "--clients must be from 1 to 1024, not 0");
  }

  @Test
  void history_morePersonsThanRecords_isAUsageError() {
    assertUsageError(
        CliRun.of("bench", "history", "--records", "10", "--persons", "20"), "--persons");
  }

  @Test
  void signin_tooFewUsers_isAUsageError() {
    assertUsageError(CliRun.of("bench", "signin", "--users", "1"), "--users");
  }

  @Test
  void benchWithoutASubcommand_exits2_andNamesThem() {
    CliRun run = CliRun.of("bench");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("mamori bench log --help", "mamori bench import --help");
  }

  @Test
  void everyBench_hasItsHelp() {
    for (String bench : List.of("log", "import", "read", "signin", "history")) {
      CliRun run = CliRun.of("bench", bench, "--help");
      assertThat(run.exit()).as(bench).isZero();
      assertThat(run.out()).startsWith("Usage: mamori bench " + bench);
    }
  }
}
