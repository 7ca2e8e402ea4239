package mamori.web;

import mamori.store.TestStores;

class PackagesOnSqliteHttpIT extends PackagesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
