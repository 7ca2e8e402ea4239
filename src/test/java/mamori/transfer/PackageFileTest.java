package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mamori.core.Reason;
import mamori.crypto.PackageCrypto;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package file as docs/package-format.md writes it: round trip, and each way to spoil one. */
class PackageFileTest {
  private static KeyPair signer;
  private static PackageCrypto.KeyPair recipient;
  @TempDir Path dir;

  @BeforeAll
  static void keys() throws Exception {
    signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    recipient = PackageCrypto.newKeyPair();
  }

  /** A made package and what went into it. */
  record Made(Path file, byte[] content, byte[] releaseShare) {}

  static Made make(Path file, int contentBytes, Manifest.Mode mode) throws IOException {
    byte[] content = new byte[contentBytes];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    return make(file, content, mode);
  }

  /**
   * A package of {@code content}, whose manifest says: fields my_number, family_name; 3 persons.
   */
  static Made make(Path file, byte[] content, Manifest.Mode mode) throws IOException {
    byte[] id = java.util.HexFormat.of().parseHex(Packages.packageId()); // as Mamori draws one
    byte[] recipientShare = PackageCrypto.random(32);
    byte[] releaseShare = PackageCrypto.random(32);
    byte[] key = PackageCrypto.contentKey(id, recipientShare, releaseShare, Format.CONTENT_KEY);
    try (PackageWriter w = PackageWriter.start(file, id, key)) {
      // written in odd pieces so chunk boundaries fall inside writes
      for (int at = 0; at < content.length; at += 7_777) {
        w.content().write(content, at, Math.min(7_777, content.length - at));
      }
      Manifest m =
          new Manifest(
              HexFormat.of().formatHex(id),
              new Manifest.Sender(
                  "town",
                  "Town",
                  PackageCrypto.rawEd25519(signer.getPublic()),
                  "http://127.0.0.1:8080"),
              new Manifest.Recipient(
                  "benefits", "Benefits", PackageCrypto.fingerprint(recipient.publicKey())),
              "benefit",
              "case-1",
              3,
              List.of("my_number", "family_name"),
              Instant.parse("2026-12-06T10:00:00Z"),
              Instant.parse("2026-12-09T10:00:00Z"),
              mode,
              new Manifest.LogPoint("mamori.localhost/log/town", 42, Optional.empty()),
              PackageCrypto.seal(
                  recipient.publicKey(), Format.info(Format.RECIPIENT_SHARE, id), recipientShare),
              mode == Manifest.Mode.OFFLINE
                  ? Optional.of(
                      PackageCrypto.seal(
                          recipient.publicKey(),
                          Format.info(Format.RELEASE_SHARE, id),
                          releaseShare))
                  : Optional.empty());
      w.finish(m, signer.getPrivate());
    }
    return new Made(file, content, releaseShare);
  }

