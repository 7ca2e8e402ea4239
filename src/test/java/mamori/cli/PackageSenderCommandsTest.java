package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import mamori.VaultSession;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.store.StoreLocation;
import mamori.transfer.Releases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code mamori recipients ...} and {@code mamori package list|report-lost|key} on an embedded
 * store, as the signed-in officer or staff.
 */
class PackageSenderCommandsTest {
  @TempDir Path temp;
  StoreLocation location;
  final PackageCrypto.KeyPair key = PackageCrypto.newKeyPair();

  String data() {
    return temp.resolve("data").toString();
  }

  @BeforeEach
  void signIn() {
    location = new StoreLocation.Embedded(temp.resolve("data"));
    CliLogin.officer(location, temp, temp, "demo-city");
  }

  String made(String mode) {
    String id;
    do {
      id = HexFormat.of().formatHex(PackageCrypto.random(16));
    } while (mamori.core.NumberText.holdsNumber(id));
    try (VaultSession s = VaultSession.open(location, CliLogin.keyFolder(location, temp))) {
      long now = System.currentTimeMillis();
      JdbcClient.create(s.store.dataSource())
          .sql(
              "INSERT INTO transfer_package (tenant_id, package_id, recipient_id, fingerprint,"
                  + " purpose_id, case_ref, selection, fields, mode, persons, state,"
                  + " release_share, created_by, created_at, expires_at) VALUES ('demo-city', ?,"
                  + " 'tax-office', ?, 'resident-tax', 'R8-9', 'all', 'name', ?, 5, 'created', ?,"
                  + " 'staff-1', ?, ?)")
          .params(
              id,
              PackageCrypto.fingerprint(key.publicKey()),
              mode,
              mode.equals("online")
                  ? s.keys.sealSecret(
                      "demo-city", Releases.shareLabel(id), PackageCrypto.random(32))
                  : null,
              now,
              now + 3_600_000)
          .update();
    }
    return id;
  }

  @Test
  void theOfficer_registersARecipient_listsAndKillsPackages_andPrintsTheKey() throws Exception {
    String b64 = Base64.getEncoder().encodeToString(key.publicKey());
    CliRun add =
        CliRun.of(
            "recipients", "add", "tax-office", "--name", "税務署", "--key", b64, "--data", data());
    assertThat(add.exit()).as(add.err()).isZero();
    String fingerprint = PackageCrypto.fingerprint(key.publicKey());
    assertThat(add.out()).contains(fingerprint, FingerprintWords.of(fingerprint));
    Path file = temp.resolve("other.pub");
    PackageCrypto.KeyPair other = PackageCrypto.newKeyPair();
    Files.writeString(file, Base64.getEncoder().encodeToString(other.publicKey()) + "\n");
    CliRun fromFile =
        CliRun.of(
            "recipients",
            "add",
            "bank",
            "--name",
            "銀行",
            "--key",
            file.toString(),
            "--data",
            data());
    assertThat(fromFile.out()).contains(PackageCrypto.fingerprint(other.publicKey()));
    assertThat(CliRun.of("recipients", "list", "--data", data()).out())
        .contains("tax-office", "active", "bank");
    assertThat(CliRun.of("recipients", "revoke", "bank", "--data", data()).exit()).isZero();
    assertThat(CliRun.of("recipients", "list", "--data", data()).out()).contains("revoked");

    String online = made("online");
    String offline = made("offline");
    assertThat(CliRun.of("package", "list", "--data", data()).out())
        .contains(online + " created", offline + " created");
    CliRun killed =
        CliRun.of("package", "report-lost", online, "--reason", "鞄を紛失", "--data", data());
    assertThat(killed.exit()).as(killed.err()).isZero();
    assertThat(killed.out()).contains("killed     yes");
    CliRun notKilled =
        CliRun.of("package", "report-lost", offline, "--reason", "USB lost", "--data", data());
    assertThat(notKilled.out()).contains("killed     NO", "cannot be killed");
    assertThat(CliRun.of("package", "list", "--data", data()).out())
        .contains(online + " lost", offline + " lost");

    CliRun signing = CliRun.of("package", "signing-key", "--data", data());
    assertThat(signing.exit()).as(signing.err()).isZero();
    String line = signing.out().lines().filter(l -> l.startsWith("key ")).findFirst().orElseThrow();
    assertThat(Base64.getDecoder().decode(line.substring(4).strip())).hasSize(32);
    assertThat(signing.out()).contains("words");
  }

  @Test
  void staff_mayNotReportLostOrRegister() {
    String id = made("online");
    CliLogin.staff(location, temp, temp, "demo-city");
    CliRun refused = CliRun.of("package", "report-lost", id, "--reason", "lost", "--data", data());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("role.not-allowed");
    CliRun add =
        CliRun.of(
            "recipients",
            "add",
            "x",
            "--name",
            "X",
            "--key",
            Base64.getEncoder().encodeToString(key.publicKey()),
            "--data",
            data());
    assertThat(add.exit()).isEqualTo(2);
    assertThat(CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out())
        .contains("package.report-lost", "recipient.add");
  }
}
