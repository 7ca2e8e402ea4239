package mamori.web;

import mamori.store.TestStores;

class GrantsOnSqliteHttpIT extends GrantsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
