package mamori.web;

import mamori.store.TestStores;

class NetworkBindingOnSqliteHttpIT extends NetworkBindingHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
