package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MerkleProofsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every file of transparency-dev/merkle's testdata gives the verdict its wantErr says. */
  @TestFactory
  List<DynamicTest> everyPublishedVector_givesItsWantErrVerdict() throws IOException {
    Path merkle = SharedTestData.merkle();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(merkle)) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String kind = merkle.relativize(file).getName(0).toString();
      JsonNode vector = JSON.readTree(file);
      boolean wantErr = vector.get("wantErr").booleanValue();
      String name = merkle.relativize(file) + (wantErr ? " is refused" : " verifies");
      switch (kind) {
        case "inclusion" ->
            tests.add(
                dynamicTest(
                    name,
                    () ->
                        assertVerdict(
                            wantErr,
                            () ->
                                MerkleProofs.verifyInclusion(
                                    uint64(vector, "leafIdx"),
                                    uint64(vector, "treeSize"),
                                    hash(vector.get("leafHash")),
                                    hashes(vector.get("proof")),
                                    hash(vector.get("root"))))));
        case "consistency" ->
            tests.add(
                dynamicTest(
                    name,
                    () ->
                        assertVerdict(
                            wantErr,
                            () ->
                                MerkleProofs.verifyConsistency(
                                    uint64(vector, "size1"),
                                    uint64(vector, "size2"),
                                    hash(vector.get("root1")),
                                    hash(vector.get("root2")),
                                    hashes(vector.get("proof"))))));
        default -> throw new AssertionError("unexpected vector folder " + kind);
      }
    }
    assertThat(tests).hasSizeGreaterThan(0).hasSize(files.size());
    assertThat(files.stream().filter(f -> f.toString().contains("/inclusion/")).count())
        .isEqualTo(98);
    assertThat(files.stream().filter(f -> f.toString().contains("/consistency/")).count())
        .isEqualTo(98);
    return tests;
  }

  @Test
  void c2spExampleTree_inclusionAndConsistencyProofs_verify() throws ProofException {
    ReferenceTree tree = ReferenceTree.ofEntries(7);
    byte[] a = tree.leaf(0);
    byte[] b = tree.leaf(1);
    byte[] c = tree.leaf(2);
    byte[] d = tree.leaf(3);
    byte[] e = tree.leaf(4);
    byte[] f = tree.leaf(5);
    byte[] g = tree.leaf(6);
    byte[] h = Rfc6962.nodeHash(a, b);
    byte[] i = Rfc6962.nodeHash(c, d);
    byte[] j = Rfc6962.nodeHash(e, f);
    byte[] k = Rfc6962.nodeHash(h, i);
    byte[] l = Rfc6962.nodeHash(j, g);
    byte[] root = Rfc6962.nodeHash(k, l);
    MerkleProofs.verifyInclusion(0, 7, a, List.of(b, i, l), root);
    MerkleProofs.verifyInclusion(3, 7, d, List.of(c, h, l), root);
    MerkleProofs.verifyInclusion(4, 7, e, List.of(f, g, k), root);
    MerkleProofs.verifyInclusion(6, 7, g, List.of(j, k), root);
    MerkleProofs.verifyConsistency(3, 7, tree.root(3), root, List.of(c, d, h, l));
    MerkleProofs.verifyConsistency(4, 7, tree.root(4), root, List.of(l));
    MerkleProofs.verifyConsistency(6, 7, tree.root(6), root, List.of(j, g, k));
  }

  @Test
  void refusedInclusion_carriesTheEvidence() {
    ReferenceTree tree = ReferenceTree.ofEntries(5);
    List<byte[]> proof = tree.inclusionProof(2, 5);
    byte[] wrongRoot = tree.root(4);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(2, 5, tree.leaf(2), proof, wrongRoot))
        .isInstanceOfSatisfying(
            ProofException.class,
            x -> {
              assertThat(x.kind()).isEqualTo(ProofException.Kind.INCLUSION);
              assertThat(x.reason()).isEqualTo("computed root differs");
              assertThat(x.leafIndex()).isEqualTo(2);
              assertThat(x.size1()).isEqualTo(5);
              assertThat(x.hash1()).isEqualTo(tree.leaf(2));
              assertThat(x.hash2()).isEqualTo(wrongRoot);
              assertThat(x.proof()).hasSize(proof.size());
              assertThat(x.getMessage())
                  .contains("leaf 2 of tree size 5", b64(wrongRoot), b64(proof.getFirst()));
            });
  }

  @Test
  void refusedConsistency_carriesBothRootsAndTheProof() {
    ReferenceTree tree = ReferenceTree.ofEntries(8);
    List<byte[]> proof = tree.consistencyProof(3, 8);
    byte[] otherRoot = Rfc6962.leafHash("a root of another tree");
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(3, 8, tree.root(3), otherRoot, proof))
        .isInstanceOfSatisfying(
            ProofException.class,
            x -> {
              assertThat(x.kind()).isEqualTo(ProofException.Kind.CONSISTENCY);
              assertThat(x.size1()).isEqualTo(3);
              assertThat(x.size2()).isEqualTo(8);
              assertThat(x.hash1()).isEqualTo(tree.root(3));
              assertThat(x.hash2()).isEqualTo(otherRoot);
              assertThat(x.getMessage())
                  .contains("size 3 root " + b64(tree.root(3)), "size 8 root " + b64(otherRoot));
            });
  }

  @Test
  void sameSizeSameRoot_isConsistentWithoutProof() {
    ReferenceTree tree = ReferenceTree.ofEntries(5);
    assertThatCode(
            () -> MerkleProofs.verifyConsistency(5, 5, tree.root(5), tree.root(5), List.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void sizesOfTwoToThe63_areRefused() {
    byte[] h = Rfc6962.emptyRoot();
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(-1, 1, h, List.of(), h))
        .isInstanceOf(ProofException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, -2, h, h, List.of(h)))
        .isInstanceOf(ProofException.class);
  }

  private static void assertVerdict(boolean wantErr, Verification verification) {
    if (wantErr) {
      assertThatThrownBy(verification::run).isInstanceOf(ProofException.class);
    } else {
      assertThatCode(verification::run).doesNotThrowAnyException();
    }
  }

  private interface Verification {
    void run() throws ProofException;
  }

  /**
   * JSON numbers are uint64; one above 2^63 - 1 wraps to a negative long, which must be refused.
   */
  private static long uint64(JsonNode vector, String field) {
    return vector.get(field).bigIntegerValue().longValue();
  }

  private static byte[] hash(JsonNode node) {
    return Base64.getDecoder().decode(node.stringValue());
  }

  private static List<byte[]> hashes(JsonNode node) {
    return node.isNull() ? List.of() : node.values().stream().map(MerkleProofsTest::hash).toList();
  }

  private static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}
