package mamori.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.crypto.PackageCrypto;
import mamori.crypto.RootKeyConfig;
import mamori.store.OwnerOnly;

/*
 * Design. The key folder (the root key file, the logs' and the packages' signing keys) is backed up
 * apart from the data, sealed with HPKE (X25519, base mode, as packages are) to a security officer's
 * public key, so the file can sit anywhere: only the officer's private key opens it. The file is
 * text: a header (format, the recipient's fingerprint, when, which files) and the sealed bytes. The
 * whole header is HPKE's info, so a changed header fails to open as a changed ciphertext does, and
 * nothing is written before the whole file opened. A root key kept in a PKCS#11 token is not a file
 * and is not in it: the token's own backup (its vendor's key backup or a cloned token) keeps it.
 */
/** The key folder sealed to a security officer's X25519 key, and opened again. */
public final class KeyBackup {
  static final String FORMAT = "mamori-keys-backup/1";
  static final String RECIPIENT_FORMAT = "mamori-keys-backup-recipient/1";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

  private KeyBackup() {}

  /** A new recipient key pair: the private file written owner-only; returns the public key. */
  public static byte[] newRecipient(Path privateFile) {
    if (Files.exists(privateFile)) {
      throw new BackupException(privateFile + " exists already: nothing written");
    }
    PackageCrypto.KeyPair pair = PackageCrypto.newKeyPair();
    try {
      OwnerOnly.createFile(privateFile);
      Files.writeString(
          privateFile,
          RECIPIENT_FORMAT
              + "\npublic "
              + b64(pair.publicKey())
              + "\nprivate "
              + b64(pair.privateKey())
              + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BackupException("cannot write " + privateFile + ": " + why(e), e);
    }
    return pair.publicKey();
  }

  /** The public key given as Base64, or as a file whose first line is it. */
  public static byte[] publicKey(String given) {
    String text = given.strip();
    try {
      Path p = Path.of(text);
      if (Files.isRegularFile(p)) {
        text = Files.readString(p, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
      }
    } catch (IOException | java.nio.file.InvalidPathException e) {
      // not a readable file: taken as the key itself
    }
    try {
      byte[] key = Base64.getDecoder().decode(text.strip());
      if (key.length != PackageCrypto.KEY_BYTES) {
        throw new IllegalArgumentException("not 32 bytes");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new BackupException(
          "--to: an X25519 public key in Base64 (as 'mamori keys backup-recipient' prints it),"
              + " or a file holding one");
    }
  }

  /**
   * What was sealed: the files, and the note when the root key lives in a token.
   *
   * @param hsm empty, or what to back up at the HSM instead
   */
  public record Sealed(List<String> files, String recipientFingerprint, String hsm) {}

  /**
   * Seals every key file of {@code keyFolder} to {@code recipient} into {@code out}.
   *
   * @throws BackupException when the folder holds no key file, {@code out} exists or lies inside
   *     the key folder
   */
  public static Sealed seal(
      Path keyFolder, RootKeyConfig root, byte[] recipient, Path out, Instant now) {
    if (Files.exists(out)) {
      throw new BackupException(out + " exists already: nothing written");
    }
    if (mamori.crypto.KeyPlacement.within(out, keyFolder)) {
      throw new BackupException(
          out + " is inside the key folder " + keyFolder + ": write it elsewhere");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list =
        Files.isDirectory(keyFolder) ? Files.list(keyFolder) : Stream.empty()) {
      for (Path f : list.sorted().toList()) {
        String name = f.getFileName().toString();
        // the lock file holds nothing; a leftover .root.key.*.tmp is a crash's, not a key to keep
        if (Files.isRegularFile(f) && NAME.matcher(name).matches() && !name.endsWith(".lock")) {
          files.put(name, Files.readAllBytes(f));
        }
      }
    } catch (IOException e) {
      throw new BackupException(
          "cannot read the key folder " + keyFolder + ": " + e.getMessage(), e);
    }
    String hsm =
        root instanceof RootKeyConfig.Pkcs11 p
            ? "the root key is not a file: it lives in the HSM ("
                + p
                + ") and cannot leave it; back it up at the HSM with the token's own backup (the"
                + " vendor's key backup or a cloned token), kept apart from this file"
            : "";
    if (files.isEmpty()) {
      throw new BackupException(
          "the key folder "
              + keyFolder
              + " holds no key file: nothing to back up"
              + (hsm.isEmpty() ? "" : "; " + hsm));
    }
    String fingerprint = PackageCrypto.fingerprint(recipient);
    String header =
        FORMAT
            + "\nrecipient "
            + fingerprint
            + "\nmade "
            + now
            + "\nfiles "
            + String.join(" ", files.keySet())
            + "\n";
    byte[] plain = plaintext(files);
    PackageCrypto.Sealed sealed;
    try {
      sealed = PackageCrypto.seal(recipient, header.getBytes(StandardCharsets.UTF_8), plain);
    } finally {
      // the keys in the clear are zeroed as soon as they are sealed (TenantKeys does the same)
      Arrays.fill(plain, (byte) 0);
      files.values().forEach(b -> Arrays.fill(b, (byte) 0));
    }
    try {
      OwnerOnly.createFile(out);
      Files.writeString(
          out,
          header + "enc " + b64(sealed.enc()) + "\nct " + b64(sealed.ct()) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BackupException("cannot write " + out + ": " + why(e), e);
    }
    return new Sealed(List.copyOf(files.keySet()), fingerprint, hsm);
  }

  /**
   * Opens {@code backup} with the private key in {@code privateFile} and writes its files into
   * {@code keyFolder}, which must be new or empty; nothing is written unless the whole file opens.
   *
   * @return the names of the files written
   */
  public static List<String> restore(Path backup, Path privateFile, Path keyFolder) {
    byte[] privateKey = readPrivate(privateFile);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      open(backup, privateKey, privateFile, files);
      write(keyFolder, files);
      return List.copyOf(files.keySet());
    } finally {
      Arrays.fill(privateKey, (byte) 0);
      files.values().forEach(b -> Arrays.fill(b, (byte) 0));
    }
  }

  /** Opens {@code backup} into {@code files}, every key in the clear, nothing written. */
  private static void open(
      Path backup, byte[] privateKey, Path privateFile, Map<String, byte[]> files) {
    String text;
    try {
      text = Files.readString(backup, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BackupException("cannot read " + backup + ": " + e.getMessage(), e);
    }
    int enc = text.indexOf("\nenc ");
    if (!text.startsWith(FORMAT + "\n") || enc < 0) {
      throw new BackupException(backup + " is not a key backup (" + FORMAT + "): nothing written");
    }
    String header = text.substring(0, enc + 1);
    String recipient = field(header, "recipient");
    String mine = PackageCrypto.fingerprint(PackageCrypto.publicOf(privateKey));
    if (!recipient.equals(mine)) {
      throw new BackupException(
          backup
              + " was sealed to the key with fingerprint "
              + recipient
              + ", not to the key in "
              + privateFile
              + " ("
              + mine
              + "): nothing written");
    }
    byte[] plain;
    try {
      String rest = text.substring(enc + 1);
      plain =
          PackageCrypto.open(
              privateKey,
              header.getBytes(StandardCharsets.UTF_8),
              new PackageCrypto.Sealed(
                  Base64.getDecoder().decode(field(rest, "enc")),
                  Base64.getDecoder().decode(field(rest, "ct"))));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new BackupException(
          backup + " does not open: it was changed after it was sealed: nothing written");
    }
    try {
      for (int at = 0; at < plain.length; ) {
        int end = at;
        while (end < plain.length && plain[end] != '\n') {
          end++;
        }
        int sp = at;
        while (sp < end && plain[sp] != ' ') {
          sp++;
        }
        String name = new String(plain, at, sp - at, StandardCharsets.US_ASCII);
        if (sp == end || !NAME.matcher(name).matches()) {
          throw new BackupException(backup + " holds a malformed entry: nothing written");
        }
        byte[] encoded = Arrays.copyOfRange(plain, sp + 1, end);
        try {
          files.put(name, Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
          throw new BackupException(backup + " holds a malformed entry: nothing written");
        } finally {
          Arrays.fill(encoded, (byte) 0);
        }
        at = end + 1;
      }
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** {@code name base64\n} per file, as bytes that can be zeroed. */
  private static byte[] plaintext(Map<String, byte[]> files) {
    int length = 0;
    for (var f : files.entrySet()) {
      length += f.getKey().length() + 2 + 4 * ((f.getValue().length + 2) / 3);
    }
    byte[] out = new byte[length];
    int at = 0;
    for (var f : files.entrySet()) {
      byte[] name = f.getKey().getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(name, 0, out, at, name.length);
      at += name.length;
      out[at++] = ' ';
      byte[] encoded = Base64.getEncoder().encode(f.getValue());
      System.arraycopy(encoded, 0, out, at, encoded.length);
      Arrays.fill(encoded, (byte) 0);
      at += encoded.length;
      out[at++] = '\n';
    }
    return out;
  }

  private static void write(Path keyFolder, Map<String, byte[]> files) {
    try {
      if (Files.isDirectory(keyFolder)) {
        try (Stream<Path> list = Files.list(keyFolder)) {
          if (list.findAny().isPresent()) {
            throw new BackupException(
                "--keys "
                    + keyFolder
                    + " is not empty: keys are restored into a new or empty folder");
          }
        }
      } else if (Files.exists(keyFolder)) {
        throw new BackupException("--keys " + keyFolder + " is a file: nothing written");
      }
      Path parent = keyFolder.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp =
          Files.createTempDirectory(
              parent,
              ".keys-restore-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      try {
        for (var f : files.entrySet()) {
          Path file = temp.resolve(f.getKey());
          OwnerOnly.createFile(file);
          Files.write(file, f.getValue());
        }
        if (Files.isDirectory(keyFolder)) {
          // an empty folder made beforehand is narrowed to its owner, as a new one is made
          OwnerOnly.createFolder(keyFolder);
          for (var f : files.keySet()) {
            Files.move(temp.resolve(f), keyFolder.resolve(f), StandardCopyOption.ATOMIC_MOVE);
          }
          Files.delete(temp);
        } else {
          Files.move(temp, keyFolder, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException | RuntimeException e) {
        // no half-written copy of the keys stays behind beside the folder
        try (Stream<Path> left = Files.exists(temp) ? Files.walk(temp) : Stream.empty()) {
          left.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        throw e;
      }
    } catch (IOException e) {
      throw new BackupException(
          "cannot write the keys into " + keyFolder + ": " + e.getMessage(), e);
    }
  }

  /**
   * A warning when {@code privateFile} (the officer's private key) may be read by others than its
   * owner, else empty: it opens every key backup sealed to it. Not a refusal, since a copy brought
   * on removable media often shows wide modes the officer cannot change there.
   */
  public static java.util.Optional<String> readableByOthers(Path privateFile) {
    try {
      if (!privateFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return java.util.Optional.empty();
      }
      var perms = Files.getPosixFilePermissions(privateFile);
      perms.removeAll(
          java.util.EnumSet.of(
              java.nio.file.attribute.PosixFilePermission.OWNER_READ,
              java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
              java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
      return perms.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              "warning: the private key "
                  + privateFile
                  + " is "
                  + PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))
                  + ": others than its owner may read it; chmod 600 it, and keep it offline");
    } catch (IOException e) {
      return java.util.Optional.empty(); // the restore itself names a file it cannot read
    }
  }

  private static byte[] readPrivate(Path privateFile) {
    try {
      List<String> lines = Files.readAllLines(privateFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.getFirst().equals(RECIPIENT_FORMAT)) {
        throw new BackupException(
            privateFile + " is not a recipient key of 'mamori keys backup-recipient'");
      }
      byte[] key = Base64.getDecoder().decode(field(String.join("\n", lines) + "\n", "private"));
      PackageCrypto.publicOf(key);
      return key;
    } catch (IOException | IllegalArgumentException | mamori.crypto.KeyException e) {
      throw new BackupException(
          "cannot read the private key " + privateFile + ": " + e.getMessage(), e);
    }
  }

  private static String field(String text, String name) {
    for (String line : text.split("\n")) {
      if (line.startsWith(name + " ")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    throw new BackupException("the line '" + name + "' is missing");
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** An I/O failure in words: a missing folder is named as such, not by its bare path. */
  private static String why(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "its folder does not exist"
        : e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : String.valueOf(e.getMessage());
  }
}
