package mamori.web;

import mamori.store.TestStores;

class DetectStoryOnSqliteHttpIT extends DetectStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
