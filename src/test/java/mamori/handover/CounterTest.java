package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mamori.core.ActRefused;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counter check on both stores: the resident's pages pass, every other page stops the handover
 * (logged first, alerted with its evidence) until a second staff member acknowledges, and forged,
 * mistyped, foreign, replayed and expired codes are refused.
 */
class CounterTest {
  static final String CITY = "nerima";
  static final TenantId NERIMA = new TenantId(CITY);
  static final Principal STAFF = staff("nerima-staff", Role.STAFF);
  static final Principal SECOND = staff("nerima-officer", Role.SECURITY_OFFICER);
  static final Principal ADMIN = staff("nerima-admin", Role.ORG_ADMIN);
  static final Principal AUDITOR = staff("nerima-auditor", Role.AUDITOR);
  static final Principal OPERATOR =
      new Principal(
          new UserId("entry-operator"),
          NERIMA,
          new OrganisationId("entry-co"),
          Role.OPERATOR,
          "tok");
  static final Principal CONTRACTOR_ADMIN =
      new Principal(
          new UserId("entry-admin"), NERIMA, new OrganisationId("entry-co"), Role.ORG_ADMIN, "tok");
  static final Principal KITA =
      new Principal(
          new UserId("kita-staff"),
          new TenantId("kita"),
          new OrganisationId("kita"),
          Role.STAFF,
          "tok");
  static final Why WHY = new Why("card-issue", "card-2026-12");
  static final PersonToken ANNA = new PersonToken("TOKA-ANNA-0001");
  static final PersonToken BEN = new PersonToken("TOKB-BEN-0002");
  static final String COUNTER = "本庁舎1階 3番窓口";

  @TempDir Path temp;
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  SecurityAlerts alerts;
  Documents documents;
  Counter counter;
  final TestClock clock = new TestClock(Instant.parse("2026-03-15T01:00:00Z"));

  static Principal staff(String user, Role role) {
    return new Principal(new UserId(user), NERIMA, new OrganisationId(CITY), role, "tok_" + user);
  }

