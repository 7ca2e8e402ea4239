package mamori.web;

import mamori.store.TestStores;

class DetectRulesOnPostgresHttpIT extends DetectRulesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
