package mamori.web;

import mamori.store.TestStores;

class IncidentPapersOnSqliteHttpIT extends IncidentPapersHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
