package mamori.web;

import mamori.store.TestStores;

class IncidentsOnPostgresHttpIT extends IncidentsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
