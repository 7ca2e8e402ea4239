package mamori.cli;

import mamori.store.TestStores;

class GateStoryOnSqliteHttpTest extends GateStoryHttpTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
