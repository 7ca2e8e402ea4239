package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad arguments to serve and demo are refused before anything starts. */
class ServeCommandTest {
  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void portOutOfRange_isRefused() {
    CliRun r = run("serve", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be between 0 and 65535");
  }

  @Test
  void portThatIsNotANumber_isRefused() {
    assertThat(run("serve", "--port", "http").exit()).isEqualTo(2);
  }

  @Test
  void dbThatIsNotPostgres_isRefused() {
    CliRun r = run("serve", "--db", "jdbc:mysql://localhost/x", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("jdbc:postgresql://");
  }

  @Test
  void demoWithTooManyPersons_isRefused() {
    CliRun r = run("demo", "--persons", "5000000", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--persons must be between 0 and 1000000");
    assertThat(run("demo", "--persons", "-1").exit()).isEqualTo(2);
  }

  @Test
  void aNumberTypedAsAnArgument_isNeverEchoedInFull() {
    CliRun r = run("generate", "persons", "--count", "123456789018", "--out", "x.csv");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("123456789018").contains("********9018");
    CliRun typo = run("number", "chek", "123456789018");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).doesNotContain("123456789018");
    CliRun tenant =
        run(
            "log",
            "checkpoint",
            "--tenant",
            "123456789018",
            "--data",
            "/tmp/mamori-no-such-folder/data");
    assertThat(tenant.err()).doesNotContain("123456789018");
  }

  @Test
  void unknownCommand_isAUsageError() {
    CliRun r = run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void noCommand_isAUsageError() {
    CliRun r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command");
  }
}
