package mamori.web;

import mamori.store.TestStores;

class AuthorisationMatrixOnSqliteHttpIT extends AuthorisationMatrixHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
