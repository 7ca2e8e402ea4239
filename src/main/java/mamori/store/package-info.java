/** Where Mamori's data lives: the embedded SQLite store or a PostgreSQL server, opened and migrated the same way. */
@NullMarked
package mamori.store;

import org.jspecify.annotations.NullMarked;
