package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori witness}: usage errors exit 2 before anything starts; {@code witness vkey} prints
 * the key.
 */
class WitnessCommandTest {
  @TempDir Path temp;

  static String logVkey(String origin) throws Exception {
    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    return NoteSigner.ed25519(origin, pair.getPrivate(), pair.getPublic()).verifierKey().toString();
  }

  CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void withoutAnyLog_isAUsageError() {
    var r = run("witness", "--data", temp.toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing --log <vkey>");
  }

  @Test
  void aMalformedLogKey_isAUsageError_namingIt() {
    var r = run("witness", "--data", temp.toString(), "--log", "not-a-vkey");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--log not-a-vkey");
    assertThat(run("witness", "--log", "a+00000000+AQ==").exit()).isEqualTo(2);
  }

  @Test
  void badPortOrName_areUsageErrors() throws Exception {
    String log = logVkey("city.example/log/a");
    assertThat(run("witness", "--log", log, "--port", "70000").err())
        .contains("--port must be between 0 and 65535");
    assertThat(run("witness", "--log", log, "--port", "x").exit()).isEqualTo(2);
    var r = run("witness", "--log", log, "--name", "has space", "--data", temp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--name");
    assertThat(run("witness", "--log", log, "--db", "jdbc:mysql://x/y").exit()).isEqualTo(2);
    assertThat(run("witness", "--frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void vkey_printsTheWitnessCosignatureKey_sameOnEveryRun() {
    var first = run("witness", "vkey", "--data", temp.toString(), "--name", "witness.example/w1");
    assertThat(first.exit()).isZero();
    VerifierKey key = VerifierKey.parse(first.out().strip());
    assertThat(key.name()).isEqualTo("witness.example/w1");
    assertThat(key.type()).isEqualTo(SignatureType.COSIGNATURE_V1);
    assertThat(
            run("witness", "vkey", "--data", temp.toString(), "--name", "witness.example/w1").out())
        .isEqualTo(first.out());
    assertThat(temp.resolve("keys").resolve("witness.ed25519.key")).exists();
    assertThat(run("witness", "vkey", "--data", temp.toString(), "--name", "").exit()).isEqualTo(2);
  }
}
