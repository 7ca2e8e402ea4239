package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import mamori.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V25 reads the segments of earlier versions as the tags they were: an entrustment stored with
 * {@code SEGMENT ward=kita} keeps covering the persons tagged {@code ward=kita}, read before the
 * migration and rewritten by it.
 */
@ParameterizedClass
@EnumSource(mamori.store.TestStores.Kind.class)
class PersonSetMigrationTest extends EntrustmentTestBase {
  @Test
  void aStoredSegment_isReadAsItsTag_andV25RewritesItAsOne() {
    Entrustment made =
        entrustments.create(
            null, "entry-co", contract(), PersonSetTest.over(PersonSet.ALL), CITY_ADMIN);
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    // as a version before V25 stored it
    jdbc.sql(
            "UPDATE entrustment SET person_kind = 'SEGMENT', person_ref = 'ward=kita'"
                + " WHERE entrustment_id = ?")
        .param(made.id())
        .update();
    assertThat(entrustments.entrustment(TENANT, made.id()).orElseThrow().scope().persons())
        .isEqualTo(PersonSet.parse("tag:ward=kita"));

    // V25 run on that store
    for (String table : new String[] {"person_list_member", "person_list", "person_tag"}) {
      jdbc.sql("DROP TABLE " + table).update();
    }
    jdbc.sql("DELETE FROM flyway_schema_history WHERE version = '25'").update();
    // everything on the old store closed first (the log writes on a thread of its own)
    logs.close();
    store.close();
    store = Store.open(location);
    logs =
        new mamori.log.TransparencyLogs(
            store.dataSource(),
            mamori.crypto.SigningKeys.in(keyFolder),
            "test.example/log",
            java.time.Clock.systemUTC());
    jdbc = JdbcClient.create(store.dataSource());

    assertThat(
            jdbc.sql("SELECT person_kind FROM entrustment WHERE entrustment_id = ?")
                .param(made.id())
                .query(String.class)
                .single())
        .isEqualTo("TAG");
    Entrustments reopened =
        new Entrustments(
            store.dataSource(), logs, e -> {}, StaffDirectory.NONE, java.time.Clock.systemUTC());
    assertThat(reopened.entrustment(TENANT, made.id()).orElseThrow().scope().persons().text())
        .isEqualTo("tag:ward=kita");
  }
}
