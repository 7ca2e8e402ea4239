package mamori.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The root key as a file: a Tink keyset of one AES-256-GCM key in Tink's JSON format, owner-only
 * ({@code 0600}) in an owner-only folder ({@code 0700}). A new file is written beside the target
 * with the owner-only mode from its creation, synced, moved into place only when no file is there,
 * and the folder is synced too, so that a crash can never leave the database holding keysets
 * wrapped by a key whose file did not survive. A file that others may read is refused, as OpenSSH
 * refuses such keys.
 */
final class KeyFileRootKey implements RootKey {
  private static final Configuration TINK = AeadConfig2026.get();
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
  private static final String TMP_PREFIX = ".root.key.";

  private final Path file;
  private final Aead aead;

  private KeyFileRootKey(Path file, Aead aead) {
    this.file = file;
    this.aead = aead;
  }

  /** The key in {@code file}, or empty when there is no such file. */
  static Optional<RootKey> load(Path file) {
    String json;
    try {
      requireOwnerOnly(file, "the root key file");
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new KeyException(
          "cannot read the root key file "
              + file
              + ": "
              + e.getMessage()
              + "; check that this user may read it, or restore it from backup",
          e);
    }
    try {
      KeysetHandle keyset =
          TinkJsonProtoKeysetFormat.parseKeyset(json, TINK, InsecureSecretKeyAccess.get());
      return Optional.of(new KeyFileRootKey(file, keyset.getPrimitive(TINK, Aead.class)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyException(
          "the root key file "
              + file
              + " is not a Tink AEAD keyset (damaged?);"
              + " restore it from backup",
          e);
    }
  }

  /**
   * Writes a new key to {@code file}; when another process wrote one first, that one is returned.
   */
  static RootKey create(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null) {
      throw new KeyException(
          "the root key file " + file + " must be in a folder, not the file system's root");
    }
    @Nullable Path tmp = null;
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        setMode(folder, "rwx------");
      }
      KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, TINK);
      byte[] json =
          TinkJsonProtoKeysetFormat.serializeKeyset(keyset, TINK, InsecureSecretKeyAccess.get())
              .getBytes(StandardCharsets.UTF_8);
      tmp =
          posixMode(folder) == null
              ? Files.createTempFile(folder, TMP_PREFIX, ".tmp")
              : Files.createTempFile(
                  folder,
                  TMP_PREFIX,
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")));
      Files.write(tmp, json, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      Files.move(tmp, file); // no REPLACE_EXISTING: a key file is never overwritten
      tmp = null;
      syncFolder(folder);
      return new KeyFileRootKey(file, keyset.getPrimitive(TINK, Aead.class));
    } catch (FileAlreadyExistsException e) {
      return load(file)
          .orElseThrow(() ->
              new KeyException(
                  "the root key file " + file + " vanished while" + " it was being made", e));
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyException("cannot create the root key file " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a stray temporary file holds a key nobody uses; it is owner-only like the key itself
        }
      }
    }
  }

  @Override
  public byte[] wrap(byte[] keyMaterial, byte[] associatedData) throws GeneralSecurityException {
    return aead.encrypt(keyMaterial, associatedData);
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    return aead.decrypt(wrapped, associatedData);
  }

  @Override
  public String toString() {
    return "root key file " + file;
  }

  /** Refuses a secret file that others than its owner may read or change (checked where POSIX). */
  static void requireOwnerOnly(Path file, String what) throws IOException {
    Set<PosixFilePermission> mode = posixMode(file);
    if (mode != null && mode.stream().anyMatch(OTHERS::contains)) {
      throw new KeyException(
          what
              + " "
              + file
              + " may be read by others (mode "
              + PosixFilePermissions.toString(mode)
              + "); make it owner-only: chmod 600 "
              + file);
    }
  }

  private static @Nullable Set<PosixFilePermission> posixMode(Path p) throws IOException {
    try {
      return Files.getPosixFilePermissions(p);
    } catch (UnsupportedOperationException notPosix) {
      return null;
    }
  }

  private static void setMode(Path p, String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file inherits its folder's ACL
    }
  }

  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // some platforms cannot open a folder for syncing; the rename is then as durable as they
      // allow
    }
  }
}
