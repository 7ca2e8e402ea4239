package mamori.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signature key pairs kept as files in a key folder outside the database (owner-only), one pair per
 * name and algorithm: {@code NAME.ALG.key} (PKCS#8) and {@code NAME.ALG.pub} (X.509). Callers get
 * {@link KeyPair} objects, never the files' bytes. A pair is created only when asked with {@link
 * #create}; {@link #load} never invents one, so a lost key is noticed instead of replaced.
 */
public final class SigningKeys {
  /** The algorithms a log signs with. */
  public enum Algorithm {
    ED25519("Ed25519", "ed25519"),
    ML_DSA_44("ML-DSA-44", "mldsa44");

    final String jca;
    final String suffix;

    Algorithm(String jca, String suffix) {
      this.jca = jca;
      this.suffix = suffix;
    }
  }

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
  private final Path folder;

  private SigningKeys(Path folder) {
    this.folder = folder;
  }

  /** The key folder {@code folder}, created owner-only when missing. */
  public static SigningKeys in(Path folder) {
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, ownerOnly("rwx------"));
      }
    } catch (IOException e) {
      throw new KeyException("cannot create the key folder " + folder + ": " + e.getMessage(), e);
    }
    return new SigningKeys(folder);
  }

  public Path folder() {
    return folder;
  }

  /** The pair stored under {@code name}, or empty when there is none. */
  public Optional<KeyPair> load(String name, Algorithm alg) {
    Path key = file(name, alg, "key");
    Path pub = file(name, alg, "pub");
    if (!Files.exists(key) && !Files.exists(pub)) {
      return Optional.empty();
    }
    if (!Files.exists(key)) {
      throw new KeyException(
          "the private key "
              + key
              + " is missing although its public key is there;"
              + " restore it from backup");
    }
    try {
      KeyFactory kf = KeyFactory.getInstance(alg.jca);
      return Optional.of(
          new KeyPair(
              kf.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub))),
              kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(key)))));
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyException("cannot read the key " + key + ": " + e.getMessage(), e);
    }
  }

  /** Creates and stores a new pair under {@code name}; refuses to overwrite one. */
  public KeyPair create(String name, Algorithm alg) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(alg.jca).generateKeyPair();
      write(file(name, alg, "key"), pair.getPrivate().getEncoded());
      write(file(name, alg, "pub"), pair.getPublic().getEncoded());
      return pair;
    } catch (FileAlreadyExistsException e) {
      throw new KeyException("a key named " + name + " exists already in " + folder, e);
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyException("cannot create the key " + name + ": " + e.getMessage(), e);
    }
  }

  /** {@link #load} or, when nothing is stored, {@link #create}. */
  public KeyPair loadOrCreate(String name, Algorithm alg) {
    return load(name, alg).orElseGet(() -> create(name, alg));
  }

  private Path file(String name, Algorithm alg, String kind) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a key name is 1 to 80 of a-z, 0-9, '.', '_' and '-'");
    }
    return folder.resolve(name + "." + alg.suffix + "." + kind);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp); // left by a run that died half-way; the key it held was never used
    try (var ch =
        Files.newByteChannel(
            tmp,
            java.util.Set.of(
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC),
            ownerOnly("rw-------"))) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
    }
    Files.move(tmp, file); // fails when the file exists: keys are never overwritten
  }

  /**
   * Owner-only permissions given at creation, so a key is never readable by others even for a
   * moment.
   */
  static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(String mode) {
    return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new java.nio.file.attribute.FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))
        }
        : new java.nio.file.attribute.FileAttribute<?>[0];
  }
}
