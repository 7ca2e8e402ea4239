package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.VaultSession;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.handover.Documents;
import mamori.handover.PageSeals;
import mamori.identity.SecurityAlerts;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code mamori pages return|unaccounted} as the signed-in staff member and officer. */
class PagesCommandTest {
  static final String CITY = "t-city";

  @TempDir Path temp;
  StoreLocation location;

  @BeforeEach
  void signIn() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    CliLogin.staff(location, temp, temp, CITY);
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** A list of {@code pages} pages printed by staff-1 a day ago (the print itself is a fixture). */
  private Documents.Printed printedYesterday(int pages) {
    try (VaultSession s = VaultSession.open(location, CliLogin.keyFolder(location, temp))) {
      var ds = s.store.dataSource();
      Clock clock = Clock.systemUTC();
      Documents.Printed p =
          new Documents(ds, new PageSeals(s.keys), new SecurityAlerts(ds, clock), clock)
              .register(
                  new Who(new UserId("staff-1"), new OrganisationId(CITY), new TenantId(CITY)),
                  Documents.Kind.LIST,
                  "督促対象者一覧",
                  Optional.empty(),
                  List.of(new PersonToken("tok-a"), new PersonToken("tok-b")),
                  pages,
                  new Why("resident-tax", "R8-1"),
                  "3F-printer",
                  Optional.empty());
      long day = Duration.ofDays(1).toMillis();
      JdbcClient.create(ds)
          .sql("UPDATE handover_page SET printed_at = printed_at - ? WHERE document_id = ?")
          .params(day, p.document().id())
          .update();
      return p;
    }
  }

  @Test
  void staffCheckPagesIn_andTheOfficerListsTheOnesNotBack() {
    Documents.Printed list = printedYesterday(3);
    String one = list.pages().get(0).shortCode();
    String code = list.pages().get(1).shortCode();
    String typo = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
    CliRun shred =
        run(
            "pages",
            "return",
            "--tenant",
            CITY,
            "--shredded",
            one,
            typo,
            "1234-5678-9018\u001b[2J");
    assertThat(shred.exit()).isEqualTo(1);
    assertThat(shred.lines())
        .containsExactly("shredded  " + list.document().id() + " page 1/3  督促対象者一覧");
    assertThat(shred.err())
        .contains("refused   " + typo + ": typo: ")
        .contains(": unknown: ")
        .doesNotContain("5678", "\u001b");
    CliRun filed =
        run("pages", "return", "--tenant", CITY, "--filed", list.pages().get(1).qrText());
    assertThat(filed.exit()).as(filed.err()).isZero();
    assertThat(run("pages", "return", "--tenant", CITY, one).exit()).isEqualTo(2);
    assertThat(run("pages", "return", "--tenant", CITY, "--filed", "--shredded", one).exit())
        .isEqualTo(2);
    // staff do not read the list
    assertThat(run("pages", "unaccounted", "--tenant", CITY).exit()).isEqualTo(2);

    CliLogin.officer(location, temp, temp, CITY);
    CliRun listed = run("pages", "unaccounted", "--tenant", CITY);
    assertThat(listed.exit()).as(listed.err()).isEqualTo(1);
    assertThat(listed.lines().get(0)).startsWith("1 internal pages not accounted for");
    assertThat(listed.lines().get(1))
        .contains(list.document().id() + "  page 3/3  3F-printer  staff-1  督促対象者一覧");
    assertThat(
            run("pages", "return", "--tenant", CITY, "--shredded", list.pages().get(2).qrText())
                .exit())
        .isZero();
    CliRun none = run("pages", "unaccounted", "--tenant", CITY);
    assertThat(none.exit()).isZero();
    assertThat(none.lines()).hasSize(1);
    assertThat(run("pages", "unaccounted", "--tenant", "other-city").exit()).isEqualTo(2);
  }
}
