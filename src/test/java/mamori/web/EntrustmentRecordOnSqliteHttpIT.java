package mamori.web;

import mamori.store.TestStores;

class EntrustmentRecordOnSqliteHttpIT extends EntrustmentRecordHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
