package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code mamori bench signin} runs on a scratch store and prints its figures; the figures themselves are not judged here. */
class BenchSignInCommandTest {
  @Test
  void printsEveryFigure() {
    CliRun run = CliRun.of("bench", "signin", "--users", "4", "--threads", "2");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("signin.users: 4", "signin.token_checks_per_s: ", "signin.argon2id_ms: ",
        "signin.two_factor_signins_per_s.2_threads: ", "signin.ratio_token_checks_per_signin: ");
  }

  @Test
  void tooFewUsers_isAUsageError() {
    CliRun run = CliRun.of("bench", "signin", "--users", "1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--users");
  }
}
