package mamori.web;

import mamori.store.TestStores;

class UsersOnPostgresHttpIT extends UsersHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
