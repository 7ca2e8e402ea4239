package mamori.retention;

import static mamori.retention.RetentionFixture.AUDITOR;
import static mamori.retention.RetentionFixture.CHILD;
import static mamori.retention.RetentionFixture.CITY;
import static mamori.retention.RetentionFixture.NHI;
import static mamori.retention.RetentionFixture.OFFICER;
import static mamori.retention.RetentionFixture.OFFICER2;
import static mamori.retention.RetentionFixture.STAFF;
import static mamori.retention.RetentionFixture.T;
import static mamori.retention.RetentionFixture.TAX;
import static mamori.retention.RetentionFixture.closed;
import static mamori.retention.RetentionFixture.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mamori.core.Reason;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Purpose;
import mamori.log.AccessRecord;
import mamori.log.LogVerifier;
import mamori.retention.Model.Confirmation;
import mamori.retention.Model.HoldKind;
import mamori.retention.Model.Progress;
import mamori.retention.Model.Run;
import mamori.retention.Model.RunState;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bases, holds, runs and their records, on SQLite and on PostgreSQL, with a clock the tests move:
 * whole-record disposals (the number-only ones are in {@link RetentionsNumberOnlyTest}).
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RetentionsTest {
  static final Pattern TWELVE = Pattern.compile("\\d{12}");

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  RetentionFixture f;
  Retentions retentions;

  @BeforeEach
  void openFixture() {
    f = new RetentionFixture(kind, keys);
    retentions = f.retentions();
  }

  @AfterEach
  void closeFixture() {
    f.close();
  }

  Run proposeAndApprove(LocalDate asOf) {
    Run r = retentions.propose(STAFF, asOf).orElseThrow();
    return retentions.approve(OFFICER, r.id(), Confirmation.NONE);
  }

  @Test
  void theTaxRule_keepsThroughJanuary10_andIsDueOnJanuary11_asANumberOnlyDisposal() {
    List<AgencyToken> t = f.register(1);
    retentions.recordBases(STAFF, List.of(closed(t.get(0), TAX, LocalDate.of(2026, 1, 31))));
    assertThat(
            f.count(
                "SELECT keep_until FROM retention_basis WHERE tenant_id = '"
                    + CITY
                    + "' AND purpose_id = '"
                    + TAX
                    + "'"))
        .isEqualTo(LocalDate.of(2034, 1, 10).toEpochDay());
    f.today(LocalDate.of(2034, 1, 10));
    assertThat(retentions.propose(STAFF, retentions.today())).isEmpty();
    f.today(LocalDate.of(2034, 1, 11));
    Run r = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(r.persons()).isEqualTo(1);
    assertThat(retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.token()).isEqualTo(t.get(0));
          assertThat(p.disposal()).isEqualTo(Purpose.Disposal.NUMBER);
          assertThat(p.purposes()).containsExactly(TAX);
          assertThat(p.state()).isEqualTo("due");
        });
  }

  @Test
  void aClosedCase_isKeptTwoYears_thenProposedApprovedAndErasedWhole_withTokenOnlyRecords() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)),
            closed(t.get(1), NHI, LocalDate.of(2026, 3, 31)),
            open(t.get(2), NHI)));
    f.today(LocalDate.of(2028, 3, 31));
    assertThat(retentions.propose(STAFF, retentions.today())).isEmpty();
    f.today(LocalDate.of(2028, 4, 1));
    Run approved = proposeAndApprove(retentions.today());
    assertThat(approved.state()).isEqualTo(RunState.APPROVED);
    assertThat(approved.persons()).isEqualTo(2);
    AtomicInteger told = new AtomicInteger();
    Run done = retentions.run(OFFICER, approved.id(), (d, n) -> told.incrementAndGet());
    assertThat(done.state()).isEqualTo(RunState.DONE);
    assertThat(done.whole()).isEqualTo(2);
    assertThat(done.kept()).isZero();
    assertThat(told.get()).isGreaterThanOrEqualTo(2);
    assertThat(f.vault.knows(CITY, t.get(0))).isTrue();
    assertThat(f.count("SELECT COUNT(*) FROM person WHERE erased_at IS NOT NULL")).isEqualTo(2);

    assertThat(retentions.deletions(T, t.get(0)))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.runId()).isEqualTo(done.id());
          assertThat(d.purposes()).containsExactly(NHI);
          assertThat(d.disposal()).isEqualTo(Purpose.Disposal.RECORD);
        });
    assertThat(retentions.deletions(T, t.get(2))).isEmpty();

    List<AccessRecord> erasures = f.records("erase");
    assertThat(erasures).hasSize(2);
    assertThat(erasures)
        .allSatisfy(e -> {
          assertThat(e.actor()).isEqualTo("officer");
          assertThat(e.purpose()).isEqualTo(NHI);
          assertThat(e.caseRef()).isEqualTo("retention-run-" + done.id());
        });
    assertThat(erasures.stream().map(AccessRecord::personToken))
        .containsExactlyInAnyOrder(t.get(0).person().value(), t.get(1).person().value());
    for (AccessRecord r : f.all()) {
      assertThat(TWELVE.matcher(r.toString()).find()).isFalse();
    }
    assertThat(LogVerifier.verify(f.logs, CITY, x -> {}).ok()).isTrue();
  }

  @Test
  void aPersonWithTwoPurposes_oneStillRunning_isKept() {
    List<AgencyToken> t = f.register(2);
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)),
            open(t.get(0), CHILD),
            closed(t.get(1), NHI, LocalDate.of(2026, 3, 31)),
            closed(t.get(1), CHILD, LocalDate.of(2026, 3, 31))));
    f.today(LocalDate.of(2031, 4, 1));
    Run r = retentions.propose(STAFF, retentions.today()).orElseThrow();
    var persons = retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons();
    assertThat(persons).singleElement().satisfies(p -> assertThat(p.token()).isEqualTo(t.get(1)));
    assertThat(persons.get(0).purposes()).containsExactly(CHILD, NHI);
    // the child allowance's case closes later: still kept on the day the health insurance ends
    retentions.cancel(OFFICER, r.id());
    retentions.recordBases(STAFF, List.of(closed(t.get(0), CHILD, LocalDate.of(2027, 1, 1))));
    Run second = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(second.persons()).isEqualTo(1);
    // approved: it holds its persons however long it waits to be run (a proposal stops after a
    // week)
    retentions.approve(OFFICER, second.id(), Confirmation.NONE);
    f.today(LocalDate.of(2032, 1, 2));
    // the second person is listed by the open run already: only the first is proposed now
    Run later = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(retentions.records(OFFICER, later.id(), Long.MIN_VALUE, 10).persons())
        .singleElement()
        .satisfies(p -> assertThat(p.token()).isEqualTo(t.get(0)));
  }

  @Test
  void aHeldPerson_isNeverProposed_andOneHeldAfterApproval_isKeptAtRunTime() {
    List<AgencyToken> t = f.register(4);
    retentions.recordBases(
        STAFF,
        t.subList(0, 3).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(3), NHI)));
    var hold =
        retentions.placeHold(OFFICER, HoldKind.INCIDENT, "INC-2028-01", "漏えい調査", List.of(t.get(0)));
    assertThat(hold.active()).isTrue();
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    assertThat(r.persons()).isEqualTo(2);
    retentions.placeHold(OFFICER, HoldKind.COURT_ORDER, "令和10年(ワ)第1号", "保全命令", List.of(t.get(1)));
    Run done = retentions.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.whole()).isEqualTo(1);
    assertThat(done.kept()).isEqualTo(1);
    var persons = retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons();
    assertThat(persons)
        .anySatisfy(p -> {
          assertThat(p.token()).isEqualTo(t.get(1));
          assertThat(p.state()).isEqualTo("kept");
          assertThat(p.keptReason()).contains("held");
        });
    assertThat(f.vault.personId(CITY, t.get(0))).isPositive();
    assertThat(f.vault.personId(CITY, t.get(1))).isPositive();
    assertThat(f.records("retention.hold")).hasSize(2);

    retentions.liftHold(OFFICER, hold.id());
    assertThatThrownBy(() -> retentions.liftHold(OFFICER, hold.id()))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_HOLD_STATE));
    assertThatThrownBy(() -> retentions.liftHold(OFFICER, "ZZZZZZZZ"))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_HOLD_STATE));
    assertThat(f.records("retention.lift")).hasSize(3);
    // lifted: the first person is due again; the second is still held by the court order
    Run next = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(retentions.records(OFFICER, next.id(), Long.MIN_VALUE, 10).persons())
        .singleElement()
        .satisfies(p -> assertThat(p.token()).isEqualTo(t.get(0)));
  }

  @Test
  void aFutureEventDate_isRefused_andNothingIsStored() {
    List<AgencyToken> t = f.register(2);
    assertThatThrownBy(() ->
            retentions.recordBases(
                STAFF,
                List.of(
                    closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)),
                    closed(t.get(1), NHI, LocalDate.of(2026, 12, 8)))))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.RETENTION_FUTURE_DATE);
              assertThat(e.getMessage()).contains("entry 2");
            });
    assertThat(f.count("SELECT COUNT(*) FROM retention_basis")).isZero();
    assertThat(f.records("retention.basis"))
        .singleElement()
        .satisfies(r -> assertThat(r.decision()).contains("retention.future-date"));
    // today itself is no future
    retentions.recordBases(STAFF, List.of(closed(t.get(1), NHI, LocalDate.of(2026, 12, 7))));
    assertThatThrownBy(() -> retentions.propose(STAFF, LocalDate.of(2026, 12, 8)))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_FUTURE_DATE));
  }

  @Test
  void aRuleThatEndsEveryone_andARunThatDeletesEveryone_needTheCountConfirmedTwice() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF, t.stream().map(x -> closed(x, NHI, LocalDate.of(2025, 6, 30))).toList());
    // a held person is never due: one hold does not defeat the guard
    retentions.placeHold(OFFICER, HoldKind.INCIDENT, "INC-2026-09", "調査", List.of(t.get(2)));
    Purpose.Retention oneYear =
        new Purpose.Retention(1, Purpose.Start.CASE_CLOSED, Purpose.Disposal.RECORD, "test");
    assertThatThrownBy(() -> retentions.changeRule(OFFICER, NHI, oneYear, Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.RETENTION_UNCONFIRMED);
              assertThat(e.count()).isEqualTo(2);
            });
    assertThatThrownBy(
            () -> retentions.changeRule(OFFICER, NHI, oneYear, new Confirmation(true, 3)))
        .isInstanceOf(RetentionRefused.class);
    assertThatThrownBy(
            () -> retentions.changeRule(OFFICER, NHI, oneYear, new Confirmation(false, 2)))
        .isInstanceOf(RetentionRefused.class);
    assertThat(f.entrustments.purposes(CITY).stream().filter(p -> p.id().equals(NHI)))
        .singleElement()
        .satisfies(p -> assertThat(p.retention().years()).isEqualTo(2));
    assertThat(
            f.records("purpose.change").stream()
                .filter(r -> r.decision().contains("retention.unconfirmed")))
        .hasSize(3);
    retentions.changeRule(OFFICER, NHI, oneYear, new Confirmation(true, 2));
    assertThat(f.count("SELECT MIN(keep_until) FROM retention_basis"))
        .isEqualTo(LocalDate.of(2026, 6, 30).toEpochDay());

    Run r = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(r.everyoneOf()).containsExactly(NHI);
    assertThatThrownBy(() -> retentions.approve(OFFICER, r.id(), Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.RETENTION_UNCONFIRMED);
              assertThat(e.count()).isEqualTo(2);
            });
    assertThat(retentions.approve(OFFICER, r.id(), new Confirmation(true, 2)).state())
        .isEqualTo(RunState.APPROVED);
  }

  @Test
  void approvalByANonOfficer_orByTheProposer_isRefusedAndLogged() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF, List.of(closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)), open(t.get(1), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = retentions.propose(OFFICER, retentions.today()).orElseThrow();
    assertThatThrownBy(() -> retentions.approve(STAFF, r.id(), Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    assertThatThrownBy(() -> retentions.approve(AUDITOR, r.id(), Confirmation.NONE))
        .isInstanceOf(RetentionRefused.class);
    assertThatThrownBy(() -> retentions.approve(OFFICER, r.id(), Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.APPROVAL_OWN_REQUEST));
    assertThatThrownBy(() -> retentions.run(OFFICER, r.id(), Progress.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_RUN_STATE));
    assertThat(f.records("retention.approve"))
        .hasSize(3)
        .allSatisfy(x -> assertThat(x.decision()).startsWith("deny"));
    assertThat(retentions.approve(OFFICER2, r.id(), Confirmation.NONE).approvedBy())
        .hasValueSatisfying(u -> assertThat(u.value()).isEqualTo("officer-2"));
    assertThatThrownBy(() -> retentions.approve(OFFICER2, r.id(), Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_RUN_STATE));
  }

  @Test
  void aRunKilledInTheMiddle_isResumed_withExactCounts_andNoPersonErasedTwice() {
    List<AgencyToken> t = f.register(11);
    retentions.recordBases(
        STAFF,
        t.subList(0, 10).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(10), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    assertThat(r.persons()).isEqualTo(10);
    AtomicInteger calls = new AtomicInteger();
    Retentions dying =
        f.retentions(
            (tenant, batch, actor) -> {
              var out = f.vault.eraseAll(tenant, batch, actor);
              if (calls.incrementAndGet() == 2) {
                // killed after the vault stored the second batch, before the run marked it
                throw new IllegalStateException("killed");
              }
              return out;
            },
            3);
    assertThatThrownBy(() -> dying.run(OFFICER, r.id(), Progress.NONE)).hasMessage("killed");
    Run stopped = retentions.run(OFFICER, r.id());
    assertThat(stopped.state()).isEqualTo(RunState.RUNNING);
    assertThat(stopped.whole()).isEqualTo(3);
    assertThat(f.count("SELECT COUNT(*) FROM retention_run_person WHERE state = 'erasing'"))
        .isEqualTo(3);

    Run done = f.retentions(f.vault::eraseAll, 3).run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.state()).isEqualTo(RunState.DONE);
    assertThat(done.whole()).isEqualTo(10);
    assertThat(done.kept()).isZero();
    assertThat(f.count("SELECT COUNT(*) FROM retention_run_person WHERE state = 'erased'"))
        .isEqualTo(10);
    Map<String, Long> perToken =
        f.records("erase").stream()
            .collect(Collectors.groupingBy(AccessRecord::personToken, Collectors.counting()));
    assertThat(perToken).hasSize(10);
    assertThat(perToken.values()).allMatch(n -> n == 1);
    assertThat(f.vault.personId(CITY, t.get(10))).isPositive();
    assertThat(LogVerifier.verify(f.logs, CITY, x -> {}).ok()).isTrue();
    // a finished run is not run again
    assertThatThrownBy(() -> retentions.run(OFFICER, r.id(), Progress.NONE))
        .isInstanceOf(RetentionRefused.class);
  }

  @Test
  void aPersonHeldAfterAKill_whoseBatchTheVaultNeverStored_isKeptWhenTheRunResumes() {
    List<AgencyToken> t = f.register(7);
    retentions.recordBases(
        STAFF,
        t.subList(0, 6).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(6), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    AtomicInteger calls = new AtomicInteger();
    Retentions dying =
        f.retentions(
            (tenant, batch, actor) -> {
              if (calls.incrementAndGet() == 2) {
                // killed after the batch was marked erasing, before the vault stored anything
                throw new IllegalStateException("killed");
              }
              return f.vault.eraseAll(tenant, batch, actor);
            },
            3);
    assertThatThrownBy(() -> dying.run(OFFICER, r.id(), Progress.NONE)).hasMessage("killed");
    assertThat(f.count("SELECT COUNT(*) FROM retention_run_person WHERE state = 'erasing'"))
        .isEqualTo(3);
    // the killed runner's lease is given up; one of the erasing persons is held, one reopened
    retentions.placeHold(OFFICER, HoldKind.INCIDENT, "INC-2028-02", "漏えい調査", List.of(t.get(3)));
    retentions.recordBases(STAFF, List.of(open(t.get(4), NHI)));
    Run done = f.retentions(f.vault::eraseAll, 3).run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.state()).isEqualTo(RunState.DONE);
    assertThat(done.whole()).isEqualTo(4);
    assertThat(done.kept()).isEqualTo(2);
    // the start and the resumption are both logged
    assertThat(f.records("retention.run")).hasSize(2);
    assertThat(f.vault.personId(CITY, t.get(3))).isPositive();
    assertThat(f.vault.personId(CITY, t.get(4))).isPositive();
    assertThat(retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons())
        .anySatisfy(p -> {
          assertThat(p.token()).isEqualTo(t.get(3));
          assertThat(p.keptReason()).contains("held");
        })
        .anySatisfy(p -> {
          assertThat(p.token()).isEqualTo(t.get(4));
          assertThat(p.keptReason()).contains("not-due");
        });
  }

  @Test
  void aRunHeldByAnotherProcess_isRefused_andAnExpiredLeaseIsTakenOver() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF,
        t.subList(0, 2).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(2), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    long now = f.clock.millis();
    f.store
        .jdbc()
        .sql("UPDATE retention_run SET runner = 'OTHER000', lease_until = ? WHERE run_id = ?")
        .params(now + 60_000, r.id())
        .update();
    assertThatThrownBy(() -> retentions.run(OFFICER, r.id(), Progress.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_RUN_STATE));
    assertThat(f.count("SELECT COUNT(*) FROM retention_run_person WHERE state <> 'due'")).isZero();
    // the other process was killed: once its lease has run out, the run is taken over
    f.clock.advance(java.time.Duration.ofMillis(RunBatch.LEASE_MILLIS));
    Run done = retentions.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.state()).isEqualTo(RunState.DONE);
    assertThat(done.whole()).isEqualTo(2);
    assertThat(f.count("SELECT COUNT(*) FROM retention_run WHERE runner IS NOT NULL")).isZero();
    // the start is logged (the refused attempt erased nothing and is not)
    assertThat(f.records("retention.run")).hasSize(1);
  }

  @Test
  void aPersonChangedWhileErased_isKeptAsChanged_andTheRunEnds() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF,
        t.subList(0, 2).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(2), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    long first = f.vault.personId(CITY, t.get(0));
    Retentions changing =
        f.retentions(
            (tenant, batch, actor) -> {
              var out =
                  f.vault.eraseAll(
                      tenant, batch.stream().filter(i -> i.personId() != first).toList(), actor);
              Map<Long, mamori.vault.BulkErasure.Result> by =
                  new java.util.HashMap<>(out.byPerson());
              by.put(first, mamori.vault.BulkErasure.Result.CHANGED);
              return new mamori.vault.BulkErasure.Outcome(by);
            },
            10);
    Run done = changing.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.state()).isEqualTo(RunState.DONE);
    assertThat(done.whole()).isEqualTo(1);
    assertThat(done.kept()).isEqualTo(1);
    assertThat(retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons())
        .anySatisfy(p -> {
          assertThat(p.token()).isEqualTo(t.get(0));
          assertThat(p.keptReason()).contains("changed");
        });
  }

  @Test
  void aRuleChangedToTheNumberOnly_afterTheProposal_erasesOnlyTheNumber() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF,
        t.subList(0, 2).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(2), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    Purpose.Retention rule =
        f.entrustments.purposes(CITY).stream()
            .filter(x -> x.id().equals(NHI))
            .findFirst()
            .orElseThrow()
            .retention();
    retentions.changeRule(
        OFFICER,
        NHI,
        new Purpose.Retention(rule.years(), rule.from(), Purpose.Disposal.NUMBER, rule.source()),
        Confirmation.NONE);
    Run done = retentions.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.whole()).isZero();
    assertThat(done.numberOnly()).isEqualTo(2);
    assertThat(f.vault.personId(CITY, t.get(0))).isPositive();
    assertThat(f.count("SELECT COUNT(*) FROM retention_run_person WHERE disposal = 'NUMBER'"))
        .isEqualTo(2);
    assertThat(f.count("SELECT COUNT(*) FROM person WHERE number_erased_at IS NOT NULL"))
        .isEqualTo(2);
  }

  @Test
  void aPersonErasedByOtherMeans_orGivenANewBasis_beforeTheirBatch_isKeptWithTheReason() {
    List<AgencyToken> t = f.register(4);
    retentions.recordBases(
        STAFF,
        t.subList(0, 3).stream().map(x -> closed(x, NHI, LocalDate.of(2026, 3, 31))).toList());
    retentions.recordBases(STAFF, List.of(open(t.get(3), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run r = proposeAndApprove(retentions.today());
    // the case was reopened after the proposal
    retentions.recordBases(STAFF, List.of(open(t.get(0), NHI)));
    Run done = retentions.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.whole()).isEqualTo(2);
    assertThat(done.kept()).isEqualTo(1);
    assertThat(retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 1).next()).isPresent();
    assertThat(retentions.records(OFFICER, r.id(), Long.MIN_VALUE, 10).persons())
        .anySatisfy(p -> {
          assertThat(p.token()).isEqualTo(t.get(0));
          assertThat(p.keptReason()).contains("not-due");
        });
  }

  @Test
  void aStandingApproval_approvesOnlyRunsEntirelyUnderStandingPurposes() {
    List<AgencyToken> t = f.register(4);
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)),
            open(t.get(1), NHI),
            open(t.get(2), CHILD)));
    assertThatThrownBy(() -> retentions.giveStanding(STAFF, NHI))
        .isInstanceOf(RetentionRefused.class);
    retentions.giveStanding(OFFICER, NHI);
    f.today(LocalDate.of(2028, 4, 1));
    Run auto = retentions.proposeDaily(T).orElseThrow();
    assertThat(auto.state()).isEqualTo(RunState.APPROVED);
    assertThat(auto.standing()).isTrue();
    assertThat(auto.proposedBy()).isEqualTo(Retentions.DAILY);
    assertThat(auto.approvedBy())
        .hasValueSatisfying(u -> assertThat(u.value()).isEqualTo("officer"));
    assertThat(retentions.runDaily(T, auto.id()).whole()).isEqualTo(1);

    // a person also due under a purpose without a standing approval: the run waits for an officer
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(3), NHI, LocalDate.of(2028, 1, 1)),
            closed(t.get(3), CHILD, LocalDate.of(2028, 1, 1))));
    f.today(LocalDate.of(2033, 1, 2));
    Run waiting = retentions.proposeDaily(T).orElseThrow();
    assertThat(waiting.state()).isEqualTo(RunState.PROPOSED);
    assertThat(waiting.standing()).isFalse();
    // the daily job's proposal may be approved by any officer
    assertThat(retentions.approve(OFFICER, waiting.id(), Confirmation.NONE).state())
        .isEqualTo(RunState.APPROVED);
    retentions.withdrawStanding(OFFICER, NHI);
    assertThat(retentions.standing(OFFICER)).isEmpty();
    assertThat(f.records("retention.standing")).hasSize(3);
  }

  @Test
  void theStandingApprover_neverApprovesTheirOwnProposal_andARuleChangeWithdrawsTheStanding() {
    List<AgencyToken> t = f.register(3);
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)),
            closed(t.get(1), NHI, LocalDate.of(2026, 3, 31)),
            open(t.get(2), NHI)));
    retentions.giveStanding(OFFICER, NHI);
    f.today(LocalDate.of(2028, 4, 1));
    Run own = retentions.propose(OFFICER, retentions.today()).orElseThrow();
    assertThat(own.state()).isEqualTo(RunState.PROPOSED);
    assertThat(own.standing()).isFalse();
    retentions.cancel(OFFICER, own.id());
    // another's proposal is approved by the standing approval
    Run other = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(other.state()).isEqualTo(RunState.APPROVED);
    retentions.cancel(OFFICER, other.id());

    Purpose.Retention rule =
        f.entrustments.purposes(CITY).stream()
            .filter(x -> x.id().equals(NHI))
            .findFirst()
            .orElseThrow()
            .retention();
    retentions.changeRule(
        OFFICER,
        NHI,
        new Purpose.Retention(1, rule.from(), rule.disposal(), rule.source()),
        Confirmation.NONE);
    assertThat(retentions.standing(OFFICER)).isEmpty();
    assertThat(f.records("retention.standing"))
        .anySatisfy(x -> assertThat(x.toString()).contains("rule changed"));
    assertThat(retentions.proposeDaily(T).orElseThrow().state()).isEqualTo(RunState.PROPOSED);
  }

  @Test
  void aProposalNobodyApprovesForAWeek_stopsHoldingItsPersons_andCannotBeApproved() {
    List<AgencyToken> t = f.register(2);
    retentions.recordBases(
        STAFF, List.of(closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)), open(t.get(1), NHI)));
    f.today(LocalDate.of(2028, 4, 1));
    Run stale = retentions.propose(STAFF, retentions.today()).orElseThrow();
    f.today(LocalDate.of(2028, 4, 7));
    assertThat(retentions.propose(STAFF, retentions.today())).isEmpty();
    f.today(LocalDate.of(2028, 4, 9));
    assertThatThrownBy(() -> retentions.approve(OFFICER, stale.id(), Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RETENTION_RUN_STATE));
    Run fresh = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(fresh.persons()).isEqualTo(1);
    assertThat(retentions.approve(OFFICER, fresh.id(), Confirmation.NONE).state())
        .isEqualTo(RunState.APPROVED);
  }

  @Test
  void unknownPurposesTokensAndRuns_areRefusedClearly() {
    List<AgencyToken> t = f.register(1);
    assertThatThrownBy(() ->
            retentions.recordBases(
                STAFF, List.of(closed(t.get(0), "no-such", LocalDate.of(2026, 1, 1)))))
        .isInstanceOfSatisfying(
            RetentionRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.PURPOSE_UNKNOWN));
    AgencyToken stranger =
        "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
            .chars()
            .mapToObj(c -> "KX4M-Q7RD-2HPA-93T" + (char) c)
            .filter(AgencyToken::isValid)
            .map(AgencyToken::new)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() ->
            retentions.recordBases(STAFF, List.of(closed(stranger, NHI, LocalDate.of(2026, 1, 1)))))
        .isInstanceOfSatisfying(
            RetentionRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.PERSON_NOT_FOUND));
    assertThatThrownBy(() ->
            retentions.placeHold(OFFICER, HoldKind.INCIDENT, "INC-1", "調査", List.of(stranger)))
        .isInstanceOfSatisfying(
            RetentionRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.PERSON_NOT_FOUND));
    // the refused hold is logged as refused
    assertThat(f.records("retention.hold"))
        .singleElement()
        .satisfies(x -> assertThat(x.decision()).startsWith(AccessRecord.DENY));
    assertThatThrownBy(() -> retentions.approve(OFFICER, "NOSUCH00", Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class,
            e -> assertThat(e.kind()).isEqualTo(mamori.core.ActRefused.Kind.NOT_FOUND));
    assertThat(retentions.status(AUDITOR).bases()).isZero();
  }

  @Test
  void theDailyRound_waitsForItsTime_thenProposesAndRunsWhatIsApproved_onceADay() {
    List<AgencyToken> t = f.register(2);
    retentions.recordBases(
        STAFF, List.of(closed(t.get(0), NHI, LocalDate.of(2026, 3, 31)), open(t.get(1), NHI)));
    retentions.giveStanding(OFFICER, NHI);
    DailyRetention daily = new DailyRetention(retentions, f.clock, "02:00");
    f.today(LocalDate.of(2028, 4, 1));
    f.clock.advance(java.time.Duration.ofHours(-9)); // 01:00 in Japan
    assertThat(daily.round()).isFalse();
    assertThat(retentions.runs(OFFICER, 10)).isEmpty();
    f.clock.advance(java.time.Duration.ofMinutes(90)); // 02:30
    assertThat(daily.round()).isTrue();
    assertThat(retentions.runs(OFFICER, 10))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.state()).isEqualTo(RunState.DONE);
          assertThat(r.whole()).isEqualTo(1);
          assertThat(r.proposedBy()).isEqualTo(Retentions.DAILY);
        });
    assertThat(daily.round()).isFalse();
    assertThatThrownBy(() -> new DailyRetention(retentions, f.clock, "2時"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
