package mamori.web;

import mamori.store.TestStores;

class WhyOnSqliteHttpIT extends WhyHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
