package mamori.web;

import mamori.store.TestStores;

class AlertsOnPostgresHttpIT extends AlertsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
