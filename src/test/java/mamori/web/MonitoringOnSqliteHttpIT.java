package mamori.web;

import mamori.store.TestStores;

class MonitoringOnSqliteHttpIT extends MonitoringHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
