package mamori.web;

import mamori.store.TestStores;

class PackagesOnPostgresHttpIT extends PackagesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
