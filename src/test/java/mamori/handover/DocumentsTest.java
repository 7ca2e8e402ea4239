package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Registering printed documents and reading their codes back, on both stores. */
class DocumentsTest {
  static final TenantId NERIMA = new TenantId("nerima");
  static final Who STAFF =
      new Who(new UserId("nerima-staff"), new OrganisationId("nerima"), NERIMA);
  static final Who OTHER =
      new Who(new UserId("kita-staff"), new OrganisationId("kita"), new TenantId("kita"));
  static final Why WHY = new Why("card-issue", "card-2026-12");
  static final PersonToken ANNA = new PersonToken("tok-anna");
  static final PersonToken BEN = new PersonToken("tok-ben");

  @TempDir Path temp;
  StoreLocation location;
  Store store;
  SecurityAlerts alerts;
  TransparencyLogs logs;
  TenantKeys keys;
  Documents documents;
  final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));

  void open(TestStores.Kind kind) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(temp.resolve("keys")), "test.example/log", clock);
    documents =
        new Documents(
            store.dataSource(), new PageSeals(keys), alerts, new AdminLog(logs, clock), clock);
  }

  @AfterEach
  void close() {
    if (store != null) {
      logs.close();
      store.close();
      TestStores.drop(location);
    }
  }

  Documents.Printed pickup(Who who, PersonToken p) {
    return documents.register(
        who,
        Documents.Kind.PICKUP,
        "交付通知書",
        Optional.of(p),
        List.of(p),
        1,
        WHY,
        "本庁舎2階プリンター",
        Optional.of(clock.instant().plus(Duration.ofDays(90))));
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aPagesCodes_readBackToItsDocumentAndPage(TestStores.Kind kind) {
    open(kind);
    Documents.Printed list =
        documents.register(
            STAFF,
            Documents.Kind.LIST,
            "カード発行一覧表",
            Optional.empty(),
            List.of(ANNA, BEN),
            2,
            WHY,
            "本庁舎2階プリンター",
            Optional.empty());
    assertThat(list.pages()).hasSize(2);
    for (Documents.PageLabel label : list.pages()) {
      for (String scanned : List.of(label.shortCode(), label.qrText())) {
        assertThat(documents.resolve(Optional.of(NERIMA), scanned))
            .isEqualTo(new Documents.Found(list.document(), label.page()));
        assertThat(documents.resolve(Optional.empty(), scanned))
            .isEqualTo(new Documents.Found(list.document(), label.page()));
      }
    }
    assertThat(list.pages().get(0).qrText()).contains("/INTERNAL/").doesNotContain("tok-");
    assertThat(documents.personsOn(list.document())).containsExactly(ANNA, BEN);
    Documents.Printed own = pickup(STAFF, ANNA);
    assertThat(own.pages().get(0).qrText()).containsPattern("/R-[0-9A-Z]{8}/");
    // another tenant's page is unknown here
    Documents.Printed kita = pickup(OTHER, BEN);
    assertThat(documents.resolve(Optional.of(NERIMA), kita.pages().get(0).shortCode()))
        .isInstanceOf(Documents.Unknown.class);
    assertThat(documents.resolve(Optional.of(NERIMA), kita.pages().get(0).qrText()))
        .isInstanceOf(Documents.Unknown.class);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aTypo_isToldApart_andForgeriesLockTheDocumentAtFive(TestStores.Kind kind) {
    open(kind);
    Documents.Printed own = pickup(STAFF, ANNA);
    String code = own.pages().get(0).shortCode();
    char first = code.charAt(0);
    String typo = (first == 'A' ? 'B' : 'A') + code.substring(1);
    assertThat(documents.resolve(Optional.of(NERIMA), typo)).isInstanceOf(Documents.Typo.class);
    // a forged MAC with a right check character
    for (int i = 0; i < Documents.MAX_WRONG; i++) {
      String body = code.replace("-", "").substring(0, 11) + String.format("%08d", i);
      String forged = body + PageCode.check(body);
      assertThat(documents.resolve(Optional.of(NERIMA), forged))
          .isInstanceOf(Documents.Unknown.class);
    }
    assertThat(documents.resolve(Optional.of(NERIMA), code)).isInstanceOf(Documents.Locked.class);
    assertThat(alerts.list("nerima", 10))
        .extracting(SecurityAlerts.Alert::kind)
        .contains("page.locked");
    // relabelled: the QR's subject changed to INTERNAL
    Documents.Printed ben = pickup(STAFF, BEN);
    String qr = ben.pages().get(0).qrText().replaceAll("/R-[0-9A-Z]{8}/", "/INTERNAL/");
    assertThat(documents.resolve(Optional.of(NERIMA), qr)).isInstanceOf(Documents.Unknown.class);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aListNamingAResident_orATitleWithANumber_isRefused(TestStores.Kind kind) {
    open(kind);
    assertThatThrownBy(() ->
            documents.register(
                STAFF,
                Documents.Kind.LIST,
                "一覧",
                Optional.of(ANNA),
                List.of(ANNA),
                1,
                WHY,
                "p",
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            documents.register(
                STAFF,
                Documents.Kind.NOTICE,
                "お知らせ 1234 5678 9018",
                Optional.of(ANNA),
                List.of(ANNA),
                1,
                WHY,
                "p",
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1234");
  }

  List<AccessRecord> records(String tenant) {
    if (!logs.exists(tenant)) {
      return List.of();
    }
    TenantLog log = logs.forTenant(tenant);
    return log.records(0, log.size());
  }

  static String forged(String code, int i) {
    String body = code.replace("-", "").substring(0, 11) + String.format("%08d", i);
    return body + PageCode.check(body);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aStaffMembersWrongCode_isLoggedBeforeItCounts_andTheLockAlertNamesWhoTried(
      TestStores.Kind kind) {
    open(kind);
    Documents.Printed own = pickup(STAFF, ANNA);
    String code = own.pages().get(0).shortCode();
    Who tried = new Who(new UserId("nerima-clerk"), new OrganisationId("nerima"), NERIMA);

    // what is not a wrong MAC on one of the tenant's documents is not logged
    String typo = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
    assertThat(documents.resolve(tried, Action.HANDOVER, typo)).isInstanceOf(Documents.Typo.class);
    assertThat(documents.resolve(tried, Action.HANDOVER, "no code"))
        .isInstanceOf(Documents.Unknown.class);
    Documents.Printed kita = pickup(OTHER, BEN);
    assertThat(
            documents.resolve(tried, Action.HANDOVER, forged(kita.pages().get(0).shortCode(), 1)))
        .isInstanceOf(Documents.Unknown.class);
    assertThat(documents.resolve(tried, Action.HANDOVER, code))
        .isEqualTo(new Documents.Found(own.document(), 1));
    assertThat(records("nerima")).isEmpty();
    assertThat(records("kita")).isEmpty();

    for (int i = 0; i < Documents.MAX_WRONG; i++) {
      assertThat(documents.resolve(tried, Action.PAGE_RETURN, forged(code, i)))
          .isInstanceOf(Documents.Unknown.class);
      List<AccessRecord> logged = records("nerima");
      assertThat(logged).hasSize(i + 1);
      AccessRecord r = logged.getLast();
      assertThat(r.actor()).isEqualTo("nerima-clerk");
      assertThat(r.action()).isEqualTo(Action.PAGE_RETURN.code());
      assertThat(r.decision()).isEqualTo("deny:page.unknown");
      assertThat(r.personToken()).isEmpty();
      assertThat(r.caseRef()).contains(own.document().id(), "page 1");
      if (i < Documents.MAX_WRONG - 1) {
        assertThat(alerts.list("nerima", 10)).isEmpty();
      }
    }
    assertThat(documents.resolve(tried, Action.HANDOVER, code))
        .isInstanceOf(Documents.Locked.class);
    SecurityAlerts.Alert alert = alerts.list("nerima", 10).getFirst();
    assertThat(alerts.list("nerima", 10)).hasSize(1);
    assertThat(alert.kind()).isEqualTo("page.locked");
    assertThat(alert.subject()).isEqualTo("document:" + own.document().id());
    assertThat(alert.evidence()).containsExactly((long) Documents.MAX_WRONG - 1);
    assertThat(alert.detail()).contains("nerima-clerk", own.document().id());
    // a wrong code of a locked document is logged still, and raises nothing more
    documents.resolve(tried, Action.HANDOVER, forged(code, 99));
    assertThat(records("nerima")).hasSize(Documents.MAX_WRONG + 1);
    assertThat(alerts.list("nerima", 10)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aWrongCodeTheLogCannotRecord_isNotCounted(TestStores.Kind kind) {
    open(kind);
    Documents.Printed own = pickup(STAFF, ANNA);
    String code = own.pages().get(0).shortCode();
    int before = wrongTries(own);
    logs.forTenant("nerima").close();
    assertThatThrownBy(() -> documents.resolve(STAFF, Action.HANDOVER, forged(code, 1)))
        .isInstanceOf(mamori.log.LogUnavailableException.class);
    assertThat(wrongTries(own)).isEqualTo(before);
    // documents made without a log read no staff member's code
    Documents plain = new Documents(store.dataSource(), new PageSeals(keys), alerts, clock);
    assertThatThrownBy(() -> plain.resolve(STAFF, Action.HANDOVER, code))
        .isInstanceOf(IllegalStateException.class);
    assertThat(plain.resolve(Optional.of(NERIMA), code))
        .isEqualTo(new Documents.Found(own.document(), 1));
  }

  int wrongTries(Documents.Printed d) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
        .sql("SELECT wrong_tries FROM handover_document WHERE tenant_id = ? AND document_id = ?")
        .params(d.document().tenant().value(), d.document().id())
        .query(Integer.class)
        .single();
  }
}
