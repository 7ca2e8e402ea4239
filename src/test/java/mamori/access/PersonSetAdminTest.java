package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mamori.core.OrganisationId;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import mamori.vault.PersonSets;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Only the tenant's own staff and security officer build its person sets; every other caller is
 * refused, the refusal logged, and nothing stored.
 */
class PersonSetAdminTest {
  static final String TENANT = "set-city";
  static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

  @TempDir Path keyFolder;
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Vault vault;
  final List<AccessRecord> log = new ArrayList<>();
  PersonSetAdmin admin;
  AgencyToken person;
  IndividualNumber number;

  static Principal principal(String org, Role role) {
    return new Principal(
        new UserId("u-" + role.name().toLowerCase(java.util.Locale.ROOT)),
        new TenantId(TENANT),
        new OrganisationId(org),
        role,
        "api:t1");
  }

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(
                new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    vault = new Vault(store.dataSource(), keys, logs, clock, List.of());
    number = IndividualNumber.withCheckDigit("12345678901");
    vault.register(
        TENANT,
        new Actor(
            new UserId("clerk"),
            new OrganisationId(TENANT),
            List.of(),
            Why.typed("juminhyo", "c-1")),
        List.of(
            new PersonData(
                number,
                "山田",
                "太郎",
                "ヤマダ",
                "タロウ",
                java.time.LocalDate.parse("1980-01-01"),
                "1",
                "100-0001",
                "東京都千代田区1-1",
                "",
                "")));
    person =
        vault
            .sets()
            .page(TENANT, TENANT, new PersonSets.Members.Everyone(), Long.MIN_VALUE, 1)
            .pairs()
            .getFirst()
            .own();
    admin =
        new PersonSetAdmin(
            vault.sets(),
            (tenant, record) -> {
              log.add(record);
              logs.forTenant(tenant).append(record);
            },
            clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  long stored(String table) {
    return JdbcClient.create(store.dataSource())
        .sql("SELECT COUNT(*) FROM " + table)
        .query(Long.class)
        .single();
  }

  @Test
  void theTenantsStaffAndSecurityOfficer_tagAndMakeLists() {
    PersonTag kita = PersonTag.parse("ward=kita");
    admin.tag(principal(TENANT, Role.STAFF), person, kita);
    admin.tag(principal(TENANT, Role.SECURITY_OFFICER), person, PersonTag.parse("ward"));
    assertThat(stored("person_tag")).isEqualTo(2);
    assertThat(admin.untag(principal(TENANT, Role.STAFF), person, kita)).isTrue();
    assertThat(stored("person_tag")).isEqualTo(1);
    PersonSets.ListReport r =
        admin.createList(
            principal(TENANT, Role.SECURITY_OFFICER), "l-1", "one", List.of(person.value()));
    assertThat(r.members()).isEqualTo(1);
    assertThat(admin.lists(principal(TENANT, Role.STAFF)))
        .extracting(PersonSets.PersonList::id)
        .containsExactly("l-1");
    assertThat(admin.tagNumbers(principal(TENANT, Role.STAFF), List.of(number), kita)).isEqualTo(1);
    assertThat(log).isEmpty(); // the gate logged no refusal; the acts were logged by the vault
  }

  @Test
  void aContractor_cannotBuildOrWidenItsOwnSet_refusedAndLogged() {
    for (Role role : Role.values()) {
      Principal p = principal("sub-co", role);
      List<Runnable> acts =
          List.of(
              () -> admin.tag(p, person, PersonTag.parse("ward=kita")),
              () -> admin.untag(p, person, PersonTag.parse("ward=kita")),
              () -> admin.createList(p, "mine", "mine", List.of(person.value())),
              () -> admin.tagNumbers(p, List.of(number), PersonTag.parse("ward=kita")),
              () -> admin.lists(p));
      for (Runnable act : acts) {
        assertThatThrownBy(act::run)
            .isInstanceOfSatisfying(
                AccessException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER));
      }
    }
    assertThat(log).hasSize(5 * Role.values().length);
    assertThat(log).allMatch(r -> r.decision().equals("deny:organisation.not-controller"));
    assertThat(log.subList(0, 5))
        .extracting(AccessRecord::action)
        .containsExactly("person.tag", "person.untag", "list.create", "person.tag", "list");
    assertThat(log.get(2).caseRef()).isEqualTo("mine");
    assertThat(log.getFirst().personToken()).isEmpty();
    assertThat(log.getFirst().organisation()).isEqualTo("sub-co");
    assertThat(stored("person_tag") + stored("person_list") + stored("person_list_member"))
        .isZero();
  }

  @Test
  void aListFromNumbers_isMadeByTheWorkingStaffOnly_theOfficerIsRefusedAndLogged() {
    String digits = number.digits(mamori.number.InsecureNumberAccess.get());
    assertThatThrownBy(() ->
            admin.createList(
                principal(TENANT, Role.SECURITY_OFFICER), "by-number", "n", List.of(digits)))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    assertThat(log)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.action()).isEqualTo("list.create");
          assertThat(r.caseRef()).isEqualTo("by-number");
          assertThat(r.decision()).isEqualTo("deny:role.not-allowed");
        });
    assertThat(stored("person_list") + stored("person_list_member")).isZero();
    // the staff member may, and the officer may from tokens
    assertThat(
            admin
                .createList(principal(TENANT, Role.STAFF), "by-number", "n", List.of(digits))
                .members())
        .isEqualTo(1);
    assertThat(
            admin
                .createList(
                    principal(TENANT, Role.SECURITY_OFFICER),
                    "by-token",
                    "t",
                    List.of(person.value()))
                .members())
        .isEqualTo(1);
  }

  @Test
  void theTenantsOtherRoles_areRefused_roleNotAllowed() {
    for (Role role : List.of(Role.OPERATOR, Role.ORG_ADMIN, Role.AUDITOR)) {
      assertThatThrownBy(() -> admin.tag(principal(TENANT, role), person, PersonTag.parse("x")))
          .isInstanceOfSatisfying(
              AccessException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    }
    assertThat(log).hasSize(3).allMatch(r -> r.decision().equals("deny:role.not-allowed"));
    assertThat(stored("person_tag")).isZero();
  }

  @Test
  void aMalformedList_isRefusedBeforeTheCallerIsChecked_andNothingIsLogged() {
    assertThatThrownBy(
            () -> admin.createList(principal("sub-co", Role.STAFF), "Bad Id", "n", List.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(AccessException.class);
    assertThat(log).isEmpty();
  }
}
