package mamori.web;

import mamori.store.TestStores;

class StaffReadsOnPostgresHttpIT extends StaffReadsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
