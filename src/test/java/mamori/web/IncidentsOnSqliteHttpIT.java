package mamori.web;

import mamori.store.TestStores;

class IncidentsOnSqliteHttpIT extends IncidentsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
