package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Decision;
import mamori.entrustment.Entrustment;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Request;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.number.IndividualNumber;
import mamori.vault.Actor;
import mamori.vault.PersonSets;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import mamori.vault.Vault;
import org.junit.jupiter.api.Test;

/**
 * The gate on its own, with fakes for the vault, the entrustments and the log: each test sets what
 * the chain decides and checks what the gate then asks of the vault, what it counts and gives back,
 * and every record it writes, field by field. The HTTP tests prove the same paths end to end; these
 * are fast enough to run once per mutant.
 */
class AccessGateTest {
  static final TenantId TENANT = new TenantId("gate-city");
  static final String CONTRACTOR = "gate-data";
  static final Instant NOW = Instant.parse("2025-06-02T01:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2025-06-02");
  static final Why WHY = new Why("resident-tax", "case-7");
  static final Principal STAFF =
      new Principal(
          new UserId("clerk"), TENANT, new OrganisationId(TENANT.value()), Role.STAFF, "web:s1");
  static final Principal OPERATOR =
      new Principal(
          new UserId("op"), TENANT, new OrganisationId(CONTRACTOR), Role.OPERATOR, "api:t1");
  static final AgencyToken OWN = token("0000");
  static final AgencyToken ORGS = token("1111");
  static final List<String> CHAIN = List.of("ent-aaaa-bbbb-cccc");

  final FakeVault vault = new FakeVault();
  final FakeChains chains = new FakeChains();
  final List<AccessRecord> log = new ArrayList<>();
  final List<String> logTenants = new ArrayList<>();
  final Map<String, String> orgTokens = new HashMap<>();
  final List<Vault.TokenPair> remembered = new ArrayList<>();
  final List<Object> events = new ArrayList<>();
  final List<TenantId> limitsAskedFor = new ArrayList<>();
  StaffLimits limits = new StaffLimits(5, 3);

  /** What happened, in order: "log:<action>", "vault:<call>". */
  final List<String> order = new ArrayList<>();

  /** When set, the log refuses every append with it. */
  RuntimeException logDown;

  final AccessGate gate =
      new AccessGate(
          vault,
          chains,
          (tenant, record) -> {
            if (logDown != null) {
              throw logDown;
            }
            order.add("log:" + record.action());
            logTenants.add(tenant);
            log.add(record);
          },
          new OrganisationTokens() {
            @Override
            public void remember(String tenant, String organisation, List<Vault.TokenPair> pairs) {
              assertThat(tenant).isEqualTo(TENANT.value());
              assertThat(organisation).isEqualTo(CONTRACTOR);
              remembered.addAll(pairs);
            }

            @Override
            public Optional<String> own(String tenant, String organisation, String token) {
              return tenant.equals(TENANT.value()) && organisation.equals(CONTRACTOR)
                  ? Optional.ofNullable(orgTokens.get(token))
                  : Optional.empty();
            }
          },
          (Function<TenantId, StaffLimits>)
              t -> {
                limitsAskedFor.add(t);
                return limits;
              },
          events::add,
          Clock.fixed(NOW, ZoneOffset.UTC));

  // ---- listing ----

