package mamori.web;

import java.time.Duration;
import java.time.Instant;
import mamori.MamoriApplication;
import mamori.store.Dialect;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * What the first page and {@code GET /api/v1/status} tell: facts read from the running service, not
 * configuration echoed back. Anyone may ask, so what an attacker could aim with stays out of the
 * public view: the store is named by its kind only, and the Java version is left out; the tenant's
 * own admins and security officers, signed in, see where the store is and which Java runs it.
 *
 * @param status "up" while the store answers, else "store unavailable"
 * @param version the Mamori version
 * @param store where the data lives, without any password ({@code SQLite} or {@code PostgreSQL}
 *     only, in the public view)
 * @param schemaVersion the last applied migration
 * @param journal SQLite's journal mode, or "server" on PostgreSQL
 * @param instanceId this installation's id
 * @param createdAt when the store was first opened
 * @param startedAt when this process started serving
 * @param uptimeSeconds seconds since then
 * @param java the Java runtime version; null (left out) in the public view
 */
@com.fasterxml.jackson.annotation.JsonInclude(
    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
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
    @Nullable String java) {

  /** The public view, for anyone. */
  static ServiceStatus of(Store store, Instant startedAt, Instant now) {
    return of(store, startedAt, now, false);
  }

  /** The whole view when {@code full}, else the public one. */
  static ServiceStatus of(Store store, Instant startedAt, Instant now, boolean full) {
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
        full ? store.toString() : store.dialect() == Dialect.SQLITE ? "SQLite" : "PostgreSQL",
        store.schemaVersion(),
        journal,
        store.instance().id(),
        store.instance().createdAt(),
        startedAt,
        Duration.between(startedAt, now).toSeconds(),
        full ? Runtime.version().toString() : null);
  }
}
