package mamori.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/** WebAuthn user entities over the store: a random handle per owner, the WebAuthn name being the owner id. */
final class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {
  private final DataSource dataSource;

  PasskeyUsers(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
    return one("SELECT user_handle, owner_id, display_name FROM passkey_user WHERE user_handle = ?", id.getBytes());
  }

  @Override
  public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
    return one("SELECT user_handle, owner_id, display_name FROM passkey_user WHERE owner_id = ?", username);
  }

  @Override
  public void save(PublicKeyCredentialUserEntity user) {
    Jdbc.update(dataSource, "INSERT INTO passkey_user (user_handle, owner_id, display_name) VALUES (?, ?, ?) "
        + "ON CONFLICT (user_handle) DO UPDATE SET display_name = excluded.display_name",
        user.getId().getBytes(), user.getName(), user.getDisplayName());
  }

  @Override
  public void delete(Bytes id) {
    Jdbc.update(dataSource, "DELETE FROM passkey_user WHERE user_handle = ?", id.getBytes());
  }

  private @Nullable PublicKeyCredentialUserEntity one(String sql, Object arg) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, arg);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return ImmutablePublicKeyCredentialUserEntity.builder().id(new Bytes(rs.getBytes(1))).name(rs.getString(2))
            .displayName(rs.getString(3)).build();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read passkey users: " + e.getMessage(), e);
    }
  }
}