  void open(TestStores.Kind kind) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(temp.resolve("keys")), "test.example/log", clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    documents =
        new Documents(
            store.dataSource(), new PageSeals(keys), alerts, new AdminLog(logs, clock), clock);
    counter = new Counter(store.dataSource(), documents, logs, alerts, clock);
  }

  @AfterEach
  void close() {
    if (store != null) {
      logs.close();
      store.close();
      TestStores.drop(location);
    }
  }

  // --- documents, registered as the printing does

  Documents.Printed identifying(Principal by, Documents.Kind kind, PersonToken p) {
    return documents.register(
        by.who(),
        kind,
        kind == Documents.Kind.PICKUP ? "マイナンバーカード交付通知書" : "ポータルの利用開始のお知らせ",
        Optional.of(p),
        List.of(p),
        1,
        WHY,
        "本庁舎2階プリンター",
        Optional.of(clock.instant().plus(Duration.ofDays(90))));
  }

  Documents.Printed pickup(PersonToken p) {
    return identifying(STAFF, Documents.Kind.PICKUP, p);
  }

  Documents.Printed notice(PersonToken p, int pages) {
    return documents.register(
        STAFF.who(),
        Documents.Kind.NOTICE,
        "住民税決定通知書",
        Optional.of(p),
        List.of(p),
        pages,
        WHY,
        "本庁舎2階プリンター",
        Optional.empty());
  }

  Documents.Printed list() {
    return documents.register(
        STAFF.who(),
        Documents.Kind.LIST,
        "カード交付予定者一覧表",
        Optional.empty(),
        List.of(ANNA, BEN),
        3,
        WHY,
        "本庁舎2階プリンター",
        Optional.empty());
  }

  static String code(Documents.Printed d, int page) {
    return d.pages().get(page - 1).shortCode();
  }

  static String qr(Documents.Printed d, int page) {
    return d.pages().get(page - 1).qrText();
  }

  // --- what the store and the log hold

  List<AccessRecord> records() {
    TenantLog log = logs.forTenant(CITY);
    return log.records(0, log.size());
  }

  AccessRecord last() {
    List<AccessRecord> all = records();
    return all.get(all.size() - 1);
  }

  int wrongTries(Documents.Printed d) {
    return JdbcClient.create(store.dataSource())
        .sql("SELECT wrong_tries FROM handover_document WHERE tenant_id = ? AND document_id = ?")
        .params(d.document().tenant().value(), d.document().id())
        .query(Integer.class)
        .single();
  }

  Optional<String> handedIn(Documents.Printed d, int page) {
    return JdbcClient.create(store.dataSource())
        .sql(
            "SELECT handover_id FROM handover_page WHERE tenant_id = ? AND document_id = ? AND"
                + " page_no = ?")
        .params(CITY, d.document().id(), page)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .single();
  }

  /**
   * A clock that runs a step once, the next time it is read: to put another staff member's act
   * between two steps of the counter's, where threads would only sometimes land.
   */
  static final class Between extends java.time.Clock {
    private final java.time.Clock clock;
    private volatile @org.jspecify.annotations.Nullable Runnable next;

    Between(java.time.Clock clock) {
      this.clock = clock;
    }

    void then(Runnable step) {
      next = step;
    }

    @Override
    public Instant instant() {
      Runnable step = next;
      next = null;
      if (step != null) {
        step.run();
      }
      return clock.instant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** A counter over the same store whose clock runs a step between two of its own. */
  Counter counterWith(Between between) {
    return new Counter(store.dataSource(), documents, logs, alerts, between);
  }

  /** Runs {@code work} while every {@code op} (INSERT or UPDATE) on {@code table} fails. */
  void failing(TestStores.Kind kind, String op, String table, Runnable work) {
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    if (kind == TestStores.Kind.SQLITE) {
      jdbc.sql(
              "CREATE TRIGGER test_fail BEFORE "
                  + op
                  + " ON "
                  + table
                  + " BEGIN SELECT RAISE(ABORT, 'test: refused'); END")
          .update();
    } else {
      jdbc.sql(
              "CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS"
                  + " $$ BEGIN RAISE EXCEPTION 'test: refused'; END $$")
          .update();
      jdbc.sql(
              "CREATE TRIGGER test_fail BEFORE "
                  + op
                  + " ON "
                  + table
                  + " FOR EACH ROW EXECUTE FUNCTION test_fail()")
          .update();
    }
    try {
      work.run();
    } finally {
      if (kind == TestStores.Kind.SQLITE) {
        jdbc.sql("DROP TRIGGER test_fail").update();
      } else {
        jdbc.sql("DROP TRIGGER test_fail ON " + table).update();
        jdbc.sql("DROP FUNCTION test_fail()").update();
      }
    }
  }

  /** Five forged codes of the document's first page, each logged and counted: it is locked. */
  void lock(Documents.Printed d) {
    String good = code(d, 1).replace("-", "");
    for (int i = 0; i < Documents.MAX_WRONG; i++) {
      String body = good.substring(0, 11) + String.format("%08d", i);
      assertThat(
              documents.resolve(
                  STAFF.who(), mamori.core.Action.HANDOVER, body + PageCode.check(body)))
          .isInstanceOf(Documents.Unknown.class);
    }
    assertThat(documents.find(NERIMA, d.document().id()).orElseThrow().lockedAt()).isPresent();
  }

  static void refusedFor(ThrowingCallable call, Reason reason, String handover) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CounterRefused.class,
            e -> {
              assertThat(e.reason()).as(e.getMessage()).contains(reason);
              assertThat(e.handover()).contains(handover);
              assertThat(e.getMessage()).contains(handover);
            });
  }

  /** Acknowledges the stop the handover shows now, as a second staff member is shown it. */
  Counter.Handover ack(Principal second, String id) {
    Counter.StopSeen seen =
        counter
            .find(NERIMA, id)
            .flatMap(Counter.Handover::stop)
            .map(Counter.Stop::seen)
            .orElse(new Counter.StopSeen("00000000", 1, Instant.EPOCH));
    return counter.acknowledge(second, id, seen);
  }

  static void refused(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CounterRefused.class, e -> assertThat(e.reason()).as(e.getMessage()).contains(reason));
  }

  // --- the tests

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void theResidentsPages_areGreen_andTheFinishHandsThemOver_loggedFirst(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed tax = notice(ANNA, 2);
    Counter.Handover h = counter.start(STAFF, " " + COUNTER + " ", qr(notice, 1));
    assertThat(h.id()).matches(Counter.ID);
    assertThat(h.person()).isEqualTo(ANNA);
    assertThat(h.counter()).isEqualTo(COUNTER);
    assertThat(h.state()).isEqualTo(Counter.State.OPEN);
    int before = records().size();

    assertThat(counter.scan(STAFF, h.id(), qr(tax, 1)).verdict()).isEqualTo(Counter.Verdict.OWN);
    // a short code typed the way people do: lower case, spaces, O for 0
    String typed = code(tax, 2).toLowerCase().replace("-", " ").replace('0', 'o');
    assertThat(counter.scan(STAFF, h.id(), typed).verdict()).isEqualTo(Counter.Verdict.OWN);
    assertThat(counter.scan(STAFF, h.id(), code(tax, 1)).verdict())
        .as("the same page again changes nothing")
        .isEqualTo(Counter.Verdict.REPEAT);
    assertThat(counter.scans(counter.find(NERIMA, h.id()).orElseThrow()))
        .extracting(s -> s.page() + " " + s.verdict())
        .containsExactly("1 OWN", "2 OWN", "1 REPEAT");
    assertThat(records()).as("scans that pass log nothing").hasSize(before);
    assertThat(handedIn(tax, 1)).isEmpty();

    Counter.Handover done = counter.finish(STAFF, h.id());
    assertThat(done.state()).isEqualTo(Counter.State.FINISHED);
    assertThat(done.pages()).isEqualTo(2);
    assertThat(done.finishedAt()).contains(clock.instant());
    assertThat(handedIn(tax, 1)).contains(h.id());
    assertThat(handedIn(tax, 2)).contains(h.id());
    assertThat(handedIn(notice, 1)).as("the notice was shown, not scanned as a page").isEmpty();
    assertThat(documents.find(NERIMA, notice.document().id()).orElseThrow().usedAt())
        .contains(clock.instant());
    AccessRecord handed = last();
    assertThat(records()).hasSize(before + 1);
    assertThat(handed.action()).isEqualTo("handover");
    assertThat(handed.allowed()).isTrue();
    assertThat(handed.personToken()).isEqualTo(ANNA.value());
    assertThat(handed.actor()).isEqualTo("nerima-staff");
    assertThat(handed.purpose()).isEqualTo(WHY.purpose());
    assertThat(handed.caseRef()).isEqualTo("handover:" + h.id() + " pages 2");
    assertThat(handed.fields()).isEmpty();
    assertThat(counter.handed(NERIMA, ANNA, handed.caseRef(), handed.time()))
        .contains(new Counter.Handed(h.id(), COUNTER, 2, clock.instant()));
    assertThat(counter.handed(NERIMA, BEN, handed.caseRef(), handed.time()))
        .as("not Ben's")
        .isEmpty();
    assertThat(counter.handed(new TenantId("kita"), ANNA, handed.caseRef(), handed.time()))
        .isEmpty();

    refused(() -> counter.scan(STAFF, h.id(), code(tax, 1)), Reason.HANDOVER_CLOSED);
    refused(() -> counter.finish(STAFF, h.id()), Reason.HANDOVER_CLOSED);
    refused(() -> counter.start(STAFF, COUNTER, code(notice, 1)), Reason.HANDOVER_CODE_USED);
    assertThat(last().decision()).isEqualTo("deny:handover.code-used");
    assertThat(last().personToken()).isEqualTo(ANNA.value());
    assertThat(alerts.list(CITY, 10)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void anotherResidentsPage_stops_isLoggedFirst_alerts_andWaitsForASecondStaffMember(
      TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Documents.Printed ben = notice(BEN, 2);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    counter.scan(STAFF, h.id(), code(anna, 1));
    int before = records().size();

    Counter.Scan stop = counter.scan(STAFF, h.id(), qr(ben, 2));
    assertThat(stop.verdict()).isEqualTo(Counter.Verdict.OTHER);
    assertThat(stop.verdict().stop()).contains(Reason.HANDOVER_OTHER_RESIDENT);
    assertThat(stop.document().id()).isEqualTo(ben.document().id());
    assertThat(stop.page()).isEqualTo(2);
    Counter.Handover stopped = counter.find(NERIMA, h.id()).orElseThrow();
    assertThat(stopped.state()).isEqualTo(Counter.State.STOPPED);
    Counter.Stop s = stopped.stop().orElseThrow();
    assertThat(s.document().id()).isEqualTo(ben.document().id());
    assertThat(s.page()).isEqualTo(2);
    assertThat(s.reason()).isEqualTo(Reason.HANDOVER_OTHER_RESIDENT);
    assertThat(counter.stopped(NERIMA)).extracting(Counter.Handover::id).containsExactly(h.id());

    // the refusal names the owner of the page (Ben: his data nearly left), never the resident
    // served; the case names the handover and Ben's page
    assertThat(records()).hasSize(before + 1);
    AccessRecord r = last();
    long index = logs.forTenant(CITY).size() - 1;
    assertThat(r.action()).isEqualTo("handover");
    assertThat(r.decision()).isEqualTo("deny:handover.other-resident");
    assertThat(r.personToken()).isEqualTo(BEN.value());
    assertThat(r.purpose()).isEqualTo(WHY.purpose());
    assertThat(r.caseRef())
        .isEqualTo("handover:" + h.id() + " stop document " + ben.document().id() + " page 2");
    assertThat(r.caseRef()).doesNotContain(ANNA.value(), notice.document().id());
    assertThat(records().subList(before, records().size()))
        .noneMatch(a -> a.personToken().equals(ANNA.value()));

    SecurityAlerts.Alert alert = alerts.list(CITY, 10).getFirst();
    assertThat(alert.kind()).isEqualTo(Reason.HANDOVER_OTHER_RESIDENT.code());
    assertThat(alert.subject()).isEqualTo("handover:" + h.id());
    assertThat(alert.evidence()).containsExactly(index);
    assertThat(alert.detail())
        .contains(ben.document().id(), "住民税決定通知書", "notice", "page 2 of 2", "nerima-staff")
        .doesNotContain(BEN.value(), ANNA.value());

    // nothing more until a second staff member acknowledges
    refused(() -> counter.scan(STAFF, h.id(), code(anna, 1)), Reason.HANDOVER_STOPPED);
    refused(() -> counter.scan(STAFF, h.id(), code(ben, 1)), Reason.HANDOVER_STOPPED);
    refused(() -> counter.finish(STAFF, h.id()), Reason.HANDOVER_STOPPED);
    refused(() -> counter.cancel(STAFF, h.id()), Reason.HANDOVER_STOPPED);
    assertThat(records()).as("refusals of a stopped handover add nothing").hasSize(before + 1);
    refused(() -> ack(STAFF, h.id()), Reason.HANDOVER_SAME_STAFF);
    assertThat(last().action()).isEqualTo("handover.acknowledge");
    assertThat(last().decision()).isEqualTo("deny:handover.same-staff");
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.STOPPED);

    Counter.Handover acknowledged = ack(SECOND, h.id());
    assertThat(last().action()).isEqualTo("handover.acknowledge");
    assertThat(last().allowed()).isTrue();
    assertThat(last().actor()).isEqualTo("nerima-officer");
    assertThat(last().caseRef()).contains(h.id(), ben.document().id());
    assertThat(acknowledged.state()).isEqualTo(Counter.State.OPEN);
    assertThat(acknowledged.acknowledgedBy()).contains(new UserId("nerima-officer"));
    assertThat(counter.stopped(NERIMA)).isEmpty();
    refused(() -> ack(SECOND, h.id()), Reason.STATE_CHANGED);

    // the stopped page was set aside: the resident gets their own page only
    Counter.Handover done = counter.finish(STAFF, h.id());
    assertThat(done.pages()).isEqualTo(1);
    assertThat(handedIn(anna, 1)).contains(h.id());
    assertThat(handedIn(ben, 2)).isEmpty();
    assertThat(last().caseRef()).isEqualTo("handover:" + h.id() + " pages 1");
    assertThat(records().stream().filter(a -> a.personToken().equals(BEN.value())))
        .as("Ben's history shows the stop of his page, and nothing of Anna's")
        .singleElement()
        .satisfies(a -> assertThat(a.decision()).isEqualTo("deny:handover.other-resident"));
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void anInternalPage_andAPageHandedBefore_stop(TestStores.Kind kind) {
    open(kind);
    Documents.Printed letter = identifying(STAFF, Documents.Kind.LETTER, ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Documents.Printed issuance = list();

    Counter.Handover first = counter.start(STAFF, COUNTER, code(letter, 1));
    Counter.Scan internal = counter.scan(STAFF, first.id(), qr(issuance, 3));
    assertThat(internal.verdict()).isEqualTo(Counter.Verdict.INTERNAL);
    assertThat(last().decision()).isEqualTo("deny:handover.internal-page");
    assertThat(last().personToken()).isEqualTo(ANNA.value());
    assertThat(alerts.list(CITY, 10))
        .extracting(SecurityAlerts.Alert::kind)
        .containsExactly(Reason.HANDOVER_INTERNAL_PAGE.code());
    assertThat(alerts.list(CITY, 10).getFirst().detail())
        .contains("internal", issuance.document().id(), "page 3 of 3");
    ack(ADMIN, first.id());
    counter.scan(STAFF, first.id(), code(anna, 1));
    counter.finish(STAFF, first.id());
    assertThat(handedIn(issuance, 3)).isEmpty();
    assertThat(documents.find(NERIMA, letter.document().id()).orElseThrow().usedAt().isPresent())
        .as("a letter is not used up")
        .isFalse();

    // a replayed page: handed in the first handover, scanned again in a second
    Counter.Handover second = counter.start(STAFF, COUNTER, qr(letter, 1));
    Counter.Scan again = counter.scan(STAFF, second.id(), code(anna, 1));
    assertThat(again.verdict()).isEqualTo(Counter.Verdict.HANDED);
    assertThat(last().decision()).isEqualTo("deny:handover.page-handed");
    assertThat(counter.find(NERIMA, second.id()).orElseThrow().state())
        .isEqualTo(Counter.State.STOPPED);
    assertThat(handedIn(anna, 1)).contains(first.id());
    refused(() -> counter.finish(STAFF, ack(SECOND, second.id()).id()), Reason.REQUEST_INVALID);
    assertThat(counter.cancel(STAFF, second.id()).state()).isEqualTo(Counter.State.CANCELLED);
    refused(() -> counter.scan(STAFF, second.id(), code(anna, 1)), Reason.HANDOVER_CLOSED);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aPageFiledOrShreddedAtTheReturns_isNeverHandedOver_andAShreddedNoticeOpensNothing(
      TestStores.Kind kind) {
    open(kind);
    Returns returns = new Returns(store.dataSource(), documents, new AdminLog(logs, clock), clock);
    Documents.Printed letter = identifying(STAFF, Documents.Kind.LETTER, ANNA);
    Documents.Printed anna = notice(ANNA, 2);
    returns.checkIn(STAFF, code(anna, 2), Returns.Disposition.SHREDDED);

    Counter.Handover h = counter.start(STAFF, COUNTER, code(letter, 1));
    assertThat(counter.scan(STAFF, h.id(), code(anna, 1)).verdict()).isEqualTo(Counter.Verdict.OWN);
    Counter.Scan shredded = counter.scan(STAFF, h.id(), code(anna, 2));
    assertThat(shredded.verdict()).isEqualTo(Counter.Verdict.HANDED);
    assertThat(last().decision()).isEqualTo("deny:handover.page-handed");
    ack(SECOND, h.id());
    counter.finish(STAFF, h.id());
    assertThat(handedIn(anna, 1)).contains(h.id());
    assertThat(handedIn(anna, 2)).isEmpty();

    // a pickup notice never collected and shredded at the returns opens no handover
    Documents.Printed notice = pickup(BEN);
    returns.checkIn(STAFF, code(notice, 1), Returns.Disposition.SHREDDED);
    refused(() -> counter.start(STAFF, COUNTER, code(notice, 1)), Reason.HANDOVER_CODE_USED);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void forgedEditedTruncatedForeignAndMistypedCodes_areRefusedAtTheStart(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed kita = identifying(KITA, Documents.Kind.PICKUP, ANNA);
    String good = code(notice, 1).replace("-", "");
    int logged = records().size();

    // one character wrong: told apart by the check character, nothing counted
    char wrong = good.charAt(3) == 'A' ? 'B' : 'A';
    String typo = good.substring(0, 3) + wrong + good.substring(4);
    assertThatThrownBy(() -> counter.start(STAFF, COUNTER, typo))
        .isInstanceOfSatisfying(
            CounterRefused.class,
            e -> {
              assertThat(e.typo()).isTrue();
              assertThat(e.kind()).isEqualTo(ActRefused.Kind.INVALID);
              assertThat(e.getMessage()).contains("check the code").doesNotContain(good);
            });
    assertThat(wrongTries(notice)).isZero();

    // a forged MAC with a right check character counts against the document
    String forgedBody = good.substring(0, 11) + "ZZZZZZZZ";
    refused(
        () -> counter.start(STAFF, COUNTER, forgedBody + PageCode.check(forgedBody)),
        Reason.PAGE_UNKNOWN);
    assertThat(wrongTries(notice)).isEqualTo(1);
    // an edited page number, the check character made to match
    String editedBody = good.substring(0, 8) + PageCode.pageChars(2) + good.substring(11, 19);
    refused(
        () -> counter.start(STAFF, COUNTER, editedBody + PageCode.check(editedBody)),
        Reason.PAGE_UNKNOWN);
    // an edited QR: the subject relabelled INTERNAL
    refused(
        () ->
            counter.start(
                STAFF, COUNTER, qr(notice, 1).replaceAll("/R-[0-9A-Z]{8}/", "/INTERNAL/")),
        Reason.PAGE_UNKNOWN);
    refused(() -> counter.start(STAFF, COUNTER, good.substring(0, 15)), Reason.PAGE_UNKNOWN);
    refused(() -> counter.start(STAFF, COUNTER, ""), Reason.PAGE_UNKNOWN);
    refused(() -> counter.start(STAFF, COUNTER, "x".repeat(5000)), Reason.PAGE_UNKNOWN);
    // another tenant's notice, typed or scanned, and its QR with the tenant changed
    refused(() -> counter.start(STAFF, COUNTER, code(kita, 1)), Reason.PAGE_UNKNOWN);
    refused(() -> counter.start(STAFF, COUNTER, qr(kita, 1)), Reason.PAGE_UNKNOWN);
    refused(
        () -> counter.start(STAFF, COUNTER, qr(kita, 1).replace("/kita/", "/nerima/")),
        Reason.PAGE_UNKNOWN);
    assertThat(wrongTries(kita)).isZero();
    // the three wrong MACs on our document (forged, edited page, relabelled QR) are each logged,
    // as the staff member's refused handover naming the document, before they were counted
    assertThat(wrongTries(notice)).isEqualTo(3);
    assertThat(records().subList(logged, records().size()))
        .hasSize(3)
        .allSatisfy(a -> {
          assertThat(a.action()).isEqualTo("handover");
          assertThat(a.decision()).isEqualTo("deny:page.unknown");
          assertThat(a.actor()).isEqualTo("nerima-staff");
          assertThat(a.personToken()).isEmpty();
          assertThat(a.caseRef()).contains(notice.document().id());
        });
    assertThat(counter.stopped(NERIMA)).isEmpty();
    assertThat(counter.start(STAFF, COUNTER, good).person())
        .as("the genuine code still opens")
        .isEqualTo(ANNA);

    // codes that are genuine but name nobody to hand to
    refused(() -> counter.start(STAFF, COUNTER, code(list(), 1)), Reason.HANDOVER_NOT_IDENTIFYING);
    refused(
        () -> counter.start(STAFF, COUNTER, code(notice(ANNA, 1), 1)),
        Reason.HANDOVER_NOT_IDENTIFYING);

    // a document locked after five forgeries
    for (int i = 1; i < Documents.MAX_WRONG; i++) {
      String body = good.substring(0, 11) + String.format("%08d", i);
      refused(
          () -> counter.start(STAFF, COUNTER, body + PageCode.check(body)), Reason.PAGE_UNKNOWN);
    }
    refused(() -> counter.start(STAFF, COUNTER, good), Reason.PAGE_LOCKED);

    // bad counter names change nothing
    Documents.Printed ben = pickup(BEN);
    for (String name : new String[] {"", "  ", "窓口 1234 5678 9018", "x".repeat(101), "a\u202eb"}) {
      assertThatThrownBy(() -> counter.start(STAFF, name, code(ben, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("counter");
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void anExpiredCode_opensNothing_andExpiryDuringTheHandover_handsNothing(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    counter.scan(STAFF, h.id(), code(anna, 1));
    clock.advance(Duration.ofDays(90));
    refused(() -> counter.finish(STAFF, h.id()), Reason.HANDOVER_CODE_EXPIRED);
    assertThat(last().decision()).isEqualTo("deny:handover.code-expired");
    assertThat(last().personToken()).isEqualTo(ANNA.value());
    assertThat(handedIn(anna, 1)).isEmpty();
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.OPEN);
    refused(() -> counter.start(STAFF, COUNTER, code(notice, 1)), Reason.HANDOVER_CODE_EXPIRED);
    assertThat(documents.find(NERIMA, notice.document().id()).orElseThrow().usedAt()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void onlyTheOfficesOwnStaff_workAtTheCounter_andAnotherTenantsFindNothing(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed ben = notice(BEN, 1);
    refused(
        () -> counter.start(OPERATOR, COUNTER, code(notice, 1)),
        Reason.ORGANISATION_NOT_CONTROLLER);
    assertThat(last().decision()).isEqualTo("deny:organisation.not-controller");
    refused(
        () -> counter.start(CONTRACTOR_ADMIN, COUNTER, code(notice, 1)),
        Reason.ORGANISATION_NOT_CONTROLLER);
    refused(() -> counter.start(AUDITOR, COUNTER, code(notice, 1)), Reason.ROLE_NOT_ALLOWED);
    assertThat(last().decision()).isEqualTo("deny:role.not-allowed");

    Counter.Handover h = counter.start(ADMIN, COUNTER, code(notice, 1));
    // another staff member neither scans nor finishes someone else's handover
    refused(() -> counter.scan(STAFF, h.id(), code(ben, 1)), Reason.ROLE_NOT_ALLOWED);
    refused(() -> counter.finish(STAFF, h.id()), Reason.ROLE_NOT_ALLOWED);
    refused(() -> counter.cancel(STAFF, h.id()), Reason.ROLE_NOT_ALLOWED);
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.OPEN);
    counter.scan(ADMIN, h.id(), code(ben, 1));
    // another tenant's staff cannot acknowledge, nor find it
    assertThatThrownBy(() -> ack(KITA, h.id()))
        .isInstanceOfSatisfying(
            CounterRefused.class, e -> assertThat(e.kind()).isEqualTo(ActRefused.Kind.NOT_FOUND));
    assertThat(counter.find(new TenantId("kita"), h.id())).isEmpty();
    refused(() -> ack(OPERATOR, h.id()), Reason.ORGANISATION_NOT_CONTROLLER);
    refused(() -> ack(AUDITOR, h.id()), Reason.ROLE_NOT_ALLOWED);
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.STOPPED);
    assertThat(ack(STAFF, h.id()).state()).isEqualTo(Counter.State.OPEN);
    for (String id : new String[] {"returns", "h-", "h-AAAAAAAAAAAA", "../x", "h-aaaaaaaaaaaa"}) {
      assertThatThrownBy(() -> counter.scan(ADMIN, id, code(ben, 1)))
          .as(id)
          .isInstanceOfSatisfying(
              CounterRefused.class, e -> assertThat(e.code()).isEqualTo(CounterRefused.UNKNOWN));
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void twoScansAtOnce_neverPassAStop(TestStores.Kind kind) throws Exception {
    open(kind);
    Documents.Printed ben = notice(BEN, 1);
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      for (int round = 0; round < 4; round++) {
        Documents.Printed notice = pickup(ANNA);
        Documents.Printed anna = notice(ANNA, 1);
        Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
        // round 0 and 1: a stop page twice at once; 2 and 3: a stop page and an own page at once
        List<String> codes =
            round < 2 ? List.of(code(ben, 1), qr(ben, 1)) : List.of(code(ben, 1), code(anna, 1));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<String>> results = new ArrayList<>();
        for (String c : codes) {
          results.add(
              threads.submit(() -> {
                together.await();
                try {
                  return counter.scan(STAFF, h.id(), c).verdict().name();
                } catch (CounterRefused e) {
                  return e.code();
                }
              }));
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> f : results) {
          answers.add(f.get());
        }
        Counter.Handover after = counter.find(NERIMA, h.id()).orElseThrow();
        assertThat(after.state()).as(answers.toString()).isEqualTo(Counter.State.STOPPED);
        assertThat(after.stop().orElseThrow().document().id()).isEqualTo(ben.document().id());
        assertThat(answers.get(0))
            .as("the stop page stops, or finds the handover stopped")
            .isIn("OTHER", Reason.HANDOVER_STOPPED.code());
        List<Counter.Scanned> scans = counter.scans(after);
        int firstStop = -1;
        for (Counter.Scanned s : scans) {
          if (s.verdict().stop().isPresent() && firstStop < 0) {
            firstStop = s.seq();
          }
          if (s.verdict() == Counter.Verdict.OWN) {
            assertThat(firstStop).as("an own page after the stop: %s", answers).isNegative();
          }
        }
        assertThat(firstStop).isPositive();
        if (round >= 2 && answers.get(1).equals("OWN")) {
          assertThat(scans.getFirst().verdict()).isEqualTo(Counter.Verdict.OWN);
        }
        ack(SECOND, h.id());
        counter.cancel(STAFF, h.id());
      }
    }
    assertThat(handedIn(ben, 1)).isEmpty();
    assertThat(alerts.list(CITY, 100)).isNotEmpty().allMatch(a -> a.evidence().size() == 1);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aStop_isNotGotRound_byTheSameStaffMemberStartingAgain(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Documents.Printed ben = notice(BEN, 1);
    Documents.Printed bensNotice = pickup(BEN);
    Counter.Handover h1 = counter.start(STAFF, COUNTER, code(notice, 1));
    assertThat(counter.scan(STAFF, h1.id(), code(ben, 1)).verdict())
        .isEqualTo(Counter.Verdict.OTHER);
    int logged = records().size();

    // the reviewer's way round: the same staff member, alone, starts again on the same notice
    refusedFor(
        () -> counter.start(STAFF, COUNTER, code(notice, 1)), Reason.HANDOVER_STOPPED, h1.id());
    // nor for anyone else while their stop waits
    refusedFor(
        () -> counter.start(STAFF, COUNTER, code(bensNotice, 1)), Reason.HANDOVER_STOPPED, h1.id());
    // another staff member cannot open a second handover for the resident either
    refusedFor(
        () -> counter.start(ADMIN, COUNTER, qr(notice, 1)), Reason.HANDOVER_STOPPED, h1.id());
    assertThat(counter.openBy(NERIMA, STAFF.userId())).isEmpty();
    assertThat(counter.openBy(NERIMA, ADMIN.userId())).isEmpty();
    assertThat(records()).as("nothing was counted or logged").hasSize(logged);
    assertThat(wrongTries(notice)).isZero();
    // another staff member serves another resident meanwhile
    Counter.Handover other = counter.start(ADMIN, COUNTER, code(bensNotice, 1));
    counter.cancel(ADMIN, other.id());

    // acknowledged, the handover goes on, and it stays the resident's only one
    ack(SECOND, h1.id());
    refusedFor(() -> counter.start(STAFF, COUNTER, code(notice, 1)), Reason.STATE_INVALID, h1.id());
    refusedFor(() -> counter.start(ADMIN, COUNTER, code(notice, 1)), Reason.STATE_INVALID, h1.id());
    assertThat(counter.scan(STAFF, h1.id(), code(anna, 1)).verdict())
        .isEqualTo(Counter.Verdict.OWN);
    assertThat(counter.finish(STAFF, h1.id()).pages()).isEqualTo(1);
    assertThat(handedIn(anna, 1)).contains(h1.id());
    assertThat(handedIn(ben, 1)).isEmpty();
    // a letter opens a new handover once the last is closed
    Counter.Handover next =
        counter.start(STAFF, COUNTER, code(identifying(STAFF, Documents.Kind.LETTER, ANNA), 1));
    assertThat(next.state()).isEqualTo(Counter.State.OPEN);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aStop_holdsTheStaffMembersOtherHandover_openedBeforeIt(TestStores.Kind kind) {
    open(kind);
    Documents.Printed annasNotice = pickup(ANNA);
    Documents.Printed bensNotice = pickup(BEN);
    Documents.Printed ben = notice(BEN, 1);
    Documents.Printed issuance = list();
    Counter.Handover h1 = counter.start(STAFF, COUNTER, code(annasNotice, 1));
    // a second handover, opened before the stop, for another resident
    Counter.Handover h2 = counter.start(STAFF, COUNTER, code(bensNotice, 1));
    assertThat(counter.scan(STAFF, h2.id(), code(ben, 1)).verdict()).isEqualTo(Counter.Verdict.OWN);
    assertThat(counter.scan(STAFF, h1.id(), code(issuance, 1)).verdict())
        .isEqualTo(Counter.Verdict.INTERNAL);
    int logged = records().size();

    refusedFor(() -> counter.scan(STAFF, h2.id(), code(ben, 1)), Reason.HANDOVER_STOPPED, h1.id());
    refusedFor(() -> counter.finish(STAFF, h2.id()), Reason.HANDOVER_STOPPED, h1.id());
    assertThat(records()).as("no finish was logged").hasSize(logged);
    assertThat(handedIn(ben, 1)).isEmpty();
    assertThat(counter.find(NERIMA, h2.id()).orElseThrow().state()).isEqualTo(Counter.State.OPEN);

    ack(SECOND, h1.id());
    assertThat(counter.finish(STAFF, h2.id()).pages()).isEqualTo(1);
    assertThat(handedIn(ben, 1)).contains(h2.id());
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aLockedDocumentsPage_isStillJudgedAtTheScan(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Documents.Printed ben = notice(BEN, 1);
    Documents.Printed issuance = list();
    lock(ben);
    lock(anna);
    lock(issuance);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    int alerted = alerts.list(CITY, 100).size();

    // Ben's genuine page, its document locked: a stop all the same, logged and alerted
    Counter.Scan other = counter.scan(STAFF, h.id(), qr(ben, 1));
    assertThat(other.verdict()).isEqualTo(Counter.Verdict.OTHER);
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.STOPPED);
    assertThat(last().decision()).isEqualTo("deny:handover.other-resident");
    assertThat(last().personToken()).isEqualTo(BEN.value());
    assertThat(alerts.list(CITY, 100)).hasSize(alerted + 1);
    ack(SECOND, h.id());
    assertThat(counter.scan(STAFF, h.id(), code(issuance, 2)).verdict())
        .isEqualTo(Counter.Verdict.INTERNAL);
    ack(SECOND, h.id());
    // the resident's own page of a locked document is theirs: the lock is the start's
    assertThat(counter.scan(STAFF, h.id(), code(anna, 1)).verdict()).isEqualTo(Counter.Verdict.OWN);
    assertThat(counter.finish(STAFF, h.id()).pages()).isEqualTo(1);
    // a locked notice still opens nothing
    Documents.Printed locked = pickup(BEN);
    lock(locked);
    refused(() -> counter.start(STAFF, COUNTER, code(locked, 1)), Reason.PAGE_LOCKED);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void anAcknowledgement_isOfTheStopTheSecondStaffMemberWasShown(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed ben = notice(BEN, 3);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    counter.scan(STAFF, h.id(), code(ben, 1));
    Counter.StopSeen first = counter.find(NERIMA, h.id()).orElseThrow().stop().orElseThrow().seen();
    assertThat(first.document()).isEqualTo(ben.document().id());
    assertThat(first.page()).isEqualTo(1);
    assertThat(first.at()).isEqualTo(clock.instant());
    counter.acknowledge(SECOND, h.id(), first);
    clock.advance(Duration.ofMinutes(1));
    counter.scan(STAFF, h.id(), code(ben, 2));
    Counter.StopSeen second =
        counter.find(NERIMA, h.id()).orElseThrow().stop().orElseThrow().seen();
    int logged = records().size();

    // a form of the first stop, sent again or late, acknowledges nothing
    refused(() -> counter.acknowledge(ADMIN, h.id(), first), Reason.STATE_CHANGED);
    refused(
        () ->
            counter.acknowledge(
                ADMIN,
                h.id(),
                new Counter.StopSeen(second.document(), 2, second.at().minusMillis(1))),
        Reason.STATE_CHANGED);
    refused(
        () ->
            counter.acknowledge(
                ADMIN, h.id(), new Counter.StopSeen(second.document(), 3, second.at())),
        Reason.STATE_CHANGED);
    assertThat(records()).as("nothing acknowledged, nothing logged").hasSize(logged);
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.STOPPED);

    // the stop changes between the check and the update: the UPDATE's condition holds it
    Between between = new Between(clock);
    Counter racing = counterWith(between);
    between.then(() -> {
      clock.advance(Duration.ofMinutes(1));
      counter.acknowledge(SECOND, h.id(), second);
      counter.scan(STAFF, h.id(), code(ben, 3));
    });
    refused(() -> racing.acknowledge(ADMIN, h.id(), second), Reason.STATE_CHANGED);
    Counter.Handover third = counter.find(NERIMA, h.id()).orElseThrow();
    assertThat(third.state()).isEqualTo(Counter.State.STOPPED);
    assertThat(third.stop().orElseThrow().page()).isEqualTo(3);
    assertThat(third.acknowledgedBy()).isEmpty();

    Counter.Handover open = counter.acknowledge(ADMIN, h.id(), third.stop().get().seen());
    assertThat(open.state()).isEqualTo(Counter.State.OPEN);
    assertThat(last().caseRef()).contains(h.id(), ben.document().id(), "page 3");
    counter.cancel(STAFF, h.id());
    refused(
        () -> counter.acknowledge(ADMIN, h.id(), third.stop().get().seen()),
        Reason.HANDOVER_CLOSED);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aStopRacingAFinish_isShownAndAlerted_andAStopWithoutItsAlertIsNone(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Documents.Printed ben = notice(BEN, 1);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    counter.scan(STAFF, h.id(), code(anna, 1));

    // the alert cannot be raised: the stop is not recorded either (its log record stays, an
    // attempt that did not take effect)
    failing(
        kind,
        "INSERT",
        "security_alert",
        () ->
            assertThatThrownBy(() -> counter.scan(STAFF, h.id(), code(ben, 1)))
                .isInstanceOf(RuntimeException.class));
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.OPEN);
    assertThat(counter.scans(counter.find(NERIMA, h.id()).orElseThrow())).hasSize(1);

    // the handover is finished between the scan's check and its stop: the page is a stop all
    // the same (the answer says so), logged and alerted, and was not handed over
    Between between = new Between(clock);
    Counter racing = counterWith(between);
    between.then(() -> counter.finish(STAFF, h.id()));
    Counter.Scan stop = racing.scan(STAFF, h.id(), code(ben, 1));
    assertThat(stop.verdict()).isEqualTo(Counter.Verdict.OTHER);
    assertThat(stop.document().id()).isEqualTo(ben.document().id());
    Counter.Handover after = counter.find(NERIMA, h.id()).orElseThrow();
    assertThat(after.state()).isEqualTo(Counter.State.FINISHED);
    assertThat(handedIn(ben, 1)).isEmpty();
    long index = logs.forTenant(CITY).size() - 1;
    assertThat(last().decision()).isEqualTo("deny:handover.other-resident");
    assertThat(alerts.list(CITY, 10))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.evidence()).containsExactly(index);
          assertThat(a.detail()).contains("finished meanwhile", ben.document().id());
        });
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aFinishLoggedAndThenRefused_namesNoHandoverInThePortal(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed anna = notice(ANNA, 1);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    counter.scan(STAFF, h.id(), code(anna, 1));
    // the finish is logged, then its transaction fails: nothing was handed
    failing(
        kind,
        "UPDATE",
        "handover_page",
        () ->
            assertThatThrownBy(() -> counter.finish(STAFF, h.id()))
                .isInstanceOf(RuntimeException.class));
    AccessRecord refusedFinish = last();
    assertThat(refusedFinish.allowed()).isTrue();
    assertThat(refusedFinish.caseRef()).isEqualTo("handover:" + h.id() + " pages 1");
    assertThat(counter.find(NERIMA, h.id()).orElseThrow().state()).isEqualTo(Counter.State.OPEN);
    assertThat(counter.handed(NERIMA, ANNA, refusedFinish.caseRef(), refusedFinish.time()))
        .isEmpty();

    // the retry finishes: one record of the two names the handover
    clock.advance(Duration.ofSeconds(30));
    counter.finish(STAFF, h.id());
    AccessRecord finished = last();
    assertThat(finished.caseRef()).isEqualTo(refusedFinish.caseRef());
    assertThat(counter.handed(NERIMA, ANNA, finished.caseRef(), finished.time()))
        .contains(new Counter.Handed(h.id(), COUNTER, 1, clock.instant()));
    assertThat(counter.handed(NERIMA, ANNA, refusedFinish.caseRef(), refusedFinish.time()))
        .as("the refused attempt's record says nothing")
        .isEmpty();
    // a case with another page count, or a stop's case, names nothing
    assertThat(counter.handed(NERIMA, ANNA, "handover:" + h.id() + " pages 2", finished.time()))
        .isEmpty();
    assertThat(
            counter.handed(
                NERIMA, ANNA, "handover:" + h.id() + " stop document X page 1", finished.time()))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aHandover_isSeenByItsStaffMember_andWhileStoppedByTheOthers(TestStores.Kind kind) {
    open(kind);
    Documents.Printed notice = pickup(ANNA);
    Documents.Printed ben = notice(BEN, 1);
    Counter.Handover h = counter.start(STAFF, COUNTER, code(notice, 1));
    assertThat(counter.mayView(STAFF, h)).isTrue();
    for (Principal p : List.of(SECOND, ADMIN, AUDITOR, OPERATOR, CONTRACTOR_ADMIN, KITA)) {
      assertThat(counter.mayView(p, h)).as(p.userId().value()).isFalse();
    }
    counter.scan(STAFF, h.id(), code(ben, 1));
    Counter.Handover stopped = counter.find(NERIMA, h.id()).orElseThrow();
    assertThat(counter.mayView(STAFF, stopped)).isTrue();
    assertThat(counter.mayView(SECOND, stopped)).isTrue();
    assertThat(counter.mayView(ADMIN, stopped)).isTrue();
    for (Principal p : List.of(AUDITOR, OPERATOR, CONTRACTOR_ADMIN, KITA)) {
      assertThat(counter.mayView(p, stopped)).as(p.userId().value()).isFalse();
    }
    Counter.Handover acknowledged = ack(SECOND, h.id());
    assertThat(counter.mayView(SECOND, acknowledged)).isFalse();
    assertThat(counter.mayView(STAFF, acknowledged)).isTrue();
  }
}
