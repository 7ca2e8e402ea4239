package mamori.web;

import mamori.store.TestStores;

class GrantsOnPostgresHttpIT extends GrantsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
