package mamori.web;

import mamori.store.TestStores;

class ConsoleFlowOnSqliteIT extends ConsoleFlowIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
