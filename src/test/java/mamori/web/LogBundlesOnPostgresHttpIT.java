package mamori.web;

import mamori.store.TestStores;

class LogBundlesOnPostgresHttpIT extends LogBundlesHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
