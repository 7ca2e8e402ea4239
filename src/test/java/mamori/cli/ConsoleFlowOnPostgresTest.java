package mamori.cli;

import mamori.store.TestStores;

class ConsoleFlowOnPostgresTest extends ConsoleFlowTest {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }
}
