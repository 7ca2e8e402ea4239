package mamori.identity;

import javax.sql.DataSource;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * WebAuthn user entities over the store: a random handle per owner, the WebAuthn name being the
 * owner id.
 */
final class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {
  private final JdbcClient jdbc;

  PasskeyUsers(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
    return one(
        "SELECT user_handle, owner_id, display_name FROM passkey_user WHERE user_handle = ?",
        id.getBytes());
  }

  @Override
  public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
    return one(
        "SELECT user_handle, owner_id, display_name FROM passkey_user WHERE owner_id = ?",
        username);
  }

  @Override
  public void save(PublicKeyCredentialUserEntity user) {
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO passkey_user (user_handle, owner_id, display_name)"
                        + " VALUES (?, ?, ?) ON CONFLICT (user_handle) DO UPDATE SET display_name = excluded.display_name")
                .param(user.getId().getBytes())
                .param(user.getName())
                .param(user.getDisplayName())
                .update());
  }

  @Override
  public void delete(Bytes id) {
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql("DELETE FROM passkey_user WHERE user_handle = ?")
                .param(id.getBytes())
                .update());
  }

  private @Nullable PublicKeyCredentialUserEntity one(String sql, Object arg) {
    return Sql.run(
            "cannot read passkey users",
            () ->
                jdbc.sql(sql)
                    .param(arg)
                    .query((rs, n) ->
                        (PublicKeyCredentialUserEntity)
                            ImmutablePublicKeyCredentialUserEntity.builder()
                                .id(new Bytes(rs.getBytes(1)))
                                .name(rs.getString(2))
                                .displayName(rs.getString(3))
                                .build())
                    .optional())
        .orElse(null);
  }
}
