package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The live stream's bounds: at most three streams per user, each tenant's counted apart. */
class AlertStreamTest {
  StoreLocation location;
  Store store;
  AlertStream stream;

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    stream =
        new AlertStream(
            new SecurityAlerts(store.dataSource(), Clock.systemUTC()),
            new StaticMessageSource(),
            Clock.systemUTC(),
            Duration.ofHours(1),
            Duration.ofHours(1),
            Duration.ofMinutes(1));
  }

  @AfterEach
  void close() {
    stream.destroy();
    store.close();
    TestStores.drop(location);
  }

  static Principal officer(String user, String tenant) {
    return new Principal(
        new UserId(user),
        new TenantId(tenant),
        new OrganisationId(tenant),
        Role.SECURITY_OFFICER,
        "test");
  }

  @Test
  void aUser_hasAtMostThreeStreams_aFourthEndsTheOldest() {
    for (int i = 0; i < AlertStream.PER_USER; i++) {
      stream.open(officer("o1", "t1"), null, null, Locale.JAPANESE);
    }
    assertThat(stream.open("t1")).isEqualTo(3);
    stream.open(officer("o1", "t1"), "1-ab", null, Locale.JAPANESE);
    assertThat(stream.open("t1")).isEqualTo(3);
    stream.open(officer("o2", "t1"), "not an id", 5L, Locale.ENGLISH);
    assertThat(stream.open("t1")).isEqualTo(4);
    stream.open(officer("o1", "t2"), null, null, Locale.ENGLISH);
    assertThat(stream.open("t2")).isEqualTo(1);
    assertThat(stream.open("t3")).isZero();
  }
}
