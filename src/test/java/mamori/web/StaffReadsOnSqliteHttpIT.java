package mamori.web;

import mamori.store.TestStores;

class StaffReadsOnSqliteHttpIT extends StaffReadsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
