package mamori.web;

import mamori.store.TestStores;

class MonitoringOnPostgresHttpIT extends MonitoringHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