  @Test
  void aListing_outsideOneToTenThousand_isRefusedBeforeAnythingIsDecidedOrLogged() {
    for (int limit : new int[] {0, -1, 10_001}) {
      assertThatThrownBy(() -> gate.persons(STAFF, WHY, limit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(limit));
    }
    assertThat(log).isEmpty();
    assertThat(chains.requests).isEmpty();
  }

  @Test
  void anAllowedListing_isLoggedWithItsChainPurposeAndCase_beforeAnyTokenIsRead() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustment(Set.of("resident-tax"), Field.FAMILY_NAME, Field.ADDRESS));
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));

    List<AgencyToken> shown = gate.persons(OPERATOR, WHY, 10_000);

    assertThat(shown).containsExactly(ORGS);
    assertThat(remembered).containsExactly(new Vault.TokenPair(ORGS, OWN));
    assertThat(vault.tokensAsked).containsExactly(TENANT.value() + "/" + CONTRACTOR + "/10000");
    assertThat(order).containsExactly("log:list", "vault:tokens");
    AccessRecord r = log.getFirst();
    assertThat(logTenants).containsExactly(TENANT.value());
    assertThat(r.allowed()).isTrue();
    assertThat(r.actor()).isEqualTo("op");
    assertThat(r.organisation()).isEqualTo(CONTRACTOR);
    assertThat(r.chain()).isEqualTo(CHAIN);
    assertThat(r.purpose()).isEqualTo("resident-tax");
    assertThat(r.caseRef()).isEqualTo("case-7");
    assertThat(r.personToken()).isEmpty();
    assertThat(r.fields()).containsExactly("address", "family_name");
    assertThat(r.time()).isEqualTo(NOW);
    Request asked = chains.requests.getFirst();
    assertThat(asked.action()).isEqualTo(Action.READ);
    assertThat(asked.fields()).containsExactlyInAnyOrder(Field.FAMILY_NAME, Field.ADDRESS);
    assertThat(asked.time()).isEqualTo(NOW);
    assertThat(asked.why()).isEqualTo(WHY);
    // a listing refuses no one for the set: it shows only the set's members
    assertThat(asked.personIn().test(PersonSet.ALL)).isTrue();
    assertThat(asked.personIn().test(KITA)).isTrue();
    assertThat(vault.pagesAsked).containsExactly(new PersonSets.Members.Everyone());
    assertThat(vault.pagesAfter).containsExactly(Long.MIN_VALUE);
    assertThat(vault.holdsAsked).isEmpty();
    assertThat(chains.consumed).isZero();
  }

  static final PersonSet KITA = PersonSet.parse("tag:ward=kita");

  /** The held entrustment of {@link #entrustment} over {@code persons}. */
  static Entrustment entrustmentOver(PersonSet persons) {
    Entrustment e = entrustment(Set.of("resident-tax"), Field.FAMILY_NAME);
    Scope s = e.scope();
    return new Entrustment(
        e.id(),
        e.tenant(),
        e.parent(),
        e.from(),
        e.to(),
        e.contract(),
        new Scope(s.purposes(), s.fields(), persons, s.from(), s.to(), s.dailyCap(), s.actions()),
        e.status(),
        null,
        null);
  }

  @Test
  void aContractorsListing_showsTheMembersOfItsEntrustmentsSet() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(KITA));
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));

    AccessGate.Listing page = gate.persons(OPERATOR, WHY, 5, null);

    assertThat(page.tokens()).containsExactly(ORGS);
    assertThat(page.next()).isEmpty();
    assertThat(vault.pagesAsked)
        .containsExactly(new PersonSets.Members.Tagged(PersonTag.parse("ward=kita")));
    assertThat(order).containsExactly("log:list", "vault:tokens");
  }

  @Test
  void aListingWhoseEntrustmentIsNoLongerHeld_showsNoOne() {
    chains.allowAll(List.of("ent-other-0000-0000"));
    chains.held.add(entrustmentOver(PersonSet.ALL));

    gate.persons(OPERATOR, WHY, 5, null);

    assertThat(vault.pagesAsked).containsExactly(new PersonSets.Members.Nobody());
  }

  @Test
  void aContractorsListingAllowedWithoutAChain_showsNoOne() {
    chains.allowAll(List.of());
    chains.held.add(entrustmentOver(PersonSet.ALL));

    gate.persons(OPERATOR, WHY, 5, null);

    assertThat(vault.pagesAsked).containsExactly(new PersonSets.Members.Nobody());
  }

  @Test
  void theTenantsStaff_listEveryone_whateverTheChainSays() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(KITA));

    gate.persons(STAFF, WHY, 5, null);

    assertThat(vault.pagesAsked).containsExactly(new PersonSets.Members.Everyone());
  }

  @Test
  void aFullPage_givesACursorSealedForTheCaller_andTheNextPageStartsAfterIt() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(KITA));
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));
    vault.last = OptionalLong.of(4242);

    AccessGate.Listing first = gate.persons(OPERATOR, WHY, 1, null);

    assertThat(first.next()).contains(TENANT.value() + "|" + CONTRACTOR + "/op|4242");
    vault.last = OptionalLong.empty();
    AccessGate.Listing second = gate.persons(OPERATOR, WHY, 1, first.next().orElseThrow());
    assertThat(second.next()).isEmpty();
    assertThat(vault.pagesAfter).containsExactly(Long.MIN_VALUE, 4242L);
    assertThat(log).hasSize(2).allMatch(r -> r.action().equals("list") && r.allowed());
  }

  @Test
  void anotherCallersCursor_orAForgedOne_isRefused_beforeAnythingIsDecidedOrLogged() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(KITA));
    String staffs = TENANT.value() + "|" + TENANT.value() + "/clerk|7";

    for (String bad : List.of(staffs, "forged", "")) {
      assertThatThrownBy(() -> gate.persons(OPERATOR, WHY, 5, bad))
          .isInstanceOf(InvalidCursor.class)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(gate.persons(STAFF, WHY, 5, staffs).tokens()).isEmpty();
    assertThat(vault.pagesAfter).containsExactly(7L);
    assertThat(chains.requests).hasSize(1);
    assertThat(log).hasSize(1);
  }

  @Test
  void aRead_asksWhetherThePersonIsInEachSet_onceASet() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    PersonSets.Members kita = new PersonSets.Members.Tagged(PersonTag.parse("ward=kita"));
    vault.members.put(kita, Set.of(OWN));
    List<Boolean> answers = new ArrayList<>();
    chains.decides =
        r -> {
          answers.add(r.personIn().test(KITA));
          answers.add(r.personIn().test(KITA));
          answers.add(r.personIn().test(PersonSet.parse("list:other")));
          answers.add(r.personIn().test(PersonSet.parse("job:j-1")));
          answers.add(r.personIn().test(PersonSet.ALL));
          return new Decision(
              Outcome.denied(Reason.PERSON_OUT_OF_SCOPE), TENANT.value(), CHAIN, TODAY);
        };

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.FAMILY_NAME, Mask.NONE)))
        .isInstanceOf(AccessException.class)
        .extracting(e -> ((AccessException) e).reason())
        .isEqualTo(Reason.PERSON_OUT_OF_SCOPE);

    assertThat(answers).containsExactly(true, true, false, false, true);
    assertThat(vault.holdsAsked)
        .containsExactly(
            OWN.value() + " in " + kita,
            OWN.value() + " in " + new PersonSets.Members.Listed("other"),
            OWN.value() + " in " + new PersonSets.Members.Nobody(),
            OWN.value() + " in " + new PersonSets.Members.Everyone());
    AccessRecord denied = log.getFirst();
    assertThat(denied.allowed()).isFalse();
    assertThat(denied.decision()).isEqualTo("deny:person.out-of-scope");
    assertThat(denied.personToken()).isEqualTo(OWN.value());
    assertThat(vault.revealed).isEmpty();
  }

  @Test
  void eachPersonSet_isTheMembersTheVaultEvaluates() {
    assertThat(AccessGate.members(PersonSet.ALL)).isEqualTo(new PersonSets.Members.Everyone());
    assertThat(AccessGate.members(KITA))
        .isEqualTo(new PersonSets.Members.Tagged(PersonTag.parse("ward=kita")));
    assertThat(AccessGate.members(PersonSet.parse("list:l-1")))
        .isEqualTo(new PersonSets.Members.Listed("l-1"));
    assertThat(AccessGate.members(PersonSet.parse("job:j-1")))
        .isEqualTo(new PersonSets.Members.Nobody());
  }

  @Test
  void theTenantsStaff_listATagsMembers_loggedAsOneListing() {
    chains.allowAll(List.of());
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));

    AccessGate.Listing page = gate.members(STAFF, WHY, KITA, 1, null);

    assertThat(page.tokens()).containsExactly(OWN);
    assertThat(vault.pagesAsked)
        .containsExactly(new PersonSets.Members.Tagged(PersonTag.parse("ward=kita")));
    assertThat(log).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("list"));
    assertThat(log.getFirst().allowed()).isTrue();
    gate.members(STAFF, WHY, PersonSet.parse("list:l-1"), 1, null);
    assertThat(vault.pagesAsked.getLast()).isEqualTo(new PersonSets.Members.Listed("l-1"));
  }

  @Test
  void aContractorAskingASetsMembers_isRefusedAndLogged_andReadsNoToken() {
    chains.allowAll(CHAIN);

    assertThatThrownBy(() -> gate.members(OPERATOR, WHY, KITA, 5, null))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER));

    assertThat(log)
        .singleElement()
        .satisfies(r -> assertDenied(r, "list", "organisation.not-controller"));
    assertThat(vault.tokensAsked).isEmpty();
  }

  @Test
  void membersOfEveryoneOrAJob_orABadLimit_areRefusedBeforeAnythingIsLogged() {
    chains.allowAll(List.of());
    for (PersonSet set : List.of(PersonSet.ALL, PersonSet.parse("job:j-1"))) {
      assertThatThrownBy(() -> gate.members(STAFF, WHY, set, 5, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (int limit : new int[] {0, 10_001}) {
      assertThatThrownBy(() -> gate.members(STAFF, WHY, KITA, limit, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(gate.members(STAFF, WHY, KITA, 10_000, null).tokens()).isEmpty();
    assertThat(log).hasSize(1);
    assertThat(vault.tokensAsked).hasSize(1);
  }

  @Test
  void theTenantsStaff_listTheirOwnTokens_andNothingIsRemembered() {
    chains.allowAll(List.of());
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));

    assertThat(gate.persons(STAFF, WHY, 1)).containsExactly(OWN);
    assertThat(remembered).isEmpty();
    assertThat(log.getFirst().fields())
        .hasSize(Field.values().length)
        .contains("my_number", "bank_account");
    assertThat(vault.tokensAsked).containsExactly(TENANT.value() + "/" + TENANT.value() + "/1");
  }

  @Test
  void aRefusedListing_isLoggedWithItsReason_publishedAndThrown_andReadsNoToken() {
    chains.deny(Reason.PURPOSE_NOT_GRANTED, CHAIN);

    assertThatThrownBy(() -> gate.persons(OPERATOR, WHY, 5))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.PURPOSE_NOT_GRANTED));

    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "list", "purpose.not-granted"));
    assertThat(log.getFirst().chain()).isEqualTo(CHAIN);
    assertThat(vault.tokensAsked).isEmpty();
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            AccessDenied.class,
            d -> {
              assertThat(d.reason()).isEqualTo(Reason.PURPOSE_NOT_GRANTED);
              assertThat(d.attempt().action()).isEqualTo(Action.LIST);
              assertThat(d.attempt().who()).isEqualTo(OPERATOR.who());
            });
  }

  @Test
  void aContractorsScope_isTheUnionOfItsEntrustmentsInForceForThePurpose() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustment(Set.of("resident-tax"), Field.FAMILY_NAME));
    chains.held.add(entrustment(Set.of("resident-tax", "pension"), Field.ADDRESS));
    chains.held.add(entrustment(Set.of("pension"), Field.BANK_ACCOUNT));
    vault.pairs = List.of();

    gate.persons(OPERATOR, WHY, 3);

    assertThat(chains.requests.getFirst().fields())
        .containsExactlyInAnyOrder(Field.FAMILY_NAME, Field.ADDRESS);
    assertThat(log.getFirst().fields()).containsExactly("address", "family_name");
    assertThat(remembered).isEmpty();
  }

  @Test
  void twoEntrustmentsOfDifferentFields_eachAllowTheirOwnWork_whenNoChainCoversBoth() {
    chains.held.add(entrustment(Set.of("resident-tax"), Field.FAMILY_NAME, Field.GIVEN_NAME));
    chains.held.add(entrustment(Set.of("resident-tax"), Field.ADDRESS));
    chains.held.add(entrustment(Set.of("resident-tax"), Field.ADDRESS)); // the same fields again
    // each chain covers only its own fields
    chains.decides =
        r -> {
          boolean covered =
              Set.of(Field.FAMILY_NAME, Field.GIVEN_NAME).containsAll(r.fields())
                  || Set.of(Field.ADDRESS).containsAll(r.fields());
          return covered
              ? new Decision(Outcome.allowed(masks(r.fields())), TENANT.value(), CHAIN, TODAY)
              : new Decision(
                  Outcome.denied(Reason.FIELD_OUT_OF_SCOPE), TENANT.value(), List.of(), TODAY);
        };
    vault.pairs = List.of(new Vault.TokenPair(ORGS, OWN));
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);

    assertThat(gate.persons(OPERATOR, WHY, 5)).containsExactly(ORGS);
    assertThat(log).singleElement().satisfies(r -> assertThat(r.allowed()).isTrue());
    assertThat(log.getFirst().fields()).containsExactly("family_name", "given_name");
    assertThat(chains.requests)
        .extracting(Request::fields)
        .containsExactly(
            EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.ADDRESS),
            EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME));

    gate.read(OPERATOR, ORGS, WHY, Map.of());
    assertThat(vault.revealed.getFirst().masks())
        .containsOnlyKeys(Field.FAMILY_NAME, Field.GIVEN_NAME);
  }

  @Test
  void whenNoEntrustmentAllowsItsOwnWork_theRefusalIsTheFirstOnesReason() {
    chains.held.add(entrustment(Set.of("resident-tax"), Field.FAMILY_NAME));
    chains.held.add(entrustment(Set.of("resident-tax"), Field.ADDRESS));
    chains.decides =
        r ->
            new Decision(
                Outcome.denied(
                    r.fields().size() == 2 ? Reason.FIELD_OUT_OF_SCOPE : Reason.PERIOD_OUTSIDE),
                TENANT.value(),
                List.of(),
                TODAY);

    assertThatThrownBy(() -> gate.persons(OPERATOR, WHY, 5))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.FIELD_OUT_OF_SCOPE));
    assertThat(chains.requests).hasSize(3);
    assertThat(log.getFirst().fields()).containsExactly("address", "family_name");
  }

  static Map<Field, Mask> masks(Set<Field> fields) {
    Map<Field, Mask> m = new EnumMap<>(Field.class);
    fields.forEach(f -> m.put(f, Mask.NONE));
    return m;
  }

  @Test
  void aContractorWithNothingInForceForThePurpose_asksForTheFamilyNameOnly() {
    chains.deny(Reason.CHAIN_NONE, List.of());
    chains.held.add(entrustment(Set.of("pension"), Field.BANK_ACCOUNT));

    assertThatThrownBy(() -> gate.persons(OPERATOR, WHY, 3)).isInstanceOf(AccessException.class);
    assertThat(chains.requests.getFirst().fields()).containsExactly(Field.FAMILY_NAME);
  }

  // ---- reading ----

  @Test
  void aRead_showsEachFieldAtTheStricterOfTheChainsAndTheAsked() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    Map<Field, Mask> chain = new EnumMap<>(Field.class);
    chain.put(Field.FAMILY_NAME, Mask.PARTIAL);
    chain.put(Field.ADDRESS, Mask.NONE);
    chain.put(Field.MY_NUMBER, Mask.NONE);
    chain.put(Field.BIRTH_DATE, Mask.NONE);
    chains.allow(chain, CHAIN);
    Map<Field, Mask> asked = new EnumMap<>(Field.class);
    asked.put(Field.FAMILY_NAME, Mask.NONE);
    asked.put(Field.ADDRESS, Mask.PARTIAL);
    asked.put(Field.MY_NUMBER, Mask.NONE);
    asked.put(Field.BIRTH_DATE, Mask.FULL);

    gate.read(OPERATOR, ORGS, WHY, asked);

    assertThat(vault.revealed)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.token()).isEqualTo(OWN);
          assertThat(r.action()).isEqualTo(Action.READ);
          assertThat(r.masks())
              .containsExactlyInAnyOrderEntriesOf(
                  Map.of(
                      Field.FAMILY_NAME, Mask.PARTIAL,
                      Field.ADDRESS, Mask.PARTIAL,
                      Field.MY_NUMBER, Mask.NONE,
                      Field.BIRTH_DATE, Mask.FULL));
          assertThat(r.actor().user()).isEqualTo(OPERATOR.userId());
          assertThat(r.actor().organisation()).isEqualTo(OPERATOR.organisationId());
          assertThat(r.actor().chain()).isEqualTo(CHAIN);
          assertThat(r.actor().why()).isEqualTo(WHY);
        });
    assertThat(chains.requests.getFirst().fields()).isEqualTo(asked.keySet());
    assertThat(chains.requests.getFirst().action()).isEqualTo(Action.READ);
    assertThat(chains.consumed).isEqualTo(1);
    assertThat(chains.ownConsumed).isEmpty();
    assertThat(log).as("the vault writes the read record, not the gate").isEmpty();
  }

  @Test
  void aReadAskingNoField_showsTheScopeAndTheNumberOnlyPartly_evenToStaff() {
    vault.known.add(OWN);
    Map<Field, Mask> chain = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      chain.put(f, Mask.NONE);
    }
    chains.allow(chain, List.of());

    gate.read(STAFF, OWN, WHY, Map.of());

    Map<Field, Mask> shown = vault.revealed.getFirst().masks();
    assertThat(shown).containsEntry(Field.MY_NUMBER, Mask.PARTIAL);
    assertThat(shown).containsEntry(Field.BANK_ACCOUNT, Mask.NONE);
    assertThat(shown).containsEntry(Field.FAMILY_NAME, Mask.NONE);
    assertThat(shown).hasSize(Field.values().length);
    assertThat(chains.requests.getFirst().fields()).hasSize(Field.values().length);
  }

  @Test
  void theFullNumber_isShownWhenAskedForByName() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.MY_NUMBER, Mask.NONE), List.of());

    gate.read(STAFF, OWN, WHY, Map.of(Field.MY_NUMBER, Mask.NONE));

    assertThat(vault.revealed.getFirst().masks())
        .containsExactlyEntriesOf(Map.of(Field.MY_NUMBER, Mask.NONE));
  }

  @Test
  void aContractorsTokenItWasNeverShown_namesNothing_andIsLoggedWithoutAPerson() {
    vault.known.add(OWN);

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isInstanceOfSatisfying(AccessException.class, e -> assertThat(e.notFound()).isTrue());

    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "read", "person.not-found"));
    assertThat(log.getFirst().personToken()).isEmpty();
    assertThat(log.getFirst().fields()).containsExactly("address");
    assertThat(log.getFirst().chain()).isEmpty();
    assertThat(chains.requests).isEmpty();
    assertThat(vault.revealed).isEmpty();
  }

  @Test
  void aTokenTheVaultDoesNotKnow_namesNothing() {
    orgTokens.put(ORGS.value(), OWN.value());

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of()))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PERSON_NOT_FOUND));
    assertThatThrownBy(() -> gate.read(STAFF, ORGS, WHY, Map.of()))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PERSON_NOT_FOUND));
    assertThat(vault.knowsAsked).containsExactly(OWN, ORGS);
    assertThat(chains.requests).isEmpty();
  }

  @Test
  void aRefusedRead_isLoggedWithThePersonChainAndFields_andRevealsNothing() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.deny(Reason.FIELD_OUT_OF_SCOPE, CHAIN);

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.BANK_ACCOUNT, Mask.NONE)))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.FIELD_OUT_OF_SCOPE));

    AccessRecord r = log.getFirst();
    assertDenied(r, "read", "field.out-of-scope");
    assertThat(r.personToken()).isEqualTo(OWN.value());
    assertThat(r.chain()).isEqualTo(CHAIN);
    assertThat(r.fields()).containsExactly("bank_account");
    assertThat(chains.consumed).isZero();
    assertThat(vault.revealed).isEmpty();
  }

  @Test
  void aReadPastTheChainsCap_isRefusedAsVolumeExceeded_andLogged() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), CHAIN);
    chains.room = 0;

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.VOLUME_EXCEEDED));
    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "read", "volume.exceeded"));
    assertThat(log.getFirst().personToken()).isEqualTo(OWN.value());
    assertThat(vault.revealed).isEmpty();
  }

  @Test
  void aReadTheLogRefusesOrCannotWrite_givesItsVolumeBack() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), CHAIN);
    vault.failWith = new IllegalArgumentException("an access record field is too long");

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isSameAs(vault.failWith);
    assertThat(chains.consumed).isEqualTo(1);
    assertThat(chains.givenBack).isEqualTo(1);

    vault.failWith = new LogUnavailableException("the log is down");
    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isSameAs(vault.failWith);
    assertThat(chains.givenBack).isEqualTo(2);

    vault.failWith = null;
    gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    assertThat(chains.consumed).isEqualTo(3);
    assertThat(chains.givenBack).isEqualTo(2);
  }

  @Test
  void aReadThatFailsAfterItsRecordWasWritten_staysCounted() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), CHAIN);
    vault.failWith = new IllegalStateException("a key that cannot open");

    assertThatThrownBy(() -> gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isSameAs(vault.failWith);
    assertThat(chains.consumed).isEqualTo(1);
    assertThat(chains.givenBack).isZero();
  }

  // ---- staff volume ----

  @Test
  void aStaffMembersReads_countAgainstTheirOwnDailyVolume_andStopAtTheTenantsCap() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(2, 100);

    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    assertThatThrownBy(() -> gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.VOLUME_EXCEEDED));

    assertThat(vault.revealed).hasSize(2);
    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 2L);
    assertThat(chains.ownCaps).containsOnly(2L);
    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "read", "volume.exceeded"));
    assertThat(limitsAskedFor).contains(TENANT);
  }

  @Test
  void aStaffReadTheLogRefuses_givesTheOwnVolumeBackToo() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    vault.failWith = new IllegalArgumentException("refused");

    assertThatThrownBy(() -> gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isSameAs(vault.failWith);
    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 0L);
  }

  @Test
  void whenTheChainsCapRefusesAfterTheOwnVolumeCounted_theOwnUnitIsGivenBack() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    chains.room = 0;

    assertThatThrownBy(() -> gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isInstanceOf(AccessException.class);
    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 0L);
  }

  @Test
  void aStaffMemberPassingTheAlertThreshold_isReportedOncePerDay() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(10, 3);

    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    assertThat(events).isEmpty();
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            BulkReading.class,
            b -> {
              assertThat(b.who()).isEqualTo(STAFF.who());
              assertThat(b.day()).isEqualTo(TODAY);
              assertThat(b.reads()).isEqualTo(3);
              assertThat(b.threshold()).isEqualTo(3);
              assertThat(b.cap()).isEqualTo(10);
            });
  }

  @Test
  void theBulkReadingAlert_comesAgainOnTheNextDay_andForEachStaffMember() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(10, 1);
    Principal colleague =
        new Principal(
            new UserId("clerk-2"),
            TENANT,
            new OrganisationId(TENANT.value()),
            Role.STAFF,
            "web:s2");

    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(colleague, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    chains.day = TODAY.plusDays(1);
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));

    assertThat(events)
        .map(e -> (BulkReading) e)
        .extracting(b -> b.who().user().value() + " " + b.day() + " " + b.reads())
        .containsExactly(
            "clerk " + TODAY + " 1",
            "clerk-2 " + TODAY + " 1",
            "clerk " + TODAY.plusDays(1) + " 1");
  }

  @Test
  void anAlertThresholdAboveTheCap_isReachedAtTheCap() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(2, 5);

    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    assertThat(events).isEmpty();
    gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(BulkReading.class, b -> assertThat(b.threshold()).isEqualTo(2));
  }

  @Test
  void aFailingAlertCheck_doesNotTurnALoggedReadIntoAnError() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    chains.countFails = true;

    assertThat(gate.read(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)).token()).isEqualTo(OWN);
    assertThat(vault.revealed).hasSize(1);
    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 1L);
  }

  @Test
  void lettersPrintedAndErasures_doNotCountAgainstTheStaffVolume() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(1, 1);

    gate.printAddressed(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.printAddressed(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.erase(STAFF, OWN, WHY);

    assertThat(chains.ownConsumed).isEmpty();
    assertThat(events).isEmpty();
    assertThat(vault.revealed)
        .extracting(FakeVault.Reveal::action)
        .containsExactly(Action.PRINT, Action.PRINT);
    assertThat(chains.requests)
        .extracting(Request::action)
        .containsExactly(Action.PRINT, Action.PRINT, Action.READ);
  }

  @Test
  void aStaffMembersPrintForOthers_countsAgainstTheirOwnVolume_andStopsAtIt() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), List.of());
    limits = new StaffLimits(1, 1);

    gate.print(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    assertThatThrownBy(() -> gate.print(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.VOLUME_EXCEEDED));

    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 1L);
    assertThat(vault.revealed).extracting(FakeVault.Reveal::action).containsExactly(Action.PRINT);
    assertThat(log.getLast().decision()).isEqualTo("deny:volume.exceeded");
    assertThat(log.getLast().action()).isEqualTo("print");
  }

  @Test
  void aContractorsReads_countOnlyAgainstTheChain() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.NONE), CHAIN);
    limits = new StaffLimits(1, 1);

    gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE));
    gate.read(OPERATOR, ORGS, WHY, Map.of(Field.ADDRESS, Mask.NONE));

    assertThat(chains.ownConsumed).isEmpty();
    assertThat(chains.consumed).isEqualTo(2);
    assertThat(events).isEmpty();
  }

  // ---- staff only ----

  @Test
  void historySearchesAndErasure_areForTheTenantsStaffOnly() {
    orgTokens.put(ORGS.value(), OWN.value());
    vault.known.add(OWN);
    chains.allowAll(CHAIN);

    List<Runnable> attempts =
        List.of(
            () -> gate.history(OPERATOR, ORGS, WHY, Map.of()),
            () -> gate.findByNumber(OPERATOR, WHY, IndividualNumber.withCheckDigit("12345678901")),
            () -> gate.findByNameAndBirthDate(OPERATOR, WHY, "山田", "太郎", TODAY),
            () -> gate.erase(OPERATOR, ORGS, WHY));
    for (Runnable attempt : attempts) {
      assertThatThrownBy(attempt::run)
          .isInstanceOfSatisfying(
              AccessException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER));
    }
    assertThat(log)
        .extracting(AccessRecord::action)
        .containsExactly("read", "find", "find", "erase");
    assertThat(log)
        .allSatisfy(r -> assertThat(r.decision()).isEqualTo("deny:organisation.not-controller"));
    assertThat(log).allSatisfy(r -> assertThat(r.chain()).isEmpty());
    assertThat(log).allSatisfy(r -> assertThat(r.fields()).isEmpty());
    assertThat(chains.requests).isEmpty();
    assertThat(vault.calls).isEmpty();
  }

  @Test
  void aStaffHistory_isReadAtTheDecidedMasks_andCounted() {
    vault.known.add(OWN);
    chains.allow(Map.of(Field.ADDRESS, Mask.PARTIAL), List.of());

    assertThat(gate.history(STAFF, OWN, WHY, Map.of(Field.ADDRESS, Mask.NONE)))
        .singleElement()
        .satisfies(v -> assertThat(v.get(Field.ADDRESS)).contains("前の住所"));

    assertThat(vault.calls).containsExactly("history:" + OWN.value() + ":{ADDRESS=PARTIAL}");
    assertThat(chains.ownConsumed).containsEntry(TENANT.value() + "/clerk/" + TODAY, 1L);
  }

  @Test
  void aStaffSearch_passesTheActorWithItsWhy_andARefusalIsLoggedAsFind() {
    chains.allowAll(List.of());
    IndividualNumber number = IndividualNumber.withCheckDigit("12345678901");

    assertThat(gate.findByNumber(STAFF, WHY, number)).contains(OWN);
    assertThat(gate.findByNameAndBirthDate(STAFF, WHY, "山田", "太郎", TODAY))
        .containsExactly(OWN, ORGS);

    assertThat(vault.calls).containsExactly("findByNumber", "findByName:山田/太郎/" + TODAY);
    assertThat(vault.actors)
        .allSatisfy(a -> {
          assertThat(a.user()).isEqualTo(STAFF.userId());
          assertThat(a.why()).isEqualTo(WHY);
        });
    assertThat(chains.requests)
        .extracting(Request::fields)
        .containsExactly(
            EnumSet.of(Field.MY_NUMBER),
            EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE));

    chains.deny(Reason.PURPOSE_NOT_GRANTED, List.of());
    assertThatThrownBy(() -> gate.findByNumber(STAFF, WHY, number))
        .isInstanceOf(AccessException.class);
    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "find", "purpose.not-granted"));
    assertThat(log.getFirst().fields()).containsExactly("my_number");
    assertThat(vault.calls).hasSize(2);
  }

  @Test
  void aStaffSearch_isDecidedOnNoPerson_soNoSetRefusesIt() {
    chains.allowAll(List.of());

    gate.findByNumber(STAFF, WHY, IndividualNumber.withCheckDigit("12345678901"));

    Request asked = chains.requests.getFirst();
    assertThat(asked.action()).isEqualTo(Action.READ);
    for (PersonSet set : List.of(PersonSet.ALL, KITA, PersonSet.parse("list:l-1"), JOB)) {
      assertThat(asked.personIn().test(set)).as(set.text()).isTrue();
    }
    assertThat(vault.holdsAsked).isEmpty();
  }

  @Test
  void anErasure_isAskedOfTheVaultWithTheActor() {
    vault.known.add(OWN);
    chains.allowAll(List.of());

    gate.erase(STAFF, OWN, WHY);

    assertThat(vault.calls).containsExactly("erase:" + OWN.value());
    assertThat(vault.actors.getFirst().chain()).isEmpty();
  }

  @Test
  void theCallerOfAPrincipal_isItsUserOrganisationAndRole() {
    assertThat(AccessGate.caller(OPERATOR)).isEqualTo(new Caller("op", CONTRACTOR, Role.OPERATOR));
  }

  // ---- desk work (issue 16) ----

  static final PersonSet.Job JOB = new PersonSet.Job("job-1");
  static final PersonSet.Job OTHER_JOB = new PersonSet.Job("job-2");
  static final Optional<mamori.core.PersonToken> PERSON = Optional.of(OWN.person());
  static final Set<Field> NAME = Set.of(Field.FAMILY_NAME);

  /** The entrustment the contractor holds, as the chain's last link, over the job. */
  void holdsTheJob() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(JOB));
  }

  @Test
  void deskWork_isDecidedAsItsActionOnTheJobsSet_andLogsNothingWhenAllowed() {
    holdsTheJob();

    AccessGate.WorkAllowed allowed =
        gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, Optional.empty(), false);

    assertThat(allowed.decision().allowed()).isTrue();
    assertThat(allowed.chain()).isEqualTo(CHAIN);
    assertThat(allowed.entrustment()).isEqualTo("ent-aaaa-bbbb-cccc");
    assertThat(allowed.fields()).containsExactly(Field.FAMILY_NAME);
    Request asked = chains.requests.getFirst();
    assertThat(asked.action()).isEqualTo(Action.ENTER);
    assertThat(asked.fields()).containsExactly(Field.FAMILY_NAME);
    assertThat(asked.why()).isEqualTo(WHY);
    assertThat(asked.time()).isEqualTo(NOW);
    assertThat(asked.user()).isEqualTo(OPERATOR.userId());
    // the person is in the job's set, and in no other set
    assertThat(asked.personIn().test(JOB)).isTrue();
    assertThat(asked.personIn().test(new PersonSet.Job("job-1"))).isTrue();
    assertThat(asked.personIn().test(OTHER_JOB)).isFalse();
    assertThat(asked.personIn().test(PersonSet.ALL)).isFalse();
    assertThat(asked.personIn().test(KITA)).isFalse();
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
    assertThat(chains.consumed).isZero();
    assertThat(vault.calls).isEmpty();
  }

  @Test
  void verifyingAPartWithNoPersonField_isDecidedOnNoField_andShowsTheEntrustmentsFields() {
    chains.allowAll(CHAIN);
    Entrustment over = entrustmentOver(JOB);
    chains.held.add(
        new Entrustment(
            over.id(),
            over.tenant(),
            over.parent(),
            over.from(),
            over.to(),
            over.contract(),
            new Scope(
                over.scope().purposes(),
                Map.of(Field.FAMILY_NAME, Mask.NONE, Field.MY_NUMBER, Mask.NONE),
                JOB,
                over.scope().from(),
                over.scope().to(),
                over.scope().dailyCap(),
                Set.of(Action.ENTER, Action.VERIFY)),
            over.status(),
            null,
            null));

    AccessGate.WorkAllowed allowed =
        gate.work(OPERATOR, WHY, Action.VERIFY, JOB, Set.of(), PERSON, false);

    assertThat(chains.requests.getFirst().action()).isEqualTo(Action.VERIFY);
    assertThat(chains.requests.getFirst().fields()).isEmpty();
    assertThat(allowed.fields()).containsExactlyInAnyOrder(Field.FAMILY_NAME, Field.MY_NUMBER);
    assertThat(log).isEmpty();
  }

  @Test
  void workAllowed_keepsItsFieldsAsGiven_andAnEmptySetEmpty() {
    Decision d = new Decision(Outcome.allowed(Map.of()), TENANT.value(), CHAIN, TODAY);
    assertThat(new AccessGate.WorkAllowed(d, Set.of()).fields()).isEmpty();
    Set<Field> given = EnumSet.of(Field.ADDRESS, Field.FAMILY_NAME);
    AccessGate.WorkAllowed allowed = new AccessGate.WorkAllowed(d, given);
    given.add(Field.MY_NUMBER);
    assertThat(allowed.fields()).containsExactlyInAnyOrder(Field.ADDRESS, Field.FAMILY_NAME);
    assertThatThrownBy(() -> allowed.fields().add(Field.MY_NUMBER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new AccessGate.WorkAllowed(null, Set.of()))
        .isInstanceOf(NullPointerException.class);
    assertThat(
            new AccessGate.WorkAllowed(
                    new Decision(
                        Outcome.allowed(Map.of()), TENANT.value(), List.of("root", "leaf"), TODAY),
                    Set.of())
                .entrustment())
        .isEqualTo("leaf");
  }

  @Test
  void deskWork_isEnterOrVerifyOnly_andAnythingElseIsNeitherDecidedNorLogged() {
    holdsTheJob();
    for (Action a : List.of(Action.READ, Action.TASK_VIEW, Action.PRINT)) {
      assertThatThrownBy(() -> gate.work(OPERATOR, WHY, a, JOB, NAME, PERSON, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(a.code());
    }
    assertThat(chains.requests).isEmpty();
    assertThat(log).isEmpty();
    assertThat(chains.consumed).isZero();
  }

  @Test
  void theTenantsOwnStaff_doNotKey_refusedAsChainNone_logged_beforeAnythingIsDecided() {
    holdsTheJob();

    assertThatThrownBy(() -> gate.work(STAFF, WHY, Action.ENTER, JOB, NAME, PERSON, true))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHAIN_NONE));

    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertDenied(r, "enter", "chain.none");
          assertThat(r.actor()).isEqualTo("clerk");
          assertThat(r.chain()).isEmpty();
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.fields()).containsExactly("family_name");
        });
    assertThat(events).singleElement().isInstanceOf(AccessDenied.class);
    assertThat(chains.requests).isEmpty();
    assertThat(chains.consumed).isZero();
    assertThat(gate.workActions(STAFF, WHY, JOB)).isEmpty();
    assertThat(chains.requests).isEmpty();
  }

  @Test
  void aChainsRefusal_isLoggedWithItsReasonChainPersonAndFields_andPublished() {
    chains.deny(Reason.PURPOSE_NOT_GRANTED, CHAIN);
    chains.held.add(entrustmentOver(JOB));

    assertThatThrownBy(() -> gate.work(OPERATOR, WHY, Action.VERIFY, JOB, NAME, PERSON, true))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.PURPOSE_NOT_GRANTED));

    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertDenied(r, "verify", "purpose.not-granted");
          assertThat(r.chain()).isEqualTo(CHAIN);
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.fields()).containsExactly("family_name");
          assertThat(r.organisation()).isEqualTo(CONTRACTOR);
        });
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            AccessDenied.class,
            d -> {
              assertThat(d.reason()).isEqualTo(Reason.PURPOSE_NOT_GRANTED);
              assertThat(d.attempt().action()).isEqualTo(Action.VERIFY);
            });
    assertThat(chains.consumed).isZero();
  }

  @Test
  void aChainWhoseLastLinkIsNotHeld_isRefusedAsChainNone() {
    chains.allowAll(List.of("ent-other-0000-0000"));
    chains.held.add(entrustmentOver(JOB));

    assertThatThrownBy(() -> gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, PERSON, true))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHAIN_NONE));
    assertThat(log).singleElement().satisfies(r -> assertDenied(r, "enter", "chain.none"));
    assertThat(log.getFirst().chain()).containsExactly("ent-other-0000-0000");
    assertThat(chains.consumed).isZero();
  }

  @Test
  void anotherJobsEntrustment_orOneOfAllPersons_doesNotGiveThisJobsWork() {
    for (PersonSet over : List.of(OTHER_JOB, PersonSet.ALL, KITA)) {
      chains.allowAll(CHAIN);
      chains.held.clear();
      chains.held.add(entrustmentOver(over));
      log.clear();

      assertThatThrownBy(() -> gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, PERSON, true))
          .as(over.text())
          .isInstanceOfSatisfying(
              AccessException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.PERSON_OUT_OF_SCOPE));
      assertThat(log)
          .singleElement()
          .satisfies(r -> {
            assertDenied(r, "enter", "person.out-of-scope");
            assertThat(r.chain()).isEqualTo(CHAIN);
            assertThat(r.personToken()).isEqualTo(OWN.value());
          });
    }
    assertThat(chains.consumed).isZero();
  }

  @Test
  void givingATask_countsOneAgainstTheChain_andGiveBackUncountsIt() {
    holdsTheJob();
    chains.room = 1;

    AccessGate.WorkAllowed allowed =
        gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, PERSON, true);
    assertThat(chains.consumed).isEqualTo(1);
    assertThat(chains.room).isZero();
    gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, PERSON, false);
    assertThat(chains.consumed).isEqualTo(1);

    gate.giveBack(allowed);
    assertThat(chains.givenBack).isEqualTo(1);
    assertThat(chains.room).isEqualTo(1);
    assertThat(log).isEmpty();
  }

  @Test
  void aTaskBeyondTheChainsVolume_isRefusedAsVolumeExceeded_andLogged() {
    holdsTheJob();
    chains.room = 0;

    assertThatThrownBy(() -> gate.work(OPERATOR, WHY, Action.VERIFY, JOB, NAME, PERSON, true))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.VOLUME_EXCEEDED));
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertDenied(r, "verify", "volume.exceeded");
          assertThat(r.chain()).isEqualTo(CHAIN);
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.fields()).containsExactly("family_name");
        });
    assertThat(events).singleElement().isInstanceOf(AccessDenied.class);
    // looking without giving is not counted, so it is not refused for volume
    assertThat(gate.work(OPERATOR, WHY, Action.VERIFY, JOB, NAME, PERSON, false).chain())
        .isEqualTo(CHAIN);
  }

  @Test
  void theDeskActions_areThoseTheJobsEntrustmentAllows_decidedOnNoFieldWithoutLogging() {
    chains.held.add(entrustmentOver(JOB));
    chains.decides =
        r ->
            r.action() == Action.ENTER
                ? new Decision(Outcome.allowed(Map.of()), TENANT.value(), CHAIN, TODAY)
                : new Decision(
                    Outcome.denied(Reason.ACTION_NOT_ALLOWED), TENANT.value(), CHAIN, TODAY);

    assertThat(gate.workActions(OPERATOR, WHY, JOB)).containsExactly(Action.ENTER);
    assertThat(chains.requests)
        .extracting(Request::action)
        .containsExactly(Action.ENTER, Action.VERIFY);
    assertThat(chains.requests).allSatisfy(r -> assertThat(r.fields()).isEmpty());
    assertThat(chains.requests.getFirst().personIn().test(JOB)).isTrue();
    assertThat(chains.requests.getFirst().personIn().test(OTHER_JOB)).isFalse();
    assertThat(chains.requests.getFirst().why()).isEqualTo(WHY);

    chains.allowAll(CHAIN);
    assertThat(gate.workActions(OPERATOR, WHY, JOB))
        .containsExactlyInAnyOrder(Action.ENTER, Action.VERIFY);
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void noDeskActions_whenTheHeldEntrustmentIsOfAnotherJob_orNotTheChainsLastLink() {
    chains.allowAll(CHAIN);
    chains.held.add(entrustmentOver(OTHER_JOB));
    assertThat(gate.workActions(OPERATOR, WHY, JOB)).isEmpty();

    chains.held.clear();
    chains.held.add(entrustmentOver(JOB));
    chains.allowAll(List.of("ent-other-0000-0000"));
    assertThat(gate.workActions(OPERATOR, WHY, JOB)).isEmpty();

    chains.allowAll(CHAIN);
    assertThat(gate.workActions(OPERATOR, WHY, OTHER_JOB)).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void logWork_appendsExactlyOneAllowedRecord_ofTheAction_chain_person_andFields() {
    holdsTheJob();
    AccessGate.WorkAllowed allowed =
        gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, Optional.empty(), true);

    gate.logWork(
        OPERATOR, allowed, WHY, Action.TASK_VIEW, PERSON, Set.of(Field.FAMILY_NAME, Field.ADDRESS));

    assertThat(logTenants).containsExactly(TENANT.value());
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.allowed()).isTrue();
          assertThat(r.decision()).isEqualTo(AccessRecord.ALLOW);
          assertThat(r.action()).isEqualTo("task.view");
          assertThat(r.actor()).isEqualTo("op");
          assertThat(r.organisation()).isEqualTo(CONTRACTOR);
          assertThat(r.chain()).isEqualTo(CHAIN);
          assertThat(r.purpose()).isEqualTo("resident-tax");
          assertThat(r.caseRef()).isEqualTo("case-7");
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.fields()).containsExactly("address", "family_name");
          assertThat(r.time()).isEqualTo(NOW);
        });

    gate.logWork(OPERATOR, allowed, WHY, Action.ENTER, Optional.empty(), Set.of());
    assertThat(log).hasSize(2);
    assertThat(log.getLast().action()).isEqualTo("enter");
    assertThat(log.getLast().personToken()).isEmpty();
    assertThat(log.getLast().fields()).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void logWork_throwsWhenTheLogIsDown() {
    holdsTheJob();
    AccessGate.WorkAllowed allowed =
        gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, PERSON, false);
    logDown = new LogUnavailableException("the log is down");

    assertThatThrownBy(() -> gate.logWork(OPERATOR, allowed, WHY, Action.ENTER, PERSON, Set.of()))
        .isSameAs(logDown);
    assertThat(log).isEmpty();
  }

  @Test
  void aRefusalTheDeskFound_isLoggedWithItsReason_published_andReturnedNotThrown() {
    AccessException e =
        gate.refuse(OPERATOR, WHY, Action.ENTER, CHAIN, PERSON, NAME, Reason.TASK_NOT_HELD);

    assertThat(e.reason()).isEqualTo(Reason.TASK_NOT_HELD);
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertDenied(r, "enter", "task.not-held");
          assertThat(r.chain()).isEqualTo(CHAIN);
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.fields()).containsExactly("family_name");
        });
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            AccessDenied.class, d -> assertThat(d.reason()).isEqualTo(Reason.TASK_NOT_HELD));
    assertThat(chains.requests).isEmpty();
  }

  static final IndividualNumber PAYEE = IndividualNumber.withCheckDigit("12345678901");

  AccessGate.WorkAllowed allowedToEnter() {
    holdsTheJob();
    return gate.work(OPERATOR, WHY, Action.ENTER, JOB, NAME, Optional.empty(), false);
  }

  void assertActsAsTheOperatorOfTheChain(Actor a) {
    assertThat(a.user()).isEqualTo(OPERATOR.userId());
    assertThat(a.organisation()).isEqualTo(OPERATOR.organisationId());
    assertThat(a.chain()).isEqualTo(CHAIN);
    assertThat(a.why()).isEqualTo(WHY);
  }

  @Test
  void findingThePersonOfANumber_forWork_isAskedOfTheVault_asTheOperatorOfTheChain() {
    AccessGate.WorkAllowed allowed = allowedToEnter();
    vault.ids.put(OWN, 42L);

    assertThat(gate.findForWork(OPERATOR, allowed, WHY, PAYEE))
        .contains(new AccessGate.Tied(OWN, 42L));
    assertThat(vault.numbersAsked).containsExactly(PAYEE);
    assertActsAsTheOperatorOfTheChain(vault.actors.getFirst());

    vault.numberFound = Optional.empty();
    assertThat(gate.findForWork(OPERATOR, allowed, WHY, PAYEE)).isEmpty();
    assertThat(order).containsExactly("vault:find", "vault:personId", "vault:find");
  }

  @Test
  void findingThePersonOfANumber_forAcceptance_isAskedOfTheVault_asTheSystem() {
    vault.ids.put(OWN, 42L);

    assertThat(gate.findForAcceptance(TENANT, WHY, PAYEE)).contains(new AccessGate.Tied(OWN, 42L));
    assertThat(vault.numbersAsked).containsExactly(PAYEE);
    assertActsAsTheSystem(vault.actors.getFirst());

    vault.numberFound = Optional.empty();
    assertThat(gate.findForAcceptance(TENANT, WHY, PAYEE)).isEmpty();
    assertThat(order).containsExactly("vault:find", "vault:personId", "vault:find");
    assertThat(log).isEmpty();
  }

  static final mamori.vault.PersonData PAYEE_DATA =
      new mamori.vault.PersonData(
          PAYEE,
          "山田",
          "太郎",
          "ヤマダ",
          "タロウ",
          LocalDate.of(1985, 4, 2),
          "1",
          "660-0892",
          "兵庫県尼崎市東七松町1丁目23-1",
          "",
          "");

  AccessGate.Acceptance acceptance(Optional<AgencyToken> tiedTo) {
    return acceptance(tiedTo, Optional.of(PAYEE_DATA));
  }

  AccessGate.Acceptance acceptance(
      Optional<AgencyToken> tiedTo, Optional<mamori.vault.PersonData> registerAs) {
    return new AccessGate.Acceptance(
        PAYEE,
        registerAs,
        77L,
        "job-1",
        "withholding-slip",
        "{\"payment_amount\":\"1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        tiedTo,
        EnumSet.of(Field.MY_NUMBER, Field.FAMILY_NAME, Field.GIVEN_NAME, Field.ADDRESS));
  }

  final List<AccessGate.Tied> workTablesGot = new ArrayList<>();

  java.util.function.Consumer<AccessGate.Tied> workTables() {
    return t -> {
      order.add("work:" + t.token().value() + "/" + t.personId());
      workTablesGot.add(t);
    };
  }

  void assertActsAsTheSystem(Actor a) {
    assertThat(a.user()).isEqualTo(AccessGate.WORK_SYSTEM);
    assertThat(a.organisation().value()).isEqualTo(TENANT.value());
    assertThat(a.chain()).isEmpty();
    assertThat(a.why()).isEqualTo(WHY);
  }

  @Test
  void aDocumentTiedToAPerson_isAcceptedForThem_asTheSystem_loggedFirst_theWorkTablesInside() {
    vault.ids.put(ORGS, 9L);

    Optional<AccessGate.Tied> tied =
        gate.acceptDocument(TENANT, WHY, acceptance(Optional.of(ORGS)), workTables());

    assertThat(tied).contains(new AccessGate.Tied(ORGS, 9L));
    assertThat(vault.numbersAsked).isEmpty();
    assertThat(vault.registeredData).isEmpty();
    assertThat(vault.calls).contains("findByName:山田/太郎/1985-04-02");
    assertThat(order)
        .containsExactly(
            "vault:findName",
            "log:document.accept",
            "vault:personId",
            "vault:attach",
            "work:" + ORGS.value() + "/9",
            "vault:attached");
    assertThat(vault.attached)
        .containsExactly(ORGS.value() + " 77 job-1 withholding-slip {\"payment_amount\":\"1\"}");
    assertThat(workTablesGot).containsExactly(tied.orElseThrow());
    assertThat(vault.actors).allSatisfy(this::assertActsAsTheSystem);
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.allowed()).isTrue();
          assertThat(r.action()).isEqualTo("document.accept");
          assertThat(r.personToken()).isEqualTo(ORGS.value());
          assertThat(r.chain()).isEmpty();
          assertThat(r.actor()).isEqualTo("mamori.work");
          assertThat(r.organisation()).isEqualTo(TENANT.value());
          assertThat(r.purpose()).isEqualTo("resident-tax");
          assertThat(r.caseRef()).isEqualTo("case-7");
          // exactly the person fields the document stores
          assertThat(r.fields())
              .containsExactlyInAnyOrder("my_number", "family_name", "given_name", "address");
        });
  }

  @Test
  void aDocumentOfAPersonFoundByNumber_isAcceptedForThem_withoutRegistering() {
    vault.ids.put(OWN, 5L);

    Optional<AccessGate.Tied> tied =
        gate.acceptDocument(TENANT, WHY, acceptance(Optional.empty()), workTables());

    assertThat(tied).contains(new AccessGate.Tied(OWN, 5L));
    assertThat(vault.numbersAsked).containsExactly(PAYEE);
    assertThat(vault.actors).allSatisfy(this::assertActsAsTheSystem);
    assertThat(vault.registeredData).isEmpty();
    assertThat(order)
        .containsExactly(
            "vault:find",
            "vault:findName",
            "log:document.accept",
            "vault:personId",
            "vault:attach",
            "work:" + OWN.value() + "/5",
            "vault:attached");
    assertThat(log.getFirst().personToken()).isEqualTo(OWN.value());
  }

  @Test
  void aPersonFoundByNumber_withAnotherNameOrBirthDate_isRefusedMismatch_loggedAndNothingStored() {
    vault.ids.put(OWN, 5L);
    vault.named = List.of(ORGS);

    assertThatThrownBy(
            () -> gate.acceptDocument(TENANT, WHY, acceptance(Optional.empty()), workTables()))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DOCUMENT_MISMATCH));
    assertThat(vault.attached).isEmpty();
    assertThat(workTablesGot).isEmpty();
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertDenied(r, "document.accept", "document.mismatch");
          assertThat(r.personToken()).isEqualTo(OWN.value());
          assertThat(r.actor()).isEqualTo("mamori.work");
          assertThat(r.fields()).containsExactly("birth_date", "family_name", "given_name");
        });
  }

  @Test
  void aPersonTiedWithoutANameToCompare_isAcceptedOnTheNumberAlone() {
    vault.ids.put(ORGS, 9L);
    vault.named = List.of();

    assertThat(
            gate.acceptDocument(
                TENANT, WHY, acceptance(Optional.of(ORGS), Optional.empty()), workTables()))
        .contains(new AccessGate.Tied(ORGS, 9L));
    assertThat(vault.calls).noneMatch(c -> c.startsWith("findByName"));
  }

  @Test
  void aDocumentOfNoOneKnown_registersThePerson_thenLogsTheAcceptanceWithTheirToken() {
    vault.numberFound = Optional.empty();
    vault.registered = ORGS;
    vault.ids.put(ORGS, 11L);
    vault.named = List.of();
    AccessGate.Acceptance doc = acceptance(Optional.empty());

    Optional<AccessGate.Tied> tied = gate.acceptDocument(TENANT, WHY, doc, workTables());

    assertThat(tied).contains(new AccessGate.Tied(ORGS, 11L));
    assertThat(vault.registeredData).containsExactly(PAYEE_DATA);
    assertThat(vault.actors).hasSize(3).allSatisfy(this::assertActsAsTheSystem);
    // a person registered from the document is not compared with itself
    assertThat(order)
        .containsExactly(
            "vault:find",
            "vault:register",
            "vault:find",
            "log:document.accept",
            "vault:personId",
            "vault:attach",
            "work:" + ORGS.value() + "/11",
            "vault:attached");
    assertThat(log)
        .singleElement()
        .satisfies(r -> assertThat(r.personToken()).isEqualTo(ORGS.value()));
  }

  @Test
  void aDocumentOfNoOneKnown_thatCannotBeRegistered_isHeld_nothingLoggedOrStored() {
    vault.numberFound = Optional.empty();

    assertThat(
            gate.acceptDocument(
                TENANT, WHY, acceptance(Optional.empty(), Optional.empty()), workTables()))
        .isEmpty();
    assertThat(log).isEmpty();
    assertThat(vault.registeredData).isEmpty();
    assertThat(vault.attached).isEmpty();
  }

  @Test
  void aRegistrationTheVaultDoesNotFindAfterwards_failsBeforeAnythingIsAttached() {
    vault.numberFound = Optional.empty();
    vault.registered = null;

    assertThatThrownBy(
            () -> gate.acceptDocument(TENANT, WHY, acceptance(Optional.empty()), workTables()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("12345678901");
    assertThat(vault.attached).isEmpty();
    assertThat(workTablesGot).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void anAcceptanceTheLogCannotRecord_attachesNothing() {
    vault.ids.put(OWN, 5L);
    logDown = new LogUnavailableException("the log is down");

    assertThatThrownBy(
            () -> gate.acceptDocument(TENANT, WHY, acceptance(Optional.empty()), workTables()))
        .isSameAs(logDown);
    assertThat(vault.attached).isEmpty();
    assertThat(workTablesGot).isEmpty();
  }

  // ---- packages (issue 17) ----

  /** A package's fields, not in the enum's order: the allowed package keeps the order asked. */
  static final List<Field> CARRIED = List.of(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.ADDRESS);

  /** How a package's record names {@link #CARRIED}: by column, sorted. */
  static final List<String> CARRIED_NAMES = List.of("address", "family_name", "given_name");

  static final PersonSet MINAMI = PersonSet.parse("tag:ward=minami");

  /** The key of the clerk's own daily volume today in {@link FakeChains#ownConsumed}. */
  static final String CLERK_TODAY = TENANT.value() + "/clerk/" + TODAY;

  static Principal as(String user, String organisation, Role role) {
    return new Principal(
        new UserId(user), TENANT, new OrganisationId(organisation), role, "web:" + user);
  }

  static void refused(Reason reason, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  /**
   * The one denial record of a refused package, also published once: it names the caller, the chain
   * given, the fields asked and no person.
   */
  void assertOnePackageRefusal(Principal p, Reason reason, List<String> chain) {
    assertThat(log).hasSize(1);
    AccessRecord r = log.getFirst();
    assertDenied(r, "package", reason.code());
    assertThat(r.allowed()).isFalse();
    assertThat(r.actor()).isEqualTo(p.userId().value());
    assertThat(r.organisation()).isEqualTo(p.organisationId().value());
    assertThat(r.chain()).isEqualTo(chain);
    assertThat(r.personToken()).isEmpty();
    assertThat(r.fields()).isEqualTo(CARRIED_NAMES);
    assertThat(logTenants).containsExactly(TENANT.value());
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            AccessDenied.class,
            d -> {
              assertThat(d.reason()).isEqualTo(reason);
              assertThat(d.attempt().action()).isEqualTo(Action.PACKAGE);
              assertThat(d.attempt().who()).isEqualTo(p.who());
              assertThat(d.attempt().chain()).isEqualTo(chain);
              assertThat(d.attempt().person()).isEmpty();
            });
  }

  void clearRecords() {
    log.clear();
    logTenants.clear();
    events.clear();
  }

  @Test
  void aPackageOfNoField_orOfANegativeCount_isRefusedBeforeAnythingIsDecidedOrLogged() {
    chains.allowAll(List.of());

    assertThatThrownBy(() -> gate.packaging(STAFF, WHY, List.of(), PersonSet.ALL, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, -1))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(chains.requests).isEmpty();
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
    assertThat(chains.bulk).isEmpty();
    assertThat(limitsAskedFor).isEmpty();
  }

  @Test
  void theTenantsStaff_packageEveryone_countingThePersonsAtOnce_againstTheChainAndTheirOwnVolume() {
    chains.allowAll(List.of());
    limits = new StaffLimits(10, 100);

    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 4);

    Request asked = chains.requests.getFirst();
    assertThat(chains.requests).hasSize(1);
    assertThat(asked.user()).isEqualTo(STAFF.userId());
    assertThat(asked.organisation()).isEqualTo(STAFF.organisationId());
    assertThat(asked.role()).isEqualTo(Role.STAFF);
    assertThat(asked.why()).isEqualTo(WHY);
    assertThat(asked.action()).isEqualTo(Action.PACKAGE);
    assertThat(asked.fields()).containsExactlyInAnyOrderElementsOf(CARRIED);
    assertThat(asked.time()).isEqualTo(NOW);
    assertThat(asked.personIn().test(PersonSet.ALL)).isTrue();
    assertThat(asked.personIn().test(KITA)).isFalse();

    assertThat(chains.bulk).containsExactly("consumeOwn 4 of 10 clerk", "consume 4");
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 4L));
    assertThat(chains.consumed).isEqualTo(4);
    assertThat(limitsAskedFor).containsOnly(TENANT);
    assertThat(allowed.counted()).isEqualTo(4);
    assertThat(allowed.fields()).isEqualTo(CARRIED);
    assertThat(allowed.chain()).isEmpty();
    assertThat(allowed.actor())
        .isEqualTo(new Actor(STAFF.userId(), STAFF.organisationId(), List.of(), WHY));
    // the allowed package is logged person by person, by the vault: nothing here
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
    assertThat(vault.calls).isEmpty();
    assertThat(vault.revealed).isEmpty();
  }

  @Test
  void aContractor_packagesItsSetThroughItsChain_countedAgainstTheChainOnly() {
    chains.allowAll(CHAIN);
    limits = new StaffLimits(1, 1);

    AccessGate.PackageAllowed allowed = gate.packaging(OPERATOR, WHY, CARRIED, KITA, 5);

    Request asked = chains.requests.getFirst();
    assertThat(asked.role()).isEqualTo(Role.OPERATOR);
    assertThat(asked.organisation()).isEqualTo(OPERATOR.organisationId());
    assertThat(asked.action()).isEqualTo(Action.PACKAGE);
    // a link's set holds the selection only when it is the very set selected
    assertThat(asked.personIn().test(KITA)).isTrue();
    assertThat(asked.personIn().test(MINAMI)).isFalse();
    assertThat(asked.personIn().test(PersonSet.ALL)).isFalse();
    assertThat(chains.bulk).containsExactly("consume 5");
    assertThat(chains.consumed).isEqualTo(5);
    assertThat(chains.ownConsumed).isEmpty();
    assertThat(limitsAskedFor).isEmpty();
    assertThat(events).isEmpty();
    assertThat(log).isEmpty();
    assertThat(allowed.counted()).isEqualTo(5);
    assertThat(allowed.chain()).isEqualTo(CHAIN);
    assertThat(allowed.fields()).isEqualTo(CARRIED);
    assertThat(allowed.actor())
        .isEqualTo(new Actor(OPERATOR.userId(), OPERATOR.organisationId(), CHAIN, WHY));
  }

  @Test
  void aContractor_neverPackagesEveryone_andIsRefusedBeforeAnyChainIsDecided() {
    chains.allowAll(CHAIN);

    refused(
        Reason.ORGANISATION_NOT_CONTROLLER,
        () -> gate.packaging(OPERATOR, WHY, CARRIED, PersonSet.ALL, 5));

    assertOnePackageRefusal(OPERATOR, Reason.ORGANISATION_NOT_CONTROLLER, List.of());
    assertThat(chains.requests).isEmpty();
    assertThat(chains.bulk).isEmpty();
    assertThat(chains.consumed).isZero();
  }

  @Test
  void onlyThoseWhoWorkOnPersonData_package_asTheDecisionSays() {
    // as the decider does: a role that does not work is refused before any chain
    chains.decides =
        r ->
            r.role().works()
                ? new Decision(Outcome.allowed(masks(r.fields())), TENANT.value(), CHAIN, TODAY)
                : new Decision(
                    Outcome.denied(Reason.ROLE_NOT_ALLOWED), TENANT.value(), List.of(), TODAY);
    List<Principal> notWorking =
        List.of(
            as("admin", CONTRACTOR, Role.ORG_ADMIN),
            as("officer", TENANT.value(), Role.SECURITY_OFFICER),
            as("auditor", TENANT.value(), Role.AUDITOR));

    for (Principal p : notWorking) {
      clearRecords();
      refused(Reason.ROLE_NOT_ALLOWED, () -> gate.packaging(p, WHY, CARRIED, KITA, 3));
      assertOnePackageRefusal(p, Reason.ROLE_NOT_ALLOWED, List.of());
    }
    assertThat(chains.requests)
        .extracting(Request::role)
        .containsExactly(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
    assertThat(chains.bulk).isEmpty();
    clearRecords();
    assertThat(gate.packaging(OPERATOR, WHY, CARRIED, KITA, 3).counted()).isEqualTo(3);
    assertThat(gate.packaging(STAFF, WHY, CARRIED, KITA, 3).counted()).isEqualTo(3);
    assertThat(log).isEmpty();
  }

  @Test
  void eachRefusalOfTheChain_isOneRecordWithItsReason_namingTheChain_andCountsNothing() {
    List<Reason> reasons =
        List.of(
            Reason.CHAIN_NONE,
            Reason.CHAIN_NOT_APPROVED,
            Reason.CHAIN_SUSPENDED,
            Reason.CHAIN_REVOKED,
            Reason.CHAIN_EXPIRED,
            Reason.ACTION_NOT_ALLOWED,
            Reason.PURPOSE_UNKNOWN,
            Reason.PURPOSE_NOT_GRANTED,
            Reason.PERIOD_OUTSIDE,
            Reason.STAFF_NOT_LISTED,
            Reason.FIELD_OUT_OF_SCOPE);
    for (Reason reason : reasons) {
      clearRecords();
      chains.deny(reason, CHAIN);
      refused(reason, () -> gate.packaging(OPERATOR, WHY, CARRIED, KITA, 2));
      assertOnePackageRefusal(OPERATOR, reason, CHAIN);
    }
    clearRecords();
    chains.deny(Reason.PURPOSE_UNKNOWN, List.of());
    refused(Reason.PURPOSE_UNKNOWN, () -> gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 2));
    assertOnePackageRefusal(STAFF, Reason.PURPOSE_UNKNOWN, List.of());

    assertThat(chains.bulk).isEmpty();
    assertThat(chains.consumed).isZero();
    assertThat(chains.ownConsumed).isEmpty();
    assertThat(limitsAskedFor).isEmpty();
  }

  @Test
  void aFieldTheChainMasks_cannotTravel_fieldOutOfScope() {
    for (Mask masked : List.of(Mask.PARTIAL, Mask.FULL)) {
      clearRecords();
      chains.allow(
          Map.of(Field.GIVEN_NAME, Mask.NONE, Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, masked),
          CHAIN);
      refused(Reason.FIELD_OUT_OF_SCOPE, () -> gate.packaging(OPERATOR, WHY, CARRIED, KITA, 2));
      assertOnePackageRefusal(OPERATOR, Reason.FIELD_OUT_OF_SCOPE, CHAIN);
    }
    assertThat(chains.bulk).isEmpty();
    assertThat(chains.consumed).isZero();

    clearRecords();
    chains.allow(
        Map.of(Field.GIVEN_NAME, Mask.NONE, Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE),
        CHAIN);
    assertThat(gate.packaging(OPERATOR, WHY, CARRIED, KITA, 2).counted()).isEqualTo(2);
    assertThat(log).isEmpty();
  }

  @Test
  void aSelectionNoSetOfTheChainHolds_isRefusedPersonOutOfScope() {
    // as the decider does: a link whose set is the tagged ward asks whether it holds the selection
    chains.decides =
        r ->
            r.personIn().test(KITA)
                ? new Decision(Outcome.allowed(masks(r.fields())), TENANT.value(), CHAIN, TODAY)
                : new Decision(
                    Outcome.denied(Reason.PERSON_OUT_OF_SCOPE), TENANT.value(), CHAIN, TODAY);

    refused(Reason.PERSON_OUT_OF_SCOPE, () -> gate.packaging(OPERATOR, WHY, CARRIED, MINAMI, 2));
    assertOnePackageRefusal(OPERATOR, Reason.PERSON_OUT_OF_SCOPE, CHAIN);
    assertThat(chains.bulk).isEmpty();

    clearRecords();
    assertThat(gate.packaging(OPERATOR, WHY, CARRIED, KITA, 2).counted()).isEqualTo(2);
    assertThat(log).isEmpty();
  }

  @Test
  void anEmptySelection_isAllowed_countsNothing_andTellsNoOne() {
    chains.allowAll(List.of());
    limits = new StaffLimits(10, 3);
    // already past the alert threshold today, and not yet told
    chains.ownConsumed.put(CLERK_TODAY, 3L);

    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 0);

    assertThat(allowed.counted()).isZero();
    assertThat(chains.bulk).isEmpty();
    assertThat(chains.consumed).isZero();
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 3L));
    assertThat(limitsAskedFor).isEmpty();
    assertThat(events).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void aPackageExactlyAtTheChainsCap_isCounted_oneOver_isRefusedWithNothingCounted() {
    chains.allowAll(CHAIN);
    chains.room = 5;

    refused(Reason.VOLUME_EXCEEDED, () -> gate.packaging(OPERATOR, WHY, CARRIED, KITA, 6));
    assertOnePackageRefusal(OPERATOR, Reason.VOLUME_EXCEEDED, CHAIN);
    assertThat(chains.room).isEqualTo(5);
    assertThat(chains.consumed).isZero();
    assertThat(chains.bulk).containsExactly("consume 6");
    assertThat(chains.ownConsumed).isEmpty();

    clearRecords();
    AccessGate.PackageAllowed allowed = gate.packaging(OPERATOR, WHY, CARRIED, KITA, 5);
    assertThat(allowed.counted()).isEqualTo(5);
    assertThat(chains.room).isZero();
    assertThat(chains.consumed).isEqualTo(5);
    assertThat(log).isEmpty();
  }

  @Test
  void aStaffPackageExactlyAtTheOwnDailyVolume_isCounted_oneOver_isRefusedWithNothingCounted() {
    chains.allowAll(List.of());
    limits = new StaffLimits(5, 100);
    chains.ownConsumed.put(CLERK_TODAY, 2L);

    refused(Reason.VOLUME_EXCEEDED, () -> gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 4));
    assertOnePackageRefusal(STAFF, Reason.VOLUME_EXCEEDED, List.of());
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 2L));
    // refused on the staff member's own volume, the chain's is never asked
    assertThat(chains.bulk).containsExactly("consumeOwn 4 of 5 clerk");
    assertThat(chains.consumed).isZero();

    clearRecords();
    assertThat(gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 3).counted()).isEqualTo(3);
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 5L));
    assertThat(chains.consumed).isEqualTo(3);
    assertThat(chains.ownCaps).containsOnly(5L);
    assertThat(log).isEmpty();
  }

  @Test
  void whenTheChainsCapRefusesAStaffPackage_theOwnCountIsGivenBack() {
    chains.allowAll(List.of());
    limits = new StaffLimits(100, 100);
    chains.room = 2;

    refused(Reason.VOLUME_EXCEEDED, () -> gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 3));

    assertOnePackageRefusal(STAFF, Reason.VOLUME_EXCEEDED, List.of());
    assertThat(chains.bulk)
        .containsExactly("consumeOwn 3 of 100 clerk", "consume 3", "giveBackOwn 3 clerk");
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 0L));
    assertThat(chains.room).isEqualTo(2);
  }

  @Test
  void aStaffPackagePassingTheAlertThreshold_tellsTheOfficerOnce() {
    chains.allowAll(List.of());
    limits = new StaffLimits(10, 3);

    gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 2);
    assertThat(events).isEmpty();
    gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 2);
    gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 1);

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            BulkReading.class,
            b -> {
              assertThat(b.who()).isEqualTo(STAFF.who());
              assertThat(b.day()).isEqualTo(TODAY);
              assertThat(b.reads()).isEqualTo(4);
              assertThat(b.threshold()).isEqualTo(3);
              assertThat(b.cap()).isEqualTo(10);
            });
  }

  @Test
  void aContractorsPackage_tellsNoOne_whateverItsSize() {
    chains.allowAll(CHAIN);
    limits = new StaffLimits(1, 1);

    gate.packaging(OPERATOR, WHY, CARRIED, KITA, 50);

    assertThat(events).isEmpty();
    assertThat(limitsAskedFor).isEmpty();
  }

  @Test
  void aFailingAlertCheck_doesNotRefuseAnAllowedPackage() {
    chains.allowAll(List.of());
    chains.countFails = true;

    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 2);

    assertThat(allowed.counted()).isEqualTo(2);
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 2L));
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void packageMore_countsExactlyMore_onTheChainAndTheStaffMembersVolume() {
    chains.allowAll(List.of());
    limits = new StaffLimits(10, 100);
    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 3);
    chains.bulk.clear();
    limitsAskedFor.clear();

    gate.packageMore(STAFF, allowed, 0);
    gate.packageMore(STAFF, allowed, -2);
    assertThat(chains.bulk).isEmpty();
    assertThat(limitsAskedFor).isEmpty();
    assertThat(allowed.counted()).isEqualTo(3);

    gate.packageMore(STAFF, allowed, 1);
    gate.packageMore(STAFF, allowed, 2);

    assertThat(allowed.counted()).isEqualTo(6);
    assertThat(chains.bulk)
        .containsExactly(
            "consumeOwn 1 of 10 clerk", "consume 1", "consumeOwn 2 of 10 clerk", "consume 2");
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 6L));
    assertThat(chains.consumed).isEqualTo(6);
    assertThat(limitsAskedFor).containsOnly(TENANT);
    assertThat(log).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void packageMore_pastTheOwnDailyVolume_isRefusedAndLoggedOnce_countingNothingMore() {
    chains.allowAll(List.of());
    limits = new StaffLimits(5, 100);
    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 3);

    gate.packageMore(STAFF, allowed, 2);
    refused(Reason.VOLUME_EXCEEDED, () -> gate.packageMore(STAFF, allowed, 1));

    assertOnePackageRefusal(STAFF, Reason.VOLUME_EXCEEDED, List.of());
    assertThat(allowed.counted()).isEqualTo(5);
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 5L));
    assertThat(chains.consumed).isEqualTo(5);
    assertThat(chains.bulk).endsWith("consume 2", "consumeOwn 1 of 5 clerk");
  }

  @Test
  void packageMore_pastTheChainsCap_isRefused_andAContractorsRecordNamesItsChain() {
    chains.allowAll(CHAIN);
    chains.room = 4;
    Why other = new Why("national-health", "case-9");
    AccessGate.PackageAllowed allowed = gate.packaging(OPERATOR, other, CARRIED, KITA, 3);

    gate.packageMore(OPERATOR, allowed, 1);
    refused(Reason.VOLUME_EXCEEDED, () -> gate.packageMore(OPERATOR, allowed, 1));

    assertThat(log).hasSize(1);
    AccessRecord r = log.getFirst();
    assertThat(r.action()).isEqualTo("package");
    assertThat(r.decision()).isEqualTo("deny:volume.exceeded");
    // the refusal is of the package allowed: its purpose and case, its chain, its fields
    assertThat(r.purpose()).isEqualTo("national-health");
    assertThat(r.caseRef()).isEqualTo("case-9");
    assertThat(r.chain()).isEqualTo(CHAIN);
    assertThat(r.fields()).isEqualTo(CARRIED_NAMES);
    assertThat(r.actor()).isEqualTo("op");
    assertThat(r.organisation()).isEqualTo(CONTRACTOR);
    assertThat(r.personToken()).isEmpty();
    assertThat(r.time()).isEqualTo(NOW);
    assertThat(events).singleElement().isInstanceOf(AccessDenied.class);
    assertThat(allowed.counted()).isEqualTo(4);
    assertThat(chains.room).isZero();
    assertThat(chains.ownConsumed).isEmpty();
    assertThat(chains.bulk).containsExactly("consume 3", "consume 1", "consume 1");
  }

  @Test
  void packageMore_pastTheChainsCap_givesAStaffMembersOwnCountBack() {
    chains.allowAll(List.of());
    limits = new StaffLimits(100, 100);
    chains.room = 4;
    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 3);

    refused(Reason.VOLUME_EXCEEDED, () -> gate.packageMore(STAFF, allowed, 2));

    assertOnePackageRefusal(STAFF, Reason.VOLUME_EXCEEDED, List.of());
    assertThat(allowed.counted()).isEqualTo(3);
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 3L));
    assertThat(chains.room).isEqualTo(1);
    assertThat(chains.bulk)
        .endsWith("consumeOwn 2 of 100 clerk", "consume 2", "giveBackOwn 2 clerk");
  }

  @Test
  void packageGiveBack_givesBackExactlyWhatWasNotLogged_neverMoreThanCounted() {
    chains.allowAll(List.of());
    limits = new StaffLimits(10, 100);
    AccessGate.PackageAllowed allowed = gate.packaging(STAFF, WHY, CARRIED, PersonSet.ALL, 5);
    chains.bulk.clear();

    gate.packageGiveBack(allowed, 0);
    gate.packageGiveBack(allowed, -3);
    assertThat(chains.bulk).isEmpty();
    assertThat(allowed.counted()).isEqualTo(5);

    gate.packageGiveBack(allowed, 2);
    assertThat(allowed.counted()).isEqualTo(3);
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 3L));
    assertThat(chains.room).isEqualTo(Long.MAX_VALUE - 3);

    gate.packageGiveBack(allowed, 1);
    assertThat(allowed.counted()).isEqualTo(2);

    gate.packageGiveBack(allowed, 10);
    assertThat(allowed.counted()).isZero();
    assertThat(chains.ownConsumed).containsExactly(Map.entry(CLERK_TODAY, 0L));
    assertThat(chains.room).isEqualTo(Long.MAX_VALUE);

    gate.packageGiveBack(allowed, 1);
    assertThat(chains.bulk)
        .containsExactly(
            "giveBack 2",
            "giveBackOwn 2 clerk",
            "giveBack 1",
            "giveBackOwn 1 clerk",
            "giveBack 2",
            "giveBackOwn 2 clerk");
    assertThat(chains.givenBack).isEqualTo(5);
    assertThat(log).isEmpty();
  }

  @Test
  void aContractorsPackageGiveBack_givesBackOnlyTheChainsCount() {
    chains.allowAll(CHAIN);
    AccessGate.PackageAllowed allowed = gate.packaging(OPERATOR, WHY, CARRIED, KITA, 4);

    gate.packageGiveBack(allowed, 3);

    assertThat(allowed.counted()).isEqualTo(1);
    assertThat(chains.bulk).containsExactly("consume 4", "giveBack 3");
    assertThat(chains.ownConsumed).isEmpty();
    assertThat(chains.consumed - chains.givenBack).isEqualTo(1);
  }

  // ---- helpers ----

  static void assertDenied(AccessRecord r, String action, String reason) {
    assertThat(r.action()).isEqualTo(action);
    assertThat(r.decision()).isEqualTo(AccessRecord.DENY + reason);
    assertThat(r.purpose()).isEqualTo(WHY.purpose());
    assertThat(r.caseRef()).isEqualTo(WHY.caseRef());
    assertThat(r.time()).isEqualTo(NOW);
  }

  static Entrustment entrustment(Set<String> purposes, Field... fields) {
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    for (Field f : fields) {
      shown.put(f, Mask.NONE);
    }
    return new Entrustment(
        "ent-aaaa-bbbb-cccc",
        TENANT.value(),
        null,
        TENANT.value(),
        CONTRACTOR,
        new Contract(true, true, List.of("op"), true, true, true, "", null),
        new Scope(
            purposes,
            shown,
            PersonSet.ALL,
            TODAY.minusDays(1),
            TODAY.plusDays(30),
            100,
            Set.of(Action.READ)),
        Entrustment.Status.ACTIVE,
        null,
        null);
  }

  /** A valid token beginning with {@code prefix}: the check character found by trying each. */
  static AgencyToken token(String prefix) {
    for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
      String typed = prefix + "-A000-0000-000" + c;
      if (AgencyToken.isValid(typed)) {
        return AgencyToken.parse(typed);
      }
    }
    throw new AssertionError("no check character");
  }

  /** Decides as told, and counts volume in memory. */
  static final class FakeChains implements Chains {
    final List<Request> requests = new ArrayList<>();
    final List<Entrustment> held = new ArrayList<>();
    final Map<String, Long> ownConsumed = new HashMap<>();
    final List<Long> ownCaps = new ArrayList<>();
    Function<Request, Decision> decides =
        r -> new Decision(Outcome.denied(Reason.CHAIN_NONE), TENANT.value(), List.of(), TODAY);
    long room = Long.MAX_VALUE;
    LocalDate day = TODAY;
    boolean countFails;
    int consumed;
    int givenBack;

    void allow(Map<Field, Mask> fields, List<String> chain) {
      decides = r -> new Decision(Outcome.allowed(fields), TENANT.value(), chain, day);
    }

    void allowAll(List<String> chain) {
      decides =
          r -> {
            Map<Field, Mask> all = new EnumMap<>(Field.class);
            r.fields().forEach(f -> all.put(f, Mask.NONE));
            return new Decision(Outcome.allowed(all), TENANT.value(), chain, day);
          };
    }

    void deny(Reason reason, List<String> chain) {
      decides = r -> new Decision(Outcome.denied(reason), TENANT.value(), chain, day);
    }

    @Override
    public Decision decide(Request request) {
      requests.add(request);
      return decides.apply(request);
    }

    @Override
    public boolean tryConsume(Decision allowed) {
      assertThat(allowed.allowed()).isTrue();
      if (room < 1) {
        return false;
      }
      room--;
      consumed++;
      return true;
    }

    @Override
    public void giveBack(Decision allowed) {
      givenBack++;
      room++;
    }

    @Override
    public boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap) {
      ownCaps.add(cap);
      String key = tenant + "/" + user + "/" + day;
      long now = ownConsumed.getOrDefault(key, 0L);
      if (now + 1 > cap) {
        return false;
      }
      ownConsumed.put(key, now + 1);
      return true;
    }

    @Override
    public void giveBackOwn(String tenant, String user, LocalDate day) {
      ownConsumed.merge(tenant + "/" + user + "/" + day, -1L, Long::sum);
    }

    /** Each bulk call (a package's count), in order: "consume 3", "giveBackOwn 2 clerk", .... */
    final List<String> bulk = new ArrayList<>();

    /** All or none at once, as the store counts a package's persons. */
    @Override
    public boolean tryConsume(Decision allowed, long n) {
      bulk.add("consume " + n);
      assertThat(allowed.allowed()).isTrue();
      if (room < n) {
        return false;
      }
      room -= n;
      consumed += (int) n;
      return true;
    }

    @Override
    public void giveBack(Decision allowed, long n) {
      bulk.add("giveBack " + n);
      givenBack += (int) n;
      room += n;
    }

    @Override
    public boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap, long n) {
      bulk.add("consumeOwn " + n + " of " + cap + " " + user);
      ownCaps.add(cap);
      String key = tenant + "/" + user + "/" + day;
      long now = ownConsumed.getOrDefault(key, 0L);
      if (now + n > cap) {
        return false;
      }
      ownConsumed.put(key, now + n);
      return true;
    }

    @Override
    public void giveBackOwn(String tenant, String user, LocalDate day, long n) {
      bulk.add("giveBackOwn " + n + " " + user);
      ownConsumed.merge(tenant + "/" + user + "/" + day, -n, Long::sum);
    }

    @Override
    public long countOwn(String tenant, String user, LocalDate day) {
      if (countFails) {
        throw new IllegalStateException("the store is gone");
      }
      return ownConsumed.getOrDefault(tenant + "/" + user + "/" + day, 0L);
    }

    @Override
    public List<Entrustment> activeHeldBy(String organisation) {
      assertThat(organisation).isEqualTo(CONTRACTOR);
      return held;
    }
  }

  /** Knows the tokens it is given, and records every call; reveals nothing real. */
  final class FakeVault implements PersonVault {
    record Reveal(AgencyToken token, Map<Field, Mask> masks, Actor actor, Action action) {}

    final List<AgencyToken> known = new ArrayList<>();
    final List<AgencyToken> knowsAsked = new ArrayList<>();
    final List<Reveal> revealed = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<String> tokensAsked = new ArrayList<>();
    List<Vault.TokenPair> pairs = List.of();
    RuntimeException failWith;

    /** The persons each set holds, by the tenant's token; everyone is in {@code Everyone}. */
    final Map<PersonSets.Members, Set<AgencyToken>> members = new HashMap<>();

    final List<PersonSets.Members> pagesAsked = new ArrayList<>();
    final List<Long> pagesAfter = new ArrayList<>();
    final List<String> holdsAsked = new ArrayList<>();

    /** The position of a full page's last person, when the fake is to say there may be more. */
    OptionalLong last = OptionalLong.empty();

    @Override
    public PersonSets.Page page(
        String tenant, String organisation, PersonSets.Members m, long after, int limit) {
      order.add("vault:tokens");
      tokensAsked.add(tenant + "/" + organisation + "/" + limit);
      pagesAsked.add(m);
      pagesAfter.add(after);
      return new PersonSets.Page(pairs, last);
    }

    @Override
    public boolean holds(String tenant, AgencyToken own, PersonSets.Members m) {
      holdsAsked.add(own.value() + " in " + m);
      return m instanceof PersonSets.Members.Everyone
          || members.getOrDefault(m, Set.of()).contains(own);
    }

    @Override
    public String sealCursor(String tenant, String boundTo, long after) {
      return tenant + "|" + boundTo + "|" + after;
    }

    @Override
    public OptionalLong openCursor(String tenant, String boundTo, String cursor) {
      String prefix = tenant + "|" + boundTo + "|";
      return cursor.startsWith(prefix)
          ? OptionalLong.of(Long.parseLong(cursor.substring(prefix.length())))
          : OptionalLong.empty();
    }

    @Override
    public boolean knows(String tenant, AgencyToken token) {
      knowsAsked.add(token);
      return tenant.equals(TENANT.value()) && known.contains(token);
    }

    @Override
    public Revealed reveal(
        String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor, Action action) {
      if (failWith != null) {
        throw failWith;
      }
      revealed.add(new Reveal(token, Map.copyOf(masks), actor, action));
      return new Revealed(token, 1, Map.of());
    }

    @Override
    public List<PersonVersion> history(
        String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor) {
      calls.add("history:" + token.value() + ":" + new EnumMap<>(masks));
      actors.add(actor);
      return List.of(new PersonVersion(1, NOW, Map.of(Field.ADDRESS, "前の住所")));
    }

    @Override
    public Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number, Actor actor) {
      calls.add("findByNumber");
      actors.add(actor);
      order.add("vault:find");
      numbersAsked.add(number);
      return numberFound;
    }

    /** Who a number finds; a registration makes it find {@link #registered}. */
    Optional<AgencyToken> numberFound = Optional.of(OWN);

    /** Who a name and birth date find. */
    List<AgencyToken> named = List.of(OWN, ORGS);

    AgencyToken registered;
    final List<IndividualNumber> numbersAsked = new ArrayList<>();
    final List<mamori.vault.PersonData> registeredData = new ArrayList<>();
    final Map<AgencyToken, Long> ids = new HashMap<>();
    final List<String> attached = new ArrayList<>();

    @Override
    public long personId(String tenant, AgencyToken token) {
      assertThat(tenant).isEqualTo(TENANT.value());
      order.add("vault:personId");
      return ids.get(token);
    }

    @Override
    public void register(String tenant, Actor actor, List<mamori.vault.PersonData> batch) {
      assertThat(tenant).isEqualTo(TENANT.value());
      order.add("vault:register");
      actors.add(actor);
      registeredData.addAll(batch);
      numberFound = Optional.ofNullable(registered);
    }

    @Override
    public long attachDocument(
        String tenant,
        AgencyToken token,
        long documentId,
        String jobId,
        String typeId,
        byte[] fields,
        Runnable alsoInTransaction) {
      assertThat(tenant).isEqualTo(TENANT.value());
      order.add("vault:attach");
      attached.add(
          token.value()
              + " "
              + documentId
              + " "
              + jobId
              + " "
              + typeId
              + " "
              + new String(fields, java.nio.charset.StandardCharsets.UTF_8));
      alsoInTransaction.run();
      order.add("vault:attached");
      return ids.get(token);
    }

    @Override
    public List<AgencyToken> findByNameAndBirthDate(
        String tenant, String familyName, String givenName, LocalDate birthDate, Actor actor) {
      calls.add("findByName:" + familyName + "/" + givenName + "/" + birthDate);
      order.add("vault:findName");
      actors.add(actor);
      return named;
    }

    @Override
    public void erase(String tenant, AgencyToken token, Actor actor) {
      calls.add("erase:" + token.value());
      actors.add(actor);
    }
  }
}
