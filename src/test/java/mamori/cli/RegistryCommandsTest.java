package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori organisations ...} and {@code mamori purposes ...} on an embedded store. */
class RegistryCommandsTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data());
    return CliRun.of(all.toArray(String[]::new));
  }

  /**
   * The city's security officer, signed in with mamori login: every registry command acts as them.
   */
  @BeforeEach
  void city() {
    CliLogin.officer(new StoreLocation.Embedded(temp.resolve("data")), temp, temp, "demo-city");
  }

  @org.junit.jupiter.api.AfterEach
  void signOut() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
  }

  List<AccessRecord> logged() {
    try (Store s = Store.open(new StoreLocation.Embedded(temp.resolve("data")));
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                mamori.crypto.SigningKeys.in(temp.resolve("data/keys")),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                Clock.systemUTC())) {
      var log = logs.forTenant("demo-city");
      List<AccessRecord> out = new ArrayList<>();
      for (long i = 0; i < log.size(); i++) {
        out.add(AccessRecordCodec.decode(log.entry(i).orElseThrow()));
      }
      return out;
    }
  }

  @Test
  void organisations_addListChange_loggedFirst_numbersMasked() {
    CliRun added =
        run(
            "organisations",
            "add",
            "--tenant",
            "demo-city",
            "--id",
            "entry-co",
            "--name",
            "入力株式会社",
            "--kind",
            "contractor",
            "--corporate-number",
            "7123456789012",
            "--address",
            "東京都",
            "--network",
            "127.0.0.0/8",
            "--network",
            "::1");
    assertThat(added.exit()).as(added.err()).isEqualTo(0);
    assertThat(added.out())
        .startsWith("added entry-co")
        .contains("*-****-****-9012")
        .contains("127.0.0.0/8")
        .doesNotContain("7123456789012");
    AccessRecord last = logged().getLast();
    assertThat(last.action()).isEqualTo("organisation.add");
    assertThat(last.caseRef()).isEqualTo("entry-co");
    assertThat(last.actor()).isEqualTo("officer-1");

    CliRun abroad =
        run("organisations", "change", "entry-co", "--tenant", "demo-city", "--country", "VN");
    assertThat(abroad.exit()).as(abroad.err()).isEqualTo(0);
    assertThat(abroad.out()).contains("VN (WORK ABROAD)").contains("127.0.0.0/8");
    assertThat(logged().getLast().action()).isEqualTo("organisation.change");

    CliRun none =
        run("organisations", "change", "entry-co", "--tenant", "demo-city", "--no-networks");
    assertThat(none.exit()).isEqualTo(0);
    assertThat(none.out()).contains("[]");

    CliRun list = run("organisations", "list", "--tenant", "demo-city");
    assertThat(list.exit()).isEqualTo(0);
    assertThat(list.lines()).hasSize(2);
    assertThat(list.lines().get(0)).startsWith("demo-city");
    assertThat(list.lines().get(1)).startsWith("entry-co");
  }

  @Test
  void badInput_isExit2_withoutTheDigits_andNothingLogged() {
    int before = logged().size();
    CliRun bad =
        run(
            "organisations",
            "add",
            "--tenant",
            "demo-city",
            "--id",
            "bad-co",
            "--name",
            "x",
            "--kind",
            "contractor",
            "--corporate-number",
            "8123456789012",
            "--address",
            "東京");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("check digit does not match").doesNotContain("8123456789012");
    CliRun kind =
        run(
            "organisations",
            "add",
            "--tenant",
            "demo-city",
            "--id",
            "bad-co",
            "--name",
            "x",
            "--kind",
            "vendor",
            "--corporate-number",
            "7123456789012",
            "--address",
            "東京");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).contains("--kind is contractor or subcontractor");
    CliRun basis =
        run(
            "purposes",
            "add",
            "--tenant",
            "demo-city",
            "--id",
            "p1",
            "--name",
            "x",
            "--legal-basis",
            "1234 5678 9018",
            "--retention-years",
            "5",
            "--retention-from",
            "case-closed");
    assertThat(basis.exit()).isEqualTo(2);
    assertThat(basis.err()).contains("legal basis").doesNotContain("1234 5678 9018");
    assertThat(logged()).hasSize(before);
  }

  @Test
  void withoutSigningIn_nothingIsRegisteredOrListed_exit2() {
    int before = logged().size();
    CliRun out = run("logout");
    assertThat(out.exit()).isZero();
    int afterLogout = logged().size();
    assertThat(afterLogout).isGreaterThan(before);
    for (String[] args :
        new String[][] {
          {"organisations", "list", "--tenant", "demo-city"},
          {"purposes", "list", "--tenant", "demo-city"},
          {"purposes", "change", "resident-tax", "--tenant", "demo-city", "--retention-years", "9"}
        }) {
      CliRun r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).contains("mamori login");
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
    }
    assertThat(logged()).hasSize(afterLogout);
  }

  @Test
  void aRefusal_isExit1_andLogged() {
    CliRun other =
        run(
            "organisations",
            "add",
            "--tenant",
            "nowhere-city",
            "--id",
            "x-co",
            "--name",
            "x",
            "--kind",
            "contractor",
            "--corporate-number",
            "7123456789012",
            "--address",
            "東京");
    // the signed-in officer acts in their own tenant only
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err())
        .contains("--tenant nowhere-city is not the tenant of the signed-in user officer-1");
    CliRun unknown =
        run("purposes", "change", "nothing", "--tenant", "demo-city", "--retention-years", "3");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("purpose.unknown");
    assertThat(logged().getLast().decision()).isEqualTo("deny:purpose.unknown");
  }

  @Test
  void purposes_addListChange_loggedFirst() {
    CliRun added =
        run(
            "purposes",
            "add",
            "--tenant",
            "demo-city",
            "--id",
            "own-aid",
            "--name",
            "市独自給付",
            "--legal-basis",
            "市独自給付条例 第3条",
            "--retention-years",
            "5",
            "--retention-from",
            "case-closed");
    assertThat(added.exit()).as(added.err()).isEqualTo(0);
    assertThat(added.out()).startsWith("added own-aid").contains("5 years from case-closed");
    assertThat(logged().getLast().action()).isEqualTo("purpose.add");
    CliRun changed =
        run("purposes", "change", "own-aid", "--tenant", "demo-city", "--retention-years", "10");
    assertThat(changed.exit()).as(changed.err()).isEqualTo(0);
    assertThat(changed.out()).contains("10 years from case-closed").contains("市独自給付条例");
    assertThat(logged().getLast().action()).isEqualTo("purpose.change");
    CliRun list = run("purposes", "list", "--tenant", "demo-city");
    assertThat(list.out()).contains("own-aid").contains("resident-tax");
  }
}
