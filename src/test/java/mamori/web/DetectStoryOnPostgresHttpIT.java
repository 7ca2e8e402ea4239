package mamori.web;

import mamori.store.TestStores;

class DetectStoryOnPostgresHttpIT extends DetectStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
