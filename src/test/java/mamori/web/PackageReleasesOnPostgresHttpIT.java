package mamori.web;

import mamori.store.TestStores;

class PackageReleasesOnPostgresHttpIT extends PackageReleasesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
