package mamori.cli;

import mamori.store.TestStores;

class AuthorisationMatrixOnSqliteHttpTest extends AuthorisationMatrixHttpTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
