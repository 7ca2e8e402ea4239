package mamori.web;

class JobPaceOnSqliteHttpIT extends JobPaceHttpIT {
  @Override
  mamori.store.TestStores.Kind kind() {
    return mamori.store.TestStores.Kind.SQLITE;
  }
}
