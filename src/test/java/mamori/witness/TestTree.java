package mamori.witness;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.VerifierKey;

/**
 * A log for witness tests: leaves in memory, checkpoints signed with an Ed25519 key named by the
 * origin, and consistency proofs built by RFC 6962's SUBPROOF, independently of the log module.
 * {@link #fork} gives a second tree under the same origin and key: a log that shows two histories.
 */
final class TestTree {
  final String origin;
  final NoteSigner signer;
  private final String salt;
  private final List<byte[]> leaves = new ArrayList<>();

  private TestTree(String origin, NoteSigner signer, String salt) {
    this.origin = origin;
    this.signer = signer;
    this.salt = salt;
  }

  static TestTree create(String origin) {
    KeyPair pair = ed25519();
    return new TestTree(
        origin, NoteSigner.ed25519(origin, pair.getPrivate(), pair.getPublic()), "a");
  }

  /** Another history of the same log: same origin and key, different leaves. */
  TestTree fork(String forkSalt) {
    return new TestTree(origin, signer, forkSalt);
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  TestTree grow(long size) {
    while (leaves.size() < size) {
      leaves.add(Rfc6962.leafHash((salt + "-" + leaves.size()).getBytes(StandardCharsets.UTF_8)));
    }
    return this;
  }

  VerifierKey key() {
    return signer.verifierKey();
  }

  byte[] root(long size) {
    return Rfc6962.rootOf(leaves.subList(0, (int) size));
  }

  Checkpoint checkpoint(long size) {
    return new Checkpoint(origin, size, root(size));
  }

  /** The checkpoint at {@code size}, signed by the log. */
  String note(long size) {
    String text = checkpoint(size).text();
    return Note.of(text, List.of(signer.sign(text))).toString();
  }

  /** The consistency proof from {@code m} to {@code n} leaves (RFC 6962, 2.1.2). */
  List<byte[]> proof(long m, long n) {
    return subproof((int) m, leaves.subList(0, (int) n), true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean complete) {
    int n = d.size();
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!complete) {
        out.add(Rfc6962.rootOf(d));
      }
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      out.addAll(subproof(m, d.subList(0, k), complete));
      out.add(Rfc6962.rootOf(d.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, d.subList(k, n), false));
      out.add(Rfc6962.rootOf(d.subList(0, k)));
    }
    return out;
  }

  /** An add-checkpoint body: old size line, proof lines, empty line, signed note. */
  static String body(long old, List<byte[]> proof, String note) {
    StringBuilder b = new StringBuilder("old ").append(old).append('\n');
    proof.forEach(h -> b.append(Base64.getEncoder().encodeToString(h)).append('\n'));
    return b.append('\n').append(note).toString();
  }

  String body(long old, long size) {
    return body(old, old == 0 || old == size ? List.of() : proof(old, size), note(size));
  }
}
