package mamori.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The identity of one Mamori installation: a random id and the time its store was first opened. It
 * lets an operator tell two data folders apart and shows on the status page.
 *
 * @param id a random UUID, fixed at first open
 * @param createdAt when the store was first opened
 */
public record Instance(String id, Instant createdAt) {

  /** Creates the row on first open (concurrent first opens agree on one) and returns it. */
  static Instance ensure(JdbcClient jdbc, Clock clock) {
    jdbc.sql(
            "INSERT INTO instance (singleton, instance_id, created_at) VALUES (1, ?, ?) "
                + "ON CONFLICT (singleton) DO NOTHING")
        .params(UUID.randomUUID().toString(), clock.millis())
        .update();
    return jdbc.sql("SELECT instance_id, created_at FROM instance WHERE singleton = 1")
        .query((rs, n) -> new Instance(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
        .single();
  }
}
