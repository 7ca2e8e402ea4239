package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.generate.PersonGenerator;
import mamori.number.IndividualNumber;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import killed with SIGKILL half-way leaves only whole persons, and running it again completes
 * it. A proof of endurance (an import of 40,000 persons, killed and run again, on each store): run
 * by {@code ./mamori test --heavy}, CI's second step.
 */
@Tag("heavy")
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ImportCrashIT {
  // more than one of the vault's transactions (Vault.TRANSACTION, 65,536 persons), so that a kill
  // after the first commit finds some persons stored and not all
  private static final int PERSONS = 100_000;
  private static final String TENANT = "crash-town";

  @Parameter TestStores.Kind kind;
  @TempDir Path temp;

  @Test
  void sigkillHalfWay_leavesOnlyWholePersons_andARerunCompletesTheImport() throws Exception {
    StoreLocation location = TestStores.fresh(kind);
    try {
      Path csv = temp.resolve("town.csv");
      PersonGenerator.writeCsv(csv, PERSONS, 3);
      List<String> where = new ArrayList<>(List.of("--data", temp.resolve("data").toString()));
      if (location instanceof StoreLocation.Server s) {
        where.addAll(List.of("--db", s.jdbcUrl()));
      } else {
        TestStores.drop(location); // the embedded store lives in the data folder with its keys
        location = new StoreLocation.Embedded(temp.resolve("data"));
      }
      // the import acts as the tenant's own staff member, signed in through mamori login; the
      // child process reads the same session file
      CliLogin.staff(location, temp.resolve("data"), temp, TENANT);
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--enable-native-access=ALL-UNNAMED",
                  "-D" + CliUser.SETTING + "=" + temp.resolve("session"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  MamoriCommand.class.getName(),
                  "import",
                  "persons",
                  csv.toString(),
                  "--tenant",
                  TENANT));
      command.addAll(where);
      Process child =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(temp.resolve("child.log").toFile())
              .start();
      long atKill;
      try (Store store = Store.open(location)) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((atKill = count(store)) == 0 && child.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();
        atKill = count(store);
      }
      assertThat(atKill).as("the import was killed half-way").isBetween(1L, PERSONS - 1L);

      try (VaultSession s = VaultSession.open(location, temp.resolve("data").resolve("keys"))) {
        Actor auditor =
            new Actor(
                new UserId("auditor"),
                new OrganisationId(TENANT),
                List.of(),
                new Why("audit", "crash-check"));
        for (AgencyToken token : tokens(s.store)) { // every stored person opens whole
          assertThat(
                  s.vault
                      .reveal(
                          TENANT,
                          token,
                          Map.of(Field.FAMILY_NAME, Mask.NONE, Field.BANK_ACCOUNT, Mask.NONE),
                          auditor)
                      .values())
              .containsKey(Field.FAMILY_NAME);
        }
      }

      List<String> rerun =
          new ArrayList<>(List.of("import", "persons", csv.toString(), "--tenant", TENANT));
      rerun.addAll(where);
      CliRun again = CliRun.of(rerun.toArray(String[]::new));
      assertThat(again.exit()).isZero();
      try (VaultSession s = VaultSession.open(location, temp.resolve("data").resolve("keys"))) {
        assertThat(s.vault.count(TENANT)).isEqualTo(PERSONS);
        Actor clerk =
            new Actor(
                new UserId("clerk"),
                new OrganisationId(TENANT),
                List.of(),
                new Why("audit", "crash-check"));
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i += 997) {
          assertThat(
                  s.vault.findByNumber(
                      TENANT, IndividualNumber.parse(lines.get(i).split(",")[0]), clerk))
              .isPresent();
        }
      }
    } finally {
      TestStores.drop(location);
    }
  }

  private static long count(Store store) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT COUNT(*) FROM person WHERE tenant_id = '" + TENANT + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<AgencyToken> tokens(Store store) throws Exception {
    List<AgencyToken> tokens = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT token FROM person WHERE tenant_id = '" + TENANT + "'")) {
      while (rs.next()) {
        tokens.add(new AgencyToken(rs.getString(1)));
      }
    }
    return tokens;
  }
}
