package mamori.cli;

import mamori.store.TestStores;

class GateStoryOnPostgresHttpTest extends GateStoryHttpTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
