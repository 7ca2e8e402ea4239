package mamori.web;

import java.time.Duration;
import java.time.Instant;
import mamori.MamoriApplication;
import mamori.store.Store;

/**
 * What the first page and {@code GET /api/v1/status} tell: facts read from the running service, not
 * configuration echoed back.
 *
 * @param status "up" while the store answers, else "store unavailable"
 * @param version the Mamori version
 * @param store where the data lives, without any password
 * @param schemaVersion the last applied migration
 * @param journal SQLite's journal mode, or "server" on PostgreSQL
 * @param instanceId this installation's id
 * @param createdAt when the store was first opened
 * @param startedAt when this process started serving
 * @param uptimeSeconds seconds since then
 * @param java the Java runtime version
 */
record ServiceStatus(
    String status,
    String version,
    String store,
    String schemaVersion,
    String journal,
    String instanceId,
    Instant createdAt,
    Instant startedAt,
    long uptimeSeconds,
    String java) {

  static ServiceStatus of(Store store, Instant startedAt, Instant now) {
    String status;
    String journal;
    try {
      journal = store.journalMode();
      store.jdbc().sql("SELECT 1").query(Integer.class).single();
      status = "up";
    } catch (RuntimeException e) {
      journal = "?";
      status = "store unavailable";
    }
    return new ServiceStatus(
        status,
        MamoriApplication.version(),
        store.toString(),
        store.schemaVersion(),
        journal,
        store.instance().id(),
        store.instance().createdAt(),
        startedAt,
        Duration.between(startedAt, now).toSeconds(),
        Runtime.version().toString());
  }
}
