package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.LogUnavailableException;
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

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RuleFilesTest {
  static final String TENANT = "t-city";
  static final Principal OFFICER = principal("sec-1", TENANT, Role.SECURITY_OFFICER);
  static final Principal CONTRACT_OFFICER =
      new Principal(
          new UserId("sec-c"),
          new TenantId(TENANT),
          new OrganisationId("o-contractor"),
          Role.SECURITY_OFFICER,
          "test");
  static final Principal ADMIN = principal("adm-1", TENANT, Role.ORG_ADMIN);

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  final TestClock clock = new TestClock(Instant.parse("2026-12-07T00:00:00Z"));
  RuleFiles files;

  static Principal principal(String user, String tenant, Role role) {
    return new Principal(
        new UserId(user), new TenantId(tenant), new OrganisationId(tenant), role, "test");
  }

  static String example() throws Exception {
    return Files.readString(Path.of("docs/detection-rules.example.yml"));
  }

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    files = new RuleFiles(store.dataSource(), logs, clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  private List<AccessRecord> logged() {
    List<AccessRecord> out = new ArrayList<>();
    if (!logs.exists(TENANT)) {
      return out;
    }
    var log = logs.forTenant(TENANT);
    for (long i = 0; i < log.size(); i++) {
      out.add(AccessRecordCodec.decode(log.entry(i).orElseThrow()));
    }
    return out;
  }

  @Test
  void theExampleFile_loads_roundTrips_andIsLoggedFirst() throws Exception {
    String text = example();
    RuleFiles.Version v = files.load(OFFICER, text);
    assertThat(v.version()).isEqualTo(1);
    assertThat(v.rules()).isEqualTo(4);
    assertThat(v.sha256()).isEqualTo(HexFormat.of().formatHex(RuleFiles.sha256(text)));
    assertThat(files.get(new TenantId(TENANT), Optional.empty())).contains(v);
    AccessRecord act = logged().getLast();
    assertThat(act.action()).isEqualTo(Action.DETECT_RULES_LOAD.code());
    assertThat(act.actor()).isEqualTo("sec-1");
    assertThat(act.allowed()).isTrue();
    assertThat(act.caseRef())
        .isEqualTo(
            "detect rules v1 sha256 "
                + java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(RuleFiles.sha256(text)));

    clock.advance(Duration.ofMinutes(1));
    String second = text.replace("gt: 50", "gt: 40");
    RuleFiles.Version v2 = files.load(OFFICER, second);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(files.current(new TenantId(TENANT))).contains(2);
    assertThat(files.list(new TenantId(TENANT)))
        .extracting(
            RuleFiles.Version::version, RuleFiles.Version::loadedAt, RuleFiles.Version::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, clock.instant(), ""),
            org.assertj.core.groups.Tuple.tuple(1, clock.instant().minusSeconds(60), ""));
    assertThat(files.get(new TenantId(TENANT), Optional.of(1)).orElseThrow().text())
        .isEqualTo(text);
    assertThat(files.get(new TenantId("other"), Optional.empty())).isEmpty();
    assertThat(files.list(new TenantId("other"))).isEmpty();
  }

  @Test
  void aBadFile_isRefused_nothingLoggedNorStored() {
    assertThatThrownBy(() -> files.load(OFFICER, "title: x\n"))
        .isInstanceOf(RuleFile.Invalid.class);
    assertThat(files.current(new TenantId(TENANT))).isEmpty();
    assertThat(logged()).isEmpty();
  }

  @Test
  void onlyTheTenantsOwnSecurityOfficer_loads_aRefusalIsLogged() throws Exception {
    String text = example();
    for (Principal p : List.of(ADMIN, CONTRACT_OFFICER)) {
      assertThatThrownBy(() -> files.load(p, text))
          .isInstanceOf(RuleFiles.Refused.class)
          .hasMessage(
              "role.not-allowed: only the tenant's own security officer loads detection rules");
    }
    assertThat(files.current(new TenantId(TENANT))).isEmpty();
    assertThat(logged())
        .extracting(AccessRecord::actor, AccessRecord::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("adm-1", "deny:role.not-allowed"),
            org.assertj.core.groups.Tuple.tuple("sec-c", "deny:role.not-allowed"));
  }

  @Test
  void whenTheLogCannotRecord_nothingIsStored() throws Exception {
    files.load(OFFICER, example());
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> files.load(OFFICER, example()))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(files.current(new TenantId(TENANT))).contains(1);
  }

  @Test
  void cityRules_compileTheVersionInForce_onlyWhenItChanges() throws Exception {
    CityRules city = new CityRules(files, clock);
    TenantId t = new TenantId(TENANT);
    assertThat(city.rules(t)).isEmpty();
    files.load(OFFICER, example());
    assertThat(city.rules(t)).isEmpty(); // the empty answer is trusted for CHECK
    clock.advance(CityRules.CHECK);
    List<Rule> first = city.rules(t);
    assertThat(first)
        .extracting(Rule::id)
        .containsExactly(
            "city.night-reads", "city.person-printed", "city.entry-co-tax", "city.mass-printing");
    clock.advance(CityRules.CHECK);
    assertThat(city.rules(t)).isSameAs(first);
    files.load(OFFICER, example().replace("gt: 50", "gt: 40"));
    clock.advance(CityRules.CHECK);
    assertThat(city.rules(t)).isNotSameAs(first).hasSize(4);
    assertThat(city.rules(new TenantId("other"))).isEmpty();
  }
}
