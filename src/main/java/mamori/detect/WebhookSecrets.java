package mamori.detect;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.crypto.FieldSealed;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant's alert webhook secret, sealed by the field AEAD into a tenant setting ({@link
 * AlertChannels}: {@code sealed:v1:<base64>}), as a field key retirement re-seals it. One value a
 * tenant at most; its id is the setting's name.
 */
public final class WebhookSecrets implements FieldSealed {
  private static final String SEALED = AlertChannels.SEALED;

  private final JdbcClient jdbc;

  private WebhookSecrets(DataSource store) {
    this.jdbc = JdbcClient.create(store);
  }

  /** The webhook secret in V21's tenant_setting. */
  public static FieldSealed in(DataSource store) {
    return new WebhookSecrets(store);
  }

  @Override
  public String kind() {
    return "webhook secrets";
  }

  @Override
  public List<String> ids(String tenant) {
    return read(tenant, AlertChannels.WEBHOOK_SECRET).isPresent()
        ? List.of(AlertChannels.WEBHOOK_SECRET)
        : List.of();
  }

  @Override
  public Optional<Sealed> read(String tenant, String id) {
    return jdbc.sql("SELECT value FROM tenant_setting WHERE tenant_id = ? AND name = ?")
        .params(tenant, id)
        .query(String.class)
        .optional()
        .filter(v -> v.startsWith(SEALED))
        .map(v ->
            new Sealed(
                Base64.getDecoder().decode(v.substring(SEALED.length())),
                AlertChannels.ad(new mamori.core.TenantId(tenant))));
  }

  @Override
  public boolean swap(String tenant, String id, byte[] old, byte[] resealed) {
    return jdbc.sql(
                "UPDATE tenant_setting SET value = ? WHERE tenant_id = ? AND name = ? AND value ="
                    + " ?")
            .params(text(resealed), tenant, id, text(old))
            .update()
        == 1;
  }

  private static String text(byte[] sealed) {
    return SEALED + Base64.getEncoder().encodeToString(sealed);
  }
}
