package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Why;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident portal's in-browser verifier (static/js/verify-proof.js), run under Node's
 * WebCrypto: the RFC 6962 inclusion vectors of ../shared/testdata, then real entries of a signed
 * log, each verified, and each tampering (a flipped signature, another key, another entry, another
 * index, a shortened proof) refused with its reason. Node is installed by .ci/run; the test never
 * skips.
 */
@ParameterizedClass
@EnumSource(value = TestStores.Kind.class, names = "SQLITE")
class ProofScriptTest extends LogTestBase {
  @Test
  void theBrowserVerifier_acceptsRealProofs_andRefusesEveryTampering() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    for (int i = 0; i < 7; i++) {
      log.append(
          TestRecords.read(
              "clerk-" + i,
              "demo-city",
              List.of(),
              new Why("resident-tax", "R8-" + i),
              "TOKEN" + i,
              Set.of(Field.FAMILY_NAME),
              Instant.now()));
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> log.checkpoint().map(n -> n.contains("\n7\n")).orElse(false));
    String note = log.checkpoint().orElseThrow();
    String vkey = logs.verifierKeys("demo-city").getFirst().toString();
    List<Map<String, Object>> cases = new ArrayList<>();
    for (long index : new long[] {0, 3, 6}) {
      cases.add(
          item(
              "entry " + index,
              true,
              vkey,
              note,
              index,
              log.entry(index).orElseThrow(),
              proof(log, index, 7)));
    }
    byte[] entry = log.entry(3).orElseThrow();
    List<String> proof = proof(log, 3, 7);
    String otherKey =
        mamori.log.verify.VerifierKey.of(
                "test.example/log/demo-city",
                mamori.log.verify.SignatureType.ED25519,
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic())
            .toString();
    cases.add(item("another key", false, otherKey, note, 3, entry, proof));
    cases.add(item("flipped signature", false, vkey, flipSignature(note), 3, entry, proof));
    cases.add(item("another entry", false, vkey, note, 3, log.entry(4).orElseThrow(), proof));
    cases.add(item("another index", false, vkey, note, 2, entry, proof));
    cases.add(
        item("shortened proof", false, vkey, note, 3, entry, proof.subList(0, proof.size() - 1)));
    cases.add(item("index past the tree", false, vkey, note, 9, entry, proof));
    cases.add(
        item(
            "changed tree size",
            false,
            vkey,
            note.replaceFirst("\n7\n", "\n8\n"),
            3,
            entry,
            proof));
    List<String> longer = new ArrayList<>(proof);
    longer.add(proof.getFirst());
    cases.add(item("lengthened proof", false, vkey, note, 3, entry, longer));
    List<String> flipped = new ArrayList<>(proof);
    byte[] h = Base64.getDecoder().decode(flipped.getFirst());
    h[0] ^= 1;
    flipped.set(0, Base64.getEncoder().encodeToString(h));
    cases.add(item("flipped proof hash", false, vkey, note, 3, entry, flipped));
    cases.add(item("renamed key", false, "x" + vkey, note, 3, entry, proof));
    Path json = keyFolder.resolve("cases.json");
    Files.writeString(json, JsonMapper.builder().build().writeValueAsString(cases));

    Path inclusion =
        Path.of(
            System.getProperty("mamori.shared", "../shared"), "testdata", "merkle", "inclusion");
    assertThat(Files.isDirectory(inclusion))
        .as("RFC 6962 vectors at " + inclusion.toAbsolutePath())
        .isTrue();
    Process p =
        new ProcessBuilder(
                "node", "src/test/js/verify-proof.test.mjs", inclusion.toString(), json.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out)
        .contains(
            "ok entry 0",
            "ok entry 3",
            "ok entry 6",
            "ok another key",
            "ok flipped signature",
            "ok another entry",
            "ok another index",
            "ok shortened proof",
            "ok index past the tree",
            "ok changed tree size",
            "ok lengthened proof",
            "ok flipped proof hash",
            "ok renamed key")
        .doesNotContain("FAIL");
    long vectors;
    try (var files = Files.walk(inclusion)) {
      vectors = files.filter(f -> f.toString().endsWith(".json")).count();
    }
    assertThat(vectors).isGreaterThan(90);
    assertThat(out).contains("ok rfc6962 vectors " + vectors);
  }

  private static List<String> proof(TenantLog log, long index, long size) {
    return log.inclusionProof(index, size).stream()
        .map(h -> Base64.getEncoder().encodeToString(h))
        .toList();
  }

  private static Map<String, Object> item(
      String name,
      boolean ok,
      String vkey,
      String note,
      long index,
      byte[] entry,
      List<String> proof) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("vkey", vkey);
    item.put("checkpoint", note);
    item.put("leafIndex", index);
    item.put("entry", Base64.getEncoder().encodeToString(entry));
    item.put("proof", proof);
    return Map.of("name", name, "ok", ok, "item", item);
  }

  /** The note with one byte of every signature changed (after the 4-byte key id). */
  private static String flipSignature(String note) {
    int split = note.lastIndexOf("\n\n");
    StringBuilder out = new StringBuilder(note.substring(0, split + 2));
    for (String line : note.substring(split + 2).split("\n")) {
      int space = line.lastIndexOf(' ');
      byte[] sig = Base64.getDecoder().decode(line.substring(space + 1));
      sig[10] ^= 1;
      out.append(line, 0, space + 1).append(Base64.getEncoder().encodeToString(sig)).append('\n');
    }
    return out.toString();
  }
}
