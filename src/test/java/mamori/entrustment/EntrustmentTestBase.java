package mamori.entrustment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with a town ({@code demo-city}), its contractor ({@code entry-co}),
 * two subcontractors and another town; subclasses are
 * {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class EntrustmentTestBase {
  static final String TENANT = "demo-city";
  static final Instant NOW = Instant.parse("2025-06-02T01:00:00Z");
  static final Caller OFFICER = new Caller("officer-1", TENANT, Role.SECURITY_OFFICER);
  static final Caller CITY_ADMIN = new Caller("admin-1", TENANT, Role.ORG_ADMIN);
  static final Caller CITY_STAFF = new Caller("staff-1", TENANT, Role.STAFF);
  static final Caller ENTRY_ADMIN = new Caller("entry-admin", "entry-co", Role.ORG_ADMIN);
  static final Caller ENTRY_OFFICER =
      new Caller("entry-officer", "entry-co", Role.SECURITY_OFFICER);
  static final Caller SUB_ADMIN = new Caller("sub-admin", "sub-co", Role.ORG_ADMIN);
  static final Caller OTHER_OFFICER =
      new Caller("other-officer", "other-city", Role.SECURITY_OFFICER);

  /**
   * Users of every contractor in these tests (the user ids the decision tests act as); {@link
   * #ORG_USERS} are users of one organisation only.
   */
  static final Set<String> STAFF = Set.of("u-1", "op", "s", "staff-42");

  static final Map<String, Set<String>> ORG_USERS =
      Map.of("entry-co", Set.of("entry-op2"), "sub-co", Set.of("sub-op"));

  /** The staff directory of these tests: {@link #STAFF} and {@link #ORG_USERS}. */
  static final StaffDirectory DIRECTORY =
      (org, user) -> STAFF.contains(user) || ORG_USERS.getOrDefault(org, Set.of()).contains(user);

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Entrustments entrustments;
  final List<Object> events = new ArrayList<>();

  @BeforeEach
  void openStore() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    entrustments = new Entrustments(store.dataSource(), logs, events::add, DIRECTORY, clock);
    entrustments.registerOrganisation(Organisation.controller(TENANT, "デモ市"));
    entrustments.registerOrganisation(Organisation.controller("other-city", "隣町"));
    entrustments.registerOrganisation(
        new Organisation("entry-co", "入力株式会社", Organisation.Kind.CONTRACTOR, TENANT));
    entrustments.registerOrganisation(
        new Organisation("sub-co", "下請株式会社", Organisation.Kind.SUBCONTRACTOR, TENANT));
    entrustments.registerOrganisation(
        new Organisation("sub2-co", "孫請株式会社", Organisation.Kind.SUBCONTRACTOR, TENANT));
    entrustments.seedPurposes(TENANT);
    entrustments.seedPurposes("other-city");
  }

  @AfterEach
  void closeStore() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  static Contract contract() {
    return new Contract(
        true, true, List.of("u-1", "op", "s", "staff-42"), true, true, true, "monthly", null);
  }

  static Contract withAdvance(String sub, String documents, boolean reports) {
    return new Contract(
        true,
        true,
        List.of("u-1", "op", "s"),
        true,
        true,
        true,
        "monthly",
        new Contract.AdvanceTerms(sub, documents, reports));
  }

  static Scope scope() {
    return new Scope(
        Set.of("resident-tax", "child-allowance"),
        Map.of(
            Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE, Field.MY_NUMBER, Mask.PARTIAL),
        PersonSet.ALL,
        LocalDate.parse("2025-04-01"),
        LocalDate.parse("2026-03-31"),
        100,
        EnumSet.of(Action.READ, Action.ENTER, Action.VERIFY, Action.PRINT, Action.PACKAGE));
  }

  static Scope narrower() {
    return new Scope(
        Set.of("resident-tax"),
        Map.of(Field.FAMILY_NAME, Mask.PARTIAL, Field.MY_NUMBER, Mask.PARTIAL),
        PersonSet.parse("tag:ward=kita"),
        LocalDate.parse("2025-05-01"),
        LocalDate.parse("2025-12-31"),
        10,
        EnumSet.of(Action.READ, Action.ENTER));
  }

  /** entry-co's active entrustment from the city. */
  Entrustment first() {
    return entrustments.create(null, "entry-co", contract(), scope(), CITY_ADMIN);
  }

  /** sub-co's requested re-entrustment under {@code parent}. */
  Entrustment child(Entrustment parent) {
    return entrustments.create(parent.id(), "sub-co", contract(), narrower(), ENTRY_ADMIN);
  }

  long logSize() {
    return logs.exists(TENANT) ? logs.forTenant(TENANT).size() : 0;
  }

  AccessRecord logged(long index) {
    return AccessRecordCodec.decode(logs.forTenant(TENANT).entry(index).orElseThrow());
  }
}
