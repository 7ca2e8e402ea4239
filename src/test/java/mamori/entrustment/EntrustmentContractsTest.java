package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.TenantKeys;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: an entrustment's contract document is sealed under the tenant's field keyset bound to
 * the tenant, the entrustment and the version, logged with its SHA-256 before it is stored, and
 * read by the parties only, each read logged.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class EntrustmentContractsTest extends EntrustmentTestBase {
  static final Caller CITY_AUDITOR = new Caller("auditor-1", TENANT, Role.AUDITOR);
  static final Caller ENTRY_OP = new Caller("op", "entry-co", Role.OPERATOR);
  static final Caller SUB2_ADMIN = new Caller("sub2-admin", "sub2-co", Role.ORG_ADMIN);

  EntrustmentContracts contracts;

  @BeforeEach
  void openContracts() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(
                new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource()),
            clock);
    contracts = new EntrustmentContracts(store.dataSource(), entrustments, keys, logs, clock);
  }

  static byte[] pdf(String text) {
    return ("%PDF-1.7\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void anUpload_isLoggedWithItsHashFirst_andTheDocumentReadsBackForEachParty() throws Exception {
    Entrustment e = first();
    long before = logSize();
    byte[] doc = pdf("contract one");
    EntrustmentContracts.Version v = contracts.upload(e.id(), doc, CITY_ADMIN);
    assertThat(v.version()).isEqualTo(1);
    assertThat(v.sha256()).isEqualTo(sha256(doc));
    assertThat(v.size()).isEqualTo(doc.length);
    assertThat(v.uploadedBy()).isEqualTo("admin-1");
    assertThat(v.uploadedAt()).isEqualTo(NOW);
    assertThat(logSize()).isEqualTo(before + 1);
    var record = logged(before);
    assertThat(record.action()).isEqualTo("entrustment.contract-upload");
    assertThat(record.decision()).isEqualTo("allow");
    assertThat(record.chain()).containsExactly(e.id());
    String b64 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(MessageDigest.getInstance("SHA-256").digest(doc));
    assertThat(record.caseRef()).isEqualTo(e.id() + " v1 sha256:" + b64);

    for (Caller party : List.of(CITY_ADMIN, OFFICER, CITY_AUDITOR, ENTRY_ADMIN)) {
      long at = logSize();
      EntrustmentContracts.Document d = contracts.download(e.id(), null, party);
      assertThat(d.pdf()).as(party.user()).isEqualTo(doc);
      assertThat(d.version()).isEqualTo(v);
      assertThat(logSize()).isEqualTo(at + 1);
      assertThat(logged(at).action()).isEqualTo("entrustment.contract-download");
      assertThat(logged(at).actor()).isEqualTo(party.user());
      assertThat(logged(at).caseRef()).isEqualTo(e.id() + " v1");
    }
    byte[] second = pdf("contract two");
    assertThat(contracts.upload(e.id(), second, OFFICER).version()).isEqualTo(2);
    assertThat(contracts.download(e.id(), null, OFFICER).pdf()).isEqualTo(second);
    assertThat(contracts.download(e.id(), 1, OFFICER).pdf()).isEqualTo(doc);
    assertThat(contracts.versions(e.id(), ENTRY_ADMIN))
        .extracting(EntrustmentContracts.Version::version)
        .containsExactly(1, 2);
  }

  @Test
  void aNonParty_isRefusedAndLogged_andNothingIsHandedOut() {
    Entrustment e = first();
    contracts.upload(e.id(), pdf("c"), CITY_ADMIN);
    for (Caller c : List.of(ENTRY_OP, SUB2_ADMIN, CITY_STAFF, ENTRY_OFFICER)) {
      long at = logSize();
      assertThatThrownBy(() -> contracts.download(e.id(), null, c))
          .as(c.user())
          .isInstanceOfSatisfying(
              EntrustmentException.class,
              x -> assertThat(x.reason()).isEqualTo(Reason.CONTRACT_NOT_PARTY));
      assertThat(logSize()).isEqualTo(at + 1);
      assertThat(logged(at).decision()).isEqualTo("deny:contract.not-party");
      assertThat(logged(at).action()).isEqualTo("entrustment.contract-download");
    }
    assertThatThrownBy(() -> contracts.download(e.id(), null, OTHER_OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.ENTRUSTMENT_UNKNOWN));
    assertThatThrownBy(() -> contracts.versions(e.id(), SUB2_ADMIN))
        .isInstanceOf(EntrustmentException.class);
  }

  @Test
  void onlyTheGiverOrTheTenantsOfficer_uploads() {
    Entrustment e = first();
    for (Caller c : List.of(ENTRY_ADMIN, CITY_STAFF, CITY_AUDITOR)) {
      assertThatThrownBy(() -> contracts.upload(e.id(), pdf("c"), c))
          .as(c.user())
          .isInstanceOfSatisfying(
              EntrustmentException.class,
              x -> assertThat(x.reason()).isEqualTo(Reason.APPROVAL_NOT_ROOT_OFFICER));
    }
    assertThatThrownBy(() -> contracts.download(e.id(), null, OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.CONTRACT_NONE));
    Entrustment child = child(e);
    assertThat(contracts.upload(child.id(), pdf("sub"), ENTRY_ADMIN).version()).isEqualTo(1);
    assertThat(contracts.download(child.id(), null, SUB_ADMIN).pdf()).isEqualTo(pdf("sub"));
  }

  @Test
  void whatIsNotAPdf_orTooLarge_orEmpty_isRefused_beforeAnythingIsLoggedOrStored() {
    Entrustment e = first();
    long before = logSize();
    for (byte[] bad :
        List.of(
            new byte[0],
            "%PDF".getBytes(StandardCharsets.US_ASCII),
            "<html>%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
            "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))) {
      assertThatThrownBy(() -> contracts.upload(e.id(), bad, CITY_ADMIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PDF");
    }
    byte[] big = Arrays.copyOf(pdf("x"), EntrustmentContracts.MAX_BYTES + 1);
    assertThatThrownBy(() -> contracts.upload(e.id(), big, CITY_ADMIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    byte[] exact = Arrays.copyOf(pdf("x"), EntrustmentContracts.MAX_BYTES);
    assertThat(logSize()).isEqualTo(before);
    assertThat(contracts.upload(e.id(), exact, CITY_ADMIN).size())
        .isEqualTo(EntrustmentContracts.MAX_BYTES);
    assertThat(
            contracts
                .upload(e.id(), "%PDF-".getBytes(StandardCharsets.US_ASCII), CITY_ADMIN)
                .size())
        .isEqualTo(5);
  }

  @Test
  void aSealedDocumentCopiedToAnotherEntrustment_doesNotOpen() {
    Entrustment a = first();
    Entrustment b = entrustments.create(null, "sub2-co", contract(), scope(), CITY_ADMIN);
    contracts.upload(a.id(), pdf("secret terms of a"), CITY_ADMIN);
    contracts.upload(b.id(), pdf("terms of b"), CITY_ADMIN);
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    byte[] sealedA =
        jdbc.sql("SELECT sealed FROM entrustment_contract WHERE entrustment_id = ?")
            .param(a.id())
            .query((rs, n) -> rs.getBytes(1))
            .single();
    assertThat(new String(sealedA, StandardCharsets.ISO_8859_1)).doesNotContain("secret terms");
    jdbc.sql("UPDATE entrustment_contract SET sealed = ? WHERE entrustment_id = ?")
        .params(sealedA, b.id())
        .update();
    assertThatThrownBy(() -> contracts.download(b.id(), null, OFFICER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not open");
    // the same bytes under another version of the same entrustment do not open either
    assertThat(EntrustmentContracts.associatedData(TENANT, a.id(), 1))
        .isNotEqualTo(EntrustmentContracts.associatedData(TENANT, a.id(), 2))
        .isNotEqualTo(EntrustmentContracts.associatedData("other-city", a.id(), 1))
        .isNotEqualTo(EntrustmentContracts.associatedData(TENANT, b.id(), 1));
    assertThat(contracts.download(a.id(), null, OFFICER).pdf()).isEqualTo(pdf("secret terms of a"));
  }

  @Test
  void aDocumentThatDoesNotMatchItsStoredHash_isNotHandedOut() {
    Entrustment e = first();
    contracts.upload(e.id(), pdf("c"), CITY_ADMIN);
    JdbcClient.create(store.dataSource())
        .sql("UPDATE entrustment_contract SET sha256 = ? WHERE entrustment_id = ?")
        .params("0".repeat(64), e.id())
        .update();
    assertThatThrownBy(() -> contracts.download(e.id(), null, OFFICER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not match its hash");
  }

  @Test
  void anUpload_whenTheLogIsClosed_storesNothing() {
    Entrustment e = first();
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> contracts.upload(e.id(), pdf("c"), CITY_ADMIN))
        .isInstanceOf(LogUnavailableException.class);
    long rows =
        JdbcClient.create(store.dataSource())
            .sql("SELECT COUNT(*) FROM entrustment_contract")
            .query(Long.class)
            .single();
    assertThat(rows).isZero();
  }
}
