package mamori.web;

import mamori.store.TestStores;

/** The retention story with the service on SQLite. */
class RetentionStoryOnSqliteHttpIT extends RetentionStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
