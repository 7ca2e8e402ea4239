package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.LogUnavailableException;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The desk on SQLite and PostgreSQL: double entry, verification, acceptance, and the attacks. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DeskTest extends DeskTestBase {
  static final IndividualNumber KNOWN = IndividualNumber.withCheckDigit("12345678901");
  static final IndividualNumber NEW = IndividualNumber.withCheckDigit("98765432109");

  static String digits(IndividualNumber n) {
    return n.digits(InsecureNumberAccess.get());
  }

  /** A person the vault holds already, registered by the city's clerk. */
  AgencyToken registerKnown() {
    Actor clerk =
        new Actor(
            new mamori.core.UserId("clerk-1"),
            new mamori.core.OrganisationId(TENANT),
            List.of(),
            new mamori.core.Why(PURPOSE, "import-1"));
    vault.register(
        TENANT,
        clerk,
        List.of(
            new PersonData(
                KNOWN,
                "山田",
                "花子",
                "ヤマダ",
                "ハナコ",
                LocalDate.parse("1980-04-01"),
                "2",
                "100-0001",
                "東京都千代田区",
                "",
                "")));
    return gate.findForWork(
            VER,
            gate.work(
                OP1,
                new mamori.core.Why(PURPOSE, JOB.value()),
                mamori.core.Action.ENTER,
                new mamori.entrustment.PersonSet.Job(JOB.value()),
                java.util.Set.of(),
                Optional.empty(),
                false),
            new mamori.core.Why(PURPOSE, JOB.value()),
            KNOWN)
        .orElseThrow()
        .token();
  }

  @Test
  void twoAlikeEntries_acceptTheDocument_forThePersonFoundByNumber_andLaterRecordsCarryTheToken() {
    AgencyToken known = registerKnown();
    long doc = document(JOB);
    Map<String, Map<String, String>> values =
        slip("１２３４５６７８９０１" + KNOWN.toString().charAt(0), "山田");
    values.put("payee-number", Map.of("payee_my_number", digits(KNOWN)));

    // the number is keyed first: the document's other parts wait until it is decided
    List<Desk.Entered> first = keyAll(OP1, values);
    assertThat(first).hasSize(1).allMatch(e -> e.side() == 1 && e.state() == Task.State.ENTRY);
    assertThat(desk.next(OP1, JOB)).isEmpty(); // never both sides

    // the second operator types the number in full-width digits: normalised, alike
    Map<String, Map<String, String>> second = new HashMap<>(values);
    second.put("payee-number", Map.of("payee_my_number", toFullWidth(digits(KNOWN))));
    Desk.Given number = desk.next(OP2, JOB).orElseThrow();
    assertThat(number.part()).isEqualTo("payee-number");
    assertThat(desk.enter(OP2, number.task(), second.get("payee-number")).state())
        .isEqualTo(Task.State.DONE);
    assertThat(keyAll(OP1, values))
        .hasSize(2)
        .allMatch(e -> e.side() == 1 && e.state() == Task.State.ENTRY);
    List<Desk.Entered> done = keyAll(OP2, second);
    assertThat(done).hasSize(2).allMatch(e -> e.side() == 2 && e.state() == Task.State.DONE);

    WorkDocument accepted = work.document(T, doc).orElseThrow();
    assertThat(accepted.state()).isEqualTo(WorkDocument.State.ACCEPTED);
    assertThat(accepted.personToken()).contains(known.person());
    assertThat(count("SELECT COUNT(*) FROM work_value WHERE document_id = ?", doc)).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_entry WHERE document_id = ?", doc)).isEqualTo(6);
    assertThat(count("SELECT COUNT(*) FROM person_document WHERE document_id = ?", doc))
        .isEqualTo(1);
    assertThat(vault.count(TENANT)).isEqualTo(1);

    List<AccessRecord> records = records();
    assertThat(records)
        .anyMatch(
            r -> r.action().equals("document.accept") && r.personToken().equals(known.value()));
    // once the number was decided, the views and entries of the document name its person
    assertThat(records)
        .anyMatch(r -> r.action().equals("enter") && r.personToken().equals(known.value()))
        .anyMatch(r -> r.action().equals("task.view") && r.personToken().equals(known.value()));
    assertThat(desk.accuracy(T, JOB))
        .containsExactly(new Desk.Accuracy("op-1", 6, 6), new Desk.Accuracy("op-2", 6, 6));
  }

  @Test
  void differingEntries_goToAVerifierWhoKeyedNeither_andAnUnknownNumberRegistersThePerson() {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "<b>佐藤</b>");
    Map<String, Map<String, String>> other = new HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "4250001"));
    List<Desk.Entered> second = keyBoth(OP1, values, OP2, other);
    assertThat(second).extracting(Desk.Entered::state).contains(Task.State.VERIFY);

    // an operator who keyed a side is never given the verification, nor may they ask for it
    Optional<Desk.Given> forOp1 = desk.next(OP1, JOB);
    assertThat(forOp1).isEmpty();
    TaskId amounts =
        work.tasksOf(T, doc).stream()
            .filter(t -> t.part().equals("amounts"))
            .findFirst()
            .orElseThrow()
            .id();
    new DeskTable(work)
        .claim(
            T,
            amounts,
            Task.State.VERIFY,
            OP1.userId(),
            clock.instant(),
            clock.instant().plusSeconds(60));
    assertThatThrownBy(() -> desk.verification(OP1, amounts))
        .isInstanceOf(AccessException.class)
        .extracting(e -> ((AccessException) e).reason())
        .isEqualTo(Reason.TASK_SAME_OPERATOR);
    clock.advance(Duration.ofMinutes(2));

    Desk.Given g = desk.next(VER, JOB).orElseThrow();
    assertThat(g.mode()).isEqualTo(Desk.Mode.VERIFY);
    assertThat(g.task()).isEqualTo(amounts);
    Desk.Verification v = desk.verification(VER, amounts);
    assertThat(List.of(v.first().get("payment_amount"), v.second().get("payment_amount")))
        .containsExactlyInAnyOrder("4250000", "4250001");
    Desk.Entered decided = desk.verify(VER, amounts, Map.of("payment_amount", "4250000"));
    assertThat(decided.state()).isEqualTo(Task.State.DONE);
    assertThat(decided.side()).isEqualTo(3);

    assertThat(documentState(doc)).isEqualTo("accepted");
    assertThat(vault.count(TENANT)).isEqualTo(1); // registered from the document
    assertThat(records()).anyMatch(r -> r.action().equals("register"));
    assertThat(desk.accuracy(T, JOB))
        .containsExactly(new Desk.Accuracy("op-1", 6, 6), new Desk.Accuracy("op-2", 6, 5));
  }

  @Test
  void aKillDuringAcceptance_leavesNoHalfAcceptedDocument_andAcceptanceResumes() {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "鈴木");
    keyAll(OP1, values);
    Desk.Given number = desk.next(OP2, JOB).orElseThrow();
    desk.enter(OP2, number.task(), values.get("payee-number"));
    keyAll(OP1, values);
    desk.duringAcceptance =
        () -> {
          throw new IllegalStateException("killed");
        };
    // the operator's entries stand; the document is left as it was before acceptance began
    assertThat(keyAll(OP2, values)).allMatch(e -> e.state() == Task.State.DONE);
    assertThat(documentState(doc)).isEqualTo("open");
    assertThat(count("SELECT COUNT(*) FROM person_document WHERE document_id = ?", doc)).isZero();
    assertThat(count("SELECT COUNT(*) FROM work_value WHERE document_id = ?", doc)).isEqualTo(6);
    assertThat(count("SELECT COUNT(*) FROM work_entry WHERE document_id = ?", doc)).isEqualTo(6);

    desk.duringAcceptance = () -> {};
    // an operator's call does not retry it; the retry's loop resumes it
    assertThat(desk.next(OP1, JOB)).isEmpty();
    assertThat(documentState(doc)).isEqualTo("open");
    // within the deciding call's lease the loop leaves it; past it, the loop resumes it
    assertThat(new AcceptRetry(desk, false, 1000).tick()).isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(new AcceptRetry(desk, false, 1000).tick()).isEqualTo(1);
    assertThat(desk.acceptPending(OP1, JOB)).isZero();
    assertThat(documentState(doc)).isEqualTo("accepted");
    assertThat(count("SELECT COUNT(*) FROM person_document WHERE document_id = ?", doc))
        .isEqualTo(1);
    assertThat(vault.count(TENANT)).isEqualTo(1);
  }

  @Test
  void aTaskOfAnotherJob_organisationOrTenant_isUnknown_andAnUnknownJobToo() {
    document(JOB);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    assertRefused(() -> desk.region(OTHER, g.task(), "payee_my_number"), Reason.TASK_UNKNOWN);
    assertRefused(() -> desk.enter(OTHER, g.task(), Map.of()), Reason.TASK_UNKNOWN);
    assertRefused(() -> desk.next(OTHER, JOB), Reason.PERSON_OUT_OF_SCOPE);
    mamori.identity.Principal elsewhere =
        new mamori.identity.Principal(
            new mamori.core.UserId("op-1"),
            new mamori.core.TenantId("else-city"),
            new mamori.core.OrganisationId("else-city"),
            mamori.core.Role.OPERATOR,
            "t");
    assertRefused(() -> desk.region(elsewhere, g.task(), "payee_my_number"), Reason.TASK_UNKNOWN);
    assertRefused(() -> desk.next(OP1, new JobId("job-none")), Reason.JOB_UNKNOWN);
    // another operator of the same organisation: the task is held by op-1
    assertRefused(
        () -> desk.region(OP2, g.task(), g.fields().getFirst().id()), Reason.TASK_NOT_HELD);
    // the city's own staff do not key
    mamori.identity.Principal clerk =
        new mamori.identity.Principal(
            new mamori.core.UserId("clerk-1"),
            T,
            new mamori.core.OrganisationId(TENANT),
            mamori.core.Role.STAFF,
            "t");
    assertRefused(() -> desk.next(clerk, JOB), Reason.CHAIN_NONE);
    // each refusal is in the log with the gate's own reason; the caller is told only task.unknown
    assertThat(records())
        .anyMatch(r ->
            r.actor().equals("oth-1")
                && r.reason().equals(Optional.of(Reason.PERSON_OUT_OF_SCOPE))
                && r.action().equals("enter"));
    assertThat(
            AccessRecordCodec.decode(logs.forTenant("else-city").entry(0).orElseThrow()).reason())
        .contains(Reason.TASK_UNKNOWN);
  }

  @Test
  void withoutTheNumberInScope_thePayeeNumberPartIsNeverGiven_andItsRegionIsRefused() {
    document(JOB);
    assertThat(desk.next(NONUM, JOB)).isEmpty(); // the number is keyed first
    for (mamori.identity.Principal p : List.of(OP1, OP2)) {
      Desk.Given n = desk.next(p, JOB).orElseThrow();
      desk.enter(p, n.task(), Map.of("payee_my_number", digits(NEW)));
    }
    long later = document(JOB);
    java.util.Set<String> parts = new java.util.HashSet<>();
    for (int i = 0; i < 5; i++) {
      Optional<Desk.Given> g = desk.next(NONUM, JOB);
      if (g.isEmpty()) {
        break;
      }
      parts.add(g.get().part());
      desk.enter(NONUM, g.get().task(), slip(digits(NEW), "田中").get(g.get().part()));
    }
    assertThat(parts).containsExactlyInAnyOrder("payee", "amounts");
    Task numberTask =
        work.tasksOf(T, later).stream()
            .filter(t -> t.part().equals("payee-number"))
            .findFirst()
            .orElseThrow();
    new DeskTable(work)
        .claim(
            T,
            numberTask.id(),
            Task.State.ENTRY,
            OP1.userId(),
            clock.instant(),
            clock.instant().plusSeconds(60));
    Desk.Given number = desk.next(OP1, JOB).orElseThrow();
    assertThat(number.part()).isEqualTo("payee-number");
    assertRefused(
        () -> desk.region(NONUM, number.task(), "payee_my_number"), Reason.FIELD_OUT_OF_SCOPE);
    assertThat(desk.region(OP1, number.task(), "payee_my_number"))
        .startsWith((byte) 0x89, (byte) 'P');
  }

  @Test
  void theSameOperator_neverKeysBothSides() {
    document(JOB);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part()));
    assertRefused(
        () -> desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())),
        Reason.TASK_NOT_HELD);
    new DeskTable(work)
        .claim(
            T,
            g.task(),
            Task.State.ENTRY,
            OP1.userId(),
            clock.instant(),
            clock.instant().plusSeconds(60));
    assertRefused(
        () -> desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())),
        Reason.TASK_SAME_OPERATOR);
  }

  @Test
  void quotas_hourlyAndDaily_refuseAndAreLogged() {
    for (int i = 0; i < 3; i++) {
      document(JOB);
    }
    new mamori.store.TenantSettings(store.dataSource()).set(T, Desk.QUOTA_HOURLY, "2");
    enterOne(OP1);
    enterOne(OP1);
    assertRefused(() -> desk.next(OP1, JOB), Reason.QUOTA_HOURLY);
    clock.advance(Duration.ofMinutes(61));
    enterOne(OP1); // a new hour

    work.setQuota(
        T,
        entry.id(),
        new WorkStore.Quota(1, 1),
        new mamori.core.UserId("admin-1"),
        clock.instant());
    clock.advance(Duration.ofMinutes(61)); // past the hour
    assertRefused(() -> desk.next(OP2, JOB).ifPresent(g -> {}), null);
    enterOne(OP2);
    clock.advance(Duration.ofMinutes(61));
    assertRefused(() -> desk.next(OP2, JOB), Reason.QUOTA_DAILY);
    assertThat(records())
        .anyMatch(r -> r.reason().equals(Optional.of(Reason.QUOTA_DAILY)))
        .anyMatch(r -> r.reason().equals(Optional.of(Reason.QUOTA_HOURLY)));
  }

  @Test
  void aClosedJob_isRefusedAtOnce_andAChangedQuotaIsCountedAtOnce() {
    document(JOB);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    Map<String, String> values = slip(digits(NEW), "x").get(g.part());
    work.setState(T, JOB, Job.State.CLOSED);
    assertRefused(() -> desk.enter(OP1, g.task(), values), Reason.JOB_CLOSED);
    assertRefused(() -> desk.region(OP1, g.task(), g.fields().getFirst().id()), Reason.JOB_CLOSED);
    assertRefused(() -> desk.next(OP1, JOB), Reason.JOB_CLOSED);
    assertThat(count("SELECT COUNT(*) FROM work_entry")).isZero();
    assertThat(records())
        .anyMatch(
            r -> r.action().equals("enter") && r.reason().equals(Optional.of(Reason.JOB_CLOSED)));
    // a caller the job is not given to is still told only that there is no such task
    assertRefused(() -> desk.enter(OTHER, g.task(), values), Reason.TASK_UNKNOWN);

    work.setState(T, JOB, Job.State.OPEN);
    assertThat(desk.enter(OP1, g.task(), values).side()).isEqualTo(1);
    work.setQuota(
        T,
        entry.id(),
        new WorkStore.Quota(1, 1),
        new mamori.core.UserId("admin-1"),
        clock.instant());
    assertRefused(() -> desk.next(OP1, JOB), Reason.QUOTA_HOURLY);
  }

  void enterOne(mamori.identity.Principal p) {
    Desk.Given g = desk.next(p, JOB).orElseThrow();
    desk.enter(p, g.task(), slip(digits(NEW), "x").get(g.part()));
  }

  @Test
  void anOperatorNotOnTheStaffList_andAnEntrustmentCutOrExpired_areRefused() {
    document(JOB);
    assertRefused(() -> desk.next(op("op-9", "entry-co"), JOB), Reason.STAFF_NOT_LISTED);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    entrustments.suspend(entry.id(), OFFICER);
    assertRefused(() -> desk.next(OP1, JOB), Reason.CHAIN_SUSPENDED);
    assertRefused(
        () -> desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())),
        Reason.CHAIN_SUSPENDED);
    entrustments.resume(entry.id(), OFFICER);
    assertThat(desk.next(OP1, JOB)).isPresent();
    clock.advance(Duration.ofDays(250));
    assertRefused(() -> desk.next(OP1, JOB), Reason.CHAIN_EXPIRED);
    clock.advance(Duration.ofDays(-250));
    entrustments.revoke(entry.id(), OFFICER);
    assertRefused(() -> desk.next(OP1, JOB), Reason.CHAIN_REVOKED);
  }

  @Test
  void aChangeMadeOnAnotherInstance_refusesThisDesksNextCall() {
    // a desk call reads the entrustments once, when it begins (Entrustments.oneCall): a change
    // another instance has made on the store is seen by the very next call, as before
    document(JOB);
    Entrustments elsewhere =
        new Entrustments(store.dataSource(), logs, events::add, (org, user) -> true, clock);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    String field = g.fields().getFirst().id();
    assertThat(desk.region(OP1, g.task(), field)).isNotEmpty();
    elsewhere.changeStaff(entry.id(), List.of("op-2", "ver-1"), OFFICER);
    assertRefused(() -> desk.region(OP1, g.task(), field), Reason.STAFF_NOT_LISTED);
    assertRefused(() -> desk.next(OP1, JOB), Reason.STAFF_NOT_LISTED);
    elsewhere.changeStaff(entry.id(), List.of("op-1", "op-2", "ver-1"), OFFICER);
    assertThat(desk.region(OP1, g.task(), field)).isNotEmpty();
    elsewhere.suspend(entry.id(), OFFICER);
    assertRefused(
        () -> desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())),
        Reason.CHAIN_SUSPENDED);
    assertThat(count("SELECT COUNT(*) FROM work_entry")).isZero();
    elsewhere.resume(entry.id(), OFFICER);
    assertThat(desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())).side()).isEqualTo(1);
    elsewhere.close();
  }

  @Test
  void aQuota_isExact_whenEightEntriesOfOneOperatorRaceForItsLastTask() throws Exception {
    for (int i = 0; i < 5; i++) {
      document(JOB);
    }
    new mamori.store.TenantSettings(store.dataSource()).set(T, Desk.QUOTA_HOURLY, "3");
    enterOne(OP1);
    enterOne(OP1);
    // eight tasks held by the operator at once (as two tabs and a script would), one left of the
    // hour's three
    DeskTable table = new DeskTable(work);
    java.time.Instant now = clock.instant();
    List<Task> held =
        table
            .free(
                T,
                JOB,
                Task.State.ENTRY,
                TYPE.parts().stream().map(DocumentType.Part::id).toList(),
                Optional.empty(),
                OP1.userId(),
                now,
                8,
                0)
            .stream()
            .filter(t ->
                table.claim(T, t.id(), Task.State.ENTRY, OP1.userId(), now, now.plus(Desk.HOLD)))
            .toList();
    assertThat(held).hasSize(8);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Reason>> raced = new java.util.ArrayList<>();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      for (Task t : held) {
        raced.add(
            pool.submit(() -> {
              start.await();
              try {
                desk.enter(OP1, t.id(), slip(digits(NEW), "x").get(t.part()));
                return null;
              } catch (AccessException e) {
                return e.reason();
              }
            }));
      }
      start.countDown();
      List<Reason> reasons = new java.util.ArrayList<>();
      for (var f : raced) {
        reasons.add(f.get());
      }
      assertThat(reasons.stream().filter(java.util.Objects::isNull).count()).isEqualTo(1);
      assertThat(reasons.stream().filter(r -> r == Reason.QUOTA_HOURLY).count()).isEqualTo(7);
    }
    assertThat(count("SELECT COUNT(*) FROM work_entry WHERE operator = 'op-1'")).isEqualTo(3);
    assertThat(records().stream().filter(r -> r.reason().equals(Optional.of(Reason.QUOTA_HOURLY))))
        .hasSize(7);
  }

  @Test
  void invalidValues_areRefusedNamingTheFieldNotTheValue_andOddOnesAreNormalised() {
    document(JOB);
    Desk.Given number = desk.next(OP1, JOB).orElseThrow();
    String bad = digits(NEW).substring(0, 11) + ((digits(NEW).charAt(11) - '0' + 1) % 10);
    AccessException e =
        (AccessException)
            catchThrown(() -> desk.enter(OP1, number.task(), Map.of("payee_my_number", bad)));
    assertThat(e.reason()).isEqualTo(Reason.ENTRY_INVALID);
    assertThat(e.getMessage()).contains("payee_my_number");
    assertThat(e.getMessage().contains(bad)).as("the message echoes the value keyed").isFalse();
    assertRefused(() -> desk.enter(OP1, number.task(), Map.of()), Reason.ENTRY_INVALID);
    assertRefused(
        () -> desk.enter(OP1, number.task(), Map.of("payee_my_number", digits(NEW), "x", "1")),
        Reason.ENTRY_INVALID);
    assertThat(
            desk.enter(OP1, number.task(), Map.of("payee_my_number", toFullWidth(digits(NEW))))
                .side())
        .isEqualTo(1);
    Desk.Given number2 = desk.next(OP2, JOB).orElseThrow();
    desk.enter(OP2, number2.task(), Map.of("payee_my_number", digits(NEW)));

    Desk.Given payee = desk.next(OP1, JOB).orElseThrow();
    assertThat(payee.part()).isEqualTo("payee");
    Map<String, String> ok = new HashMap<>(slip(digits(NEW), "<script>山田</script>").get("payee"));
    for (Map.Entry<String, String> wrong :
        List.of(
            Map.entry("payee_birth_date", "2026-02-30"),
            Map.entry("payee_family_name_kana", "yamada"),
            Map.entry("payee_given_name", "花\u0007子"))) {
      Map<String, String> v = new HashMap<>(ok);
      v.put(wrong.getKey(), wrong.getValue());
      AccessException x = (AccessException) catchThrown(() -> desk.enter(OP1, payee.task(), v));
      assertThat(x.reason()).isEqualTo(Reason.ENTRY_INVALID);
      assertThat(x.getMessage()).contains(wrong.getKey());
    }
    assertThat(desk.enter(OP1, payee.task(), ok).state()).isEqualTo(Task.State.ENTRY);
    Desk.Given amounts = desk.next(OP1, JOB).orElseThrow();
    assertRefused(
        () -> desk.enter(OP1, amounts.task(), Map.of("payment_amount", "12a")),
        Reason.ENTRY_INVALID);
    assertThat(desk.enter(OP1, amounts.task(), Map.of("payment_amount", "１，０００円")).side())
        .isEqualTo(1);
    // the second operator's half-width spellings agree with the first's normalised ones
    Map<String, Map<String, String>> second = slip(digits(NEW), "<script>山田</script>");
    second.put("amounts", Map.of("payment_amount", "1000"));
    assertThat(keyAll(OP2, second)).allMatch(x -> x.state() == Task.State.DONE);
  }

  @Test
  void theLogUnavailable_nothingIsGivenOrStored() {
    document(JOB);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> desk.enter(OP1, g.task(), slip(digits(NEW), "x").get(g.part())))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(count("SELECT COUNT(*) FROM work_entry")).isZero();
    assertThat(work.task(T, g.task()).orElseThrow().entries()).isZero();
  }

  @Test
  void theLogUnavailable_aVerificationOpensNoEntry() {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "佐藤");
    Map<String, Map<String, String>> other = new HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "4250001"));
    keyBoth(OP1, values, OP2, other);
    Desk.Given g = desk.next(VER, JOB).orElseThrow();
    assertThat(g.mode()).isEqualTo(Desk.Mode.VERIFY);
    // an entry that cannot be opened: a call that opened the entries before logging their view
    // would fail on it; one that logs first fails on the log and decrypts nothing
    JdbcClient.create(store.dataSource())
        .sql("UPDATE work_entry SET entry = ? WHERE document_id = ? AND side = 2")
        .params(new byte[64], doc)
        .update();
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> desk.verification(VER, g.task()))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(work.task(T, g.task()).orElseThrow().state()).isEqualTo(Task.State.VERIFY);
  }

  @Test
  void theRawStore_holdsNoEnteredValueInClear() throws Exception {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "綿貫");
    Map<String, Map<String, String>> other = new HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "7777777"));
    keyBoth(
        OP1, values, OP2,
        other); // one part waits for a verifier: values and entries stay in work tables
    assertThat(documentState(doc)).isEqualTo("open");
    List<String> secrets = List.of(digits(NEW), "綿貫", "4250000", "7777777", "1980-04-01");
    StringBuilder dump = new StringBuilder();
    for (String table :
        List.of("work_entry", "work_value", "work_document", "work_task", "person_document")) {
      for (Map<String, Object> row :
          JdbcClient.create(store.dataSource())
              .sql("SELECT * FROM " + table)
              .query()
              .listOfRows()) {
        for (Object v : row.values()) {
          dump.append(
                  v instanceof byte[] b
                      ? new String(b, StandardCharsets.ISO_8859_1)
                          + new String(b, StandardCharsets.UTF_8)
                      : String.valueOf(v))
              .append('\n');
        }
      }
    }
    if (location instanceof StoreLocation.Embedded e) {
      try (Stream<Path> files = Files.list(e.folder())) {
        for (Path f : files.toList()) {
          if (Files.isRegularFile(f)) {
            byte[] b = Files.readAllBytes(f);
            dump.append(new String(b, StandardCharsets.ISO_8859_1))
                .append(new String(b, StandardCharsets.UTF_8));
          }
        }
      }
    }
    for (String s : secrets) {
      assertThat(dump.indexOf(s)).as("a value in clear").isEqualTo(-1);
    }
    assertThat(count("SELECT COUNT(*) FROM work_value WHERE document_id = ?", doc)).isEqualTo(5);
  }

  static Throwable catchThrown(Runnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing was thrown");
  }

  /** Asserts the call is refused with {@code reason}; with null, that it is not refused. */
  static void assertRefused(Runnable r, @org.jspecify.annotations.Nullable Reason reason) {
    if (reason == null) {
      r.run();
      return;
    }
    assertThatThrownBy(r::run)
        .isInstanceOf(AccessException.class)
        .extracting(e -> ((AccessException) e).reason())
        .isEqualTo(reason);
  }

  static String toFullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    ascii.chars().forEach(c -> b.appendCodePoint(c >= '0' && c <= '9' ? c - '0' + '０' : c));
    return b.toString();
  }
}
