package mamori.web;

import mamori.store.TestStores;

class AlertsOnSqliteHttpIT extends AlertsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
