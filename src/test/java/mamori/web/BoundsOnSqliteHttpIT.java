package mamori.web;

import mamori.store.TestStores;

class BoundsOnSqliteHttpIT extends BoundsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