  static byte[] readAll(PackageReader r, byte[] releaseShare) throws IOException {
    byte[] key = r.contentKey(r.recipientShare(recipient.privateKey()), releaseShare);
    try (InputStream in = r.content(key)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  @Test
  void roundTripsContentOfManySizes() throws Exception {
    for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 200_000}) {
      Made made = make(dir.resolve("p" + size + ".mpkg"), size, Manifest.Mode.ONLINE);
      PackageReader r = PackageReader.open(made.file());
      assertThat(r.signedBy(PackageCrypto.rawEd25519(signer.getPublic()))).isTrue();
      assertThat(readAll(r, made.releaseShare())).isEqualTo(made.content());
    }
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.endsWith(".partial"));
  }

  @Test
  void theCheck_takesOnlyContentThatIsWhatTheManifestSays() throws Exception {
    // three persons, one with a quoted line break and a doubled quote in a field
    String whole = "my_number,family_name\nN-1,A\nN-2,\"B\nb \"\"q\"\"\"\nN-3,C\n";
    String pad = "N-0," + "x".repeat(70_000) + "\n"; // a record across a chunk boundary
    Made ok = make(dir.resolve("ok"), utf8(whole), Manifest.Mode.ONLINE);
    assertThat(check(ok)).isEqualTo(utf8(whole).length);
    Made across =
        make(
            dir.resolve("across"),
            utf8("my_number,family_name\n" + pad + "N-2,B\nN-3,C\n"),
            Manifest.Mode.ONLINE);
    assertThat(check(across)).isPositive();
    for (String bad :
        new String[] {
          "my_number,family_name\nN-1,A\nN-2,B\n", // two persons, not three
          "my_number,family_name\nN-1,A\nN-2,B\nN-3,C\nN-4,D\n", // four
          "my_number,family_name,bank_account\nN-1,A,1\nN-2,B,2\nN-3,C,3\n", // another column
          "family_name,my_number\nA,N-1\nB,N-2\nC,N-3\n", // another order
          "my_number,family_name\nN-1,A\nN-2,B\nN-3,C", // no final line break
          "my_number,family_name\nN-1,A\nN-2,\"B\nN-3,C\n", // a quote left open
          "my_number", // shorter than the header
          ""
        }) {
      Made made = make(dir.resolve("bad-" + bad.hashCode()), utf8(bad), Manifest.Mode.ONLINE);
      assertThatThrownBy(() -> check(made))
          .as(bad)
          .isInstanceOf(PackageRefused.class)
          .extracting(e -> ((PackageRefused) e).reason())
          .isEqualTo(Reason.PACKAGE_MALFORMED);
    }
  }

  @Test
  void anEmptyLastChunk_afterAFullOne_isRefused_asTheWriterNeverMakesOne() throws Exception {
    Made made = make(dir.resolve("full.mpkg"), Format.CHUNK, Manifest.Mode.ONLINE);
    PackageReader r = PackageReader.open(made.file());
    byte[] key = r.contentKey(r.recipientShare(recipient.privateKey()), made.releaseShare());
    byte[] id = r.manifest().idBytes();
    PackageCrypto.Chunks chunks = new PackageCrypto.Chunks(key);
    byte[] head =
        java.util.Arrays.copyOf(Files.readAllBytes(made.file()), Format.HEAD + Format.SLOT);
    byte[] full = chunks.seal(0, Format.chunkAad(id, 0, false), made.content(), 0, Format.CHUNK);
    byte[] empty = chunks.seal(1, Format.chunkAad(id, 1, true), new byte[0], 0, 0);
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(head.length + 4 + full.length + 4 + empty.length);
    b.put(head).putInt(full.length).put(full).putInt(empty.length).put(empty);
    Path crafted = dir.resolve("crafted");
    Files.write(crafted, b.array());
    assertThatThrownBy(() -> readAll(PackageReader.open(crafted), made.releaseShare()))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("empty");
  }

  private static long check(Made made) throws IOException {
    PackageReader r = PackageReader.open(made.file());
    return r.check(r.contentKey(r.recipientShare(recipient.privateKey()), made.releaseShare()));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOfflinePackageOpensWithTheRecipientKeyAlone() throws Exception {
    Made made = make(dir.resolve("off.mpkg"), 1000, Manifest.Mode.OFFLINE);
    PackageReader r = PackageReader.open(made.file());
    assertThat(readAll(r, r.offlineReleaseShare(recipient.privateKey()))).isEqualTo(made.content());
  }

  @Test
  void aFileCutAnywhereIsRefused() throws Exception {
    Made made = make(dir.resolve("cut.mpkg"), 140_000, Manifest.Mode.ONLINE);
    byte[] whole = Files.readAllBytes(made.file());
    for (int keep :
        new int[] {
          5,
          30,
          16_000,
          Format.HEAD + Format.SLOT,
          Format.HEAD + Format.SLOT + 4 + Format.MAX_SEALED,
          whole.length - 1
        }) {
      Path cut = dir.resolve("cut-" + keep);
      Files.write(cut, java.util.Arrays.copyOf(whole, keep));
      assertThatThrownBy(() -> readAll(PackageReader.open(cut), made.releaseShare()))
          .isInstanceOf(PackageRefused.class)
          .extracting(e -> ((PackageRefused) e).reason())
          .isEqualTo(Reason.PACKAGE_MALFORMED);
    }
  }

  @Test
  void aFlippedBitInTheContentOrTrailingBytesAreRefused() throws Exception {
    Made made = make(dir.resolve("flip.mpkg"), 140_000, Manifest.Mode.ONLINE);
    byte[] whole = Files.readAllBytes(made.file());
    byte[] flipped = whole.clone();
    flipped[whole.length - 100] ^= 1;
    Path f = dir.resolve("flipped");
    Files.write(f, flipped);
    assertThatThrownBy(() -> readAll(PackageReader.open(f), made.releaseShare()))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("does not open");
    byte[] longer = java.util.Arrays.copyOf(whole, whole.length + 1);
    Path l = dir.resolve("longer");
    Files.write(l, longer);
    assertThatThrownBy(() -> readAll(PackageReader.open(l), made.releaseShare()))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("after its last chunk");
  }

  @Test
  void anEditedManifestNoLongerCarriesTheSendersSignature() throws Exception {
    Made made = make(dir.resolve("edit.mpkg"), 10, Manifest.Mode.ONLINE);
    byte[] whole = Files.readAllBytes(made.file());
    String text = new String(whole, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("\"case-1\"");
    whole[at + 6] = '9';
    Path f = dir.resolve("edited");
    Files.write(f, whole);
    PackageReader r = PackageReader.open(f);
    assertThat(r.manifest().caseRef()).isEqualTo("case-9");
    assertThat(r.signedBy(PackageCrypto.rawEd25519(signer.getPublic()))).isFalse();
  }

  @Test
  void contentSwappedBetweenTwoPackagesDoesNotOpen() throws Exception {
    Made a = make(dir.resolve("a.mpkg"), 5_000, Manifest.Mode.ONLINE);
    Made b = make(dir.resolve("b.mpkg"), 5_000, Manifest.Mode.ONLINE);
    byte[] aBytes = Files.readAllBytes(a.file());
    byte[] bBytes = Files.readAllBytes(b.file());
    int start = Format.HEAD + Format.SLOT;
    byte[] mixed = java.util.Arrays.copyOf(aBytes, start + (bBytes.length - start));
    System.arraycopy(bBytes, start, mixed, start, bBytes.length - start);
    Path f = dir.resolve("mixed");
    Files.write(f, mixed);
    assertThatThrownBy(() -> readAll(PackageReader.open(f), a.releaseShare()))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("does not open");
  }

  @Test
  void anotherRecipientsKeyOpensNothing() throws Exception {
    Made made = make(dir.resolve("other.mpkg"), 10, Manifest.Mode.ONLINE);
    PackageReader r = PackageReader.open(made.file());
    assertThatThrownBy(() -> r.recipientShare(PackageCrypto.newKeyPair().privateKey()))
        .isInstanceOf(PackageRefused.class)
        .extracting(e -> ((PackageRefused) e).reason())
        .isEqualTo(Reason.PACKAGE_NOT_OURS);
  }

  @Test
  void aPackageNeverFinishedLeavesNothingThatReadsAsAPackage() throws Exception {
    Path target = dir.resolve("never.mpkg");
    byte[] id = java.util.HexFormat.of().parseHex(Packages.packageId()); // as Mamori draws one
    PackageWriter w = PackageWriter.start(target, id, PackageCrypto.random(32));
    w.content().write(new byte[100_000]);
    // the process dies here: the partial file stays, with a blank header slot
    Path partial = dir.resolve("never.mpkg.partial");
    assertThat(target).doesNotExist();
    assertThatThrownBy(() -> PackageReader.open(partial))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("never finished");
    w.close();
    assertThat(partial).doesNotExist();
  }
}
