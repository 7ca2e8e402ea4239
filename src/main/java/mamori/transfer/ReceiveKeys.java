package mamori.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Who;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.crypto.TenantKeys;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A receiving tenant's own recipient keys (issue 17 point 4): X25519 pairs whose public half it
 * gives to a sender, whose private half never leaves it. Kept in the tenant's Mamori, the private
 * key is sealed by the tenant's field keyset ({@link TenantKeys#sealSecret}, bound to the tenant
 * and the key's fingerprint), so the database alone opens nothing; kept outside, it is a key file
 * of one Base64 line that only its owner may read (docs/package-format.md, "Key files"). Either way
 * the key is a {@link Key}, whose private bytes only this module reads.
 */
public final class ReceiveKeys {
  private static final String FAILED = "the recipient keys' store failed";
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  /**
   * A recipient key: its public half and fingerprint, and (read only inside this module) its
   * private half. Its text names the fingerprint only.
   */
  public static final class Key {
    private final byte[] publicKey;
    private final byte[] privateKey;
    private final String fingerprint;

    Key(byte[] privateKey) {
      this.privateKey = privateKey.clone();
      this.publicKey = PackageCrypto.publicOf(privateKey);
      this.fingerprint = PackageCrypto.fingerprint(publicKey);
    }

    /** The raw 32-byte X25519 public key, to give to a sender. */
    public byte[] publicKey() {
      return publicKey.clone();
    }

    /** The public key as a key file's line and {@code mamori recipients add --key} take it. */
    public String publicKeyBase64() {
      return Base64.getEncoder().encodeToString(publicKey);
    }

    /** SHA-256 of the public key, 64 lower-case hex digits. */
    public String fingerprint() {
      return fingerprint;
    }

    /** The fingerprint as words, read to the sender over the telephone. */
    public String words() {
      return FingerprintWords.of(fingerprint);
    }

    byte[] privateKey() {
      return privateKey.clone();
    }

    @Override
    public String toString() {
      return "Key[" + fingerprint + "]";
    }
  }

  private final JdbcClient jdbc;
  private final TenantKeys keys;
  private final AdminLog log;
  private final Clock clock;

  public ReceiveKeys(DataSource store, TenantKeys keys, AdminLog log, Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.keys = keys;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Creates a recipient key for the caller's tenant and keeps it sealed; logged first.
   *
   * @throws PackageRefused ({@code role.not-allowed}, logged) when the caller is not the
   *     controller's security officer or admin
   */
  public Key create(Who who, boolean controller, Role role) {
    if (!controller || (role != Role.SECURITY_OFFICER && role != Role.ORG_ADMIN)) {
      log.refused(who, Action.TRANSFER_KEY_CREATE, "recipient key", Reason.ROLE_NOT_ALLOWED);
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED,
          "only the controller's security officer or admin creates recipient keys");
    }
    PackageCrypto.KeyPair pair = PackageCrypto.newKeyPair();
    byte[] raw = pair.privateKey();
    try {
      Key key = new Key(raw);
      String tenant = who.tenant().value();
      byte[] sealed = keys.sealSecret(tenant, label(key.fingerprint), raw);
      log.allowed(who, Action.TRANSFER_KEY_CREATE, key.fingerprint.substring(0, 16));
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "INSERT INTO transfer_key (tenant_id, fingerprint, public_key, private_key,"
                          + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                  .params(
                      tenant,
                      key.fingerprint,
                      key.publicKey,
                      sealed,
                      who.user().value(),
                      clock.millis())
                  .update());
      return key;
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The tenant's key of this fingerprint (64 hex digits), opened, if it keeps one. */
  public Optional<Key> find(TenantId tenant, String fingerprint) {
    Optional<byte[]> sealed =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT private_key FROM transfer_key WHERE tenant_id = ? AND"
                            + " fingerprint = ?")
                    .params(tenant.value(), fingerprint)
                    .query(byte[].class)
                    .optional());
    return sealed.map(s -> {
      byte[] raw = keys.openSecret(tenant.value(), label(fingerprint), s);
      try {
        return new Key(raw);
      } finally {
        Arrays.fill(raw, (byte) 0);
      }
    });
  }

  /** The fingerprints of the tenant's keys, oldest first. */
  public List<String> fingerprints(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT fingerprint FROM transfer_key WHERE tenant_id = ? ORDER BY"
                        + " created_at, fingerprint")
                .params(tenant.value())
                .query(String.class)
                .list());
  }

  /**
   * Reads a private key kept outside Mamori: a file of one line, the Base64 of the raw 32-byte
   * X25519 private key, that only its owner may read.
   *
   * @throws IllegalArgumentException when the file is missing, readable or writable by its group or
   *     others (the message says how to narrow it), or not one line of a 32-byte key in Base64
   */
  public static Key readKeyFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no key file " + file);
    }
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.stream().anyMatch(OTHERS::contains)) {
        throw new IllegalArgumentException(
            "the key file "
                + file
                + " may be read by others than its owner; a private key is read only from an"
                + " owner-only file: chmod 600 "
                + file);
      }
    }
    byte[] raw = decodeLine(readOneLine(file), "the key file " + file);
    try {
      return new Key(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * A public key given as its Base64 (32 raw bytes) or as a file holding that one line: how {@code
   * --key} of {@code mamori senders add} and {@code mamori recipients add} take a key.
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static byte[] publicKeyArgument(String argument) throws IOException {
    Path asFile;
    try {
      asFile = Path.of(argument);
    } catch (java.nio.file.InvalidPathException e) {
      asFile = null;
    }
    if (asFile != null && Files.isRegularFile(asFile)) {
      return decodeLine(readOneLine(asFile), "the key file " + argument);
    }
    return decodeLine(argument.strip(), "the key");
  }

  private static String readOneLine(Path file) throws IOException {
    if (Files.size(file) > 4096) {
      throw new IllegalArgumentException("the key file " + file + " is not one line of Base64");
    }
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no key file " + file);
    }
  }

  private static byte[] decodeLine(String line, String what) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(line);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not one line of Base64");
    }
    if (raw.length != PackageCrypto.KEY_BYTES) {
      throw new IllegalArgumentException(
          what + " holds " + raw.length + " bytes, not the 32 of a raw key");
    }
    return raw;
  }

  private static String label(String fingerprint) {
    return "transfer-key/" + fingerprint;
  }
}
