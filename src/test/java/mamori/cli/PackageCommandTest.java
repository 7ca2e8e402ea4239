package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.VaultSession;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.generate.PersonGenerator;
import mamori.log.AdminLog;
import mamori.number.Masking;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.transfer.PackageReader;
import mamori.transfer.Recipients;
import mamori.transfer.TransferSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori package create}: the signed-in staff member makes a package of the town. */
class PackageCommandTest {
  @TempDir Path temp;
  StoreLocation location;
  PackageCrypto.KeyPair recipient = PackageCrypto.newKeyPair();

  @BeforeEach
  void town() throws Exception {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    Path csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 30, 9);
    CliLogin.staff(location, temp, temp, "p-city");
    assertThat(run("import", "persons", csv.toString(), "--tenant", "p-city").exit()).isZero();
    // the recipient, as the security officer registers it (its commands are not this test's)
    try (VaultSession s = VaultSession.open(location, CliLogin.keyFolder(location, temp))) {
      new Recipients(
              s.store.dataSource(),
              new AdminLog(s.logs, ClockConfiguration.systemClock()),
              ClockConfiguration.systemClock())
          .add(
              new Who(
                  new UserId("officer-1"), new OrganisationId("p-city"), new TenantId("p-city")),
              true,
              Role.SECURITY_OFFICER,
              "benefits",
              "給付システム",
              recipient.publicKey());
      new TenantSettings(s.store.dataSource())
          .set(
              new TenantId("p-city"),
              TransferSettings.RELEASE_URL,
              "https://mamori.p-city.example");
    }
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(Masking.holdsIndividualNumber(r.out() + r.err())).as("a number printed").isFalse();
    return r;
  }

  @Test
  void create_writesThePackage_andPrintsItsIdPersonsDigestAndTheRecipientsWords() throws Exception {
    Path out = temp.resolve("town.mpkg");
    CliRun r =
        run(
            "package",
            "create",
            "--to",
            "benefits",
            "--purpose",
            "resident-tax",
            "--case",
            "R8-1",
            "--all",
            "--fields",
            "my_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,address",
            "--expires",
            "72h",
            "--out",
            out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String id = PackageReader.open(out).manifest().packageId();
    assertThat(r.lines()).contains("package:   " + id, "persons:   30", "release:   online");
    assertThat(r.out()).contains("key words: ").contains("sha256:    ").contains(out.toString());
  }

  @Test
  void create_refusesAnUnknownRecipient_andFieldsTheImportCannotRead_withNoFile() {
    Path out = temp.resolve("no.mpkg");
    CliRun unknown =
        run(
            "package",
            "create",
            "--to",
            "nobody",
            "--purpose",
            "resident-tax",
            "--case",
            "R8-1",
            "--all",
            "--fields",
            "my_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,address",
            "--out",
            out.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("recipient.unknown");

    CliRun fields =
        run(
            "package",
            "create",
            "--to",
            "benefits",
            "--purpose",
            "resident-tax",
            "--case",
            "R8-1",
            "--all",
            "--fields",
            "my_number,family_name",
            "--out",
            out.toString());
    assertThat(fields.exit()).isEqualTo(2);
    assertThat(fields.err()).contains("package.fields");

    CliRun two =
        run(
            "package",
            "create",
            "--to",
            "benefits",
            "--purpose",
            "resident-tax",
            "--case",
            "R8-1",
            "--all",
            "--job",
            "j1",
            "--fields",
            "my_number",
            "--out",
            out.toString());
    assertThat(two.exit()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
