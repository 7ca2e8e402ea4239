package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Entrustment.Status;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The decision itself, over a lookup the test writes: an organisation holding two entrustments in
 * either order, the fields the tenant's own staff get, the strictest masking of a chain, the first
 * and last day of a period, a daily cap reached exactly, and the depth a chain may have. Only the
 * volume counters are on a store (SQLite).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainDeciderTest {
  static final String TENANT = "city";
  static final Instant NOW = Instant.parse("2025-06-02T01:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2025-06-02");
  static final Set<Field> NAME = Set.of(Field.FAMILY_NAME);

  StoreLocation location;
  Store store;
  Lookup lookup;
  final Map<String, Organisation> organisations = new HashMap<>();
  final Map<String, Entrustment> byId = new HashMap<>();
  final Map<String, List<Entrustment>> held = new HashMap<>();

  @BeforeAll
  void openStore() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
  }

  @AfterAll
  void closeStore() {
    store.close();
    TestStores.drop(location);
  }

  @BeforeEach
  void town() {
    organisations.clear();
    byId.clear();
    held.clear();
    organisations.put(TENANT, Organisation.controller(TENANT, "市"));
    lookup =
        new Lookup() {
          @Override
          public Optional<Organisation> organisation(String id) {
            return Optional.ofNullable(organisations.get(id));
          }

          @Override
          public List<Purpose> purposes(String tenant) {
            return CommonPurposes.forTenant(tenant);
          }

          @Override
          public List<Entrustment> heldBy(String tenant, String organisation) {
            return held.getOrDefault(organisation, List.of());
          }

          @Override
          public Optional<Entrustment> byId(String tenant, String id) {
            return Optional.ofNullable(byId.get(id));
          }
        };
  }

  ChainDecider decider() {
    return new ChainDecider(lookup, new VolumeLeases(new VolumeTable(store.dataSource())));
  }

  Decision decide(String organisation, Set<Field> fields) throws SQLException {
    return decider()
        .decide(
            new Request(
                new UserId("u-1"),
                new OrganisationId(organisation),
                Role.OPERATOR,
                new Why("resident-tax", "case-1"),
                Action.READ,
                set -> true,
                fields,
                NOW));
  }

  static Scope scope(Set<String> purposes, Map<Field, Mask> fields, Set<Action> actions) {
    return new Scope(
        purposes, fields, PersonSet.ALL, TODAY.minusDays(10), TODAY.plusDays(10), 100, actions);
  }

  static Scope readsName(Mask mask) {
    return scope(Set.of("resident-tax"), Map.of(Field.FAMILY_NAME, mask), EnumSet.of(Action.READ));
  }

  /**
   * An entrustment stored in the lookup; {@code held} lists what an organisation holds, in order.
   */
  Entrustment link(String id, @Nullable String parent, String to, Status status, Scope scope) {
    organisations.putIfAbsent(to, new Organisation(to, to, Organisation.Kind.CONTRACTOR, TENANT));
    String from = parent == null ? TENANT : byId.get(parent).to();
    Entrustment e =
        new Entrustment(
            id,
            TENANT,
            parent,
            from,
            to,
            EntrustmentTestBase.contract(),
            scope,
            status,
            status == Status.REQUESTED ? null : new Entrustment.Approval(false, "officer", NOW),
            null);
    byId.put(id, e);
    return e;
  }

  void holds(String organisation, Entrustment... entrustments) {
    held.put(organisation, List.of(entrustments));
  }

  @Test
  void ofTwoHoldings_theOneThatAllows_decides_inEitherOrder() throws SQLException {
    Entrustment suspended = link("ent-a", null, "two-co", Status.SUSPENDED, readsName(Mask.NONE));
    Entrustment active = link("ent-b", null, "two-co", Status.ACTIVE, readsName(Mask.PARTIAL));
    for (List<Entrustment> order :
        List.of(List.of(suspended, active), List.of(active, suspended))) {
      holds("two-co", order.toArray(Entrustment[]::new));
      Decision d = decide("two-co", NAME);
      assertThat(d.allowed())
          .as("held as %s", order.stream().map(Entrustment::id).toList())
          .isTrue();
      assertThat(d.chain()).containsExactly("ent-b");
      assertThat(d.fields()).isEqualTo(Map.of(Field.FAMILY_NAME, Mask.PARTIAL));
    }
  }

  @Test
  void whenBothRefuse_theReasonIsThatOfTheFirstThatGrantsThePurpose() throws SQLException {
    Entrustment noRead =
        link(
            "ent-a",
            null,
            "two-co",
            Status.ACTIVE,
            scope(
                Set.of("resident-tax"),
                Map.of(Field.FAMILY_NAME, Mask.NONE),
                EnumSet.of(Action.ENTER)));
    Entrustment noName =
        link(
            "ent-b",
            null,
            "two-co",
            Status.ACTIVE,
            scope(
                Set.of("resident-tax"), Map.of(Field.ADDRESS, Mask.NONE), EnumSet.of(Action.READ)));
    Entrustment otherWork =
        link(
            "ent-c",
            null,
            "two-co",
            Status.ACTIVE,
            scope(
                Set.of("child-allowance"),
                Map.of(Field.FAMILY_NAME, Mask.NONE),
                EnumSet.of(Action.READ)));

    holds("two-co", noRead, noName);
    assertThat(decide("two-co", NAME))
        .satisfies(d -> {
          assertThat(d.reason().code()).isEqualTo("action.not-allowed");
          assertThat(d.chain()).containsExactly("ent-a");
        });
    holds("two-co", noName, noRead);
    assertThat(decide("two-co", NAME))
        .satisfies(d -> {
          assertThat(d.reason().code()).isEqualTo("field.out-of-scope");
          assertThat(d.chain()).containsExactly("ent-b");
        });
    holds("two-co", otherWork, noName);
    assertThat(decide("two-co", NAME).reason().code())
        .as("one without the purpose gives way")
        .isEqualTo("field.out-of-scope");
    holds("two-co", noName, otherWork);
    assertThat(decide("two-co", NAME).reason().code()).isEqualTo("field.out-of-scope");
    holds("two-co", otherWork);
    assertThat(decide("two-co", NAME))
        .satisfies(d -> {
          assertThat(d.reason().code()).isEqualTo("purpose.not-granted");
          assertThat(d.chain()).as("no chain grants it, so none is named").isEmpty();
        });
  }

  @Test
  void theTenantsOwnStaff_getExactlyTheFieldsAsked_eachInTheClear() throws SQLException {
    Set<Field> asked = EnumSet.of(Field.MY_NUMBER, Field.ADDRESS, Field.BANK_ACCOUNT);
    Decision d =
        decider()
            .decide(
                new Request(
                    new UserId("staff-1"),
                    new OrganisationId(TENANT),
                    Role.STAFF,
                    new Why("resident-tax", "case-1"),
                    Action.READ,
                    set -> false,
                    asked,
                    NOW));
    assertThat(d.allowed()).isTrue();
    assertThat(d.chain()).isEmpty();
    Map<Field, Mask> expected = new EnumMap<>(Field.class);
    asked.forEach(f -> expected.put(f, Mask.NONE));
    assertThat(d.fields()).isEqualTo(expected);
  }

  @Test
  void eachField_isShownAtTheStrictestMaskingOfTheChain_whicheverLinkSetsIt() throws SQLException {
    link(
        "ent-root",
        null,
        "con",
        Status.ACTIVE,
        scope(
            Set.of("resident-tax"),
            Map.of(Field.FAMILY_NAME, Mask.PARTIAL, Field.ADDRESS, Mask.NONE),
            EnumSet.of(Action.READ)));
    holds(
        "sub",
        link(
            "ent-sub",
            "ent-root",
            "sub",
            Status.ACTIVE,
            scope(
                Set.of("resident-tax"),
                Map.of(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.PARTIAL),
                EnumSet.of(Action.READ))));
    Decision d = decide("sub", EnumSet.of(Field.FAMILY_NAME, Field.ADDRESS));
    assertThat(d.chain()).containsExactly("ent-root", "ent-sub");
    assertThat(d.fields())
        .isEqualTo(Map.of(Field.FAMILY_NAME, Mask.PARTIAL, Field.ADDRESS, Mask.PARTIAL));
  }

  @Test
  void aPeriod_includesItsFirstAndLastDay() throws SQLException {
    Map<Field, Mask> name = Map.of(Field.FAMILY_NAME, Mask.NONE);
    Set<Action> read = EnumSet.of(Action.READ);
    holds(
        "today-co",
        link(
            "ent-t",
            null,
            "today-co",
            Status.ACTIVE,
            new Scope(Set.of("resident-tax"), name, PersonSet.ALL, TODAY, TODAY, 10, read)));
    assertThat(decide("today-co", NAME).allowed()).isTrue();
    holds(
        "late-co",
        link(
            "ent-l",
            null,
            "late-co",
            Status.ACTIVE,
            new Scope(
                Set.of("resident-tax"),
                name,
                PersonSet.ALL,
                TODAY.plusDays(1),
                TODAY.plusDays(2),
                10,
                read)));
    assertThat(decide("late-co", NAME).reason().code()).isEqualTo("period.outside");
    holds(
        "over-co",
        link(
            "ent-o",
            null,
            "over-co",
            Status.ACTIVE,
            new Scope(
                Set.of("resident-tax"),
                name,
                PersonSet.ALL,
                TODAY.minusDays(2),
                TODAY.minusDays(1),
                10,
                read)));
    assertThat(decide("over-co", NAME).reason().code()).isEqualTo("chain.expired");
  }

  @Test
  void aDailyCap_refusesOnceExactlyReached() throws SQLException {
    Entrustment e =
        link(
            "ent-cap",
            null,
            "cap-co",
            Status.ACTIVE,
            new Scope(
                Set.of("resident-tax"),
                Map.of(Field.FAMILY_NAME, Mask.NONE),
                PersonSet.ALL,
                TODAY,
                TODAY,
                2,
                EnumSet.of(Action.READ)));
    holds("cap-co", e);
    ChainDecider decider = decider();
    VolumeLeases volume = new VolumeLeases(new VolumeTable(store.dataSource()));
    Request r =
        new Request(
            new UserId("u-1"),
            new OrganisationId("cap-co"),
            Role.OPERATOR,
            new Why("resident-tax", "case-1"),
            Action.READ,
            set -> true,
            NAME,
            NOW);
    assertThat(volume.tryConsume(TENANT, List.of(new VolumeTable.Link("ent-cap", 2)), TODAY, 1))
        .isTrue();
    volume.giveBack();
    assertThat(decider.decide(r).allowed()).as("one of two used").isTrue();
    assertThat(volume.tryConsume(TENANT, List.of(new VolumeTable.Link("ent-cap", 2)), TODAY, 1))
        .isTrue();
    volume.giveBack();
    assertThat(decider.decide(r).reason().code())
        .as("two of two used")
        .isEqualTo("volume.exceeded");
  }

  /**
   * A chain of {@code reEntrustments} below a first entrustment, held by {@code org-<n>} at its
   * bottom.
   */
  String chainOf(int reEntrustments) {
    String parent = link("ent-0", null, "org-0", Status.ACTIVE, readsName(Mask.NONE)).id();
    for (int i = 1; i <= reEntrustments; i++) {
      parent = link("ent-" + i, parent, "org-" + i, Status.ACTIVE, readsName(Mask.NONE)).id();
    }
    String bottom = "org-" + reEntrustments;
    holds(bottom, byId.get(parent));
    return bottom;
  }

  @Test
  void aChainOfTheMostReEntrustments_isDecidedWholeFromItsRoot() throws SQLException {
    Decision d = decide(chainOf(ChainDecider.MAX_REENTRUSTMENTS), NAME);
    assertThat(d.allowed()).isTrue();
    assertThat(d.chain()).hasSize(ChainDecider.MAX_REENTRUSTMENTS + 1).startsWith("ent-0");
    byId.put("ent-0", withStatus(byId.get("ent-0"), Status.REVOKED));
    assertThat(decide("org-" + ChainDecider.MAX_REENTRUSTMENTS, NAME).reason().code())
        .isEqualTo("chain.revoked");
  }

  @Test
  void aDeeperChain_orACycle_isNeverDecidedWithoutItsRoot() throws SQLException {
    String bottom = chainOf(ChainDecider.MAX_REENTRUSTMENTS + 1);
    byId.put("ent-0", withStatus(byId.get("ent-0"), Status.REVOKED));
    assertThatThrownBy(() -> decide(bottom, NAME))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("more than 64 re-entrustments below its root");

    link("ent-x", null, "cycle-co", Status.ACTIVE, readsName(Mask.NONE));
    link("ent-y", "ent-x", "cycle-sub", Status.ACTIVE, readsName(Mask.NONE));
    byId.put("ent-x", withParent(byId.get("ent-x"), "ent-y")); // written into the store by hand
    holds("cycle-sub", byId.get("ent-y"));
    assertThatThrownBy(() -> decide("cycle-sub", NAME)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void standing_isTheFirstLinkThatIsNotActive_rootFirst() {
    List<Entrustment> chain = new ArrayList<>();
    chain.add(link("ent-1", null, "a-co", Status.SUSPENDED, readsName(Mask.NONE)));
    chain.add(link("ent-2", "ent-1", "b-co", Status.REVOKED, readsName(Mask.NONE)));
    chain.add(link("ent-3", "ent-2", "c-co", Status.ACTIVE, readsName(Mask.NONE)));
    assertThat(ChainDecider.standing(chain, TODAY))
        .isEqualTo(new Standing(Status.SUSPENDED, "ent-1"));
    assertThat(ChainDecider.standing(chain.subList(1, 3), TODAY))
        .isEqualTo(new Standing(Status.REVOKED, "ent-2"));
    assertThat(ChainDecider.standing(chain.subList(2, 3), TODAY))
        .isEqualTo(new Standing(Status.ACTIVE, null));
    assertThat(ChainDecider.standing(chain.subList(1, 2), TODAY.plusYears(1)))
        .as("a revocation outlasts the period")
        .isEqualTo(new Standing(Status.REVOKED, null));
    assertThat(ChainDecider.standing(chain.subList(2, 3), TODAY.plusDays(11)))
        .isEqualTo(new Standing(Status.EXPIRED, null));
    assertThatThrownBy(() -> ChainDecider.standing(List.of(), TODAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Entrustment withStatus(Entrustment e, Status status) {
    return new Entrustment(
        e.id(),
        e.tenant(),
        e.parent(),
        e.from(),
        e.to(),
        e.contract(),
        e.scope(),
        status,
        e.approval(),
        e.advanceApproval());
  }

  static Entrustment withParent(Entrustment e, String parent) {
    return new Entrustment(
        e.id(),
        e.tenant(),
        parent,
        e.from(),
        e.to(),
        e.contract(),
        e.scope(),
        e.status(),
        e.approval(),
        e.advanceApproval());
  }
}
