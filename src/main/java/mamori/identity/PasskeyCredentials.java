package mamori.identity;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * WebAuthn credential records over the store: saved at registration, updated (counter, last use) at
 * each sign-in. The relying party checks the assertion's signature counter only against the one the
 * passkey had at registration; this store checks it against the last one seen: a counter that did
 * not go up (unless both are zero, as passkeys that keep no counter send) is refused with {@link
 * PasskeyCounterException}, by the same conditional update that stores it, so that two sign-ins
 * with one counter value cannot both pass.
 */
final class PasskeyCredentials implements UserCredentialRepository {
  private static final String COLUMNS =
      "credential_id, user_handle, public_key, signature_count, uv_initialized, "
          + "backup_eligible, backup_state, transports, attestation_object, client_data_json, label, created_at, last_used_at";

  private final JdbcClient jdbc;
  private final DataSource jdbcSource;
  private final Clock clock;

  PasskeyCredentials(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.jdbcSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void delete(Bytes credentialId) {
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql("DELETE FROM passkey_credential WHERE credential_id = ?")
                .param(credentialId.getBytes())
                .update());
  }

  @Override
  public void save(CredentialRecord r) {
    String transports =
        r.getTransports() == null
            ? ""
            : r.getTransports().stream()
                .map(AuthenticatorTransport::getValue)
                .sorted()
                .collect(Collectors.joining(","));
    Instant created = r.getCreated() == null ? clock.instant() : r.getCreated();
    Instant lastUsed = r.getLastUsed() == null ? created : r.getLastUsed();
    String label = r.getLabel() == null ? "" : r.getLabel();
    int updated =
        Sql.run(
            Users.WRITE_FAILED,
            () ->
                jdbc.sql(
                        "UPDATE passkey_credential SET signature_count = ?,"
                            + " uv_initialized = ?, backup_eligible = ?, backup_state = ?, last_used_at = ? WHERE credential_id = ?"
                            + " AND (signature_count < ? OR (signature_count = 0 AND ? = 0))")
                    .params(
                        r.getSignatureCount(),
                        flag(r.isUvInitialized()),
                        flag(r.isBackupEligible()),
                        flag(r.isBackupState()),
                        lastUsed.toEpochMilli(),
                        r.getCredentialId().getBytes(),
                        r.getSignatureCount(),
                        r.getSignatureCount())
                    .update());
    if (updated == 0) {
      CredentialRecord stored = findByCredentialId(r.getCredentialId());
      if (stored != null) {
        var owner = new PasskeyUsers(jdbcSource).findById(stored.getUserEntityUserId());
        throw new PasskeyCounterException(
            owner == null ? "unknown" : owner.getName(),
            stored.getSignatureCount(),
            r.getSignatureCount());
      }
      Sql.run(
          Users.WRITE_FAILED,
          () ->
              jdbc.sql(
                      "INSERT INTO passkey_credential ("
                          + COLUMNS
                          + ")"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .params(
                      r.getCredentialId().getBytes(),
                      r.getUserEntityUserId().getBytes(),
                      r.getPublicKey().getBytes(),
                      r.getSignatureCount(),
                      flag(r.isUvInitialized()),
                      flag(r.isBackupEligible()),
                      flag(r.isBackupState()),
                      transports,
                      bytes(r.getAttestationObject()),
                      bytes(r.getAttestationClientDataJSON()),
                      label.length() > 100 ? label.substring(0, 100) : label,
                      created.toEpochMilli(),
                      lastUsed.toEpochMilli())
                  .update());
    }
  }

  @Override
  public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
    List<CredentialRecord> found =
        query(
            "SELECT " + COLUMNS + " FROM passkey_credential WHERE credential_id = ?",
            credentialId.getBytes());
    return found.isEmpty() ? null : found.getFirst();
  }

  @Override
  public List<CredentialRecord> findByUserId(Bytes userId) {
    return query(
        "SELECT " + COLUMNS + " FROM passkey_credential WHERE user_handle = ? ORDER BY created_at",
        userId.getBytes());
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }

  /** The bytes of an optional value, or a NULL of a binary column. */
  private static Object bytes(@Nullable Bytes b) {
    return b == null ? new SqlParameterValue(Types.BINARY, null) : b.getBytes();
  }

  private List<CredentialRecord> query(String sql, byte[] arg) {
    return Sql.run(
        "cannot read passkeys",
        () ->
            jdbc.sql(sql)
                .param(arg)
                .query((rs, n) -> {
                  Set<AuthenticatorTransport> transports =
                      Arrays.stream(rs.getString(8).split(","))
                          .filter(t -> !t.isEmpty())
                          .map(AuthenticatorTransport::valueOf)
                          .collect(Collectors.toSet());
                  byte[] attestation = rs.getBytes(9);
                  byte[] clientData = rs.getBytes(10);
                  return (CredentialRecord)
                      ImmutableCredentialRecord.builder()
                          .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                          .credentialId(new Bytes(rs.getBytes(1)))
                          .userEntityUserId(new Bytes(rs.getBytes(2)))
                          .publicKey(new ImmutablePublicKeyCose(rs.getBytes(3)))
                          .signatureCount(rs.getLong(4))
                          .uvInitialized(rs.getInt(5) == 1)
                          .backupEligible(rs.getInt(6) == 1)
                          .backupState(rs.getInt(7) == 1)
                          .transports(transports)
                          .attestationObject(attestation == null ? null : new Bytes(attestation))
                          .attestationClientDataJSON(
                              clientData == null ? null : new Bytes(clientData))
                          .label(rs.getString(11))
                          .created(Instant.ofEpochMilli(rs.getLong(12)))
                          .lastUsed(Instant.ofEpochMilli(rs.getLong(13)))
                          .build();
                })
                .list());
  }
}
