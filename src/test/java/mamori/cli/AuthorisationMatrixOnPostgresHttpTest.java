package mamori.cli;

import mamori.store.TestStores;

class AuthorisationMatrixOnPostgresHttpTest extends AuthorisationMatrixHttpTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
