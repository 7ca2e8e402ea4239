package mamori.identity;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import mamori.crypto.FieldSealed;
import mamori.crypto.SealedColumn;

/**
 * The users' authenticator (TOTP) secrets, sealed by the tenant's field AEAD ({@link
 * SecondFactor}), as a field key retirement re-seals them.
 */
public final class AuthenticatorSecrets {
  private AuthenticatorSecrets() {}

  /** The sealed secrets in V14's user_credential. */
  public static FieldSealed in(DataSource store) {
    return new SealedColumn(
        "authenticator secrets",
        store,
        "SELECT user_id FROM user_credential WHERE tenant_id = ? AND totp_secret IS NOT NULL"
            + " ORDER BY user_id",
        "SELECT totp_secret FROM user_credential WHERE tenant_id = ? AND user_id = ?",
        "UPDATE user_credential SET totp_secret = ? WHERE tenant_id = ? AND user_id = ? AND"
            + " totp_secret = ?",
        (tenant, user) ->
            ("mamori/totp/v1/" + tenant + "/" + user).getBytes(StandardCharsets.UTF_8));
  }
}
