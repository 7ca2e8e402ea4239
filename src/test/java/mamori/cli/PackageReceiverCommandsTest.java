package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import mamori.store.StoreLocation;
import mamori.transfer.Manifest;
import mamori.transfer.TestSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori senders}, {@code mamori package keys|open|inspect} on an embedded store, as the
 * receiving tenant's officer and staff, against a sender played on 127.0.0.1.
 */
class PackageReceiverCommandsTest {
  static final String TENANT = "benefits-office";
  @TempDir Path temp;
  TestSender sender;
  StoreLocation location;

  @BeforeEach
  void start() throws Exception {
    sender = new TestSender();
    location = new StoreLocation.Embedded(temp.resolve("data"));
  }

  @AfterEach
  void stop() {
    sender.close();
  }

  String data() {
    return temp.resolve("data").toString();
  }

  static String value(CliRun r, String name) {
    return r.lines().stream()
        .filter(l -> l.startsWith(name + ": "))
        .map(l -> l.substring(name.length() + 2))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in: " + r.out() + r.err()));
  }

  @Test
  void theOfficerRegistersTheSenderAndAKey_theStaffOpensAndInspects() throws Exception {
    CliLogin.officer(location, temp, temp, TENANT);
    Path pub = temp.resolve("benefits.pub");
    CliRun created =
        CliRun.of("package", "keys", "create", "--public-out", pub.toString(), "--data", data());
    assertThat(created.exit()).as(created.err()).isZero();
    String publicKey = value(created, "public_key");
    assertThat(Files.readString(pub).strip()).isEqualTo(publicKey);
    assertThat(value(created, "fingerprint")).hasSize(64);
    assertThat(value(created, "words").split(" ")).hasSizeGreaterThan(4);

    Path senderKey = temp.resolve("town.pub");
    Files.writeString(senderKey, Base64.getEncoder().encodeToString(sender.signingKey()) + "\n");
    CliRun added =
        CliRun.of(
            "senders",
            "add",
            "town",
            "--name",
            "Town",
            "--key",
            senderKey.toString(),
            "--url",
            sender.url(),
            "--data",
            data());
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(CliRun.of("senders", "list", "--data", data()).out()).contains("town\t");

    Instant now = Instant.now();
    TestSender.Made made =
        sender.make(
            temp.resolve("town.mpkg"),
            TestSender.personsCsv(7, 11),
            Manifest.Mode.ONLINE,
            Base64.getDecoder().decode(publicKey),
            sender.signer(),
            now.minus(Duration.ofMinutes(5)),
            now.plus(Duration.ofDays(1)),
            "child-allowance");

    CliLogin.staff(location, temp, temp, TENANT);
    CliRun refusedAdd =
        CliRun.of(
            "senders",
            "add",
            "other",
            "--name",
            "Other",
            "--key",
            Base64.getEncoder().encodeToString(new byte[32]),
            "--url",
            sender.url(),
            "--data",
            data());
    assertThat(refusedAdd.exit()).isEqualTo(2);
    assertThat(refusedAdd.err()).contains("role.not-allowed");

    CliRun bare = CliRun.of("package", "inspect", made.file().toString());
    assertThat(bare.exit()).as(bare.err()).isZero();
    assertThat(bare.out()).contains("package: " + made.id(), "without a store", "persons: 7");
    CliRun inspected = CliRun.of("package", "inspect", made.file().toString(), "--data", data());
    assertThat(inspected.out())
        .contains("valid, by the registered sender town", "release.state: created");

    CliRun csv =
        CliRun.of(
            "package",
            "open",
            made.file().toString(),
            "--csv",
            temp.resolve("out.csv").toString(),
            "--data",
            data());
    assertThat(csv.exit()).isEqualTo(2);
    assertThat(csv.err()).contains("action.not-allowed", "transfer.csv-export");
    assertThat(temp.resolve("out.csv")).doesNotExist();

    CliRun opened = CliRun.of("package", "open", made.file().toString(), "--data", data());
    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(opened.lines()).contains("imported: 7", "updated: 0", "unchanged: 0");

    CliRun again = CliRun.of("package", "open", made.file().toString(), "--data", data());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("package.already-opened");

    String entries = CliRun.of("log", "entries", "--tenant", TENANT, "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("package.open")))
        .anySatisfy(l -> assertThat(l).contains("staff-1", "allow"))
        .anySatisfy(l -> assertThat(l).contains("package.already-opened"))
        .anySatisfy(l -> assertThat(l).contains("action.not-allowed"));
    assertThat(entries).contains("sender.add", "transfer.key-create");
  }

  @Test
  void theCsvRule_isSetByTheOfficer_withItsReason() throws Exception {
    CliLogin.officer(location, temp, temp, TENANT);
    CliRun set =
        CliRun.of(
            "settings",
            "set",
            "--tenant",
            TENANT,
            "transfer.csv-export",
            "the benefit system reads CSV only",
            "--data",
            data());
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(CliRun.of("settings", "show", "--tenant", TENANT, "--data", data()).lines())
        .contains("transfer.csv-export the benefit system reads CSV only");
    CliRun tooLong =
        CliRun.of(
            "settings",
            "set",
            "--tenant",
            TENANT,
            "transfer.csv-export",
            "x".repeat(51),
            "--data",
            data());
    assertThat(tooLong.exit()).isEqualTo(2);
  }
}
