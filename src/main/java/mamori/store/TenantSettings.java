package mamori.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant's settings (V21__staff_volume.sql, table {@code tenant_setting}): named values a city
 * changes without a restart, such as its staff's daily volume. A setting with no row has the
 * default its reader gives; the reader checks the value's form.
 */
public final class TenantSettings {
  private static final String FAILED = "the tenant settings could not be read or written";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private final JdbcClient jdbc;

  public TenantSettings(DataSource store) {
    this.jdbc = JdbcClient.create(store);
  }

  /** The value set for {@code name}, if any. */
  public Optional<String> get(TenantId tenant, String name) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT value FROM tenant_setting WHERE tenant_id = ? AND name = ?")
                .params(tenant.value(), name)
                .query(String.class)
                .optional());
  }

  /**
   * Sets {@code name} to {@code value}, replacing what was set.
   *
   * @throws IllegalArgumentException when the name is not a dotted lower-case name or the value is
   *     blank or longer than 256 characters; nothing is written
   */
  public void set(TenantId tenant, String name, String value) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a setting's name is dotted lower-case words, not that");
    }
    if (value.isBlank() || value.length() > 256) {
      throw new IllegalArgumentException("a setting's value is 1 to 256 characters");
    }
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO tenant_setting (tenant_id, name, value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id, name) DO UPDATE SET value = excluded.value")
                .params(tenant.value(), name, value)
                .update());
  }

  /** Every setting of the tenant, by name. */
  public Map<String, String> all(TenantId tenant) {
    Map<String, String> all = new TreeMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT name, value FROM tenant_setting WHERE tenant_id = ?")
                .params(tenant.value())
                .query(rs -> {
                  all.put(rs.getString(1), rs.getString(2));
                }));
    return all;
  }
}
