package mamori.web;

import mamori.store.TestStores;

class LogBundlesOnSqliteHttpIT extends LogBundlesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
