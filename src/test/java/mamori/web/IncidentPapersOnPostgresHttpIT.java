package mamori.web;

import mamori.store.TestStores;

class IncidentPapersOnPostgresHttpIT extends IncidentPapersHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
