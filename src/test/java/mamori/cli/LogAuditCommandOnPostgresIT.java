package mamori.cli;

import mamori.store.TestStores;

class LogAuditCommandOnPostgresIT extends LogAuditCommandIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
