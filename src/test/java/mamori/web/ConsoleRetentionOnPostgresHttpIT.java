package mamori.web;

import mamori.store.TestStores;

/** The retention pages and the portal's deletion records with the service on PostgreSQL. */
class ConsoleRetentionOnPostgresHttpIT extends ConsoleRetentionHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
