package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code mamori log entries} on a log of 104 records written by the service's own code, on both
 * stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LogEntriesCommandTest {
  static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
  static final String LINE0 =
      "0 2026-11-23T09:00:00Z register u-1@city-hall - resident-tax/c-1 TK-A address,family_name allow";
  static final String LINE1 =
      "1 2026-11-23T09:01:00Z read u-2@entry-co e-1>e-7 resident-tax/c-2 TK-B family_name allow";
  static final String LINE2 =
      "2 2026-11-23T09:02:00Z read u-3@sub-co e-1>e-7>e-9 resident-tax/c-3 TK-A bank_account deny:chain.none";
  static final String LINE3 =
      "3 2026-11-23T09:03:00Z entrustment.approve officer-1@city-hall - entrustment/e-9 - - allow";

  @Parameter TestStores.Kind kind;
  @TempDir Path temp;
  StoreLocation location;
  Path data;

  @BeforeEach
  void aLogOf104Records() {
    location = TestStores.fresh(kind);
    data =
        location instanceof StoreLocation.Embedded e
            ? e.folder()
            : temp.resolve("data"); // the keys are here
    try (Store store = Store.open(location);
        var logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(data.resolve("keys")),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                Clock.systemUTC())) {
      var log = logs.forTenant("demo-city");
      log.append(
          AccessRecord.of(
              TestRecords.attempt(
                  "u-1",
                  "city-hall",
                  List.of(),
                  new Why("resident-tax", "c-1"),
                  Action.REGISTER,
                  "TK-A",
                  Set.of(Field.FAMILY_NAME, Field.ADDRESS),
                  T),
              Outcome.allowed()));
      log.append(
          TestRecords.read(
              "u-2",
              "entry-co",
              List.of("e-1", "e-7"),
              new Why("resident-tax", "c-2"),
              "TK-B",
              Set.of(Field.FAMILY_NAME),
              T.plusSeconds(60)));
      log.append(
          AccessRecord.of(
              TestRecords.attempt(
                  "u-3",
                  "sub-co",
                  List.of("e-1", "e-7", "e-9"),
                  new Why("resident-tax", "c-3"),
                  Action.READ,
                  "TK-A",
                  Set.of(Field.BANK_ACCOUNT),
                  T.plusSeconds(120)),
              Outcome.denied(Reason.CHAIN_NONE)));
      log.append(
          AccessRecord.of(
              TestRecords.attempt(
                  "officer-1",
                  "city-hall",
                  List.of(),
                  new Why("entrustment", "e-9"),
                  Action.ENTRUSTMENT_APPROVE,
                  null,
                  Set.of(),
                  T.plusSeconds(180)),
              Outcome.allowed()));
      log.appendAll(
          IntStream.range(4, 104)
              .mapToObj(i ->
                  AccessRecord.of(
                      TestRecords.attempt(
                          "u-1",
                          "city-hall",
                          List.of(),
                          new Why("resident-tax", "c-" + i),
                          Action.REGISTER,
                          "TK-" + i,
                          Set.of(Field.FAMILY_NAME),
                          T.plusSeconds(60L * i)),
                      Outcome.allowed()))
              .toList());
    }
  }

  @AfterEach
  void drop() {
    TestStores.drop(location);
  }

  CliRun entries(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("log", "entries", "--tenant", "demo-city", "--data", data.toString()));
    if (location instanceof StoreLocation.Server s) {
      args.addAll(List.of("--db", s.jdbcUrl()));
    }
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void fromAnIndex_printsOneLinePerRecord_withEveryPartOfIt() {
    CliRun r = entries("--from", "0", "--limit", "4");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.lines()).containsExactly(LINE0, LINE1, LINE2, LINE3);
  }

  @Test
  void byDefault_theNewest50AreShown_newestLast() {
    CliRun r = entries();
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(50);
    assertThat(r.lines().getFirst())
        .startsWith("54 2026-11-23T09:54:00Z register u-1@city-hall - resident-tax/c-54 TK-54 ");
    assertThat(r.lines().getLast()).startsWith("103 ");
    assertThat(entries("--from", "100").lines())
        .extracting(l -> l.split(" ")[0])
        .containsExactly("100", "101", "102", "103");
  }

  @Test
  void aToken_showsOnlyThatPersonsRecords() {
    assertThat(entries("--token", "TK-A").lines()).containsExactly(LINE0, LINE2);
    assertThat(entries("--token", "TK-A", "--limit", "1").lines()).containsExactly(LINE2);
    assertThat(entries("--token", "TK-A", "--from", "1").lines()).containsExactly(LINE2);
    assertThat(entries("--token", "TK-77").lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("77 "));
    CliRun nobody = entries("--token", "TK-NOBODY");
    assertThat(nobody.exit()).isZero();
    assertThat(nobody.out()).isEmpty();
  }

  @Test
  void badArguments_exitTwoWithAReason() {
    assertThat(entries("--limit", "0"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("--limit must be from 1 to 10,000"));
    assertThat(entries("--from", "105"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("--from must be from 0 to 104"));
    CliRun unknown =
        CliRun.of(
            "log", "entries", "--tenant", "nowhere", "--data", temp.resolve("empty").toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no log for tenant nowhere");
  }

  @Test
  void anEntryThatIsNotAnAccessRecord_isNamed_andExitsOne() {
    try (Store store = Store.open(location)) {
      mamori.log.StoredBundles.replaceEntry(store.jdbc(), "demo-city", 2, new byte[] {1, 1, 0});
    }
    CliRun r = entries("--from", "1", "--limit", "3");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.lines())
        .containsExactly(LINE1, "2 ? not an access record: truncated record", LINE3);
  }
}
