package mamori.identity;

import java.time.Instant;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with its users and tokens on a clock the test moves; subclasses are
 * {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class IdentityTestBase {
  static final TokenIssuer CONSOLE = new TokenIssuer.Console("test");

  @Parameter TestStores.Kind kind;

  StoreLocation location;
  Store store;
  final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
  Users users;
  ApiTokens tokens;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    users = new Users(store.dataSource(), clock);
    tokens = new ApiTokens(store.dataSource(), clock);
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }
}
