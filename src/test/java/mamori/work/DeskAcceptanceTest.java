package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mamori.access.AccessException;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The desk's acceptance and records on SQLite and PostgreSQL: acceptance as the system's act, the
 * resident's token on the records of their document, masked numbers, modes, and operators racing.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DeskAcceptanceTest extends DeskTestBase {
  static final IndividualNumber KNOWN = IndividualNumber.withCheckDigit("12345678901");
  static final IndividualNumber NEW = IndividualNumber.withCheckDigit("98765432109");
  static final Set<String> WORK = Set.of("enter", "verify", "task.view", "document.accept");

  static String digits(IndividualNumber n) {
    return n.digits(InsecureNumberAccess.get());
  }

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
    return vault.findByNumber(TENANT, KNOWN, clerk).orElseThrow();
  }

  /** The index of the record deciding the number: the second {@code enter} of the log. */
  static int numberDecided(List<AccessRecord> records) {
    int enters = 0;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).action().equals("enter") && ++enters == 2) {
        return i;
      }
    }
    throw new AssertionError("the number was never decided");
  }

  @Test
  void acceptance_isTheSystemsAct_evenWhenAnOperatorWithoutTheNumberFinishesLast() {
    AgencyToken known = registerKnown();
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(KNOWN), "山田");
    for (Principal p : List.of(OP1, OP2)) {
      Desk.Given n = desk.next(p, JOB).orElseThrow();
      desk.enter(p, n.task(), values.get("payee-number"));
    }
    assertThat(keyAll(OP1, values)).hasSize(2);
    assertThat(keyAll(NONUM, values)).hasSize(2).allMatch(e -> e.state() == Task.State.DONE);

    assertThat(documentState(doc)).isEqualTo("accepted");
    List<AccessRecord> records = records();
    // the operator without the number neither finds by it nor registers anyone
    assertThat(records)
        .noneMatch(r ->
            r.actor().equals("nn-1")
                && Set.of("find", "register", "document.accept").contains(r.action()));
    AccessRecord accept =
        records.stream()
            .filter(r -> r.action().equals("document.accept"))
            .findFirst()
            .orElseThrow();
    assertThat(accept.actor()).isEqualTo("mamori.work");
    assertThat(accept.organisation()).isEqualTo(TENANT);
    assertThat(accept.chain()).isEmpty();
    assertThat(accept.personToken()).isEqualTo(known.value());
    // exactly the person fields the document stores, never every field
    assertThat(accept.fields())
        .containsExactlyInAnyOrder(
            "my_number", "family_name", "given_name", "family_name_kana", "birth_date");
  }

  @Test
  void everyRecordOfTheDocument_afterItsNumberIsDecided_carriesTheToken_forAKnownPerson() {
    AgencyToken known = registerKnown();
    document(JOB);
    Map<String, Map<String, String>> values = slip(digits(KNOWN), "山田");
    Map<String, Map<String, String>> other = new java.util.HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "1"));
    keyBoth(OP1, values, OP2, other);
    Desk.Given v = desk.next(VER, JOB, Optional.of(Desk.Mode.VERIFY)).orElseThrow();
    desk.verification(VER, v.task());
    desk.verify(VER, v.task(), Map.of("payment_amount", "4250000"));

    List<AccessRecord> records = records();
    int decided = numberDecided(records);
    List<AccessRecord> after = records.subList(decided + 1, records.size());
    assertThat(after.stream().filter(r -> WORK.contains(r.action())).toList())
        .isNotEmpty()
        .allMatch(r -> r.personToken().equals(known.value()), "carries the person's token");
    assertThat(after).anyMatch(r -> r.action().equals("verify"));
    assertThat(after).anyMatch(r -> r.action().equals("document.accept"));
    // the verifier's view of the two entries is a record of its own
    assertThat(after)
        .filteredOn(r -> r.action().equals("task.view") && r.actor().equals("ver-1"))
        .hasSize(2);
  }

  @Test
  void
      aNumberOfAnotherResident_keyedWithAnotherName_isNeverAcceptedOntoThem_andTheRefusalIsLogged() {
    AgencyToken known = registerKnown();
    long doc = document(JOB);
    // both operators agree on the number of 山田 but on the name 佐藤: a slip of someone else
    Map<String, Map<String, String>> values = slip(digits(KNOWN), "佐藤");
    keyBoth(OP1, values, OP2, values);
    assertThat(documentState(doc)).isEqualTo("open");
    assertThat(count("SELECT COUNT(*) FROM person_document WHERE document_id = ?", doc)).isZero();
    List<AccessRecord> records = records();
    assertThat(records)
        .filteredOn(r -> r.action().equals("document.accept"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.allowed()).isFalse();
          assertThat(r.reason()).contains(mamori.core.Reason.DOCUMENT_MISMATCH);
          assertThat(r.actor()).isEqualTo("mamori.work");
          assertThat(r.personToken()).isEqualTo(known.value());
        });
    assertThat(vault.count(TENANT)).isEqualTo(1);
    // held for the controller: listed with its reason, and one work.held alert, however often
    // retried
    assertThat(work.held(T, JOB, 10))
        .singleElement()
        .satisfies(h -> {
          assertThat(h.id()).isEqualTo(doc);
          assertThat(h.reason()).isEqualTo("document.mismatch");
          assertThat(h.since()).isEqualTo(clock.instant());
        });
    assertThat(heldAlerts()).isEqualTo(1);
    for (int i = 0; i < 3; i++) {
      clock.advance(java.time.Duration.ofHours(2));
      new AcceptRetry(desk, false, 1000).tick();
    }
    assertThat(work.held(T, JOB, 10)).hasSize(1);
    assertThat(heldAlerts()).isEqualTo(1);
    assertThat(documentState(doc)).isEqualTo("open");
  }

  private long heldAlerts() {
    return count(
        "SELECT COUNT(*) FROM security_alert WHERE tenant_id = ? AND kind = ? AND subject = ?",
        TENANT,
        Desk.HELD_KIND,
        Pace.subject(JOB));
  }

  @Test
  void aNewPersonsAcceptance_isLoggedWithTheTokenRegistered_beforeTheDocumentIsAttached() {
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "佐藤");
    keyBoth(OP1, values, OP2, values);
    assertThat(documentState(doc)).isEqualTo("accepted");
    String token = work.document(T, doc).orElseThrow().personToken().orElseThrow().value();
    List<AccessRecord> records = records();
    int register = -1;
    int accept = -1;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).action().equals("register")) {
        register = i;
      }
      if (records.get(i).action().equals("document.accept")) {
        accept = i;
      }
    }
    assertThat(register).isNotNegative();
    assertThat(accept).isGreaterThan(register);
    assertThat(records.get(accept).personToken()).isEqualTo(token);
    assertThat(records.get(register).actor()).isEqualTo("mamori.work");
  }

  @Test
  void aTieThatFailed_holdsTheOtherParts_acrossARestart_untilTheRetryTiesIt() {
    registerKnown();
    long doc = document(JOB);
    Map<String, String> number = Map.of("payee_my_number", digits(KNOWN));
    Desk.Given first = desk.next(OP1, JOB).orElseThrow();
    assertThat(first.part()).isEqualTo("payee-number");
    desk.enter(OP1, first.task(), number);
    Runnable down =
        () -> {
          throw new IllegalStateException("the vault cannot be read");
        };
    desk.beforeTie = down;
    Desk.Given second = desk.next(OP2, JOB).orElseThrow();
    assertThat(desk.enter(OP2, second.task(), number).state()).isEqualTo(Task.State.DONE);
    assertThat(tiePending(doc)).isEqualTo(1);

    // another instance, or this one after a restart, still holds the document's other parts
    Desk restarted = newDesk();
    restarted.beforeTie = down;
    new AcceptRetry(restarted, false, 1000).tick();
    assertThat(restarted.next(OP1, JOB)).isEmpty();
    assertThat(restarted.next(OP2, JOB)).isEmpty();
    assertThat(tiePending(doc)).isEqualTo(1);

    // the vault back, the retry reads the pending tie from the table and ties the document
    restarted.beforeTie = () -> {};
    clock.advance(java.time.Duration.ofMinutes(1)); // past the back-off of the failed retry
    new AcceptRetry(restarted, false, 1000).tick();
    Desk.Given payee = restarted.next(OP1, JOB).orElseThrow();
    assertThat(payee.part()).isNotEqualTo("payee-number");
    assertThat(tiePending(doc)).isZero();
    assertThat(work.document(T, doc).orElseThrow().personToken()).isPresent();
  }

  long tiePending(long doc) {
    return count("SELECT tie_pending FROM work_document WHERE document_id = ?", doc);
  }

  @Test
  void aPartlyMaskedNumber_neverGivesTheNumbersRegionNorItsEntry() {
    entrustments.registerOrganisation(
        new Organisation("masked-co", "masked-co", Organisation.Kind.CONTRACTOR, TENANT));
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    shown.put(Field.MY_NUMBER, Mask.PARTIAL);
    shown.put(Field.FAMILY_NAME, Mask.NONE);
    shown.put(Field.GIVEN_NAME, Mask.NONE);
    shown.put(Field.FAMILY_NAME_KANA, Mask.NONE);
    shown.put(Field.BIRTH_DATE, Mask.NONE);
    Entrustment e =
        entrustments.create(
            null,
            "masked-co",
            new Contract(true, true, List.of("mk-1"), true, true, true, "monthly", null),
            new Scope(
                Set.of(PURPOSE),
                shown,
                new PersonSet.Job(JOB.value()),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-12-31"),
                100_000,
                EnumSet.of(Action.ENTER, Action.VERIFY)),
            CITY_ADMIN);
    if (e.status() != Entrustment.Status.ACTIVE) {
      entrustments.approve(e.id(), OFFICER);
    }
    Principal masked = op("mk-1", "masked-co");
    long doc = document(JOB);
    assertThat(desk.next(masked, JOB)).isEmpty();
    Task number =
        work.tasksOf(T, doc).stream()
            .filter(t -> t.part().equals("payee-number"))
            .findFirst()
            .orElseThrow();
    new DeskTable(work)
        .claim(
            T,
            number.id(),
            Task.State.ENTRY,
            masked.userId(),
            clock.instant(),
            clock.instant().plusSeconds(60));
    DeskTest.assertRefused(
        () -> desk.region(masked, number.id(), "payee_my_number"), Reason.FIELD_OUT_OF_SCOPE);
    DeskTest.assertRefused(
        () -> desk.enter(masked, number.id(), Map.of("payee_my_number", digits(NEW))),
        Reason.FIELD_OUT_OF_SCOPE);
    assertThat(count("SELECT COUNT(*) FROM work_entry")).isZero();
  }

  @Test
  void aVerifiersPage_isNeverHeldAnEntryTask_andAnEntryPageNoVerification() {
    document(JOB);
    assertThat(desk.next(VER, JOB, Optional.of(Desk.Mode.VERIFY))).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM work_task WHERE held_by = 'ver-1'")).isZero();
    Desk.Given g = desk.next(VER, JOB, Optional.of(Desk.Mode.ENTER)).orElseThrow();
    assertThat(g.mode()).isEqualTo(Desk.Mode.ENTER);
  }

  @Test
  void aVerifiersPage_isOneCall_thatLogsOneTaskView_forTheTaskAndBothEntries() {
    document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "佐藤");
    Map<String, Map<String, String>> other = new java.util.HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "4250001"));
    keyBoth(OP1, values, OP2, other);
    assertThat(desk.nextVerification(OP1, JOB)).as("who keyed a side is given none").isEmpty();
    int before = (int) logSize();
    Desk.Verification v = desk.nextVerification(VER, JOB).orElseThrow();
    assertThat(v.part()).isEqualTo("amounts");
    assertThat(List.of(v.first().get("payment_amount"), v.second().get("payment_amount")))
        .containsExactlyInAnyOrder("4250000", "4250001");
    List<AccessRecord> page = records().subList(before, (int) logSize());
    assertThat(page)
        .filteredOn(r -> r.action().equals("task.view") && r.actor().equals("ver-1"))
        .hasSize(1);
    // the page shown again (the task still held): one more view, the same task
    assertThat(desk.nextVerification(VER, JOB).orElseThrow().task()).isEqualTo(v.task());
    assertThat(records().subList(before, (int) logSize()))
        .filteredOn(r -> r.action().equals("task.view"))
        .hasSize(2);
    assertThat(desk.verify(VER, v.task(), Map.of("payment_amount", "4250000")).state())
        .isEqualTo(Task.State.DONE);
  }

  @Test
  void aTaskThatMovedOn_isRefusedTaskState_andLogged() {
    document(JOB);
    Desk.Given g = desk.next(OP1, JOB).orElseThrow();
    desk.enter(OP1, g.task(), Map.of("payee_my_number", digits(NEW)));
    Desk.Given second = desk.next(OP2, JOB).orElseThrow();
    // another entry moves the task on between the desk's reads and its write
    new DeskTable(work)
        .advance(
            work.task(T, second.task()).orElseThrow(),
            Task.State.ENTRY,
            1,
            2,
            Task.State.VERIFY,
            Optional.empty());
    org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
        .sql("UPDATE work_task SET state = 'entry', held_by = 'op-2', held_until = ?")
        .params(clock.instant().plusSeconds(60).toEpochMilli())
        .update();
    DeskTest.assertRefused(
        () -> desk.enter(OP2, second.task(), Map.of("payee_my_number", digits(NEW))),
        Reason.TASK_STATE);
    assertThat(records())
        .anyMatch(
            r -> r.actor().equals("op-2") && r.reason().equals(Optional.of(Reason.TASK_STATE)));
  }

  @Test
  void operatorsAskingAtOnce_eachGetATask_while120Wait() throws Exception {
    List<String> staff = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      staff.add("crowd-" + i);
    }
    entrustments.registerOrganisation(
        new Organisation("crowd-co", "crowd-co", Organisation.Kind.CONTRACTOR, TENANT));
    Set<Field> all =
        EnumSet.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.BIRTH_DATE);
    entrust("crowd-co", JOB, all, staff);
    for (int i = 0; i < 120; i++) {
      document(JOB);
    }
    ExecutorService pool = Executors.newFixedThreadPool(24);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<TaskId> given = new ConcurrentLinkedQueue<>();
    List<Future<?>> calls = new ArrayList<>();
    try {
      for (String user : staff) {
        calls.add(
            pool.submit(() -> {
              start.await();
              given.add(desk.next(op(user, "crowd-co"), JOB).orElseThrow().task());
              return null;
            }));
      }
      start.countDown();
      for (Future<?> f : calls) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(given).hasSize(24).doesNotHaveDuplicates();
  }

  @Test
  void twoOperatorsClaimingOneTaskAtOnce_oneWins() throws Exception {
    document(JOB);
    TaskId task = work.tasksOf(T, docIds).getFirst().id();
    DeskTable table = new DeskTable(work);
    for (int round = 0; round < 5; round++) {
      org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
          .sql("UPDATE work_task SET held_by = NULL, held_until = NULL")
          .update();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Boolean>> won = new ArrayList<>();
        for (Principal p : List.of(OP1, OP2)) {
          won.add(
              pool.submit(() -> {
                start.await();
                return table.claim(
                    T,
                    task,
                    Task.State.ENTRY,
                    p.userId(),
                    clock.instant(),
                    clock.instant().plus(Desk.HOLD));
              }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> f : won) {
          wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(wins).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void twoMovesOfOneTaskAtOnce_oneWins_anEntryAndAVerificationToo() throws Exception {
    document(JOB);
    Task task = work.tasksOf(T, docIds).getFirst();
    DeskTable table = new DeskTable(work);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      // a second entry (entries 1 to 2) racing a verification's decision (the same row)
      List<Future<Boolean>> moved = new ArrayList<>();
      org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
          .sql("UPDATE work_task SET entries = 1 WHERE task_id = ?")
          .params(task.id().value())
          .update();
      moved.add(
          pool.submit(() -> {
            start.await();
            return table.advance(task, Task.State.ENTRY, 1, 2, Task.State.DONE, Optional.empty());
          }));
      moved.add(
          pool.submit(() -> {
            start.await();
            return table.advance(task, Task.State.ENTRY, 1, 2, Task.State.VERIFY, Optional.empty());
          }));
      start.countDown();
      int wins = 0;
      for (Future<Boolean> f : moved) {
        wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aVerifierWithoutVerify_isNeverGivenAVerification_andIsRefusedWhenPosting() {
    entrustments.registerOrganisation(
        new Organisation("keyers-co", "keyers-co", Organisation.Kind.CONTRACTOR, TENANT));
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    for (Field f :
        List.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.BIRTH_DATE)) {
      shown.put(f, Mask.NONE);
    }
    Entrustment e =
        entrustments.create(
            null,
            "keyers-co",
            new Contract(true, true, List.of("ky-1"), true, true, true, "monthly", null),
            new Scope(
                Set.of(PURPOSE),
                shown,
                new PersonSet.Job(JOB.value()),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-12-31"),
                100_000,
                EnumSet.of(Action.ENTER)),
            CITY_ADMIN);
    if (e.status() != Entrustment.Status.ACTIVE) {
      entrustments.approve(e.id(), OFFICER);
    }
    Principal keyer = op("ky-1", "keyers-co");
    document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "田中");
    Map<String, Map<String, String>> other = new java.util.HashMap<>(values);
    other.put("amounts", Map.of("payment_amount", "2"));
    keyBoth(OP1, values, OP2, other);
    Task waiting =
        work.tasksOf(T, docIds).stream()
            .filter(t -> t.state() == Task.State.VERIFY)
            .findFirst()
            .orElseThrow();
    assertThat(desk.next(keyer, JOB, Optional.of(Desk.Mode.VERIFY))).isEmpty();
    assertThat(desk.next(keyer, JOB)).isEmpty();
    new DeskTable(work)
        .claim(
            T,
            waiting.id(),
            Task.State.VERIFY,
            keyer.userId(),
            clock.instant(),
            clock.instant().plusSeconds(60));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> desk.verify(keyer, waiting.id(), Map.of("payment_amount", "4250000")))
        .isInstanceOf(AccessException.class);
    assertThat(records())
        .anyMatch(
            r -> r.actor().equals("ky-1") && r.action().equals("verify") && r.reason().isPresent());
    assertThat(work.task(T, waiting.id()).orElseThrow().state()).isEqualTo(Task.State.VERIFY);
  }

  @Test
  void aTypeWithoutABirthDate_neverRegistersAPlaceholder_theDocumentIsHeld() {
    List<DocumentType.Part> parts = new ArrayList<>();
    for (DocumentType.Part pt : TYPE.parts()) {
      parts.add(
          new DocumentType.Part(
              pt.id(),
              pt.labelJa(),
              pt.labelEn(),
              pt.fields().stream().filter(f -> !f.id().equals("payee_birth_date")).toList()));
    }
    DocumentType noBirth =
        new DocumentType(TYPE.id(), 1, TYPE.nameJa(), TYPE.nameEn(), TYPE.pages(), parts);
    Desk plain =
        new Desk(
            work,
            new Regions(work, keys),
            gate,
            keys,
            new mamori.store.TenantSettings(store.dataSource()),
            (tenant, id, version) -> Optional.of(noBirth),
            clock);
    desk = plain;
    long doc = document(JOB);
    Map<String, Map<String, String>> values = slip(digits(NEW), "佐藤");
    Map<String, String> payee = new java.util.HashMap<>(values.get("payee"));
    payee.remove("payee_birth_date");
    values.put("payee", payee);
    keyBoth(OP1, values, OP2, values);
    assertThat(documentState(doc)).isEqualTo("open");
    assertThat(vault.count(TENANT)).isZero();
    assertThat(records()).noneMatch(r -> r.action().equals("register"));
    assertThat(records()).noneMatch(r -> r.action().equals("document.accept"));
    assertThat(count("SELECT COUNT(*) FROM work_value WHERE document_id = ?", doc)).isEqualTo(5);
    assertThat(work.held(T, JOB, 10))
        .singleElement()
        .satisfies(h -> assertThat(h.reason()).isEqualTo("document.unregistered"));
    assertThat(heldAlerts()).isEqualTo(1);
  }
}
