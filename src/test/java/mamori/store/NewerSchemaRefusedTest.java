package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store migrated by a later release (its schema history names a version this code does not have)
 * is refused at start, naming both versions, and nothing in it is changed; on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class NewerSchemaRefusedTest {
  @Parameter TestStores.Kind kind;

  private StoreLocation location;

  @AfterEach
  void dropStore() {
    if (location != null) {
      TestStores.drop(location);
    }
  }

  @Test
  void aSchemaNewerThanTheCode_isRefusedNamingBothVersions_andNothingChanges() {
    location = TestStores.fresh(kind);
    int known = Integer.parseInt(TestStores.latestMigration());
    int later = known + 7;
    try (Store store = Store.open(location, Clock.systemUTC())) {
      // what a later release leaves: its migration applied, one more table and its row
      store.jdbc().sql("CREATE TABLE from_a_later_release (x INTEGER)").update();
      store
          .jdbc()
          .sql(
              "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                  + " script, checksum, installed_by, installed_on, execution_time, success)"
                  + " SELECT MAX(installed_rank) + 1, :v, 'from a later release', 'SQL',"
                  + " :script, 12345, 'later', CURRENT_TIMESTAMP, 1, :ok FROM flyway_schema_history")
          .param("v", String.valueOf(later))
          .param("script", "V" + later + "__from_a_later_release.sql")
          .param("ok", true)
          .update();
    }
    var before = snapshot();

    assertThatThrownBy(() -> Store.open(location, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has schema version " + later)
        .hasMessageContaining("newer than the " + known)
        .hasMessageContaining("migrations only go forward")
        .hasMessageContaining("nothing was changed");

    assertThat(snapshot()).as("the refused store is as it was").isEqualTo(before);
  }

  @Test
  void aStoreAtTheCodesVersion_opensAndRunsNothing() {
    location = TestStores.fresh(kind);
    try (Store first = Store.open(location, Clock.systemUTC())) {
      assertThat(first.schemaVersion()).isEqualTo(TestStores.latestMigration());
    }
    var before = snapshot();
    try (Store again = Store.open(location, Clock.systemUTC())) {
      assertThat(again.schemaVersion()).isEqualTo(TestStores.latestMigration());
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  /** The schema history and the names of the tables, read without Mamori's start. */
  private Map<String, List<String>> snapshot() {
    var ds = TestStores.dataSourceOn(location);
    var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(ds);
    List<String> history =
        jdbc.sql(
                "SELECT installed_rank || ' ' || COALESCE(version, '-') || ' ' || script || ' '"
                    + " || COALESCE(CAST(checksum AS VARCHAR(20)), '-') FROM flyway_schema_history"
                    + " ORDER BY installed_rank")
            .query(String.class)
            .list();
    List<String> tables =
        kind == TestStores.Kind.SQLITE
            ? jdbc.sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .query(String.class)
                .list()
            : jdbc.sql(
                    "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() ORDER BY table_name")
                .query(String.class)
                .list();
    List<String> instance = jdbc.sql("SELECT instance_id FROM instance").query(String.class).list();
    return Map.of("history", history, "tables", tables, "instance", instance);
  }
}
