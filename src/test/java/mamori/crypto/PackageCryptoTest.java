package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The package's cryptography as docs/package-format.md states it: HPKE to a recipient's key, the
 * content key by plain RFC 5869 HKDF, AES-256-GCM chunks with nonce 0x00000000 || u64(index), and
 * Ed25519 over raw keys. Each is checked against the JDK's own primitives where the format pins the
 * bytes.
 */
class PackageCryptoTest {
  private static final byte[] INFO =
      "mamori-package/1 recipient share".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aKeyPair_isTwoRaw32ByteKeys_theOneDerivedFromTheOther_andFreshEachTime() {
    PackageCrypto.KeyPair a = PackageCrypto.newKeyPair();
    PackageCrypto.KeyPair b = PackageCrypto.newKeyPair();
    assertThat(a.publicKey()).hasSize(32);
    assertThat(a.privateKey()).hasSize(32);
    assertThat(PackageCrypto.publicOf(a.privateKey())).isEqualTo(a.publicKey());
    assertThat(a.publicKey()).isNotEqualTo(b.publicKey());
    assertThat(a.privateKey()).isNotEqualTo(b.privateKey());
    // the private key never shows in its text, the fingerprint does
    assertThat(a.toString())
        .contains(PackageCrypto.fingerprint(a.publicKey()))
        .doesNotContain(HexFormat.of().formatHex(a.privateKey()));
    // the record hands out copies
    a.privateKey()[0] ^= 1;
    assertThat(PackageCrypto.publicOf(a.privateKey())).isEqualTo(a.publicKey());
    assertThatThrownBy(() -> PackageCrypto.publicOf(new byte[31]))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("32 bytes, not 31");
  }

