package mamori.web;

import mamori.store.TestStores;

class HistoryFloodOnPostgresHttpIT extends HistoryFloodHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
