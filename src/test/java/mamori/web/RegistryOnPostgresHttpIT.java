package mamori.web;

import mamori.store.TestStores;

class RegistryOnPostgresHttpIT extends RegistryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
