package mamori.web;

import mamori.store.TestStores;

class PersonSetsOnSqliteHttpIT extends PersonSetsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
