package mamori.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.entrustment.Purpose;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The read side of the deletion records, on both stores, over rows written directly. */
class DeletionRecordsTest {
  static final String CITY = "c-city";
  static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

  Store store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
      TestStores.drop(store.location());
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void runsAreNewestFirst_pagedByCursor_andAnotherTenantSeesNone(TestStores.Kind kind) {
    store = TestStores.open(kind);
    RetentionRows rows = new RetentionRows(store.dataSource(), 1);
    for (int i = 0; i < 5; i++) {
      rows.run(
          CITY,
          "RUN0000" + i,
          LocalDate.of(2026, 12, 1 + i),
          i == 4 ? "proposed" : "done",
          3,
          2,
          1,
          0,
          T0.plusSeconds(i * 60L),
          i == 4 ? null : "city-security-officer");
    }
    rows.run("o-city", "RUNOTHER", LocalDate.of(2026, 12, 1), "done", 1, 1, 0, 0, T0, "x-so");
    DeletionRecords r = new DeletionRecords(store.dataSource());
    TenantId city = new TenantId(CITY);

    DeletionRecords.RunPage first = r.runs(city, Optional.empty(), 2);
    assertThat(first.runs())
        .extracting(DeletionRecords.Run::runId)
        .containsExactly("RUN00004", "RUN00003");
    assertThat(first.runs().getFirst().state()).isEqualTo(Model.RunState.PROPOSED);
    assertThat(first.runs().getFirst().approvedBy()).isEmpty();
    assertThat(first.next()).isPresent();
    assertThat(first.next().get()).doesNotContainPattern("[0-9]{12}");
    DeletionRecords.RunPage second = r.runs(city, first.next(), 2);
    assertThat(second.runs())
        .extracting(DeletionRecords.Run::runId)
        .containsExactly("RUN00002", "RUN00001");
    DeletionRecords.RunPage last = r.runs(city, second.next(), 2);
    assertThat(last.runs()).extracting(DeletionRecords.Run::runId).containsExactly("RUN00000");
    assertThat(last.next()).isEmpty();

    DeletionRecords.Run done = r.run(city, "RUN00001").orElseThrow();
    assertThat(done.asOf()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(done.erased()).isEqualTo(3);
    assertThat(done.approvedBy()).contains(new UserId("city-security-officer"));
    assertThat(done.finishedAt()).isPresent();
    assertThat(r.run(city, "RUNOTHER")).isEmpty();
    assertThat(r.run(city, "no such/run")).isEmpty();
    assertThatThrownBy(() -> r.runs(city, Optional.of("garbage"), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.runs(city, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aRunsPersons_arePaged_theResidentFindsTheirRecords_andHoldsAreCounted(TestStores.Kind kind) {
    store = TestStores.open(kind);
    RetentionRows rows = new RetentionRows(store.dataSource(), 2);
    rows.run(CITY, "RUNA", LocalDate.of(2026, 12, 1), "done", 5, 3, 1, 1, T0, "city-so");
    List<RetentionRows.Row> persons = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String token = rows.token();
      rows.vaultPerson(CITY, 900_000_000_000L + i, token);
      persons.add(
          new RetentionRows.Row(
              900_000_000_000L + i,
              token,
              i == 4 ? "NUMBER" : "RECORD",
              i == 2 ? "resident-tax,child-allowance" : "resident-tax",
              i == 5 ? "kept" : "erased",
              i == 5 ? "held" : null,
              i == 5 ? null : T0.plusSeconds(7200 + i)));
    }
    rows.persons(CITY, "RUNA", persons);
    rows.hold(CITY, "HOLD0001", "incident i-1", 12, false);
    rows.hold(CITY, "HOLD0002", "incident i-0", 3, true);
    DeletionRecords r = new DeletionRecords(store.dataSource());
    TenantId city = new TenantId(CITY);

    DeletionRecords.PersonPage page = r.persons(city, "RUNA", Optional.empty(), 3);
    assertThat(page.persons()).hasSize(3);
    assertThat(page.next()).isPresent();
    assertThat(page.next().get()).doesNotContainPattern("[0-9]{12}");
    DeletionRecords.PersonPage rest = r.persons(city, "RUNA", page.next(), 3);
    assertThat(rest.persons()).hasSize(2);
    assertThat(rest.next()).isEmpty();
    assertThat(rest.persons().getLast().state()).isEqualTo(DeletionRecords.PersonState.KEPT);
    assertThat(rest.persons().getLast().keptReason()).contains("held");
    assertThat(page.persons().get(1).purposes()).containsExactly("resident-tax", "child-allowance");
    assertThat(r.keptReasons(city, "RUNA")).containsExactly(new DeletionRecords.Count("held", 1));

    List<String> canonical = new ArrayList<>();
    r.eachPerson(city, "RUNA", p -> canonical.add(p.token().value()));
    assertThat(canonical).isSorted().hasSize(5);

    // the resident's deletion records, by person id and by token; a kept person has none
    assertThat(r.deletionsOf(city, 900_000_000_004L))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.disposal()).isEqualTo(Purpose.Disposal.NUMBER);
          assertThat(d.runId()).isEqualTo("RUNA");
          assertThat(d.purposes()).containsExactly("resident-tax");
        });
    assertThat(r.deletionsOf(city, new PersonToken(persons.get(1).token())))
        .singleElement()
        .satisfies(d -> assertThat(d.purposes()).hasSize(2));
    assertThat(r.deletionsOf(city, new PersonToken(persons.get(4).token()))).isEmpty();
    assertThat(r.deletionsOf(new TenantId("o-city"), new PersonToken(persons.get(0).token())))
        .isEmpty();

    assertThat(r.activeHolds(city))
        .singleElement()
        .satisfies(h -> {
          assertThat(h.id()).isEqualTo("HOLD0001");
          assertThat(h.persons()).isEqualTo(12);
        });
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void everyStateAndKeptReasonTheRunsWrite_isRead_andAnErasingPersonIsNotErased(
      TestStores.Kind kind) {
    store = TestStores.open(kind);
    RetentionRows rows = new RetentionRows(store.dataSource(), 3);
    // a run stopped mid-batch: its batch's persons are still marked erasing
    rows.run(CITY, "RUNKILL1", LocalDate.of(2026, 12, 1), "running", 7, 1, 0, 4, T0, "city-so");
    new org.springframework.jdbc.core.JdbcTemplate(store.dataSource())
        .update("UPDATE retention_run SET everyone_of = 'resident-tax' WHERE run_id = 'RUNKILL1'");
    String[][] states = {
      {"due", null},
      {"erasing", null},
      {"erased", null},
      {"kept", "held"},
      {"kept", "not-due"},
      {"kept", "erased-already"},
      {"kept", "unknown"}
    };
    List<RetentionRows.Row> persons = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      String token = rows.token();
      rows.vaultPerson(CITY, 800_000_000_000L + i, token);
      boolean done = states[i][0].equals("erased") || states[i][0].equals("kept");
      persons.add(
          new RetentionRows.Row(
              800_000_000_000L + i,
              token,
              "RECORD",
              "resident-tax",
              states[i][0],
              states[i][1],
              done ? T0.plusSeconds(60) : null));
    }
    rows.persons(CITY, "RUNKILL1", persons);
    DeletionRecords r = new DeletionRecords(store.dataSource());
    TenantId city = new TenantId(CITY);

    assertThat(r.run(city, "RUNKILL1").orElseThrow().everyoneOf()).containsExactly("resident-tax");
    assertThat(r.count(city, Model.RunState.RUNNING)).isEqualTo(1);
    assertThat(r.count(city, Model.RunState.PROPOSED)).isZero();
    assertThat(r.persons(city, "RUNKILL1", Optional.empty(), 10).persons())
        .extracting(DeletionRecords.Person::state)
        .containsExactly(
            DeletionRecords.PersonState.DUE,
            DeletionRecords.PersonState.ERASING,
            DeletionRecords.PersonState.ERASED,
            DeletionRecords.PersonState.KEPT,
            DeletionRecords.PersonState.KEPT,
            DeletionRecords.PersonState.KEPT,
            DeletionRecords.PersonState.KEPT);
    assertThat(r.keptReasons(city, "RUNKILL1"))
        .extracting(DeletionRecords.Count::key)
        .containsExactlyInAnyOrder("held", "not-due", "erased-already", "unknown");
    // only the erased person has a deletion record; the one being erased has none yet
    assertThat(r.deletionsOf(city, new PersonToken(persons.get(1).token()))).isEmpty();
    assertThat(r.deletionsOf(city, new PersonToken(persons.get(2).token()))).hasSize(1);
    assertThat(DisposalCertificate.keptReason("not-due")).isEqualTo("期限未到来");
  }
}
