package mamori.web;

import mamori.store.TestStores;

class MachineTokensOnPostgresHttpIT extends MachineTokensHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
