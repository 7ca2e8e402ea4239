package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.backup.KeyBackup;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.crypto.RootKeyConfig;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori keys backup}: the key folder sealed to a security officer's X25519 key; with {@code
 * keys backup-recipient} (the officer's key pair) and {@code keys restore} (the folder opened
 * again) nested.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Seals the key folder's files (the root key file, the logs' and packages' signing keys)",
      "to a security officer's public key (HPKE, X25519) into FILE. A root key in a PKCS#11",
      "token is not a file: the command says so and what to back up at the HSM."
    })
final class KeysBackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "RECIPIENT_KEY",
      description =
          "The officer's public key (Base64, from 'mamori keys backup-recipient'), or a file"
              + " holding it.")
  String to;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The sealed file.")
  Path out;

  @Override
  public Integer call() {
    Path keys = store.keyFolder();
    byte[] recipient = KeyBackup.publicKey(to);
    KeyBackup.Sealed s =
        KeyBackup.seal(
            keys,
            RootKeyConfig.from(VaultSession::property, keys),
            recipient,
            out,
            ClockConfiguration.systemClock().instant());
    PrintWriter o = spec.commandLine().getOut();
    if (!s.hsm().isEmpty()) {
      o.println("note: " + s.hsm());
    }
    o.printf("sealed %d key file(s) of %s into %s:%n", s.files().size(), keys, out);
    s.files().forEach(f -> o.println("  " + f));
    o.println("to the key " + s.recipientFingerprint());
    o.println("words " + FingerprintWords.of(s.recipientFingerprint()));
    o.println("keep it apart from the data backups; take it again after every root key retirement");
    o.flush();
    return 0;
  }

  @Command(
      name = "backup-recipient",
      mixinStandardHelpOptions = true,
      description = {
        "Makes a security officer's key pair for key backups: the private key into FILE",
        "(owner-only; keep it offline), the public key printed for 'mamori keys backup --to'."
      })
  static final class Recipient implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "PRIVATE_FILE",
        description = "Where the private key is written (must not exist).")
    Path out;

    @Override
    public Integer call() {
      byte[] pub = KeyBackup.newRecipient(out);
      String fingerprint = PackageCrypto.fingerprint(pub);
      PrintWriter o = spec.commandLine().getOut();
      o.println("public key  " + java.util.Base64.getEncoder().encodeToString(pub));
      o.println("fingerprint " + fingerprint);
      o.println("words       " + FingerprintWords.of(fingerprint));
      o.println("private key in " + out + " (owner-only): keep it offline, apart from the backups");
      o.flush();
      return 0;
    }
  }

  @Command(
      name = "restore",
      mixinStandardHelpOptions = true,
      description = {
        "Opens a key backup with the officer's private key and writes its files into a new or",
        "empty key folder. A wrong key or a changed file is refused and nothing is written."
      })
  static final class Restore implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The key backup.")
    Path from;

    @Option(
        names = "--private-key",
        required = true,
        paramLabel = "FILE",
        description = "The officer's private key file.")
    Path privateKey;

    @Option(
        names = "--keys",
        required = true,
        paramLabel = "DIR",
        description = "The new key folder (new or empty; made owner-only).")
    Path keys;

    @Override
    public Integer call() {
      KeyBackup.readableByOthers(privateKey)
          .ifPresent(w -> {
            spec.commandLine().getErr().println(w);
            spec.commandLine().getErr().flush();
          });
      List<String> files = KeyBackup.restore(from, privateKey, keys);
      PrintWriter o = spec.commandLine().getOut();
      o.printf("restored %d key file(s) into %s:%n", files.size(), keys);
      files.forEach(f -> o.println("  " + f));
      o.flush();
      return 0;
    }
  }
}
