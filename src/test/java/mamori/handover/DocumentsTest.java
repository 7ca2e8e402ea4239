package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
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
  Documents documents;
  final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));

  void open(TestStores.Kind kind) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    documents = new Documents(store.dataSource(), new PageSeals(keys), alerts, clock);
  }

  @AfterEach
  void close() {
    if (store != null) {
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
    assertThat(list.pages().get(0).qrText()).contains(":INTERNAL:").doesNotContain("tok-");
    assertThat(documents.personsOn(list.document())).containsExactly(ANNA, BEN);
    Documents.Printed own = pickup(STAFF, ANNA);
    assertThat(own.pages().get(0).qrText()).containsPattern(":R-[0-9A-Z]{8}:");
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
    String qr = ben.pages().get(0).qrText().replaceAll(":R-[0-9A-Z]{8}:", ":INTERNAL:");
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
}
