package mamori.web;

import mamori.store.TestStores;

class HistoryFloodOnSqliteHttpIT extends HistoryFloodHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
