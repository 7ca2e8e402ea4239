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
    return printed(pages, Duration.ofDays(1));
  }

  /** A list of {@code pages} pages printed by staff-1 {@code ago} (the print is a fixture). */
  private Documents.Printed printed(int pages, Duration ago) {
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
      long day = ago.toMillis();
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

  @Test
  void theOfficer_pagesThroughTheList_andReadsTheNextMorningsListToday() {
    Documents.Printed list = printed(3, Duration.ZERO);
    CliLogin.officer(location, temp, temp, CITY);
    // printed today: not on this morning's list, on tomorrow's
    CliRun today = run("pages", "unaccounted", "--tenant", CITY);
    assertThat(today.exit()).as(today.err()).isZero();
    assertThat(today.lines()).hasSize(1);
    java.time.LocalDate tomorrow =
        java.time.LocalDate.now(mamori.handover.Returns.JAPAN).plusDays(1);
    CliRun first =
        run(
            "pages",
            "unaccounted",
            "--tenant",
            CITY,
            "--as-of",
            tomorrow.toString(),
            "--limit",
            "2");
    assertThat(first.exit()).isEqualTo(1);
    assertThat(first.lines().get(0))
        .isEqualTo("3 internal pages not accounted for (printed before " + tomorrow + " 00:00)");
    assertThat(first.lines().subList(1, 3))
        .allSatisfy(l -> assertThat(l).contains(list.document().id()))
        .anySatisfy(l -> assertThat(l).contains("page 1/3"))
        .anySatisfy(l -> assertThat(l).contains("page 2/3"));
    assertThat(first.lines()).hasSize(4);
    String last = first.lines().get(3);
    assertThat(last).startsWith("more: --after ");
    String cursor = last.substring("more: --after ".length());
    CliRun second =
        run(
            "pages",
            "unaccounted",
            "--tenant",
            CITY,
            "--as-of",
            tomorrow.toString(),
            "--limit",
            "2",
            "--after",
            cursor);
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.lines()).hasSize(2);
    assertThat(second.lines().get(1)).contains(list.document().id() + "  page 3/3");
    assertThat(run("pages", "unaccounted", "--tenant", CITY, "--as-of", "2026-13-01").exit())
        .isEqualTo(2);
    assertThat(run("pages", "unaccounted", "--tenant", CITY, "--as-of", "tomorrow").exit())
        .isEqualTo(2);
    CliRun bad = run("pages", "unaccounted", "--tenant", CITY, "--after", "x\u001b[2J");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).doesNotContain("\u001b");
  }
}
