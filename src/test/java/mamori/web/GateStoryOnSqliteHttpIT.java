package mamori.web;

import mamori.store.TestStores;

class GateStoryOnSqliteHttpIT extends GateStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
