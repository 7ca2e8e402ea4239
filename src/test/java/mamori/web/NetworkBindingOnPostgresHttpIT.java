package mamori.web;

import mamori.store.TestStores;

class NetworkBindingOnPostgresHttpIT extends NetworkBindingHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
