package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mamori.crypto.FieldSealed;
import mamori.crypto.TenantKeys;
import mamori.detect.WebhookSecrets;
import mamori.entrustment.ContractSeals;
import mamori.identity.AuthenticatorSecrets;
import mamori.store.TestStores;
import mamori.transfer.TransferSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every module's values sealed directly with the field keyset (authenticator secret, webhook
 * secret, contract PDF, recipient private key, release share) are re-sealed by a retirement and
 * open afterwards with the keyset that remains, on both stores: each module's statements run.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class SealedSecretsRetirementTest extends VaultTestBase {

  @Test
  void retirement_resealsEveryModulesSecrets_andTheyOpenAfterwards() throws Exception {
    vault.register(TENANT, CLERK, TestPersons.generate(3, 5));
    var aead = keys.fieldAead(TENANT);
    var db = store.jdbc();
    byte[] totp = aead.encrypt(bytes("totp"), bytes("mamori/totp/v1/" + TENANT + "/officer-1"));
    db.sql("INSERT INTO user_credential (tenant_id, user_id, totp_secret) VALUES (?, ?, ?)")
        .params(TENANT, "officer-1", totp)
        .update();
    byte[] hook = aead.encrypt(bytes("whsec"), bytes("mamori/alerts-webhook-secret/v1\0" + TENANT));
    db.sql("INSERT INTO tenant_setting (tenant_id, name, value) VALUES (?, ?, ?)")
        .params(
            TENANT,
            "alerts.webhook.secret",
            "sealed:v1:" + Base64.getEncoder().encodeToString(hook))
        .update();
    byte[] pdf =
        aead.encrypt(
            bytes("%PDF-1.7"), bytes("mamori/entrustment-contract/v1/" + TENANT + "/e-1/2"));
    db.sql(
            "INSERT INTO entrustment_contract (tenant_id, entrustment_id, version, sha256, size,"
                + " sealed, uploaded_by, uploaded_at) VALUES (?, 'e-1', 2, 'x', 8, ?, 'u', 0)")
        .params(TENANT, pdf)
        .update();
    byte[] privateKey = keys.sealSecret(TENANT, "transfer-key/f00d", bytes("private"));
    db.sql(
            "INSERT INTO transfer_key (tenant_id, fingerprint, public_key, private_key,"
                + " created_by, created_at) VALUES (?, 'f00d', ?, ?, 'u', 0)")
        .params(TENANT, bytes("public"), privateKey)
        .update();
    List<FieldSealed> sealed =
        new java.util.ArrayList<>(
            List.of(
                AuthenticatorSecrets.in(store.dataSource()),
                WebhookSecrets.in(store.dataSource()),
                ContractSeals.in(store.dataSource())));
    sealed.addAll(TransferSecrets.in(store.dataSource()));
    KeyRotation rotation =
        new KeyRotation(store.dataSource(), keys, logs, Clock.systemUTC(), List.of(), sealed);
    rotation.othersSeeWithin(Duration.ZERO);
    int old = keys.primaryFieldKeyId(TENANT);
    rotation.rotate(TENANT, CLERK);
    assertThat(rotation.sealedByKey(TENANT)).hasSize(5);
    assertThat(
            rotation.sealedByKey(TENANT).values().stream()
                .mapToLong(byKey -> byKey.getOrDefault(old, 0L))
                .sum())
        .isEqualTo(4);

    KeyRotation.Retired r = rotation.retire(TENANT, Optional.of(old), CLERK, n -> {});

    assertThat(r.resealed()).isEqualTo(4);
    TenantKeys fresh = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    int primary = fresh.primaryFieldKeyId(TENANT);
    for (FieldSealed kind : sealed) {
      for (String id : kind.ids(TENANT)) {
        FieldSealed.Sealed s = kind.read(TENANT, id).orElseThrow();
        assertThat(TenantKeys.wrappingKeyId(s.sealed())).as(kind.kind()).isEqualTo(primary);
        assertThat(fresh.fieldAead(TENANT).decrypt(s.sealed(), s.associatedData()))
            .as(kind.kind())
            .isNotEmpty();
      }
    }
    assertThat(fresh.openSecret(TENANT, "transfer-key/f00d", readPrivateKey()))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("private");
  }

  private byte[] readPrivateKey() {
    return store
        .jdbc()
        .sql("SELECT private_key FROM transfer_key WHERE fingerprint = 'f00d'")
        .query(byte[].class)
        .single();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
