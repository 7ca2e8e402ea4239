package mamori.web;

import mamori.store.TestStores;

class AuthorisationMatrixOnPostgresHttpIT extends AuthorisationMatrixHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
