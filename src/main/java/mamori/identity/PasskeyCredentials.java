package mamori.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** WebAuthn credential records over the store: saved at registration, updated (counter, last use) at each sign-in. */
final class PasskeyCredentials implements UserCredentialRepository {
  private static final String COLUMNS = "credential_id, user_handle, public_key, signature_count, uv_initialized, "
      + "backup_eligible, backup_state, transports, attestation_object, client_data_json, label, created_at, last_used_at";

  private final DataSource dataSource;

  PasskeyCredentials(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void delete(Bytes credentialId) {
    Jdbc.update(dataSource, "DELETE FROM passkey_credential WHERE credential_id = ?", credentialId.getBytes());
  }

  @Override
  public void save(CredentialRecord r) {
    String transports = r.getTransports() == null ? ""
        : r.getTransports().stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(","));
    Instant created = r.getCreated() == null ? Instant.now() : r.getCreated();
    Instant lastUsed = r.getLastUsed() == null ? created : r.getLastUsed();
    String label = r.getLabel() == null ? "" : r.getLabel();
    int updated = Jdbc.update(dataSource, "UPDATE passkey_credential SET signature_count = ?, uv_initialized = ?, "
        + "backup_eligible = ?, backup_state = ?, last_used_at = ? WHERE credential_id = ?", r.getSignatureCount(),
        flag(r.isUvInitialized()), flag(r.isBackupEligible()), flag(r.isBackupState()), lastUsed.toEpochMilli(),
        r.getCredentialId().getBytes());
    if (updated == 0) {
      Jdbc.update(dataSource, "INSERT INTO passkey_credential (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          r.getCredentialId().getBytes(), r.getUserEntityUserId().getBytes(), r.getPublicKey().getBytes(),
          r.getSignatureCount(), flag(r.isUvInitialized()), flag(r.isBackupEligible()), flag(r.isBackupState()),
          transports, bytes(r.getAttestationObject()), bytes(r.getAttestationClientDataJSON()),
          label.length() > 100 ? label.substring(0, 100) : label, created.toEpochMilli(), lastUsed.toEpochMilli());
    }
  }

  @Override
  public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
    List<CredentialRecord> found = query("SELECT " + COLUMNS + " FROM passkey_credential WHERE credential_id = ?",
        credentialId.getBytes());
    return found.isEmpty() ? null : found.getFirst();
  }

  @Override
  public List<CredentialRecord> findByUserId(Bytes userId) {
    return query("SELECT " + COLUMNS + " FROM passkey_credential WHERE user_handle = ? ORDER BY created_at",
        userId.getBytes());
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }

  private static byte @Nullable [] bytes(@Nullable Bytes b) {
    return b == null ? null : b.getBytes();
  }

  private List<CredentialRecord> query(String sql, byte[] arg) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setBytes(1, arg);
      List<CredentialRecord> records = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Set<AuthenticatorTransport> transports = Arrays.stream(rs.getString(8).split(","))
              .filter(t -> !t.isEmpty()).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet());
          byte[] attestation = rs.getBytes(9);
          byte[] clientData = rs.getBytes(10);
          records.add(ImmutableCredentialRecord.builder().credentialType(PublicKeyCredentialType.PUBLIC_KEY)
              .credentialId(new Bytes(rs.getBytes(1))).userEntityUserId(new Bytes(rs.getBytes(2)))
              .publicKey(new ImmutablePublicKeyCose(rs.getBytes(3))).signatureCount(rs.getLong(4))
              .uvInitialized(rs.getInt(5) == 1).backupEligible(rs.getInt(6) == 1).backupState(rs.getInt(7) == 1)
              .transports(transports).attestationObject(attestation == null ? null : new Bytes(attestation))
              .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData)).label(rs.getString(11))
              .created(Instant.ofEpochMilli(rs.getLong(12))).lastUsed(Instant.ofEpochMilli(rs.getLong(13))).build());
        }
      }
      return records;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read passkeys: " + e.getMessage(), e);
    }
  }
}
