package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void aKeyFolderInsideTheDataFolder_isRefusedBeforeAnythingStarts(@TempDir Path temp)
      throws Exception {
    Path data = temp.resolve("data");
    CliRun r = run("serve", "--data", data.toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        // (the temporary folder's long digit run is masked like any 12+ digit run in a message)
        .containsPattern("the key folder \\S*/data/keys is inside the data folder \\S*/data:")
        .contains("--keys DIR")
        .contains("--keys-in-data");
    assertThat(r.out()).doesNotContain("serving");
    // nothing was made: no store, no key
    assertThat(Files.exists(data.resolve("keys"))).isFalse();
    assertThat(Files.exists(data.resolve("mamori.db"))).isFalse();
    // a key folder given inside the data folder, or one that links into it, is inside too
    Files.createDirectories(data.resolve("k"));
    Files.createSymbolicLink(temp.resolve("link"), data.resolve("k"));
    for (String keys :
        new String[] {data.resolve("k").toString(), temp.resolve("link").toString()}) {
      CliRun given = run("serve", "--data", data.toString(), "--keys", keys, "--port", "0");
      assertThat(given.exit()).as(keys).isEqualTo(2);
      assertThat(given.err()).as(keys).contains("is inside the data folder");
    }
  }

  @Test
  void badMonitoringAndTlsOptions_areRefusedBeforeAnythingStarts(@TempDir Path temp) {
    Path data = temp.resolve("data");
    String keys = temp.resolve("keys").toString();
    String[][] cases = {
      {"--management-port", "-2"},
      {"--log-format", "xml"},
      {"--tls-cert", temp.resolve("cert.pem").toString()},
      {"--tls-keystore", temp.resolve("none.p12").toString()},
      {"--tls-keystore-password-file", temp.resolve("pw").toString()},
    };
    String[] said = {
      "--management-port must be between -1 and 65535",
      "--log-format must be text or json",
      "--tls-cert and --tls-key go together",
      "none.p12 does not exist", // (the temporary folder's digits are masked)
      "--tls-keystore-password-file goes with --tls-keystore",
    };
    for (int i = 0; i < cases.length; i++) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      "serve", "--data", data.toString(), "--keys", keys, "--port", "0"),
                  java.util.Arrays.stream(cases[i]))
              .toArray(String[]::new);
      CliRun r = run(args);
      assertThat(r.exit()).as(said[i]).isEqualTo(2);
      assertThat(r.err()).contains(said[i]);
      assertThat(r.out()).doesNotContain("serving");
    }
    assertThat(Files.exists(data)).as("nothing was made").isFalse();
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

  @Test
  void managementPortAndLogFormat_arePassedOnlyWhenGiven_soTheSettingsFileDecidesOtherwise(
      @TempDir Path temp) {
    String[] store = {
      "--data", temp.resolve("d").toString(), "--keys", temp.resolve("k").toString()
    };
    ServeCommand plain = new ServeCommand();
    new picocli.CommandLine(plain).parseArgs(store);
    assertThat(plain.settings(java.util.Optional.empty()))
        .noneMatch(s -> s.startsWith("--management.server.port="))
        .noneMatch(s -> s.startsWith("--mamori.logging.format="));
    ServeCommand given = new ServeCommand();
    new picocli.CommandLine(given)
        .parseArgs(
            store[0],
            store[1],
            store[2],
            store[3],
            "--management-port",
            "-1",
            "--log-format",
            "json");
    assertThat(given.settings(java.util.Optional.empty()))
        .contains("--management.server.port=-1", "--mamori.logging.format=json");
  }
}
