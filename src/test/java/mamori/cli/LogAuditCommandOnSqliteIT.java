package mamori.cli;

import mamori.store.TestStores;

class LogAuditCommandOnSqliteIT extends LogAuditCommandIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
