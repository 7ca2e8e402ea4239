package mamori.web;

import mamori.store.TestStores;

class GateStoryOnPostgresHttpIT extends GateStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
