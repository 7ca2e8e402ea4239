package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.VerifierKey;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code mamori log vkey|checkpoint|prove|verify} on a log written by the service's own code. */
class LogCommandTest {
  @TempDir Path temp;
  Path data;

  CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void aLogOf300Entries() {
    // log verify keeps the checkpoint it verified under mamori.home: here, not in the user's home
    System.setProperty(AuditorFiles.HOME, temp.resolve("home").toString());
    data = temp.resolve("data");
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(data.resolve("keys")),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                Clock.systemUTC())) {
      var log = logs.forTenant("demo-city");
      for (int i = 0; i < 300; i++) {
        log.append(
            TestRecords.read(
                "u",
                "entry-co",
                List.of("e-1"),
                new Why("resident-tax", "c"),
                "T-" + i,
                Set.of(Field.FAMILY_NAME),
                Instant.now()));
      }
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> log.checkpoint().map(n -> n.contains("\n300\n")).orElse(false));
    }
  }

  @AfterEach
  void forgetTheHome() {
    System.clearProperty(AuditorFiles.HOME);
  }

  @Test
  void vkeyCheckpointAndProofs_fitTogether() throws Exception {
    CliRun vkey = run("log", "vkey", "--tenant", "demo-city", "--data", data.toString());
    assertThat(vkey.exit()).isZero();
    List<VerifierKey> keys = vkey.out().lines().map(VerifierKey::parse).toList();
    assertThat(keys).hasSize(2);
    assertThat(keys.getFirst().toString()).startsWith("mamori.localhost/log/demo-city+");

    CliRun cp = run("log", "checkpoint", "--tenant", "demo-city", "--data", data.toString());
    assertThat(cp.exit()).isZero();
    Checkpoint checkpoint = Checkpoint.parse(NoteVerifier.of(keys).open(cp.out()).text());
    assertThat(checkpoint.size()).isEqualTo(300);

    JsonNode inclusion =
        JsonMapper.builder()
            .build()
            .readTree(
                run(
                        "log",
                        "prove",
                        "--tenant",
                        "demo-city",
                        "--index",
                        "123",
                        "--data",
                        data.toString())
                    .out());
    assertThat(inclusion.get("treeSize").asLong()).isEqualTo(300);
    MerkleProofs.verifyInclusion(
        123, 300, b64(inclusion.get("leafHash").asString()), hashes(inclusion), checkpoint.root());

    CliRun consistencyRun =
        run(
            "log",
            "prove",
            "--tenant",
            "demo-city",
            "--from",
            "100",
            "--to",
            "300",
            "--data",
            data.toString());
    JsonNode consistency = JsonMapper.builder().build().readTree(consistencyRun.out());
    assertThat(b64(consistency.get("root2").asString())).isEqualTo(checkpoint.root());
    MerkleProofs.verifyConsistency(
        100, 300, b64(consistency.get("root1").asString()), checkpoint.root(), hashes(consistency));
  }

  @Test
  void verify_passesOnAnUntouchedLog_andNamesATamperedEntry() {
    CliRun ok = run("log", "verify", "--data", data.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out())
        .startsWith("demo-city: ok, 300 entries and")
        .contains("demo-city: kept the checkpoint of size 300 in " + temp.resolve("home"));
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      mamori.log.StoredBundles.replaceEntry(store.jdbc(), "demo-city", 3, new byte[] {1, 1, 0});
    }
    CliRun bad = run("log", "verify", "--tenant", "demo-city", "--data", data.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out())
        .startsWith("demo-city: FAILED: entry 3 does not match its hash in tile 0/0");
  }

  @Test
  void badArguments_exitTwoWithAReason() {
    assertThat(
            run(
                "log",
                "prove",
                "--tenant",
                "demo-city",
                "--index",
                "300",
                "--data",
                data.toString()))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("--index must be from 0 to 299"));
    assertThat(
            run(
                    "log",
                    "prove",
                    "--tenant",
                    "demo-city",
                    "--from",
                    "5",
                    "--to",
                    "4",
                    "--data",
                    data.toString())
                .exit())
        .isEqualTo(2);
    assertThat(run("log", "prove", "--tenant", "demo-city", "--data", data.toString()).exit())
        .isEqualTo(2);
    CliRun unknown = run("log", "checkpoint", "--tenant", "nowhere", "--data", data.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no log for tenant nowhere");
    assertThat(run("log", "vkey", "--tenant", "../../etc", "--data", data.toString()).exit())
        .isEqualTo(2);
    assertThat(run("log").exit()).isEqualTo(2);
  }

  @Test
  void anIndependentVerifierInJavaScript_acceptsTheCheckpointAndProofs_andRefusesATamperedOne()
      throws Exception {
    String vkey =
        run("log", "vkey", "--tenant", "demo-city", "--data", data.toString())
            .out()
            .lines()
            .findFirst()
            .orElseThrow();
    Path note =
        java.nio.file.Files.writeString(
            temp.resolve("checkpoint"),
            run("log", "checkpoint", "--tenant", "demo-city", "--data", data.toString()).out());
    for (String index : new String[] {"0", "1", "123", "255", "256", "299"}) {
      Path proof =
          java.nio.file.Files.writeString(
              temp.resolve("proof-" + index + ".json"),
              run(
                      "log",
                      "prove",
                      "--tenant",
                      "demo-city",
                      "--index",
                      index,
                      "--data",
                      data.toString())
                  .out());
      assertThat(node(vkey, note, proof)).as("index " + index).isEqualTo("ok 300");
    }
    Path proof = temp.resolve("proof-123.json");
    Path forged =
        java.nio.file.Files.writeString(
            temp.resolve("forged"),
            java.nio.file.Files.readString(note).replace("\n300\n", "\n299\n"));
    assertThat(node(vkey, forged, proof)).isEqualTo("FAIL bad Ed25519 signature");
    Path wrongLeaf =
        java.nio.file.Files.writeString(
            temp.resolve("wrong.json"),
            java.nio.file.Files.readString(proof).replace("\"leafIdx\":123", "\"leafIdx\":124"));
    assertThat(node(vkey, note, wrongLeaf))
        .isEqualTo("FAIL the proof does not lead to the signed root");
  }

  /** Runs the independent verifier; node must be installed (.ci/run installs it), never skipped. */
  static String node(String vkey, Path note, Path proof) throws Exception {
    Process p =
        new ProcessBuilder(
                "node",
                "src/test/js/verify-checkpoint.mjs",
                vkey,
                note.toString(),
                proof.toString())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .strip();
    p.waitFor();
    return out;
  }

  static byte[] b64(String s) {
    return Base64.getDecoder().decode(s);
  }

  static List<byte[]> hashes(JsonNode proof) {
    return proof.get("proof").valueStream().map(n -> b64(n.asString())).toList();
  }
}
