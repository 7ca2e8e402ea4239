package mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PgToolsTest {
  @Test
  void theUrl_givesTheToolsTheirEnvironment_andTheSchema() {
    PgTools.Target t =
        PgTools.target(
            "jdbc:postgresql://db.example:5433/city?user=mamori&password=s%26cret&currentSchema=prod");
    assertThat(t.schema()).isEqualTo("prod");
    assertThat(t.env())
        .containsEntry("PGHOST", "db.example")
        .containsEntry("PGPORT", "5433")
        .containsEntry("PGDATABASE", "city")
        .containsEntry("PGUSER", "mamori")
        .containsEntry("PGPASSWORD", "s&cret");
    assertThat(t.toString()).doesNotContain("s&cret");
    assertThat(PgTools.target("jdbc:postgresql://h/d").schema()).isEqualTo("public");
  }

  @Test
  void aSchemaNameThatCouldBreakTheSql_isRefused() {
    assertThatThrownBy(() -> PgTools.target("jdbc:postgresql://h/d?currentSchema=a;drop"))
        .hasMessageContaining("lower-case schema name");
  }

  @Test
  void theDump_isMovedToTheNewSchema_outsideItsDataRowsOnly() throws Exception {
    String dump =
        """
        SELECT pg_catalog.set_config('search_path', '', false);
        CREATE SCHEMA old_s;
        CREATE TABLE old_s.log_state (tenant_id character varying(64) NOT NULL);
        COPY old_s.log_state (tenant_id) FROM stdin;
        old_s.kept-as-it-is
        \\.
        ALTER TABLE ONLY old_s.log_state ADD CONSTRAINT log_state_pkey PRIMARY KEY (tenant_id);
        SELECT pg_catalog.setval('old_s.seq', 3, true);
        CREATE TABLE other.old_s (x int);
        """;
    StringWriter out = new StringWriter();
    PgTools.rewrite(new BufferedReader(new StringReader(dump)), out, "old_s", "new_s");
    assertThat(out.toString())
        .contains("CREATE SCHEMA IF NOT EXISTS new_s;")
        .contains("CREATE TABLE new_s.log_state")
        .contains("COPY new_s.log_state (tenant_id) FROM stdin;\nold_s.kept-as-it-is\n\\.")
        .contains("ALTER TABLE ONLY new_s.log_state")
        .contains("setval('new_s.seq'")
        .contains("CREATE TABLE other.old_s (x int);");
  }
}
