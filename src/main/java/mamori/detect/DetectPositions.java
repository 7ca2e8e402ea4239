package mamori.detect;

import java.time.Clock;
import java.util.OptionalLong;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the detection of each tenant stands in its log (V27, table {@code detect_position}): every
 * record below the position has been read by every rule. The position is written in the transaction
 * that stores the alerts its records raised.
 */
final class DetectPositions {
  private static final String FAILED = "the detection position could not be read or written";
  private final JdbcClient jdbc;
  private final Clock clock;

  DetectPositions(DataSource store, Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.clock = clock;
  }

  /** The tenant's position; empty when detection never ran on its log. */
  OptionalLong get(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT position FROM detect_position WHERE tenant_id = ?")
                .params(tenant.value())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty()));
  }

  /** Sets the tenant's position. */
  void set(TenantId tenant, long position) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO detect_position (tenant_id, position, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id) DO UPDATE SET position = excluded.position,"
                        + " updated_at = excluded.updated_at")
                .params(tenant.value(), position, clock.millis())
                .update());
  }
}
