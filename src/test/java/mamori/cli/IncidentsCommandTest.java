package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.number.Masking;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori incidents list|show|open|close} as the signed-in user; no number is printed. */
class IncidentsCommandTest {
  @TempDir Path temp;
  StoreLocation location;

  @BeforeEach
  void signIn() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    CliLogin.officer(location, temp, temp, "t-city");
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
  void theOfficerOpensShowsListsAndCloses() {
    CliRun opened =
        run(
            "incidents",
            "open",
            "--tenant",
            "t-city",
            "--title",
            "a magazine called",
            "--aware",
            "2026-07-17T10:00:00+09:00",
            "--suspect",
            "document:c-9",
            "--from",
            "2026-07-01T00:00:00+09:00",
            "--to",
            "2026-07-17T10:00:00+09:00");
    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(opened.lines())
        .contains("title: a magazine called", "affected: 0", "reportable: yes");
    assertThat(opened.lines())
        .anyMatch(l -> l.startsWith("preliminary report due 2026-07-23T23:59:59+09:00 ("))
        .anyMatch(l -> l.startsWith("final report due 2026-08-16T23:59:59+09:00 ("))
        .anyMatch(l -> l.startsWith("(4) more than 100: no: 0 persons are affected"));
    String id = opened.lines().getFirst().split(" ")[1];
    CliRun listed = run("incidents", "list", "--tenant", "t-city");
    assertThat(listed.lines()).containsExactly(id + "\topen\t0\ta magazine called");
    CliRun shown = run("incidents", "show", "--tenant", "t-city", id);
    assertThat(shown.lines()).contains("incident: " + id + " (open)");
    CliRun closed = run("incidents", "close", "--tenant", "t-city", "--reason", "nothing left", id);
    assertThat(closed.exit()).as(closed.err()).isZero();
    assertThat(closed.out()).contains("incident: " + id + " (closed)").contains("nothing left");
    CliRun again = run("incidents", "close", "--tenant", "t-city", "--reason", "again", id);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("incident.closed");
  }

  @Test
  void badInput_exits2_namingTheProblemNeverTheNumber() {
    CliRun number =
        run(
            "incidents",
            "open",
            "--tenant",
            "t-city",
            "--title",
            "called",
            "--summary",
            "1234 5678 9018",
            "--aware",
            "2026-07-17T10:00:00+09:00");
    assertThat(number.exit()).isEqualTo(2);
    assertThat(number.err()).contains("summary").doesNotContain("9018");
    assertThat(run("incidents", "open", "--tenant", "t-city", "--title", "x").err())
        .contains("awareAt");
    assertThat(run("incidents", "list", "--tenant", "other-city").exit()).isEqualTo(2);
    assertThat(run("incidents", "show", "--tenant", "t-city", "inc-000000000000").err())
        .contains("incident.unknown");
    assertThat(run("incidents", "list", "--tenant", "t-city").lines()).isEmpty();
  }

  @Test
  void theDeadlineSettings_areShownAndSetByTheOfficer() {
    assertThat(run("incidents", "settings", "--tenant", "t-city").lines())
        .containsExactly("incident.preliminary-business-days=3", "incident.year-end-closure=true");
    CliRun set =
        run(
            "incidents",
            "settings",
            "--tenant",
            "t-city",
            "--preliminary-days",
            "5",
            "--year-end-closure",
            "false");
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(set.lines())
        .containsExactly("incident.preliminary-business-days=5", "incident.year-end-closure=false");
    CliRun bad = run("incidents", "settings", "--tenant", "t-city", "--preliminary-days", "11");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("preliminaryBusinessDays");
  }
}
