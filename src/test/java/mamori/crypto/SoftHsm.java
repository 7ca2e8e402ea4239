package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh SoftHSM2 token (Debian's {@code softhsm2}) in a folder of its own, and child JVMs that
 * use it. SoftHSM2 finds its tokens through the {@code SOFTHSM2_CONF} environment variable, read
 * when the library is loaded; a JVM cannot change its own environment, so each start of Mamori runs
 * as a child process ({@link Pkcs11Child}) with the variable set. That also makes every test a real
 * stop and start, and keeps tokens of different tests apart. When SoftHSM2 is not installed the
 * test fails, never skips: CI installs it ({@code .ci/run}).
 */
final class SoftHsm {
  static final String LABEL = "mamori-test";
  static final String PIN = "1234";
  private static final List<Path> LIBRARIES =
      List.of(
          Path.of("/usr/lib/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
          Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));

  final Path conf;
  final long slot;

  private SoftHsm(Path conf, long slot) {
    this.conf = conf;
    this.slot = slot;
  }

  /** The SoftHSM2 PKCS#11 library; fails the test when SoftHSM2 is not installed. */
  static Path library() {
    return LIBRARIES.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .orElseGet(() ->
            fail(
                "SoftHSM2 is not installed (no libsofthsm2.so in "
                    + LIBRARIES
                    + "): apt-get install softhsm2;"
                    + " .ci/run installs it"));
  }

  /**
   * A new, initialised token labelled {@value #LABEL} with user PIN {@value #PIN}, alone in {@code
   * folder}.
   */
  static SoftHsm freshToken(Path folder) throws IOException, InterruptedException {
    library();
    Path tokens = Files.createDirectories(folder.resolve("tokens"));
    Path conf = folder.resolve("softhsm2.conf");
    Files.writeString(
        conf,
        "directories.tokendir = "
            + tokens.toAbsolutePath()
            + "\n"
            + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    Result init =
        run(
            List.of(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                LABEL,
                "--pin",
                PIN,
                "--so-pin",
                "5678"),
            Map.of("SOFTHSM2_CONF", conf.toString()));
    assertThat(init.exit()).as("softhsm2-util --init-token: " + init).isZero();
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init.out());
    assertThat(slot.find()).as("slot in " + init.out()).isTrue();
    return new SoftHsm(conf, Long.parseLong(slot.group(1)));
  }

  /** The system properties that configure this token's root key under {@code label}. */
  List<String> properties(String label) {
    return List.of(
        "-Dmamori.keys.root=pkcs11",
        "-Dmamori.keys.pkcs11.library=" + library(),
        "-Dmamori.keys.pkcs11.slot=" + slot,
        "-Dmamori.keys.pkcs11.label=" + label);
  }

  /**
   * Runs {@link Pkcs11Child} with this token, the PIN in the environment, and {@code extra}
   * properties.
   */
  Result child(String store, List<String> extraProperties, String... args)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path")));
    cmd.addAll(properties(RootKeyConfig.DEFAULT_LABEL));
    cmd.addAll(extraProperties);
    cmd.add(Pkcs11Child.class.getName());
    cmd.add(store);
    cmd.addAll(List.of(args));
    return run(cmd, Map.of("SOFTHSM2_CONF", conf.toString(), RootKeyConfig.PIN_VARIABLE, PIN));
  }

  record Result(int exit, String out, String err) {
    /** The rest of the first output line that starts with {@code prefix + " "}. */
    String line(String prefix) {
      return out.lines()
          .filter(l -> l.startsWith(prefix + " "))
          .findFirst()
          .map(l -> l.substring(prefix.length() + 1))
          .orElseThrow(() -> new AssertionError("no '" + prefix + "' line in " + this));
    }
  }

  private static Result run(List<String> cmd, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove(RootKeyConfig.PIN_VARIABLE);
    pb.environment().putAll(env);
    Path err = Files.createTempFile("mamori-child-", ".err");
    pb.redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return fail(
          "cannot run "
              + cmd.getFirst()
              + " (is SoftHSM2 installed? apt-get install softhsm2): "
              + e);
    }
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", cmd).isTrue();
      return new Result(p.exitValue(), out, Files.readString(err));
    } finally {
      p.destroyForcibly();
      Files.delete(err);
    }
  }
}
