package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import mamori.identity.ApiTokens;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori users ...} and {@code mamori tokens ...} on an embedded store. */
class IdentityCommandsTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  CliRun addOperator() {
    return CliRun.of("users", "add", "--tenant", "demo-city", "--organisation", "entry-co", "--role", "operator",
        "--id", "op-1", "--name", "田中 一郎", "--data", data());
  }

  @Test
  void usersAddThenList_showsTheUserWithOrganisationAndRole() {
    assertThat(addOperator().exit()).isEqualTo(0);
    CliRun list = CliRun.of("users", "list", "--tenant", "demo-city", "--data", data());
    assertThat(list.exit()).isEqualTo(0);
    assertThat(list.lines()).singleElement().asString().contains("op-1", "entry-co", "operator", "田中 一郎");
    assertThat(CliRun.of("users", "list", "--tenant", "other-city", "--data", data()).out()).contains("no users");
  }

  @Test
  void usersAdd_badRoleOrTakenId_isAUsageErrorAndAddsNothing() {
    CliRun badRole = CliRun.of("users", "add", "--tenant", "demo-city", "--organisation", "demo-city",
        "--role", "root", "--id", "x", "--name", "X", "--data", data());
    assertThat(badRole.exit()).isEqualTo(2);
    assertThat(badRole.err()).contains("--role");
    addOperator();
    CliRun again = addOperator();
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists");
    assertThat(CliRun.of("users", "list", "--tenant", "demo-city", "--data", data()).lines()).hasSize(1);
  }

  @Test
  void tokensIssue_printsTheSecretOnce_whichAuthenticates_andListNeverShowsIt() {
    addOperator();
    CliRun issued = CliRun.of("tokens", "issue", "--user", "op-1", "--days", "7", "--label", "laptop", "--data", data());
    assertThat(issued.exit()).isEqualTo(0);
    String secret = issued.out().strip();
    assertThat(secret).startsWith("mamori_");
    assertThat(issued.err()).contains("shown only this once").doesNotContain(secret);
    try (Store store = Store.open(new StoreLocation.Embedded(temp.resolve("data")))) {
      assertThat(new ApiTokens(store.dataSource(), Clock.systemUTC()).authenticate(secret))
          .hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo("op-1"));
    }
    CliRun list = CliRun.of("tokens", "list", "--user", "op-1", "--data", data());
    assertThat(list.out()).contains("tok_", "laptop", "expires").doesNotContain(secret.substring(7, 27));
  }

  @Test
  void tokensRevoke_byIdAndByUser() {
    addOperator();
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    String id = CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines().get(0).split(" ")[0];
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).out()).contains("revoked " + id);
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).exit()).isEqualTo(1);
    assertThat(CliRun.of("tokens", "revoke", "--user", "op-1", "--data", data()).out()).contains("revoked 1 token of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(2).allSatisfy(l -> assertThat(l).contains("revoked"));
  }

  @Test
  void tokensIssue_forAnUnknownUserOrTooManyDays_isRefused() {
    assertThat(CliRun.of("tokens", "issue", "--user", "nobody", "--data", data()).err()).contains("no user nobody");
    addOperator();
    CliRun tooLong = CliRun.of("tokens", "issue", "--user", "op-1", "--days", "400", "--data", data());
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.out()).doesNotContain("mamori_");
    assertThat(CliRun.of("tokens", "revoke", "--data", data()).exit()).as("--id or --user is needed").isEqualTo(2);
  }
}
