package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori tenants add|list} on an embedded store. */
class TenantsCommandTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  CliRun add(String id, String name, String... more) {
    String[] args = new String[] {"tenants", "add", "--id", id, "--name", name, "--data", data()};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void add_printsTwoOneTimeAddresses_andNoPassword() {
    CliRun made = add("kita-city", "北市", "--portal-url", "https://mamori.kita.example");
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(made.err()).isEmpty();
    assertThat(made.lines())
        .hasSize(4)
        .satisfies(l -> {
          assertThat(l.get(0))
              .isEqualTo(
                  "tenant kita-city (北市) created: keys, log, controller organisation, common"
                      + " purposes");
          assertThat(l.get(1)).startsWith("enrolment addresses, each good once until ");
          assertThat(l.get(2))
              .matches(
                  "  security officer +kita-city-officer +https://mamori\\.kita\\.example/enrol/"
                      + "[a-z2-9]{10}-[a-z2-9]{26}");
          assertThat(l.get(3))
              .matches(
                  "  organisation admin +kita-city-admin +https://mamori\\.kita\\.example/enrol/"
                      + "[a-z2-9]{10}-[a-z2-9]{26}");
        });
    assertThat(made.out()).doesNotContainIgnoringCase("password");
    String entries = CliRun.of("log", "entries", "--tenant", "kita-city", "--data", data()).out();
    assertThat(entries.lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(0)).contains("tenant.create"));
    String secretHalf = made.lines().get(2).substring(made.lines().get(2).lastIndexOf('-') + 1);
    assertThat(entries).doesNotContain(secretHalf);
    // no one of the new tenant can sign in before enrolling, so its users are read in the store
    assertThat(usersOf("kita-city"))
        .containsExactlyInAnyOrder(
            "kita-city-officer security_officer", "kita-city-admin org_admin");
  }

  @Test
  void add_twice_isRefusedWithExit1_andChangesNothing() {
    assertThat(add("kita-city", "北市").exit()).isZero();
    String before = CliRun.of("tenants", "list", "--data", data()).out();
    CliRun again = add("kita-city", "別の市");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("tenant kita-city exists already; nothing was changed");
    assertThat(again.out()).isEmpty();
    assertThat(CliRun.of("tenants", "list", "--data", data()).out()).isEqualTo(before);
    assertThat(
            CliRun.of("log", "entries", "--tenant", "kita-city", "--data", data())
                .out()
                .lines()
                .count())
        .isEqualTo(3);
  }

  @Test
  void list_showsEachTenantWithItsCounts() {
    assertThat(CliRun.of("tenants", "list", "--data", data()).out()).contains("no tenants");
    add("kita-city", "北市", "--officer", "kita-so", "--admin", "kita-adm");
    add("minami-city", "南市");
    var lines = CliRun.of("tenants", "list", "--data", data()).lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("kita-city")
        .contains("北市", "by cli:", "1 organisation, 2 users");
    assertThat(lines.get(1)).startsWith("minami-city").contains("南市");
    assertThat(usersOf("kita-city"))
        .containsExactlyInAnyOrder("kita-so security_officer", "kita-adm org_admin");
  }

  @Test
  void add_badValues_areUsageErrors() {
    assertThat(add("Kita City", "北市").exit()).isEqualTo(2);
    assertThat(add("kita", "北市", "--portal-url", "javascript:alert(1)").exit()).isEqualTo(2);
    assertThat(add("kita", "北市", "--officer", "same", "--admin", "same").exit()).isEqualTo(2);
    assertThat(CliRun.of("tenants", "list", "--data", data()).out()).contains("no tenants");
  }

  /** A tenant's users as "id role", read in the store. */
  java.util.List<String> usersOf(String tenant) {
    try (mamori.store.Store store =
        mamori.store.Store.open(
            new mamori.store.StoreLocation.Embedded(java.nio.file.Path.of(data())))) {
      return new mamori.identity.Users(store.dataSource(), java.time.Clock.systemUTC())
          .list(tenant).stream()
              .map(u -> u.id() + " " + u.role().name().toLowerCase(java.util.Locale.ROOT))
              .toList();
    }
  }
}
