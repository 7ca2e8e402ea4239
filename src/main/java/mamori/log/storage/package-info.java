/** Where a tenant's log is kept: one storage contract ({@link mamori.log.storage.LogStorage}) and a self-contained driver for each store, SQLite and PostgreSQL; internal to the log module. */
@NullMarked
package mamori.log.storage;

import org.jspecify.annotations.NullMarked;
