package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.number.MaskedTheories;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import mamori.vault.Revealed;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * For any chain of entrustments and any masks asked, what the gate reveals is never weaker than
 * what the chain gives: each field comes back at the stricter of the chain's strictest masking and
 * the masking asked, a field not asked is not revealed, and a field outside the chain's scope is
 * refused. The gate is assembled from the real vault, entrustments and log on one SQLite store;
 * each example builds a chain of one to three links for organisations of its own from a sampled
 * seed, which is what a failure prints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevealedMaskProperties {
  static final String TENANT = "mask-city";
  static final String PURPOSE = "resident-tax";
  static final Instant NOW = Instant.parse("2025-06-02T01:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2025-06-02");
  static final Contract CONTRACT =
      new Contract(true, true, List.of("山田"), true, true, true, "", null);
  static final Caller OFFICER = new Caller("officer", TENANT, Role.SECURITY_OFFICER);

  /** Fields whose partial masking always differs from the clear value of the person below. */
  static final List<Field> FIELDS =
      List.of(
          Field.FAMILY_NAME, Field.GIVEN_NAME, Field.ADDRESS, Field.BIRTH_DATE, Field.MY_NUMBER);

  static final PersonData PERSON =
      new PersonData(
          IndividualNumber.withCheckDigit("31415926535"),
          "佐藤",
          "花子",
          "サトウ",
          "ハナコ",
          LocalDate.of(1980, 1, 2),
          "2",
          "660-0052",
          "兵庫県尼崎市七松町1丁目",
          "H1",
          "");

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Entrustments entrustments;
  AccessGate gate;
  final AtomicInteger examples = new AtomicInteger();

  @BeforeAll
  void open() throws Exception {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    Path keys = Files.createTempDirectory("mamori-mask-properties");
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    entrustments =
        new Entrustments(
            store.dataSource(), logs, e -> {}, (org, user) -> user.equals("op-" + org), clock);
    Vault vault =
        new Vault(
            store.dataSource(),
            new TenantKeys(
                store.dataSource(),
                RootKeys.open(
                    new RootKeyConfig.KeyFile(keys.resolve("root.key")), store.dataSource()),
                clock),
            logs,
            clock,
            List.of());
    gate = new AccessGate(store.dataSource(), vault, entrustments, logs, e -> {}, clock);
    entrustments.registerOrganisation(Organisation.controller(TENANT, "市"));
    entrustments.seedPurposes(TENANT);
    vault.register(
        TENANT,
        new Actor(
            new UserId("importer"),
            new OrganisationId(TENANT),
            List.of(),
            new Why(PURPOSE, "import")),
        List.of(PERSON));
  }

  @AfterAll
  void close() {
    entrustments.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  @Test
  void theRevealedMask_isNeverWeakerThanTheChains_whateverIsAsked() {
    MaskedTheories.qt()
        .withExamples(80)
        .forAll(longs().all())
        .checkAssert(seed -> check(new Random(seed)));
  }

  /**
   * A listing is decided from the entrustments in force: a wider re-entrustment still only
   * requested (never approved), or one suspended, must not widen the fields the listing asks for
   * and so refuse the work the active one allows.
   */
  @Test
  void aListing_isDecidedFromTheEntrustmentsInForceOnly() {
    Principal sub =
        entrust(
            List.of(
                Map.of(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE),
                Map.of(Field.FAMILY_NAME, Mask.NONE)));
    String org = sub.organisationId().value();
    Entrustment active = entrustments.heldBy(org).getFirst();
    Scope wider =
        new Scope(
            Set.of(PURPOSE),
            Map.of(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE),
            PersonSet.ALL,
            TODAY,
            TODAY,
            1000,
            EnumSet.of(Action.READ));
    Entrustment requested =
        entrustments.create(
            active.parent(),
            org,
            contractFor(org),
            wider,
            new Caller("admin-" + active.from(), active.from(), Role.ORG_ADMIN));
    assertThat(entrustments.standing(requested).active()).isFalse();

    assertThat(gate.persons(sub, new Why(PURPOSE, "case-list"), 1)).hasSize(1);

    Entrustment suspendable =
        entrustments.create(
            active.parent(),
            org,
            contractFor(org),
            wider,
            new Caller("admin-" + active.from(), active.from(), Role.ORG_ADMIN));
    entrustments.approve(suspendable.id(), OFFICER);
    entrustments.suspend(suspendable.id(), OFFICER);
    assertThat(gate.persons(sub, new Why(PURPOSE, "case-list"), 1)).hasSize(1);
  }

  private void check(Random rng) {
    List<Map<Field, Mask>> links = randomChain(rng);
    Map<Field, Mask> bottom = links.getLast();
    Principal operator = entrust(links);
    Map<Field, Mask> asked = new EnumMap<>(Field.class);
    for (Field f : FIELDS) {
      if (rng.nextInt(3) == 0) {
        asked.put(f, Mask.values()[rng.nextInt(Mask.values().length)]);
      }
    }
    AgencyToken token = gate.persons(operator, new Why(PURPOSE, "case-1"), 1).getFirst();
    if (!bottom.keySet().containsAll(asked.keySet())) {
      assertThatThrownBy(() -> gate.read(operator, token, new Why(PURPOSE, "case-1"), asked))
          .isInstanceOfSatisfying(
              AccessException.class, e -> assertThat(e.code()).isEqualTo("field.out-of-scope"));
      return;
    }
    Revealed revealed = gate.read(operator, token, new Why(PURPOSE, "case-1"), asked);
    for (Field f : FIELDS) {
      Mask chain = strictest(links, f);
      Mask expected =
          !bottom.containsKey(f) || !asked.isEmpty() && !asked.containsKey(f)
              ? Mask.FULL
              : stricter(
                  chain,
                  asked.isEmpty() && f == Field.MY_NUMBER
                      ? Mask.PARTIAL // asked for nothing by name, the number is shown partly
                      : asked.getOrDefault(f, Mask.NONE));
      Mask shown = shown(f, revealed);
      assertThat(shown).as("%s: chain %s, asked %s", f, chain, asked.get(f)).isEqualTo(expected);
      if (chain != null) {
        assertThat(shown.ordinal())
            .as("%s never weaker than the chain's %s", f, chain)
            .isGreaterThanOrEqualTo(chain.ordinal());
      }
    }
  }

  /**
   * One to three links, root first, each within its parent as a re-entrustment must be: a field of
   * the child is a field of the parent, shown at the parent's masking or stricter.
   */
  static List<Map<Field, Mask>> randomChain(Random rng) {
    List<Map<Field, Mask>> links = new ArrayList<>();
    Map<Field, Mask> parent = null;
    for (int depth = 1 + rng.nextInt(3); depth > 0; depth--) {
      Map<Field, Mask> link = new EnumMap<>(Field.class);
      for (Field f : FIELDS) {
        Mask above = parent == null ? Mask.NONE : parent.get(f);
        if (above != null && rng.nextInt(4) != 0) {
          link.put(f, above == Mask.PARTIAL || rng.nextBoolean() ? Mask.PARTIAL : Mask.NONE);
        }
      }
      if (link.isEmpty()) {
        Field f =
            parent == null
                ? FIELDS.get(rng.nextInt(FIELDS.size()))
                : parent.keySet().iterator().next();
        link.put(f, Mask.PARTIAL);
      }
      links.add(link);
      parent = link;
    }
    return links;
  }

  /** A complete contract whose staff list names the operator of {@code org}. */
  static Contract contractFor(String org) {
    return new Contract(true, true, List.of("op-" + org), true, true, true, "", null);
  }

  /** The chain as entrustments to fresh organisations, approved; an operator of the last one. */
  private Principal entrust(List<Map<Field, Mask>> links) {
    String prefix = "e" + examples.incrementAndGet();
    String giver = TENANT;
    String parent = null;
    for (int i = 0; i < links.size(); i++) {
      String org = prefix + "-" + i;
      entrustments.registerOrganisation(
          new Organisation(
              org,
              org,
              i == 0 ? Organisation.Kind.CONTRACTOR : Organisation.Kind.SUBCONTRACTOR,
              TENANT));
      Scope scope =
          new Scope(
              Set.of(PURPOSE),
              links.get(i),
              PersonSet.ALL,
              TODAY,
              TODAY,
              1000,
              EnumSet.of(Action.READ));
      Entrustment e =
          entrustments.create(
              parent,
              org,
              contractFor(org),
              scope,
              new Caller("admin-" + giver, giver, Role.ORG_ADMIN));
      // a re-entrustment, and a first one showing the number in the clear, wait for the officer
      if (e.status() == Entrustment.Status.REQUESTED) {
        entrustments.approve(e.id(), OFFICER);
      }
      parent = e.id();
      giver = org;
    }
    return new Principal(
        new UserId("op-" + giver),
        new TenantId(TENANT),
        new OrganisationId(giver),
        Role.OPERATOR,
        "tok-" + giver);
  }

  /** The strictest masking the links give {@code f}, or null when a link does not show it. */
  static Mask strictest(List<Map<Field, Mask>> links, Field f) {
    Mask m = Mask.NONE;
    for (Map<Field, Mask> link : links) {
      if (!link.containsKey(f)) {
        return null;
      }
      m = stricter(m, link.get(f));
    }
    return m;
  }

  static Mask stricter(Mask a, Mask b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** How a field came back: absent (FULL), the clear value (NONE), or something else (PARTIAL). */
  static Mask shown(Field f, Revealed r) {
    String value = r.get(f).orElse(null);
    if (value == null) {
      return Mask.FULL;
    }
    return value.equals(clear(f)) ? Mask.NONE : Mask.PARTIAL;
  }

  static String clear(Field f) {
    return switch (f) {
      case FAMILY_NAME -> PERSON.familyName();
      case GIVEN_NAME -> PERSON.givenName();
      case ADDRESS -> PERSON.address();
      case BIRTH_DATE -> PERSON.birthDate().toString();
      case MY_NUMBER -> PERSON.myNumber().digits(InsecureNumberAccess.get());
      default -> throw new IllegalArgumentException(f.name());
    };
  }
}
