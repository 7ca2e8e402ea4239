package mamori.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.Set;
import mamori.crypto.PackageCrypto;

/**
 * Writes one package file, streamed: the content is sealed a chunk at a time as it is written, so
 * the persons of a whole city never sit in memory. The file is made as {@code NAME.partial}
 * (owner-only), its header slot left blank; {@link #finish} writes the signed manifest into the
 * slot, syncs and renames the file to its name. A writer closed without finishing deletes the
 * partial file, and a process killed before finishing leaves only a {@code .partial} file that no
 * reader takes for a package (its slot is blank): no half package is ever announced as complete.
 */
public final class PackageWriter implements AutoCloseable {
  private final Path target;
  private final Path partial;
  private final FileChannel channel;
  private final byte[] packageId;
  private final PackageCrypto.Chunks chunks;
  private final byte[] buffer = new byte[Format.CHUNK];
  private int filled;
  private long index;
  private boolean finished;
  private boolean closed;
  private final OutputStream content = new Content();

  private PackageWriter(
      Path target, Path partial, FileChannel channel, byte[] packageId, byte[] contentKey) {
    this.target = target;
    this.partial = partial;
    this.channel = channel;
    this.packageId = packageId.clone();
    this.chunks = new PackageCrypto.Chunks(contentKey);
  }

  /** What a finished package is: its file, its SHA-256 and its size. */
  public record Finished(Path file, String sha256, long bytes) {}

  /**
   * Starts the package {@code target} (made as {@code target.partial}).
   *
   * @throws FileAlreadyExistsException when {@code target} or its partial file exists
   */
  public static PackageWriter start(Path target, byte[] packageId, byte[] contentKey)
      throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " exists already");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    FileChannel ch;
    if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      ch =
          FileChannel.open(
              partial,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      ch = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    PackageWriter w = new PackageWriter(target, partial, ch, packageId, contentKey);
    ByteBuffer head = ByteBuffer.allocate(Format.HEAD + Format.SLOT);
    head.put(Format.MAGIC).putInt(Format.SLOT);
    head.position(head.capacity()).flip();
    try {
      w.writeFully(head);
    } catch (IOException | RuntimeException e) {
      w.close(); // the channel closed and the partial file deleted: the caller never held it
      throw e;
    }
    return w;
  }

  /** The plaintext content (the CSV), sealed a chunk at a time; closing it does nothing. */
  public OutputStream content() {
    return content;
  }

  /**
   * Seals the last chunk, writes the manifest signed by {@code signer} into the header slot, syncs,
   * and renames the partial file to the package's name.
   *
   * @throws IllegalArgumentException when the manifest names another package or does not fit the
   *     slot
   */
  public Finished finish(Manifest manifest, PrivateKey signer) throws IOException {
    if (!java.util.Arrays.equals(manifest.idBytes(), packageId)) {
      throw new IllegalArgumentException("the manifest names another package");
    }
    byte[] body = manifest.toBytes();
    byte[] signature = PackageCrypto.sign(signer, Format.concat(Format.MANIFEST_SIGNED, body));
    int needed = 4 + body.length + 2 + signature.length;
    if (needed > Format.SLOT) {
      throw new IllegalArgumentException(
          "the manifest takes " + needed + " bytes, more than the slot's " + Format.SLOT);
    }
    sealChunk(true);
    ByteBuffer slot = ByteBuffer.allocate(needed);
    slot.putInt(body.length).put(body).putShort((short) signature.length).put(signature).flip();
    channel.position(Format.HEAD);
    writeFully(slot);
    channel.force(true);
    long size = channel.size();
    channel.close();
    String sha256 = digest(partial);
    try {
      Files.move(partial, target); // never over an existing file
    } catch (FileAlreadyExistsException e) {
      throw new FileAlreadyExistsException(target + " appeared while the package was made");
    }
    finished = true;
    return new Finished(target, sha256, size);
  }

  /** Deletes the partial file unless {@link #finish} completed. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!finished) {
      channel.close();
      Files.deleteIfExists(partial);
    }
  }

  private void sealChunk(boolean last) throws IOException {
    byte[] sealed = chunks.seal(index, Format.chunkAad(packageId, index, last), buffer, 0, filled);
    ByteBuffer out = ByteBuffer.allocate(4 + sealed.length);
    out.putInt(sealed.length).put(sealed).flip();
    writeFully(out);
    index++;
    filled = 0;
  }

  private void writeFully(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      channel.write(b);
    }
  }

  private static String digest(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (var in = Files.newInputStream(file)) {
      byte[] b = new byte[1 << 16];
      int n;
      while ((n = in.read(b)) > 0) {
        md.update(b, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private final class Content extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (finished || closed) {
        throw new IOException("the package is finished");
      }
      while (len > 0) {
        if (filled == buffer.length) {
          sealChunk(false); // more follows, so this full chunk is not the last
        }
        int n = Math.min(len, buffer.length - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }
  }
}
