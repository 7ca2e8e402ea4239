package mamori.web;

import mamori.store.TestStores;

class ConsoleFlowOnPostgresIT extends ConsoleFlowIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
