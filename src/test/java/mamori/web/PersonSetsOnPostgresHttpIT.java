package mamori.web;

import mamori.store.TestStores;

class PersonSetsOnPostgresHttpIT extends PersonSetsHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
