package mamori.cli;

import mamori.store.TestStores;

class ConsoleFlowOnSqliteTest extends ConsoleFlowTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }
}
