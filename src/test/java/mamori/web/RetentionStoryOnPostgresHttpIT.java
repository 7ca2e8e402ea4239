package mamori.web;

import mamori.store.TestStores;

/** The retention story with the service on PostgreSQL. */
class RetentionStoryOnPostgresHttpIT extends RetentionStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
