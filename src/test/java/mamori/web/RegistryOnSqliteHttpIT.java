package mamori.web;

import mamori.store.TestStores;

class RegistryOnSqliteHttpIT extends RegistryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
