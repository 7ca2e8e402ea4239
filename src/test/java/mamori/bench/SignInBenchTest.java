package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mamori bench signin} runs on a scratch store and prints its figures; the figures
 * themselves are not judged here.
 */
class SignInBenchTest {
  @Test
  void printsEveryFigure() throws Exception {
    BenchRun run = BenchRun.of((out, err) -> new SignInBench(4, 2).run(out));
    assertThat(run.out())
        .contains(
            "signin.users: 4",
            "signin.token_checks_per_s: ",
            "signin.argon2id_ms: ",
            "signin.two_factor_signins_per_s.2_threads: ",
            "signin.ratio_token_checks_per_signin: ");
  }
}
