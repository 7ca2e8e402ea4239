package mamori.transfer;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import mamori.core.Reason;
import mamori.crypto.PackageCrypto;
import org.jspecify.annotations.Nullable;

/**
 * Reads one package file (docs/package-format.md) without trusting any of it: the header and
 * manifest are checked before anything is decrypted, the signature is checked against a key the
 * caller names (never the one the manifest carries), and the content is opened a chunk at a time,
 * refusing a chunk that fails, a file cut short before its last chunk and any byte after it. Every
 * refusal is a {@link PackageRefused} with its reason.
 */
public final class PackageReader {
  private final Path file;
  private final byte[] manifestBytes;
  private final byte[] signature;
  private final Manifest manifest;
  private final long contentStart;

  private PackageReader(
      Path file, byte[] manifestBytes, byte[] signature, Manifest manifest, long contentStart) {
    this.file = file;
    this.manifestBytes = manifestBytes;
    this.signature = signature;
    this.manifest = manifest;
    this.contentStart = contentStart;
  }

  /**
   * Reads the header and manifest of {@code file}.
   *
   * @throws PackageRefused ({@code package.malformed}) when it is not a package of this format
   * @throws NoSuchFileException when there is no such file
   */
  public static PackageReader open(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      byte[] magic = new byte[Format.MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, Format.MAGIC)) {
        throw malformed("the file is not a package of the format mamori-package/1");
      }
      int slot = in.readInt();
      if (slot < Format.MIN_SLOT || slot > Format.MAX_SLOT) {
        throw malformed("the package's header slot is " + slot + " bytes, out of range");
      }
      byte[] slotBytes = new byte[slot];
      in.readFully(slotBytes);
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(slotBytes);
      long manifestLength = Integer.toUnsignedLong(b.getInt());
      if (manifestLength == 0) {
        throw malformed("the package's manifest is blank: it was never finished");
      }
      if (manifestLength > slot - 4 - 2 - Format.SIGNATURE_BYTES) {
        throw malformed("the package's manifest does not fit its slot");
      }
      byte[] manifestBytes = new byte[(int) manifestLength];
      b.get(manifestBytes);
      int signatureLength = Short.toUnsignedInt(b.getShort());
      if (signatureLength != Format.SIGNATURE_BYTES) {
        throw malformed("the package's signature is not 64 bytes");
      }
      byte[] signature = new byte[signatureLength];
      b.get(signature);
      while (b.hasRemaining()) {
        if (b.get() != 0) {
          throw malformed("the package's header holds bytes after its signature");
        }
      }
      Manifest manifest = Manifest.parse(manifestBytes);
      return new PackageReader(file, manifestBytes, signature, manifest, Format.HEAD + (long) slot);
    } catch (EOFException e) {
      throw malformed("the package ends inside its header");
    }
  }

  public Manifest manifest() {
    return manifest;
  }

  /** Whether the manifest is signed by this raw Ed25519 key. */
  public boolean signedBy(byte[] signingKey) {
    return PackageCrypto.verify(
        signingKey, Format.concat(Format.MANIFEST_SIGNED, manifestBytes), signature);
  }

  /**
   * The recipient share, opened with the recipient's private key.
   *
   * @throws PackageRefused ({@code package.not-ours}) when the package is sealed to another key
   */
  public byte[] recipientShare(byte[] privateKey) {
    String mine = PackageCrypto.fingerprint(PackageCrypto.publicOf(privateKey));
    if (!mine.equals(manifest.recipient().keyFingerprint())) {
      throw new PackageRefused(
          Reason.PACKAGE_NOT_OURS,
          "the package is sealed to the key "
              + manifest.recipient().keyFingerprint()
              + ", not to this key ("
              + mine
              + ")");
    }
    return openShare(privateKey, Format.RECIPIENT_SHARE, manifest.recipientShare());
  }

  /**
   * The release share an offline package carries, opened with the recipient's private key.
   *
   * @throws IllegalStateException for an online package
   */
  public byte[] offlineReleaseShare(byte[] privateKey) {
    PackageCrypto.Sealed share =
        manifest
            .senderShare()
            .orElseThrow(() -> new IllegalStateException("an online package carries no share"));
    return openShare(privateKey, Format.RELEASE_SHARE, share);
  }

  /** A release share the sender released (sealed to the recipient), opened. */
  public byte[] releasedShare(byte[] privateKey, PackageCrypto.Sealed released) {
    return openShare(privateKey, Format.RELEASE_SHARE, released);
  }

  private byte[] openShare(byte[] privateKey, byte[] label, PackageCrypto.Sealed sealed) {
    try {
      byte[] share = PackageCrypto.open(privateKey, Format.info(label, manifest.idBytes()), sealed);
      if (share.length != PackageCrypto.KEY_BYTES) {
        throw malformed("a share of the package is not 32 bytes");
      }
      return share;
    } catch (GeneralSecurityException e) {
      throw new PackageRefused(
          Reason.PACKAGE_NOT_OURS,
          "a share of the package does not open with this key: it was sealed to another, or"
              + " changed");
    }
  }

  /** The content key of the two shares. */
  public byte[] contentKey(byte[] recipientShare, byte[] releaseShare) {
    return PackageCrypto.contentKey(
        manifest.idBytes(), recipientShare, releaseShare, Format.CONTENT_KEY);
  }

  /**
   * The content's plaintext (the CSV), opened a chunk at a time as it is read. A read throws {@link
   * PackageRefused} ({@code package.malformed}) at the first chunk that fails, at an end before the
   * last chunk, or at a byte after it: read to the end before acting on what was read.
   */
  public InputStream content(byte[] contentKey) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      raw.skipNBytes(contentStart);
    } catch (EOFException e) {
      raw.close();
      throw malformed("the package ends before its content");
    }
    return new Content(
        new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 17)),
        manifest.idBytes(),
        new PackageCrypto.Chunks(contentKey));
  }

  /**
   * Reads the whole content and checks every chunk, keeping nothing, and checks that the content is
   * what the signed manifest says: its first line is the manifest's fields joined by commas, it
   * holds exactly the manifest's count of persons (one CSV record each, a record's quoted line
   * breaks included), and it ends with a line break. The content is whole and as announced when
   * this returns. Returns the plaintext's length.
   *
   * @throws PackageRefused ({@code package.malformed}) when a chunk fails or the content is not
   *     what the manifest says
   */
  public long check(byte[] contentKey) throws IOException {
    byte[] header =
        (String.join(",", manifest.fields()) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (InputStream in = content(contentKey)) {
      long n = 0;
      long records = 0;
      boolean quoted = false;
      int last = -1;
      byte[] b = new byte[1 << 16];
      int r;
      while ((r = in.read(b)) >= 0) {
        for (int i = 0; i < r; i++) {
          byte c = b[i];
          if (n + i < header.length && c != header[(int) (n + i)]) {
            throw malformed("the package's content does not begin with the manifest's fields");
          }
          if (c == '"') {
            quoted = !quoted; // a doubled quote inside a quoted field toggles twice
          } else if (c == '\n' && !quoted) {
            records++;
          }
          last = c;
        }
        n += r;
      }
      if (n < header.length) {
        throw malformed("the package's content does not begin with the manifest's fields");
      }
      if (last != '\n' || quoted) {
        throw malformed("the package's content does not end with a whole record");
      }
      if (records - 1 != manifest.persons()) {
        throw malformed(
            "the package's content holds "
                + (records - 1)
                + " persons, not the "
                + manifest.persons()
                + " its manifest says");
      }
      return n;
    }
  }

  private static PackageRefused malformed(String message) {
    return new PackageRefused(Reason.PACKAGE_MALFORMED, message);
  }

  private static final class Content extends InputStream {
    private final DataInputStream in;
    private final byte[] packageId;
    private final PackageCrypto.Chunks chunks;
    private byte[] plain = new byte[0];
    private int at;
    private long index;
    private boolean ended;

    Content(DataInputStream in, byte[] packageId, PackageCrypto.Chunks chunks) {
      this.in = in;
      this.packageId = packageId;
      this.chunks = chunks;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (at == plain.length) {
        if (ended) {
          return -1;
        }
        next();
      }
      int n = Math.min(len, plain.length - at);
      System.arraycopy(plain, at, b, off, n);
      at += n;
      return n;
    }

    private void next() throws IOException {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException e) {
        throw malformed("the package is cut short: it ends before its last chunk");
      }
      if (length < PackageCrypto.TAG_BYTES || length > Format.MAX_SEALED) {
        throw malformed("chunk " + index + " of the package has an impossible length");
      }
      byte[] sealed = new byte[length];
      try {
        in.readFully(sealed);
      } catch (EOFException e) {
        throw malformed("the package is cut short inside chunk " + index);
      }
      byte[] opened = tryOpen(sealed, false);
      boolean last = false;
      if (opened == null) {
        opened = tryOpen(sealed, true);
        last = true;
      }
      if (opened == null) {
        throw malformed(
            "chunk " + index + " of the package does not open: changed, moved or not ours");
      }
      if (!last && opened.length != Format.CHUNK) {
        throw malformed("chunk " + index + " of the package is short but not the last");
      }
      if (last && opened.length == 0 && index > 0) {
        throw malformed(
            "chunk " + index + " of the package is empty: only an empty content ends so");
      }
      index++;
      plain = opened;
      at = 0;
      if (last) {
        ended = true;
        if (in.read() >= 0) {
          throw malformed("the package holds bytes after its last chunk");
        }
      }
    }

    private byte @Nullable [] tryOpen(byte[] sealed, boolean last) {
      try {
        return chunks.open(index, Format.chunkAad(packageId, index, last), sealed);
      } catch (GeneralSecurityException e) {
        return null;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
