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
import mamori.log.verify.NoteSigner;
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

  /**
   * The complete check: two listed witnesses must cosign (a third key, another log's cosignature, a
   * replayed or repeated line does not count), and a checkpoint is held to the one the browser kept
   * last time: the same size with another root, a smaller size, a consistency proof that fails or
   * is for other sizes, or none at all, is refused in Japanese and the kept checkpoint stays.
   */
  @Test
  void theBrowserCheck_needsAQuorumOfWitnesses_andHoldsToTheCheckpointItKept() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    appendReads(log, 0, 7);
    String note7 = awaitCheckpoint(log, 7);
    appendReads(log, 7, 12);
    String note12 = awaitCheckpoint(log, 12);
    String vkey = logs.verifierKeys("demo-city").getFirst().toString();
    String origin = text(note7).split("\n")[0];
    NoteSigner w1 = cosigner("ppc.example/witness");
    NoteSigner w2 = cosigner("neighbour.example/witness");
    NoteSigner stranger = cosigner("stranger.example/witness");
    List<String> witnesses = List.of(w1.verifierKey().toString(), w2.verifierKey().toString());
    String cosigned7 = note7 + w1.signatureLine(text(note7)) + w2.signatureLine(text(note7));
    String cosigned12 = note12 + w1.signatureLine(text(note12)) + w2.signatureLine(text(note12));
    String otherLog = text(note7).replaceFirst("^[^\n]+", "test.example/log/other-city");
    byte[] entry3 = log.entry(3).orElseThrow();
    List<String> proof7 = proof(log, 3, 7);
    List<String> proof12 = proof(log, 3, 12);
    String root7 = Base64.getEncoder().encodeToString(log.root(7));
    String root12 = Base64.getEncoder().encodeToString(log.root(12));
    List<String> consistency = proof(log.consistencyProof(7, 12));
    // the operator's rewrite: the same size, another root, signed with the log's own key
    byte[] otherRoot = log.root(6);
    String forgedText = origin + "\n7\n" + Base64.getEncoder().encodeToString(otherRoot) + "\n";
    String forged = forgedText + "\n" + logSigner().signatureLine(forgedText);

    List<Map<String, Object>> cases = new ArrayList<>();
    cases.add(check("two cosignatures", true, vkey, cosigned7, witnesses, 3, entry3, proof7));
    cases.add(
        check(
                "one cosignature",
                false,
                vkey,
                note7 + w1.signatureLine(text(note7)),
                witnesses,
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check(
                "a witness key not on the list",
                false,
                vkey,
                note7 + w1.signatureLine(text(note7)) + stranger.signatureLine(text(note7)),
                witnesses,
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check(
                "a cosignature for another log",
                false,
                vkey,
                note7 + w1.signatureLine(text(note7)) + w2.signatureLine(otherLog),
                witnesses,
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check(
                "a replayed cosignature",
                false,
                vkey,
                note7 + w1.signatureLine(text(note7)) + w2.signatureLine(text(note12)),
                witnesses,
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check(
                "one witness twice",
                false,
                vkey,
                note7 + w1.signatureLine(text(note7)) + w1.signatureLine(text(note7)),
                witnesses,
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    // one witness's key listed again under another name: its line, copied under that name,
    // verifies (a cosignature does not sign the name) but is the same witness, so it counts once
    java.security.KeyPair onePair =
        java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner one =
        NoteSigner.cosignatureV1(
            "ppc.example/witness",
            onePair.getPrivate(),
            onePair.getPublic(),
            java.time.Clock.systemUTC());
    NoteSigner oneRenamed =
        NoteSigner.cosignatureV1(
            "renamed.example/witness",
            onePair.getPrivate(),
            onePair.getPublic(),
            java.time.Clock.systemUTC());
    mamori.log.verify.NoteSignature oneLine = one.sign(text(note7));
    String copied =
        new mamori.log.verify.NoteSignature(
                oneRenamed.verifierKey().name(),
                oneRenamed.verifierKey().keyId(),
                oneLine.signature())
            .line();
    cases.add(
        check(
                "one witness under two names",
                false,
                vkey,
                note7 + oneLine.line() + copied,
                List.of(one.verifierKey().toString(), oneRenamed.verifierKey().toString()),
                3,
                entry3,
                proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check("a rewrite signed by the log key", false, vkey, forged, witnesses, 3, entry3, proof7)
            .with("want", "証人の署名が足りません"));
    cases.add(
        check("the kept checkpoint again", true, vkey, cosigned7, witnesses, 3, entry3, proof7)
            .with("kept", kept(7, root7))
            .with("fetches", 0));
    cases.add(
        check(
                "a larger tree that extends it",
                true,
                vkey,
                cosigned12,
                witnesses,
                3,
                entry3,
                proof12)
            .with("kept", kept(7, root7))
            .with("answer", Map.of("size1", 7, "size2", 12, "proof", consistency))
            .with("fetches", 1));
    cases.add(
        check("the same size, another root", false, vkey, cosigned7, witnesses, 3, entry3, proof7)
            .with("kept", kept(7, Base64.getEncoder().encodeToString(otherRoot)))
            .with("want", "前回確認した記録と矛盾します"));
    cases.add(
        check("a smaller tree", false, vkey, cosigned7, witnesses, 3, entry3, proof7)
            .with("kept", kept(12, root12))
            .with("want", "前回確認した記録と矛盾します"));
    List<String> flipped = new ArrayList<>(consistency);
    flipped.set(0, flip(flipped.getFirst()));
    cases.add(
        check("a failing consistency proof", false, vkey, cosigned12, witnesses, 3, entry3, proof12)
            .with("kept", kept(7, root7))
            .with("answer", Map.of("size1", 7, "size2", 12, "proof", flipped))
            .with("want", "前回確認した記録と矛盾します"));
    cases.add(
        check("a proof for other sizes", false, vkey, cosigned12, witnesses, 3, entry3, proof12)
            .with("kept", kept(7, root7))
            .with("answer", Map.of("size1", 6, "size2", 12, "proof", consistency))
            .with("want", "前回確認した記録と矛盾します"));
    cases.add(
        check("no consistency proof", false, vkey, cosigned12, witnesses, 3, entry3, proof12)
            .with("kept", kept(7, root7))
            .with("want", "前回確認した記録とのつながりを確かめられません"));
    String strangerKey = stranger.verifierKey().toString();
    cases.add(
        check("another witness list", true, vkey, cosigned7, witnesses, 3, entry3, proof7)
            .with("seen", List.of(witnesses.getFirst(), strangerKey))
            .with("warn", "証人の一覧が最初に確認したときと異なります")
            .with("warn", sha256Hex(strangerKey)));
    String out = runNode(cases);
    for (Map<String, Object> c : cases) {
      assertThat(out).contains("ok " + c.get("name"));
    }
    assertThat(out).doesNotContain("FAIL").contains("ok rfc6962 consistency vectors");
  }

  static void appendReads(TenantLog log, int from, int to) {
    for (int i = from; i < to; i++) {
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
  }

  static String awaitCheckpoint(TenantLog log, long size) {
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> log.checkpoint().map(n -> n.contains("\n" + size + "\n")).orElse(false));
    return log.checkpoint().orElseThrow();
  }

  static String text(String note) {
    return note.substring(0, note.indexOf("\n\n") + 1);
  }

  static mamori.log.verify.NoteSigner cosigner(String name) throws Exception {
    java.security.KeyPair pair =
        java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    return mamori.log.verify.NoteSigner.cosignatureV1(
        name, pair.getPrivate(), pair.getPublic(), java.time.Clock.systemUTC());
  }

  /**
   * The log's own Ed25519 signer, from its key folder: what an operator holding the key can use.
   */
  private mamori.log.verify.NoteSigner logSigner() {
    java.security.KeyPair pair =
        mamori.crypto.SigningKeys.in(keyFolder)
            .load("log-demo-city", mamori.crypto.SigningKeys.Algorithm.ED25519)
            .orElseThrow();
    return mamori.log.verify.NoteSigner.ed25519(
        logs.verifierKeys("demo-city").getFirst().name(), pair.getPrivate(), pair.getPublic());
  }

  private static Map<String, Object> kept(long size, String root) {
    return Map.of("size", String.valueOf(size), "root", root);
  }

  static String flip(String b64) {
    byte[] h = Base64.getDecoder().decode(b64);
    h[0] ^= 1;
    return Base64.getEncoder().encodeToString(h);
  }

  static String sha256Hex(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A case of the complete check, with the page's witnesses, a quorum of 2, and a proof URL. */
  private static Case check(
      String name,
      boolean ok,
      String vkey,
      String note,
      List<String> witnesses,
      long index,
      byte[] entry,
      List<String> proof) {
    Map<String, Object> item = new LinkedHashMap<>(item(name, ok, vkey, note, index, entry, proof));
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) item.get("item"));
    inner.put("witnesses", witnesses);
    inner.put("quorum", 2);
    inner.put("consistency", "/log/demo-city/proof/consistency");
    item.put("item", inner);
    return new Case(item);
  }

  /** A case being built; {@code with} adds a key (a second "warn" becomes a second case check). */
  private static final class Case extends LinkedHashMap<String, Object> {
    Case(Map<String, Object> m) {
      super(m);
    }

    Case with(String key, Object value) {
      if (key.equals("warn") && containsKey("warn")) {
        put("warn2", value);
      } else {
        put(key, value);
      }
      return this;
    }
  }

  private String runNode(List<? extends Map<String, Object>> cases) throws Exception {
    Path json = keyFolder.resolve("checks.json");
    Files.writeString(json, JsonMapper.builder().build().writeValueAsString(cases));
    Path inclusion =
        Path.of(
            System.getProperty("mamori.shared", "../shared"), "testdata", "merkle", "inclusion");
    Process p =
        new ProcessBuilder(
                "node", "src/test/js/verify-proof.test.mjs", inclusion.toString(), json.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  static List<String> proof(List<byte[]> hashes) {
    return hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
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
