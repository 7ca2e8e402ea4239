package mamori.web;

import mamori.store.TestStores;

class BoundsOnPostgresHttpIT extends BoundsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
