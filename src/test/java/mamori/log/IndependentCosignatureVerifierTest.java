package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mamori.log.verify.NoteSigner;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The independent verifier (src/test/js/verify-checkpoint.mjs, Node's own crypto, no code shared
 * with Mamori) on a real log's checkpoints: a quorum of listed witnesses' cosignatures, and a
 * checkpoint held to the one kept from before. Each attack is refused with its reason.
 */
@ParameterizedClass
@EnumSource(value = TestStores.Kind.class, names = "SQLITE")
class IndependentCosignatureVerifierTest extends LogTestBase {
  @Test
  void theIndependentVerifier_countsCosignatures_andChecksConsistencyWithTheKeptCheckpoint()
      throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    ProofScriptTest.appendReads(log, 0, 7);
    String note7 = ProofScriptTest.awaitCheckpoint(log, 7);
    ProofScriptTest.appendReads(log, 7, 12);
    String note12 = ProofScriptTest.awaitCheckpoint(log, 12);
    String vkey = logs.verifierKeys("demo-city").getFirst().toString();
    NoteSigner w1 = ProofScriptTest.cosigner("ppc.example/witness");
    NoteSigner w2 = ProofScriptTest.cosigner("neighbour.example/witness");
    NoteSigner stranger = ProofScriptTest.cosigner("stranger.example/witness");
    String t7 = ProofScriptTest.text(note7);
    String t12 = ProofScriptTest.text(note12);
    List<String> witnesses =
        List.of(
            "--witness",
            w1.verifierKey().toString(),
            "--witness",
            w2.verifierKey().toString(),
            "--quorum",
            "2");
    Path cosigned7 = file("c7", note7 + w1.signatureLine(t7) + w2.signatureLine(t7));
    Path cosigned12 = file("c12", note12 + w1.signatureLine(t12) + w2.signatureLine(t12));
    Path proof = file("proof.json", inclusion(log, 3, 7));

    assertThat(node(vkey, cosigned7, proof, witnesses)).isEqualTo("ok 7");
    assertThat(node(vkey, file("one", note7 + w1.signatureLine(t7)), proof, witnesses))
        .isEqualTo("FAIL not enough witness cosignatures: 1 of 2");
    assertThat(
            node(
                vkey,
                file("stranger", note7 + w1.signatureLine(t7) + stranger.signatureLine(t7)),
                proof,
                witnesses))
        .isEqualTo("FAIL not enough witness cosignatures: 1 of 2");
    String otherLog = t7.replaceFirst("^[^\\n]+", "test.example/log/other-city");
    assertThat(
            node(
                vkey,
                file("other", note7 + w1.signatureLine(t7) + w2.signatureLine(otherLog)),
                proof,
                witnesses))
        .isEqualTo("FAIL not enough witness cosignatures: 1 of 2");
    assertThat(
            node(
                vkey,
                file("replay", note7 + w1.signatureLine(t7) + w2.signatureLine(t12)),
                proof,
                witnesses))
        .isEqualTo("FAIL not enough witness cosignatures: 1 of 2");

    // consistency with the checkpoint kept from before
    List<String> consistency = ProofScriptTest.proof(log.consistencyProof(7, 12));
    Path good = file("cons.json", consistencyJson(7, 12, consistency));
    List<String> kept7 = more(witnesses, "--kept", cosigned7.toString());
    assertThat(node(vkey, cosigned12, Path.of("-"), more(kept7, "--consistency", good.toString())))
        .isEqualTo("ok 12");
    assertThat(node(vkey, cosigned12, Path.of("-"), kept7))
        .isEqualTo("FAIL no consistency proof from the kept checkpoint");
    List<String> flipped = new ArrayList<>(consistency);
    flipped.set(0, ProofScriptTest.flip(flipped.getFirst()));
    Path bad = file("bad.json", consistencyJson(7, 12, flipped));
    assertThat(node(vkey, cosigned12, Path.of("-"), more(kept7, "--consistency", bad.toString())))
        .isEqualTo("FAIL fork: size 12 does not extend the kept 7");
    Path otherSizes = file("sizes.json", consistencyJson(6, 12, consistency));
    assertThat(
            node(
                vkey,
                cosigned12,
                Path.of("-"),
                more(kept7, "--consistency", otherSizes.toString())))
        .isEqualTo("FAIL the consistency proof is for other sizes");
    assertThat(
            node(vkey, cosigned7, Path.of("-"), more(witnesses, "--kept", cosigned12.toString())))
        .isEqualTo("FAIL rollback: size 7 is smaller than the kept 12");
    Path forkKept =
        file(
            "fork",
            t7.replace(Base64.getEncoder().encodeToString(log.root(7)), b64(log.root(6))) + "\n");
    assertThat(node(vkey, cosigned7, Path.of("-"), more(witnesses, "--kept", forkKept.toString())))
        .isEqualTo("FAIL fork: size 7 as kept, another root");
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(keyFolder.resolve(name), content);
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static List<String> more(List<String> args, String... extra) {
    List<String> out = new ArrayList<>(args);
    out.addAll(List.of(extra));
    return out;
  }

  private static String inclusion(TenantLog log, long index, long size) {
    return JsonMapper.builder()
        .build()
        .writeValueAsString(
            Map.of(
                "treeSize",
                size,
                "leafIdx",
                index,
                "leafHash",
                b64(log.leafHash(index)),
                "proof",
                ProofScriptTest.proof(log.inclusionProof(index, size))));
  }

  private static String consistencyJson(long size1, long size2, List<String> proof) {
    return JsonMapper.builder()
        .build()
        .writeValueAsString(Map.of("size1", size1, "size2", size2, "proof", proof));
  }

  private static String node(String vkey, Path note, Path proof, List<String> options)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "node", "src/test/js/verify-checkpoint.mjs", vkey, note.toString(), proof.toString()));
    command.addAll(options);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out;
  }
}