  @Test
  void theFingerprint_isSha256OfTheRawKey_inLowerCaseHex() {
    assertThat(PackageCrypto.fingerprint(new byte[32]))
        .isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
    assertThat(PackageCrypto.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(
            HexFormat.of()
                .parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }

  @Test
  void aSealedShare_opensWithTheRecipientsKeyAndInfoOnly() throws Exception {
    PackageCrypto.KeyPair r = PackageCrypto.newKeyPair();
    byte[] share = PackageCrypto.random(32);
    PackageCrypto.Sealed sealed = PackageCrypto.seal(r.publicKey(), INFO, share);
    assertThat(sealed.enc()).hasSize(32);
    assertThat(sealed.ct()).hasSize(48);
    assertThat(PackageCrypto.open(r.privateKey(), INFO, sealed)).isEqualTo(share);
    // fresh each time: another encapsulation
    assertThat(PackageCrypto.seal(r.publicKey(), INFO, share).enc()).isNotEqualTo(sealed.enc());
    assertThatThrownBy(
            () -> PackageCrypto.open(PackageCrypto.newKeyPair().privateKey(), INFO, sealed))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() ->
            PackageCrypto.open(
                r.privateKey(),
                "mamori-package/1 release share".getBytes(StandardCharsets.US_ASCII),
                sealed))
        .isInstanceOf(GeneralSecurityException.class);
    byte[] ct = sealed.ct();
    ct[0] ^= 1;
    assertThatThrownBy(() ->
            PackageCrypto.open(r.privateKey(), INFO, new PackageCrypto.Sealed(sealed.enc(), ct)))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void malformedSeals_andKeys_areRefusedBeforeAnyDecryption() {
    PackageCrypto.KeyPair r = PackageCrypto.newKeyPair();
    PackageCrypto.Sealed sealed = PackageCrypto.seal(r.publicKey(), INFO, new byte[32]);
    assertThatThrownBy(() ->
            PackageCrypto.open(
                r.privateKey(), INFO, new PackageCrypto.Sealed(new byte[31], sealed.ct())))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("32-byte key");
    assertThatThrownBy(() ->
            PackageCrypto.open(
                r.privateKey(), INFO, new PackageCrypto.Sealed(new byte[33], sealed.ct())))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() ->
            PackageCrypto.open(
                r.privateKey(), INFO, new PackageCrypto.Sealed(sealed.enc(), new byte[15])))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("32-byte key");
    // exactly a tag's length is a well-formed (empty) message that does not open
    assertThatThrownBy(() ->
            PackageCrypto.open(
                r.privateKey(), INFO, new PackageCrypto.Sealed(sealed.enc(), new byte[16])))
        .isInstanceOf(GeneralSecurityException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("32-byte key"));
    assertThatThrownBy(() -> PackageCrypto.seal(new byte[31], INFO, new byte[32]))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("public key is 32 bytes, not 31");
    assertThatThrownBy(() -> PackageCrypto.open(new byte[33], INFO, sealed))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("private key is 32 bytes, not 33");
  }

  @Test
  void theSealedRecord_handsOutCopies() {
    PackageCrypto.Sealed s = new PackageCrypto.Sealed(new byte[32], new byte[48]);
    s.enc()[0] = 1;
    s.ct()[0] = 1;
    assertThat(s.enc()[0]).isZero();
    assertThat(s.ct()[0]).isZero();
  }

  @Test
  void theContentKey_isPlainRfc5869Hkdf_ofBothShares_saltedWithThePackageId() throws Exception {
    byte[] id = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    byte[] r = new byte[32];
    byte[] s = new byte[32];
    Arrays.fill(r, (byte) 1);
    Arrays.fill(s, (byte) 2);
    byte[] info = "mamori-package/1 content key".getBytes(StandardCharsets.US_ASCII);
    byte[] key = PackageCrypto.contentKey(id, r, s, info);
    assertThat(key).hasSize(32).isEqualTo(hkdf(id, concat(r, s), info));
    assertThat(PackageCrypto.contentKey(id, s, r, info)).isNotEqualTo(key);
    assertThat(PackageCrypto.contentKey(new byte[16], r, s, info)).isNotEqualTo(key);
    assertThat(PackageCrypto.contentKey(id, r, s, new byte[1])).isNotEqualTo(key);
    // the shares given are left as they were
    assertThat(r).containsOnly(1);
    assertThat(s).containsOnly(2);
    assertThatThrownBy(() -> PackageCrypto.contentKey(id, new byte[31], s, info))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("a share is 32 bytes");
    assertThatThrownBy(() -> PackageCrypto.contentKey(id, r, new byte[33], info))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("a share is 32 bytes");
  }

  @Test
  void aChunk_isAes256Gcm_withTheIndexAsItsNonce_andOpensOnlyAtItsIndexAndAad() throws Exception {
    byte[] key = PackageCrypto.random(32);
    PackageCrypto.Chunks chunks = new PackageCrypto.Chunks(key);
    byte[] plain = "name,kana\nA,B\n".getBytes(StandardCharsets.UTF_8);
    byte[] framed = new byte[plain.length + 4];
    System.arraycopy(plain, 0, framed, 2, plain.length);
    byte[] aad = "aad".getBytes(StandardCharsets.US_ASCII);
    long index = 0x0102030405060708L;
    byte[] sealed = chunks.seal(index, aad, framed, 2, plain.length);
    assertThat(sealed).hasSize(plain.length + 16);
    Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
    jdk.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(128, ByteBuffer.allocate(12).putInt(0).putLong(index).array()));
    jdk.updateAAD(aad);
    assertThat(sealed).isEqualTo(jdk.doFinal(plain));
    assertThat(chunks.open(index, aad, sealed)).isEqualTo(plain);
    assertThat(new PackageCrypto.Chunks(key).open(index, aad, sealed)).isEqualTo(plain);
    assertThatThrownBy(() -> chunks.open(index + 1, aad, sealed))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> chunks.open(index, new byte[3], sealed))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(
            () -> new PackageCrypto.Chunks(PackageCrypto.random(32)).open(index, aad, sealed))
        .isInstanceOf(GeneralSecurityException.class);
    // one instance seals many chunks in turn
    byte[] second = chunks.seal(1, aad, plain, 0, plain.length);
    assertThat(chunks.open(1, aad, second)).isEqualTo(plain);
    assertThat(chunks.seal(0, aad, new byte[0], 0, 0)).hasSize(16);
    assertThatThrownBy(() -> new PackageCrypto.Chunks(new byte[16]))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("a content key is 32 bytes, not 16");
  }

  @Test
  void ed25519_signsAndVerifiesOverRawKeys_andAnythingElseIsFalse() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] raw = PackageCrypto.rawEd25519(pair.getPublic());
    assertThat(raw).hasSize(32);
    assertThat(pair.getPublic().getEncoded()).endsWith(raw);
    byte[] message = "mamori-package/1 manifest\n{}".getBytes(StandardCharsets.US_ASCII);
    byte[] sig = PackageCrypto.sign(pair.getPrivate(), message);
    assertThat(sig).hasSize(64);
    assertThat(PackageCrypto.verify(raw, message, sig)).isTrue();
    byte[] other = message.clone();
    other[other.length - 1] = ']';
    assertThat(PackageCrypto.verify(raw, other, sig)).isFalse();
    byte[] flipped = sig.clone();
    flipped[0] ^= 1;
    assertThat(PackageCrypto.verify(raw, message, flipped)).isFalse();
    assertThat(PackageCrypto.verify(Arrays.copyOf(raw, 31), message, sig)).isFalse();
    assertThat(PackageCrypto.verify(raw, message, Arrays.copyOf(sig, 63))).isFalse();
    assertThat(PackageCrypto.verify(raw, message, Arrays.copyOf(sig, 65))).isFalse();
    byte[] another =
        PackageCrypto.rawEd25519(
            KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
    assertThat(PackageCrypto.verify(another, message, sig)).isFalse();
    // a point that is no key at all is false, not an exception
    byte[] notAPoint = new byte[32];
    Arrays.fill(notAPoint, (byte) 0xff);
    assertThat(PackageCrypto.verify(notAPoint, message, sig)).isFalse();
    KeyPair x = KeyPairGenerator.getInstance("X25519").generateKeyPair();
    assertThatThrownBy(() -> PackageCrypto.rawEd25519(x.getPublic()))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("not an Ed25519 public key");
    assertThatThrownBy(() -> PackageCrypto.sign(x.getPrivate(), message))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("cannot sign");
  }

  @Test
  void randomBytes_andLabels() {
    assertThat(PackageCrypto.random(16)).hasSize(16).isNotEqualTo(new byte[16]);
    assertThat(PackageCrypto.random(16)).isNotEqualTo(PackageCrypto.random(16));
    assertThat(PackageCrypto.label("ab\n")).containsExactly('a', 'b', '\n');
  }

  private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    mac.update(info);
    mac.update((byte) 1);
    return mac.doFinal(); // L = 32: one block
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
