package mamori.web;

class JobPaceOnPostgresHttpIT extends JobPaceHttpIT {
  @Override
  mamori.store.TestStores.Kind kind() {
    return mamori.store.TestStores.Kind.POSTGRESQL;
  }
}
