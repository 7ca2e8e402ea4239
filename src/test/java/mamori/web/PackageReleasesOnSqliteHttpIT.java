package mamori.web;

import mamori.store.TestStores;

class PackageReleasesOnSqliteHttpIT extends PackageReleasesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
