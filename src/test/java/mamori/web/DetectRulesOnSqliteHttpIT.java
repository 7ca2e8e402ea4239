package mamori.web;

import mamori.store.TestStores;

class DetectRulesOnSqliteHttpIT extends DetectRulesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
