package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.crypto.SigningKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.StaffDirectory;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine on each store with real logs and alerts: a durable position that a restart (and a
 * crash in the middle of a batch) neither skips nor repeats, suppression while an alert is open, a
 * rule that throws, the replay that rebuilds a rule's state, and a policy carried out.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DetectionEngineTest {
  static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  SecurityAlerts alerts;
  Users users;
  Entrustments entrustments;
  final TestClock clock = new TestClock(T0);
  final List<AlertRaised> published = new ArrayList<>();

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    users = new Users(store.dataSource(), clock);
    entrustments = new Entrustments(store.dataSource(), logs, e -> {}, StaffDirectory.NONE, clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  DetectionEngine engine(Rule... rules) {
    return new DetectionEngine(
        store.dataSource(),
        logs,
        alerts,
        entrustments,
        users,
        List.of(t -> List.of(rules)),
        published::add,
        clock);
  }

  void append(AccessRecord... records) {
    for (AccessRecord r : records) {
      logs.forTenant(TENANT.value()).append(r);
    }
  }

  List<SecurityAlerts.Alert> alerts(String kind) {
    return alerts.list(TENANT.value(), 10_000).stream().filter(a -> a.kind().equals(kind)).toList();
  }

  /** Raises an alert for every print, each about its own record. */
  static final class EveryPrint implements Rule {
    final List<Long> seen = new ArrayList<>();
    final List<Long> replayed = new ArrayList<>();

    @Override
    public String id() {
      return "test.print";
    }

    @Override
    public List<Finding> test(Seen s, RuleSettings settings) {
      (s.replay() ? replayed : seen).add(s.index());
      if (!s.record().action().equals(Action.PRINT.code())) {
        return List.of();
      }
      return List.of(
          new Finding(
              id(),
              Severity.LOW,
              "record:" + s.index(),
              "a print",
              List.of(s.index()),
              AlertPolicy.NOTIFY,
              "",
              ""));
    }
  }

  static AccessRecord print(int n) {
    return record(
        "op", CONTRACTOR, List.of(), Action.PRINT, person(n), allowed(), T0.plusSeconds(n));
  }

  @Test
  void aRestartMidStream_missesNoAlertAndRepeatsNone() {
    for (int i = 0; i < 20; i++) {
      append(i % 2 == 0 ? print(i) : read("op", person(i), T0.plusSeconds(i)));
    }
    DetectionEngine first = engine(new EveryPrint());
    assertThat(first.catchUp(TENANT)).isEqualTo(20);
    assertThat(first.position(TENANT)).hasValue(20);
    assertThat(alerts("test.print")).hasSize(10);
    for (int i = 20; i < 50; i++) {
      append(i % 2 == 0 ? print(i) : read("op", person(i), T0.plusSeconds(i)));
    }
    // a new engine, as after a restart, goes on from the stored position
    EveryPrint rule = new EveryPrint();
    DetectionEngine second = engine(rule);
    assertThat(second.catchUp(TENANT)).isEqualTo(30);
    assertThat(rule.seen).first().isEqualTo(20L);
    assertThat(alerts("test.print"))
        .hasSize(25)
        .extracting(SecurityAlerts.Alert::subject)
        .doesNotHaveDuplicates();
    assertThat(second.catchUp(TENANT)).isZero();
    assertThat(published).hasSize(25);
    assertThat(published.getFirst().raised().kind()).isEqualTo("test.print");
  }

  @Test
  void aCrashInTheMiddleOfABatch_storesNothingOfIt_andTheNextRunRaisesItOnce() {
    for (int i = 0; i < 10; i++) {
      append(print(i));
    }
    Rule crashing =
        new Rule() {
          @Override
          public String id() {
            return "test.crash";
          }

          @Override
          public List<Finding> test(Seen s, RuleSettings settings) {
            if (s.index() == 7) {
              throw new OutOfMemoryError("the process dies here");
            }
            return List.of();
          }
        };
    DetectionEngine dying = engine(new EveryPrint(), crashing);
    assertThatThrownBy(() -> dying.catchUp(TENANT)).isInstanceOf(OutOfMemoryError.class);
    assertThat(dying.position(TENANT)).isEmpty();
    assertThat(alerts("test.print")).isEmpty();
    DetectionEngine next = engine(new EveryPrint());
    next.catchUp(TENANT);
    assertThat(alerts("test.print")).hasSize(10);
    assertThat(next.position(TENANT)).hasValue(10);
  }

  /** The same subject every time: an open alert within the window keeps the next back. */
  static final class Same implements Rule {
    @Override
    public String id() {
      return "test.same";
    }

    @Override
    public Duration window(RuleSettings s) {
      return Duration.ofMinutes(10);
    }

    @Override
    public List<Finding> test(Seen s, RuleSettings settings) {
      return List.of(
          new Finding(
              id(),
              Severity.MEDIUM,
              "user:op",
              "again",
              List.of(s.index()),
              AlertPolicy.NOTIFY,
              "",
              ""));
    }
  }

  @Test
  void anOpenAlertWithinTheWindow_suppressesTheSameFinding() {
    DetectionEngine engine = engine(new Same());
    append(print(1), print(2));
    engine.catchUp(TENANT);
    assertThat(alerts("test.same")).hasSize(1);
    assertThat(alerts("test.same").getFirst().evidence()).containsExactly(0L);
    append(print(3));
    clock.advance(Duration.ofMinutes(10));
    engine.catchUp(TENANT);
    assertThat(alerts("test.same")).as("raised exactly a window ago: still suppressed").hasSize(1);
    // past the window, and past the five seconds the engine trusts its last look at the store
    clock.advance(Duration.ofMillis(DetectionEngine.KNOWN_OPEN_MILLIS));
    append(print(4));
    engine.catchUp(TENANT);
    assertThat(alerts("test.same")).as("the window has passed").hasSize(2);
    for (SecurityAlerts.Alert a : alerts("test.same")) {
      alerts.close(TENANT.value(), a.id(), "officer");
    }
    append(print(5));
    engine.catchUp(TENANT);
    assertThat(alerts("test.same"))
        .as("within five seconds of the last look the engine does not ask the store again")
        .hasSize(2);
    clock.advance(Duration.ofMillis(DetectionEngine.KNOWN_OPEN_MILLIS));
    append(print(6));
    engine.catchUp(TENANT);
    assertThat(alerts("test.same")).as("closed alerts suppress nothing").hasSize(3);
  }

  @Test
  void aRuleThatThrows_isReportedOnce_andTheOthersGoOn() {
    Rule throwing =
        new Rule() {
          @Override
          public String id() {
            return "test.throws";
          }

          @Override
          public List<Finding> test(Seen s, RuleSettings settings) {
            throw new IllegalStateException("broken");
          }
        };
    DetectionEngine engine = engine(throwing, new EveryPrint());
    append(print(1), print(2), print(3));
    engine.catchUp(TENANT);
    assertThat(alerts("test.print")).hasSize(3);
    List<SecurityAlerts.Alert> failed = alerts(DetectionEngine.RULE_FAILED);
    assertThat(failed).hasSize(1);
    assertThat(failed.getFirst().subject()).isEqualTo("rule:test.throws");
    assertThat(failed.getFirst().severity()).isEqualTo(Severity.HIGH);
    assertThat(failed.getFirst().evidence()).containsExactly(0L);
    assertThat(failed.getFirst().detail())
        .contains("IllegalStateException")
        .doesNotContain("broken");
    assertThat(engine.position(TENANT)).hasValue(3);
  }

  /** Counts reads per actor over an hour; finds at the fifth. */
  static final class Fifth implements Rule {
    final Map<String, List<Instant>> reads = new HashMap<>();
    int replayed;

    @Override
    public String id() {
      return "test.fifth";
    }

    @Override
    public Duration window(RuleSettings s) {
      return Duration.ofHours(1);
    }

    @Override
    public List<Finding> test(Seen s, RuleSettings settings) {
      if (s.replay()) {
        replayed++;
      }
      List<Instant> r = reads.computeIfAbsent(s.record().actor(), a -> new ArrayList<>());
      r.add(s.record().time());
      r.removeIf(t -> t.isBefore(s.record().time().minus(Duration.ofHours(1))));
      return r.size() == 5
          ? List.of(
              new Finding(
                  id(),
                  Severity.LOW,
                  "user:" + s.record().actor(),
                  "five",
                  List.of(s.index()),
                  AlertPolicy.NOTIFY,
                  "",
                  ""))
          : List.of();
    }
  }

  @Test
  void aRestart_replaysTheWindowBeforeThePosition_andRaisesNothingFromIt() {
    // two hours ago, outside the window: not replayed
    append(read("op", person(0), T0.minus(Duration.ofHours(2))));
    append(read("op", person(1), T0), read("op", person(2), T0.plusSeconds(1)));
    append(read("op", person(3), T0.plusSeconds(2)), read("op", person(4), T0.plusSeconds(3)));
    Fifth before = new Fifth();
    engine(before).catchUp(TENANT);
    assertThat(alerts("test.fifth")).isEmpty();
    assertThat(before.replayed).isZero();
    // restarted: the four reads of the last hour are replayed, so the next read is the fifth
    Fifth after = new Fifth();
    DetectionEngine restarted = engine(after);
    append(read("op", person(5), T0.plusSeconds(4)));
    restarted.catchUp(TENANT);
    assertThat(after.replayed).isEqualTo(4);
    assertThat(alerts("test.fifth")).hasSize(1);
    // restarted again: the replay holds the fifth read, whose finding is dropped
    Fifth again = new Fifth();
    DetectionEngine third = engine(again);
    append(read("other", person(6), T0.plusSeconds(5)));
    third.catchUp(TENANT);
    assertThat(again.replayed).isEqualTo(5);
    assertThat(alerts("test.fifth")).hasSize(1);
    assertThat(published).hasSize(1);
  }

  @Test
  void theSuspendUserPolicy_disablesTheUser_afterLoggingItAsTheSystem() {
    users.add(TENANT.value(), CONTRACTOR, "op", "Operator", Role.OPERATOR);
    Rule suspend =
        new Rule() {
          @Override
          public String id() {
            return "test.suspend-user";
          }

          @Override
          public List<Finding> test(Seen s, RuleSettings settings) {
            return List.of(
                new Finding(
                    id(),
                    Severity.HIGH,
                    "user:op",
                    "stop",
                    List.of(s.index()),
                    AlertPolicy.SUSPEND_USER,
                    ENTRUSTMENT,
                    "op"));
          }
        };
    append(print(1));
    engine(suspend).catchUp(TENANT);
    assertThat(users.find("op").orElseThrow().disabled()).isTrue();
    SecurityAlerts.Alert a = alerts("test.suspend-user").getFirst();
    assertThat(a.policy()).isEqualTo(AlertPolicy.SUSPEND_USER);
    assertThat(a.taken()).isEqualTo("user op disabled and their sessions ended");
    AccessRecord logged = logs.forTenant(TENANT.value()).records(1, 2).getFirst();
    assertThat(logged.actor()).isEqualTo("mamori.detect");
    assertThat(logged.organisation()).isEqualTo(TENANT.value());
    assertThat(logged.action()).isEqualTo("user.disable");
    assertThat(logged.caseRef()).isEqualTo("op");
  }

  @Test
  void theSuspendEntrustmentPolicy_saysWhenThereIsNothingToSuspend() {
    Rule suspend =
        new Rule() {
          @Override
          public String id() {
            return "test.suspend";
          }

          @Override
          public List<Finding> test(Seen s, RuleSettings settings) {
            return s.index() > 0
                ? List.of()
                : List.of(
                    new Finding(
                        id(),
                        Severity.HIGH,
                        "user:op",
                        "stop",
                        List.of(s.index()),
                        AlertPolicy.SUSPEND_ENTRUSTMENT,
                        "",
                        "op"),
                    new Finding(
                        id(),
                        Severity.HIGH,
                        "user:op2",
                        "stop",
                        List.of(s.index()),
                        AlertPolicy.SUSPEND_ENTRUSTMENT,
                        ENTRUSTMENT,
                        "op2"));
          }
        };
    append(print(1));
    engine(suspend).catchUp(TENANT);
    assertThat(alerts("test.suspend"))
        .extracting(SecurityAlerts.Alert::taken)
        .containsExactlyInAnyOrder(
            "no entrustment to suspend: the access went through none",
            "entrustment " + ENTRUSTMENT + " not suspended: organisation.unknown");
  }

  @Test
  void oneTenantsFailure_doesNotStopTheOthers() {
    TenantId other = new TenantId("other-city");
    logs.forTenant(other.value()).append(print(1));
    append(print(2));
    Rule failsForOther =
        new Rule() {
          @Override
          public String id() {
            return "test.fails";
          }

          @Override
          public List<Finding> test(Seen s, RuleSettings settings) {
            return List.of();
          }
        };
    DetectionEngine engine =
        new DetectionEngine(
            store.dataSource(),
            logs,
            alerts,
            entrustments,
            users,
            List.of(t -> {
              if (t.equals(other)) {
                throw new IllegalStateException("this tenant's source is broken");
              }
              return List.of(new EveryPrint(), failsForOther);
            }),
            published::add,
            clock);
    assertThat(engine.poll(16)).isEqualTo(2);
    assertThat(alerts("test.print")).hasSize(1);
  }

  /** Gives the tenant one harvesting rule, a new instance after each forget. */
  static final class FreshHarvesting implements RuleSource {
    List<Rule> held = List.of();
    int made;
    int forgotten;

    @Override
    public List<Rule> rules(TenantId tenant) {
      if (held.isEmpty()) {
        held = List.of(new HarvestingRule());
        made++;
      }
      return held;
    }

    @Override
    public void forget(TenantId tenant) {
      held = List.of();
      forgotten++;
    }
  }

  /** {@code real}, whose connections' first {@code fails} commits throw (and commit nothing). */
  static javax.sql.DataSource failingCommits(javax.sql.DataSource real, int fails) {
    java.util.concurrent.atomic.AtomicInteger left =
        new java.util.concurrent.atomic.AtomicInteger(fails);
    return new org.springframework.jdbc.datasource.DelegatingDataSource(real) {
      @Override
      public java.sql.Connection getConnection() throws java.sql.SQLException {
        java.sql.Connection c = real.getConnection();
        return (java.sql.Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                java.sql.Connection.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("commit") && left.getAndDecrement() > 0) {
                    // as a commit the store refuses: nothing of the transaction is kept
                    c.rollback();
                    throw new java.sql.SQLException("the commit fails here");
                  }
                  try {
                    return method.invoke(c, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
      }
    };
  }

  @Test
  void aFailedCommit_forgetsWhatTheBatchDid_andTheRetryRaisesTheFindingOnce() {
    for (int i = 0; i < 100; i++) {
      append(read("op", person(i), T0.plusSeconds(i)));
    }
    javax.sql.DataSource failing = failingCommits(store.dataSource(), 1);
    SecurityAlerts through = new SecurityAlerts(failing, clock);
    FreshHarvesting source = new FreshHarvesting();
    DetectionEngine engine =
        new DetectionEngine(
            failing, logs, through, entrustments, users, List.of(source), published::add, clock);
    assertThat(engine.poll(1)).isZero();
    assertThat(engine.position(TENANT)).isEmpty();
    assertThat(alerts("detect.harvesting")).isEmpty();
    assertThat(engine.poll(1)).isEqualTo(100);
    assertThat(alerts("detect.harvesting")).hasSize(1);
    assertThat(alerts("detect.harvesting").getFirst().subject()).isEqualTo("user:op");
    assertThat(published).hasSize(1);
    assertThat(engine.position(TENANT)).hasValue(100);
    assertThat(engine.poll(1)).isZero();
    assertThat(alerts("detect.harvesting")).hasSize(1);
    assertThat(source.forgotten).isEqualTo(1);
    assertThat(source.made).isEqualTo(2);
  }

  @Test
  void aRestart_rebuildsTheVolumeRulesDayCount_soTheCapNearAlertComesAtTheNineHundredthRead() {
    // 36 s apart: 100 an hour, below the baseline floor, so only the day's count can alert
    for (int i = 0; i < 600; i++) {
      append(staffRead("clerk", person(i), T0.plusSeconds(36L * i)));
    }
    Caps none = (tenant, entrustment) -> java.util.OptionalLong.empty();
    DetectionEngine engine =
        new DetectionEngine(
            store.dataSource(),
            logs,
            alerts,
            entrustments,
            users,
            List.of(t -> List.of(new VolumeRule(none))),
            published::add,
            clock);
    engine.catchUp(TENANT);
    engine.forget();
    for (int i = 600; i < 899; i++) {
      append(staffRead("clerk", person(i), T0.plusSeconds(36L * i)));
    }
    engine.catchUp(TENANT);
    assertThat(alerts("detect.volume-cap")).isEmpty();
    append(staffRead("clerk", person(899), T0.plusSeconds(36L * 899)));
    engine.catchUp(TENANT);
    assertThat(alerts("detect.volume-cap")).hasSize(1);
    assertThat(alerts("detect.volume-cap").getFirst().evidence()).contains(899L);
  }
}
