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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 *
 * <p>Generations: the keyset holds one key, except while the root key rotates ({@link
 * RootKeys#rotate}): then a new key is added as primary and the file rewritten (a new file beside
 * it, owner-only, synced, moved over the old one atomically, folder synced); once every wrapped
 * value is under the new key, the file is rewritten again without the old one. Each wrapped value
 * carries Tink's 5-byte prefix, the id of the key that wrapped it. Another process that rotated the
 * file is picked up: a value that does not open makes this instance read the file again, and every
 * wrap reads it first (wraps are rare: a keyset made or changed), so nothing is ever wrapped under
 * a key that was removed from the file.
 */
final class KeyFileRootKey implements GenerationalRootKey {
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
  private volatile KeysetHandle keyset;
  private volatile Aead aead;

  private KeyFileRootKey(Path file, KeysetHandle keyset) throws GeneralSecurityException {
    this.file = file;
    this.keyset = keyset;
    this.aead = keyset.getPrimitive(TINK, Aead.class);
  }

  /** The key in {@code file}, or empty when there is no such file. */
  static Optional<RootKey> load(Path file) {
    return read(file)
        .map(keyset -> {
          try {
            return new KeyFileRootKey(file, keyset);
          } catch (GeneralSecurityException e) {
            throw damaged(file, e);
          }
        });
  }

  private static KeyException damaged(Path file, Exception e) {
    return new KeyException(
        "the root key file "
            + file
            + " is not a Tink AEAD keyset (damaged?);"
            + " restore it from backup",
        e);
  }

  private static Optional<KeysetHandle> read(Path file) {
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
      keyset.getPrimitive(TINK, Aead.class);
      return Optional.of(keyset);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw damaged(file, e);
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
      tmp = writeTemporary(folder, keyset);
      Files.move(tmp, file); // no REPLACE_EXISTING: a key file is never overwritten
      tmp = null;
      syncFolder(folder);
      return new KeyFileRootKey(file, keyset);
    } catch (FileAlreadyExistsException e) {
      return load(file)
          .orElseThrow(() ->
              new KeyException(
                  "the root key file " + file + " vanished while" + " it was being made", e));
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyException("cannot create the root key file " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** {@code keyset} in a new owner-only file beside the key file, written and synced. */
  private static Path writeTemporary(Path folder, KeysetHandle keyset)
      throws IOException, GeneralSecurityException {
    byte[] json =
        TinkJsonProtoKeysetFormat.serializeKeyset(keyset, TINK, InsecureSecretKeyAccess.get())
            .getBytes(StandardCharsets.UTF_8);
    Path tmp =
        posixMode(folder) == null
            ? Files.createTempFile(folder, TMP_PREFIX, ".tmp")
            : Files.createTempFile(
                folder,
                TMP_PREFIX,
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(tmp, json, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      return tmp;
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  private static void deleteQuietly(@Nullable Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // a stray temporary file holds a key nobody uses; it is owner-only like the key itself
      }
    }
  }

  @Override
  public byte[] wrap(byte[] keyMaterial, byte[] associatedData) throws GeneralSecurityException {
    reload(); // never wrap under a key another process removed from the file
    return aead.encrypt(keyMaterial, associatedData);
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    try {
      return aead.decrypt(wrapped, associatedData);
    } catch (GeneralSecurityException e) {
      if (!reload()) {
        throw e;
      }
      return aead.decrypt(wrapped, associatedData); // another process rotated the file
    }
  }

  /** Reads the file again; true when it changed. */
  private synchronized boolean reload() throws GeneralSecurityException {
    KeysetHandle now =
        read(file)
            .orElseThrow(() ->
                new KeyException("the root key file " + file + " is gone; restore it from backup"));
    if (ids(now).equals(ids(keyset)) && now.getPrimary().getId() == keyset.getPrimary().getId()) {
      return false;
    }
    aead = now.getPrimitive(TINK, Aead.class);
    keyset = now;
    return true;
  }

  private static List<Integer> ids(KeysetHandle keyset) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < keyset.size(); i++) {
      ids.add(keyset.getAt(i).getId());
    }
    return ids;
  }

  @Override
  public List<Integer> generations() {
    try {
      reload();
    } catch (GeneralSecurityException e) {
      throw damaged(file, e);
    }
    KeysetHandle k = keyset;
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < k.size(); i++) {
      if (!k.getAt(i).isPrimary()) {
        ids.add(k.getAt(i).getId());
      }
    }
    ids.add(k.getPrimary().getId());
    return ids;
  }

  @Override
  public synchronized int addGeneration() {
    try {
      reload();
      if (keyset.size() > 1) {
        return keyset.getPrimary().getId(); // a rotation under way: finish it
      }
      var key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, TINK);
      KeysetHandle next =
          KeysetHandle.newBuilder(keyset)
              .addEntry(KeysetHandle.importKey(key.getPrimary().getKey()).makePrimary())
              .build();
      replaceFile(next);
      return next.getPrimary().getId();
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot add a root key to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public RootKey currentOnly() {
    try {
      reload();
      KeysetHandle only =
          KeysetHandle.newBuilder()
              .addEntry(KeysetHandle.importKey(keyset.getPrimary().getKey()).makePrimary())
              .build();
      Aead current = only.getPrimitive(TINK, Aead.class);
      return new RootKey() {
        @Override
        public byte[] wrap(byte[] keyMaterial, byte[] associatedData)
            throws GeneralSecurityException {
          return current.encrypt(keyMaterial, associatedData);
        }

        @Override
        public byte[] unwrap(byte[] wrapped, byte[] associatedData)
            throws GeneralSecurityException {
          return current.decrypt(wrapped, associatedData);
        }
      };
    } catch (GeneralSecurityException e) {
      throw damaged(file, e);
    }
  }

  @Override
  public synchronized void destroyOlderGenerations() {
    try {
      reload();
      if (keyset.size() == 1) {
        return;
      }
      KeysetHandle only =
          KeysetHandle.newBuilder()
              .addEntry(KeysetHandle.importKey(keyset.getPrimary().getKey()).makePrimary())
              .build();
      replaceFile(only);
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "cannot remove the old root key from " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code next} over the key file atomically, synced, and uses it. */
  private void replaceFile(KeysetHandle next) throws GeneralSecurityException {
    Path folder = java.util.Objects.requireNonNull(file.toAbsolutePath().getParent());
    @Nullable Path tmp = null;
    try {
      tmp = writeTemporary(folder, next);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      syncFolder(folder);
    } catch (IOException e) {
      throw new KeyException("cannot write the root key file " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
    aead = next.getPrimitive(TINK, Aead.class);
    keyset = next;
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
