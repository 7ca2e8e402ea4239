package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aStoredSegment_isReadAsItsTag_andV25RewritesItAsOne() throws Exception {
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

    // V25's rewrite, as its migration file states it, run on that store (the whole migration
    // cannot run again once later ones have: Flyway keeps them in order)
    String v25;
    try (var in = getClass().getResourceAsStream("/db/migration/V25__person_sets.sql")) {
      v25 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String rewrite =
        v25.lines().filter(l -> l.startsWith("UPDATE entrustment")).findFirst().orElseThrow();
    jdbc.sql(rewrite.substring(0, rewrite.lastIndexOf(';'))).update();
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
