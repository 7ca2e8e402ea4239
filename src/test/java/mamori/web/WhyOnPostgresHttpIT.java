package mamori.web;

import mamori.store.TestStores;

class WhyOnPostgresHttpIT extends WhyHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
