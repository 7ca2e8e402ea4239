package mamori.web;

import mamori.store.TestStores;

class EntrustmentRecordOnPostgresHttpIT extends EntrustmentRecordHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
