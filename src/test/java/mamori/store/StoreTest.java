package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The same repository tests on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class StoreTest {
  @Parameter TestStores.Kind kind;

  private StoreLocation location;

  @AfterEach
  void dropStore() {
    if (location != null) {
      TestStores.drop(location);
    }
  }

  private Store openFresh(Clock clock) {
    location = TestStores.fresh(kind);
    return Store.open(location, clock);
  }

  @Test
  void firstOpen_migratesAndRecordsTheInstance() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
    try (Store store = openFresh(clock)) {
      assertThat(store.schemaVersion()).isEqualTo(TestStores.latestMigration());
      assertThat(store.instance().createdAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
      assertThat(store.instance().id()).hasSize(36);
      assertThat(store.dialect().name()).isEqualTo(kind.name());
    }
  }

  @Test
  void reopening_keepsTheSameInstanceAndRunsNoMigrationTwice() {
    Instance first;
    try (Store store = openFresh(Clock.systemUTC())) {
      first = store.instance();
    }
    try (Store again =
        Store.open(location, Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(1)))) {
      assertThat(again.instance()).isEqualTo(first);
      assertThat(
              again
                  .jdbc()
                  .sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void instanceTable_holdsOneRowOnly() {
    try (Store store = openFresh(Clock.systemUTC())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              store
                  .jdbc()
                  .sql(
                      "INSERT INTO instance (singleton, instance_id, created_at) VALUES (2, 'x', 0)")
                  .update())
          .isInstanceOf(org.springframework.dao.DataAccessException.class);
      assertThat(store.jdbc().sql("SELECT COUNT(*) FROM instance").query(Integer.class).single())
          .isEqualTo(1);
    }
  }
}
