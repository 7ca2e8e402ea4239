package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Offline commands as a real process: exit codes, standard input, and no web stack loaded. The
 * class loading log of the child JVM shows whether Spring Boot or Tomcat was touched.
 */
class OfflineProcessIT {
  record Result(int exit, String out, String err) {}

  static Result mamori(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xlog:class+load=info:stderr",
                "-cp",
                System.getProperty("java.class.path"),
                MamoriCommand.class.getName()));
    cmd.addAll(List.of(args));
    Path errFile = Files.createTempFile("mamori-err", ".log");
    try {
      // standard error to a file: the class-loading log would fill a pipe that nobody reads yet
      ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(errFile.toFile());
      // no session: the file named is never there
      builder.environment().put("MAMORI_SESSION", errFile + ".no-session");
      Process p = builder.start();
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      var out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Result(
          p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(errFile));
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  @Test
  void numberCheck_fromStandardInput_exitsOneOnAnInvalidValue_withoutTheWebStack()
      throws Exception {
    Result r = mamori("123456789018\n123456789019\n", "number", "check");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines())
        .containsExactly(
            "valid individual ****-****-9018",
            "invalid individual ****-****-9019: check digit does not match");
    assertThat(r.err())
        .contains("mamori.cli.MamoriCommand")
        .doesNotContain("org.springframework.boot.SpringApplication ")
        .doesNotContain("org.apache.catalina")
        .doesNotContain("org.springframework.context.support");
  }

  @Test
  void numberCheck_allValid_exitsZero() throws Exception {
    assertThat(mamori("", "number", "check", "7123456789012").exit()).isZero();
  }

  @Test
  void personsShow_withoutLogin_printsNothing_andExitsTwo() throws Exception {
    Path data = Files.createTempDirectory("mamori-nologin");
    Result r =
        mamori(
            "",
            "persons",
            "show",
            "--token",
            "D1P0-KXW2-15MX-RTE5",
            "--mask",
            "none",
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("sign in first: mamori login");
  }

  @Test
  void usageError_exitsTwo() throws Exception {
    Result r = mamori("", "number", "chekc");
    assertThat(r.exit()).isEqualTo(2);
  }
}
