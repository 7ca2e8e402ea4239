package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mamori.core.Network;
import mamori.core.Role;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.number.CorporateNumber;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registering and changing organisations and purposes: who may, logged before it is stored, a
 * refusal logged, and a closed log changes nothing.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RegistryChangesTest extends EntrustmentTestBase {
  static final CorporateNumber NUMBER = CorporateNumber.parse("7123456789012");
  static final CorporateNumber OTHER = CorporateNumber.parse("8000000000001");
  static final Caller ENTRY_OPERATOR = new Caller("entry-op", "entry-co", Role.OPERATOR);
  static final Caller CITY_AUDITOR = new Caller("auditor-1", TENANT, Role.AUDITOR);

  static Organisation org(String id, Organisation.Kind kind, String parent) {
    return new Organisation(
        id,
        id + "株式会社",
        kind,
        TENANT,
        NUMBER,
        "東京都千代田区",
        "JP",
        List.of(Network.parse("203.0.113.0/24")),
        parent);
  }

  static Purpose purpose(String id, int years) {
    return new Purpose(
        TENANT,
        id,
        "独自給付",
        "デモ市独自給付条例 第3条",
        new Purpose.Retention(years, Purpose.Start.CASE_CLOSED));
  }

  private void refused(Runnable change, String code) {
    long before = logSize();
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            EntrustmentException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(logSize()).as("only the refusal is logged").isEqualTo(before + 1);
    assertThat(logged(before).decision()).isEqualTo("deny:" + code);
  }

  @Test
  void theCitysOfficerAndAdmin_registerContractors_loggedFirst() {
    long before = logSize();
    Organisation added =
        entrustments.addOrganisation(org("new-co", Organisation.Kind.CONTRACTOR, null), OFFICER);
    assertThat(entrustments.organisation("new-co")).contains(added);
    assertThat(logSize()).isEqualTo(before + 1);
    AccessRecord r = logged(before);
    assertThat(r.action()).isEqualTo("organisation.add");
    assertThat(r.decision()).isEqualTo(AccessRecord.ALLOW);
    assertThat(r.actor()).isEqualTo("officer-1");
    assertThat(r.caseRef()).isEqualTo("new-co");
    assertThat(r.purpose()).isEmpty();
    entrustments.addOrganisation(
        org("new-sub", Organisation.Kind.SUBCONTRACTOR, "new-co"), CITY_ADMIN);
    assertThat(entrustments.organisation("new-sub").orElseThrow().parent()).isEqualTo("new-co");
    assertThat(entrustments.organisations(TENANT))
        .extracting(Organisation::id)
        .containsExactly(TENANT, "entry-co", "new-co", "new-sub", "sub-co", "sub2-co");
  }

  @Test
  void aRefusedRegistration_isLogged_andNothingIsStored() {
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.CONTRACTOR, null), CITY_STAFF),
        "role.not-allowed");
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.CONTRACTOR, null), CITY_AUDITOR),
        "role.not-allowed");
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.CONTRACTOR, null), ENTRY_ADMIN),
        "organisation.not-own");
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.SUBCONTRACTOR, "sub-co"), ENTRY_ADMIN),
        "organisation.not-own");
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.SUBCONTRACTOR, "entry-co"), ENTRY_OPERATOR),
        "role.not-allowed");
    refused(
        () ->
            entrustments.addOrganisation(
                org("entry-co", Organisation.Kind.CONTRACTOR, null), OFFICER),
        "registry.taken");
    refused(
        () ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.SUBCONTRACTOR, "nowhere-co"), OFFICER),
        "organisation.unknown");
    long before = logSize();
    assertThatThrownBy(() ->
            entrustments.addOrganisation(
                org("x-co", Organisation.Kind.CONTRACTOR, null), OTHER_OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.code()).isEqualTo("organisation.not-own"));
    assertThat(logSize()).isEqualTo(before);
    assertThat(entrustments.organisation("x-co")).isEmpty();
    // the other town's refusal is in its own log
    assertThat(logs.forTenant("other-city").size()).isEqualTo(1);
  }

  @Test
  void aContractorsAdmin_registersItsOwnSubcontractor() {
    entrustments.changeOrganisation(
        "entry-co",
        o -> o.withDetails(o.name(), NUMBER, "東京都", "JP", List.of(Network.parse("203.0.112.0/23"))),
        OFFICER);
    entrustments.addOrganisation(
        org("entry-sub", Organisation.Kind.SUBCONTRACTOR, "entry-co"), ENTRY_ADMIN);
    assertThat(entrustments.organisation("entry-sub").orElseThrow().parent()).isEqualTo("entry-co");
    assertThat(logged(logSize() - 1).actor()).isEqualTo("entry-admin");
    assertThat(logged(logSize() - 1).organisation()).isEqualTo("entry-co");
  }

  @Test
  void aContractorOrSubcontractor_needsItsCorporateNumberAndAddress_nothingLogged() {
    long before = logSize();
    Organisation noNumber =
        new Organisation(
            "x-co", "x", Organisation.Kind.CONTRACTOR, TENANT, null, "東京", "JP", List.of(), null);
    assertThatThrownBy(() -> entrustments.addOrganisation(noNumber, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a contractor or subcontractor is registered with its corporate number (法人番号)");
    Organisation noAddress =
        new Organisation(
            "x-co", "x", Organisation.Kind.CONTRACTOR, TENANT, NUMBER, " ", "JP", List.of(), null);
    assertThatThrownBy(() -> entrustments.addOrganisation(noAddress, OFFICER))
        .hasMessage("a contractor or subcontractor is registered with its address");
    assertThat(logSize()).isEqualTo(before);
    assertThat(entrustments.organisation("x-co")).isEmpty();
    refused(
        () -> entrustments.addOrganisation(Organisation.controller("new-city", "新市"), OFFICER),
        "organisation.not-own");
    refused(
        () -> entrustments.addOrganisation(Organisation.controller(TENANT, "二重の市"), OFFICER),
        "organisation.controller");
    assertThat(entrustments.organisation(TENANT).orElseThrow().name()).isEqualTo("デモ市");
  }

  @Test
  void aContractorsAdmin_cannotRegisterASubcontractorWiderThanItself() {
    entrustments.changeOrganisation(
        "entry-co",
        o -> o.withDetails(o.name(), NUMBER, "東京都", "JP", List.of(Network.parse("203.0.113.0/25"))),
        OFFICER);
    // networks beyond its own (a /24 around its /25), or another country: the tenant's to register
    refused(
        () ->
            entrustments.addOrganisation(
                org("wide-sub", Organisation.Kind.SUBCONTRACTOR, "entry-co"), ENTRY_ADMIN),
        "organisation.not-own");
    refused(
        () ->
            entrustments.addOrganisation(
                org("abroad-sub", Organisation.Kind.SUBCONTRACTOR, "entry-co")
                    .withDetails(
                        "海外", NUMBER, "ハノイ", "VN", List.of(Network.parse("203.0.113.0/26"))),
                ENTRY_ADMIN),
        "organisation.not-own");
    assertThat(entrustments.organisation("wide-sub")).isEmpty();
    assertThat(entrustments.organisation("abroad-sub")).isEmpty();
    // within its own networks and country it may
    entrustments.addOrganisation(
        org("near-sub", Organisation.Kind.SUBCONTRACTOR, "entry-co")
            .withDetails("近所", NUMBER, "東京都", "JP", List.of(Network.parse("203.0.113.64/26"))),
        ENTRY_ADMIN);
    assertThat(entrustments.organisation("near-sub")).isPresent();
  }

  @Test
  void anOrganisationsOwnAdmin_narrowsItsNetworks_butNeverWidensThem() {
    entrustments.changeOrganisation(
        "entry-co",
        o -> o.withDetails(o.name(), NUMBER, "東京都", "JP", List.of(Network.parse("203.0.113.0/24"))),
        OFFICER);
    for (String wider : new String[] {"0.0.0.0/0", "203.0.112.0/23", "198.51.100.0/24"}) {
      refused(
          () ->
              entrustments.changeOrganisation(
                  "entry-co",
                  o ->
                      o.withDetails(
                          o.name(),
                          o.corporateNumber(),
                          o.address(),
                          o.country(),
                          List.of(Network.parse("203.0.113.0/25"), Network.parse(wider))),
                  ENTRY_ADMIN),
          "organisation.not-own");
    }
    assertThat(entrustments.organisation("entry-co").orElseThrow().networks())
        .containsExactly(Network.parse("203.0.113.0/24"));
    Organisation narrowed =
        entrustments.changeOrganisation(
            "entry-co",
            o ->
                o.withDetails(
                    o.name(),
                    o.corporateNumber(),
                    o.address(),
                    o.country(),
                    List.of(Network.parse("203.0.113.128/25"))),
            ENTRY_ADMIN);
    assertThat(narrowed.networks()).containsExactly(Network.parse("203.0.113.128/25"));
  }

  @Test
  void theCity_changesAnyDetail_theOrganisationsOwnAdminOnlyItsAddressAndNetworks() {
    entrustments.addOrganisation(org("new-co", Organisation.Kind.CONTRACTOR, null), OFFICER);
    long before = logSize();
    Organisation changed =
        entrustments.changeOrganisation(
            "new-co", o -> o.withDetails("改名株式会社", OTHER, "大阪府", "VN", List.of()), OFFICER);
    assertThat(entrustments.organisation("new-co")).contains(changed);
    assertThat(changed.country()).isEqualTo("VN");
    assertThat(changed.corporateNumber()).isEqualTo(OTHER);
    assertThat(logged(before).action()).isEqualTo("organisation.change");
    assertThat(logged(before).caseRef()).isEqualTo("new-co");
    assertThat(logged(before).decision()).isEqualTo(AccessRecord.ALLOW);
    // the kind and parent stay, whatever the change returns
    Organisation kept =
        entrustments.changeOrganisation(
            "new-co",
            o ->
                new Organisation(
                    "new-co",
                    o.name(),
                    Organisation.Kind.SUBCONTRACTOR,
                    TENANT,
                    o.corporateNumber(),
                    o.address(),
                    o.country(),
                    o.networks(),
                    "entry-co"),
            CITY_ADMIN);
    assertThat(kept.kind()).isEqualTo(Organisation.Kind.CONTRACTOR);
    assertThat(kept.parent()).isNull();

    Caller entryAdmin = ENTRY_ADMIN;
    entrustments.changeOrganisation(
        "entry-co",
        o ->
            o.withDetails(
                o.name(), NUMBER, "名古屋", o.country(), List.of(Network.parse("10.0.0.0/8"))),
        OFFICER);
    Organisation own =
        entrustments.changeOrganisation(
            "entry-co",
            o -> o.withDetails(o.name(), o.corporateNumber(), "横浜", o.country(), List.of()),
            entryAdmin);
    assertThat(own.address()).isEqualTo("横浜");
    assertThat(own.networks()).isEmpty();
    assertThat(entrustments.organisation("entry-co")).contains(own);
  }

  @Test
  void aRefusedChange_isLogged_andNothingChanges() {
    entrustments.changeOrganisation(
        "entry-co",
        o -> o.withDetails(o.name(), NUMBER, "名古屋", "JP", List.of(Network.parse("10.0.0.0/8"))),
        OFFICER);
    Organisation stored = entrustments.organisation("entry-co").orElseThrow();
    refused(
        () ->
            entrustments.changeOrganisation(
                "entry-co", o -> o.withDetails("乗っ取り", NUMBER, "x", "JP", List.of()), SUB_ADMIN),
        "organisation.not-own");
    refused(
        () ->
            entrustments.changeOrganisation(
                "entry-co",
                o -> o.withDetails(o.name(), o.corporateNumber(), o.address(), "VN", o.networks()),
                ENTRY_ADMIN),
        "role.not-allowed");
    refused(
        () ->
            entrustments.changeOrganisation(
                "entry-co",
                o -> o.withDetails("改名", o.corporateNumber(), o.address(), "JP", o.networks()),
                ENTRY_ADMIN),
        "role.not-allowed");
    refused(
        () ->
            entrustments.changeOrganisation(
                "entry-co",
                o -> o.withDetails(o.name(), OTHER, o.address(), "JP", o.networks()),
                ENTRY_ADMIN),
        "role.not-allowed");
    refused(
        () ->
            entrustments.changeOrganisation(
                "entry-co", o -> o.withNetworks(List.of()), ENTRY_OPERATOR),
        "role.not-allowed");
    refused(
        () -> entrustments.changeOrganisation("entry-co", o -> o, ENTRY_OFFICER),
        "role.not-allowed");
    refused(
        () -> entrustments.changeOrganisation("entry-co", o -> o, CITY_STAFF), "role.not-allowed");
    refused(
        () -> entrustments.changeOrganisation("nowhere-co", o -> o, OFFICER),
        "organisation.unknown");
    assertThatThrownBy(() -> entrustments.changeOrganisation("entry-co", o -> o, OTHER_OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.code()).isEqualTo("organisation.unknown"));
    assertThat(entrustments.organisation("entry-co")).contains(stored);
  }

  @Test
  void purposes_areAddedAndChangedByTheCitysOfficerOrAdminOnly_loggedFirst() {
    long before = logSize();
    entrustments.addPurpose(purpose("own-aid", 5), OFFICER);
    assertThat(logged(before).action()).isEqualTo("purpose.add");
    assertThat(logged(before).caseRef()).isEqualTo("own-aid");
    entrustments.changePurpose(purpose("own-aid", 10), CITY_ADMIN);
    assertThat(logged(before + 1).action()).isEqualTo("purpose.change");
    assertThat(
            entrustments.purposes(TENANT).stream()
                .filter(p -> p.id().equals("own-aid"))
                .findFirst()
                .orElseThrow()
                .retention()
                .years())
        .isEqualTo(10);
    refused(() -> entrustments.addPurpose(purpose("own-aid", 5), OFFICER), "registry.taken");
    refused(() -> entrustments.changePurpose(purpose("nothing", 5), OFFICER), "purpose.unknown");
    refused(() -> entrustments.addPurpose(purpose("p2", 5), CITY_STAFF), "role.not-allowed");
    refused(() -> entrustments.addPurpose(purpose("p2", 5), CITY_AUDITOR), "role.not-allowed");
    refused(
        () -> entrustments.addPurpose(purpose("p2", 5), ENTRY_ADMIN),
        "organisation.not-controller");
    refused(
        () -> entrustments.changePurpose(purpose("own-aid", 1), ENTRY_ADMIN),
        "organisation.not-controller");
    assertThatThrownBy(() -> entrustments.addPurpose(purpose("p2", 5), OTHER_OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.code()).isEqualTo("organisation.not-controller"));
    assertThat(entrustments.purposes(TENANT)).extracting(Purpose::id).doesNotContain("p2");
  }

  long epoch() {
    return org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
        .sql("SELECT epoch FROM entrustment_epoch WHERE tenant_id = ?")
        .param(TENANT)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  @Test
  void addingOrChangingAPurpose_movesTheTenantsEpoch_andAnOrganisationChangeDoesNot() {
    long e0 = epoch();
    entrustments.addPurpose(purpose("own-aid", 5), OFFICER);
    assertThat(epoch()).isEqualTo(e0 + 1);
    entrustments.changePurpose(purpose("own-aid", 6), OFFICER);
    assertThat(epoch()).isEqualTo(e0 + 2);
    entrustments.addOrganisation(org("new-co", Organisation.Kind.CONTRACTOR, null), OFFICER);
    assertThat(epoch()).isEqualTo(e0 + 2);
  }

  @Test
  void theCity_changesItsOwnRecord_withoutACorporateNumber_butAContractorNeedsOne() {
    Organisation city =
        entrustments.changeOrganisation(
            TENANT, o -> o.withDetails("デモ市役所", null, "デモ市中央1", "JP", List.of()), OFFICER);
    assertThat(city.name()).isEqualTo("デモ市役所");
    assertThat(city.kind()).isEqualTo(Organisation.Kind.CONTROLLER);
    long before = logSize();
    // entry-co was registered before corporate numbers were asked: a change must supply one
    assertThatThrownBy(() ->
            entrustments.changeOrganisation(
                "entry-co", o -> o.withDetails(o.name(), null, "横浜", "JP", o.networks()), OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a contractor or subcontractor is registered with its corporate number (法人番号)");
    assertThatThrownBy(() ->
            entrustments.changeOrganisation(
                "entry-co", o -> o.withDetails(o.name(), NUMBER, "", "JP", o.networks()), OFFICER))
        .hasMessage("a contractor or subcontractor is registered with its address");
    assertThat(logSize()).isEqualTo(before);
    assertThat(entrustments.organisation("entry-co").orElseThrow().address()).isEmpty();
  }

  @Test
  void aChangedPurpose_isWhatTheNextDecisionReads() {
    Entrustment e = first();
    assertThat(entrustments.standing(e).active()).isTrue();
    entrustments.changePurpose(
        new Purpose(
            TENANT,
            "resident-tax",
            "住民税",
            "地方税法",
            new Purpose.Retention(3, Purpose.Start.CASE_CLOSED)),
        OFFICER);
    assertThat(
            entrustments.purposes(TENANT).stream()
                .filter(p -> p.id().equals("resident-tax"))
                .findFirst()
                .orElseThrow()
                .name())
        .isEqualTo("住民税");
  }

  @Test
  void everyRegistryChange_whenTheLogIsClosed_isRefusedAndNothingIsStored() {
    List<Organisation> orgs = entrustments.organisations(TENANT);
    List<Purpose> purposes = entrustments.purposes(TENANT);
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() ->
            entrustments.addOrganisation(
                org("new-co", Organisation.Kind.CONTRACTOR, null), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() ->
            entrustments.changeOrganisation(
                "entry-co", o -> o.withDetails("x", NUMBER, "y", "VN", List.of()), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> entrustments.addPurpose(purpose("own-aid", 5), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() ->
            entrustments.changePurpose(
                new Purpose(
                    TENANT,
                    "resident-tax",
                    "x",
                    "y",
                    new Purpose.Retention(1, Purpose.Start.CASE_CLOSED)),
                OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(entrustments.organisations(TENANT)).isEqualTo(orgs);
    assertThat(entrustments.purposes(TENANT)).isEqualTo(purposes);
  }
}
