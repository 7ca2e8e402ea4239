package mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as an operator gets it (docs/operations.md, "Installing from the release
 * archive"): {@code target/mamori-<version>.tar.gz}, made by {@code mvn package}, unpacked into a
 * folder of its own and run from there with no Java, Maven or sources on the path, and its systemd
 * unit as {@code systemd-analyze} reads it.
 */
class ReleaseArchiveIT {
  static final Pattern SERVING = Pattern.compile("is serving on (http://127\\.0\\.0\\.1:\\d+)/");

  @TempDir static Path opt;
  static String version;
  static Path install;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      // the newest, should an older version's archive still be in target
      archive =
          files
              .filter(f -> f.getFileName().toString().matches("mamori-[0-9].*\\.tar\\.gz"))
              .max(Comparator.comparing(ReleaseArchiveIT::modified))
              .orElseThrow(
                  () -> new AssertionError("no target/mamori-<version>.tar.gz: mvn package"));
    }
    String name = archive.getFileName().toString();
    version = name.substring("mamori-".length(), name.length() - ".tar.gz".length());
    Run tar = run(opt, Map.of(), "", "tar", "-xzf", archive.toAbsolutePath().toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    install = opt.resolve("mamori-" + version);
  }

  @Test
  void archive_holdsTheLauncherLibrariesRuntimeUnitConfigurationAndDocs() throws IOException {
    assertThat(install.resolve("bin/mamori")).isExecutable();
    assertThat(install.resolve("runtime/bin/java")).isExecutable();
    assertThat(install.resolve("lib/mamori.jar")).isRegularFile();
    assertThat(install.resolve("systemd/mamori.service")).isRegularFile();
    assertThat(install.resolve("etc/mamori.properties")).isRegularFile();
    assertThat(install.resolve("docs/operations.md")).isRegularFile();
    assertThat(install.resolve("README")).content().contains("Mamori " + version);
    // every library the jar's manifest names is in lib/ beside it
    String classPath;
    try (var jar = new JarFile(install.resolve("lib/mamori.jar").toFile())) {
      classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
    }
    List<String> named = List.of(classPath.trim().split("\\s+"));
    assertThat(named).hasSizeGreaterThan(50);
    for (String entry : named) {
      assertThat(install.resolve("lib").resolve(Path.of(entry).getFileName())).isRegularFile();
    }
  }

  @Test
  void runtime_holdsTheModulesLoadedOnlyByName() throws Exception {
    // jdeps cannot see these: the HSM's PKCS#11 provider, Shift_JIS registers, the Japanese locale
    Run r =
        run(opt, Map.of(), "", install.resolve("runtime/bin/java").toString(), "--list-modules");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().map(l -> l.replaceAll("@.*", "")))
        .contains(
            "jdk.crypto.cryptoki", "jdk.charsets", "jdk.localedata", "java.sql", "java.desktop")
        .doesNotContain("jdk.compiler", "jdk.jlink");
  }

  @Test
  void numberCheck_runsOnTheArchivesOwnRuntime_withoutAnyJavaOnThePath() throws Exception {
    Run r =
        run(
            opt,
            Map.of("MAMORI_JAVA_OPTS", "-XshowSettings:properties"),
            "123456789018\n",
            install.resolve("bin/mamori").toString(),
            "number",
            "check");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly("valid individual ****-****-9018");
    assertThat(r.err()).contains("java.home = " + install.resolve("runtime").toRealPath());
  }

  @Test
  void serve_fromTheArchive_withDataAndKeysOutside_answersStatus_readsTheConfiguration_andStops()
      throws Exception {
    Path data = opt.resolve("var/mamori");
    Path keys = opt.resolve("etc/mamori/keys");
    // the sample configuration as shipped (every line commented out) with one setting taken in
    // whose effect shows: the service's log lines start with a mark
    Path config = opt.resolve("etc/mamori/mamori.properties");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        Files.readString(install.resolve("etc/mamori.properties"))
            + "logging.pattern.console=from-the-configuration %-5level %msg%n\n");
    Path out = opt.resolve("serve.out");
    Path err = opt.resolve("serve.err");
    ProcessBuilder builder =
        new ProcessBuilder(
                install.resolve("bin/mamori").toString(),
                "serve",
                "--data",
                data.toString(),
                "--keys",
                keys.toString(),
                "--port",
                "0")
            .directory(opt.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    plainEnvironment(builder.environment());
    // as the unit sets it
    builder.environment().put("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + config);
    Process p = builder.start();
    try {
      String base = awaitServing(p, out, err);
      var status =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/status")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body())
          .contains("\"status\":\"up\"")
          .contains("\"version\":\"" + version + "\"")
          .contains("\"store\":\"SQLite\"");
      assertThat(Files.readString(out)).contains("from-the-configuration INFO  ");
      assertThat(keys.resolve("root.key")).isRegularFile();
      assertThat(data.resolve("mamori.db")).isRegularFile();
      assertThat(data.resolve("keys")).doesNotExist();
    } finally {
      p.destroy();
    }
    // SIGTERM, as systemctl stop sends it: the JVM closes the service and exits 143, which the unit
    // counts as a success (SuccessExitStatus=143)
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(143);
    assertThat(Files.readString(out)).contains("Mamori stopped.");
  }

  @Test
  void systemdUnit_passesSystemdAnalyzeVerify_andItsHardeningScoresLow() throws Exception {
    // the unit as installed, with /opt/mamori where this archive was unpacked (verify checks that
    // ExecStart= names an executable)
    Path unit = opt.resolve("mamori.service");
    String text = Files.readString(install.resolve("systemd/mamori.service"));
    assertThat(text)
        .contains(
            "ExecStart=/opt/mamori/bin/mamori serve --data /var/lib/mamori --keys /etc/mamori/keys");
    Files.writeString(unit, text.replace("/opt/mamori", install.toString()));
    Run verify = run(opt, Map.of(), "", "systemd-analyze", "verify", unit.toString());
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out() + verify.err()).isEmpty();

    // the same check sees a mistake in the unit (it exits 0 but says so)
    Path broken = opt.resolve("broken.service");
    Files.writeString(
        broken, Files.readString(unit).replace("ProtectSystem=strict", "ProtectSystem=strictly"));
    Run refused = run(opt, Map.of(), "", "systemd-analyze", "verify", broken.toString());
    assertThat(refused.out() + refused.err()).contains("Failed to parse protect system value");

    // systemd's own measure of what the service could still do, from 0 (nothing) to 10
    Run security =
        run(opt, Map.of(), "", "systemd-analyze", "security", "--offline=true", unit.toString());
    Matcher level =
        Pattern.compile("Overall exposure level for mamori.service: (\\d+\\.\\d)")
            .matcher(security.out());
    assertThat(level.find()).as(security.out() + security.err()).isTrue();
    assertThat(Double.parseDouble(level.group(1))).isLessThanOrEqualTo(2.0);
  }

  /** Waits for the serving line on standard output; fails with the output when the process ends. */
  static String awaitServing(Process p, Path out, Path err) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(Files.readString(out));
      if (m.find()) {
        return m.group(1);
      }
      if (!p.isAlive()) {
        throw new AssertionError(
            "serve exited "
                + p.exitValue()
                + ":\n"
                + Files.readString(out)
                + Files.readString(err));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("serve did not start in 3 minutes:\n" + Files.readString(out));
  }

  /** No JAVA_HOME and no Java on the path: the archive must bring its own. */
  static void plainEnvironment(Map<String, String> env) {
    env.remove("JAVA_HOME");
    env.remove("MAMORI_JAVA_HOME");
    env.remove("MAVEN_HOME");
    env.put("PATH", "/usr/bin:/bin");
  }

  record Run(int exit, String out, String err) {}

  static Run run(Path dir, Map<String, String> extra, String stdin, String... cmd)
      throws IOException, InterruptedException {
    Path errFile = Files.createTempFile(dir, "err", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(cmd)))
            .directory(dir.toFile())
            .redirectError(errFile.toFile());
    plainEnvironment(builder.environment());
    builder.environment().putAll(extra);
    Process p = builder.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out, Files.readString(errFile));
  }

  static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
