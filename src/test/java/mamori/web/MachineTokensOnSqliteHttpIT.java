package mamori.web;

import mamori.store.TestStores;

class MachineTokensOnSqliteHttpIT extends MachineTokensHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
