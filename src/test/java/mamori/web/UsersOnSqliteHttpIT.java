package mamori.web;

import mamori.store.TestStores;

class UsersOnSqliteHttpIT extends UsersHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
