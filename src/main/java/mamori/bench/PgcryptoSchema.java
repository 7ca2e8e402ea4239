package mamori.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of {@link PgcryptoBaseline}: encrypted persons with their blind index, and the audit
 * table a row trigger fills; and the pgcrypto extension they need.
 */
// raw JDBC: DDL on the baseline's own connection (see PgcryptoBaseline), not on Mamori's store
final class PgcryptoSchema {
  private PgcryptoSchema() {}

  /**
   * Creates the tables, index, trigger function and trigger in {@code schema}, which exists and is
   * empty.
   */
  static void create(Statement st, String schema) throws SQLException {
    st.execute(
        """
        CREATE TABLE %1$s.person (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          tenant text NOT NULL,
          my_number_hmac bytea NOT NULL,
          my_number bytea NOT NULL,
          family_name bytea NOT NULL,
          given_name bytea NOT NULL,
          family_name_kana bytea NOT NULL,
          given_name_kana bytea NOT NULL,
          birth_date bytea NOT NULL,
          sex bytea NOT NULL,
          postal_code bytea NOT NULL,
          address bytea NOT NULL,
          household_id bytea,
          bank_account bytea,
          created_at timestamptz NOT NULL DEFAULT now())\
        """
            .formatted(schema));
    st.execute(
        "CREATE UNIQUE INDEX person_blind_number ON %1$s.person (tenant, my_number_hmac)"
            .formatted(schema));
    st.execute(
        """
        CREATE TABLE %1$s.audit (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          table_name text NOT NULL,
          row_id bigint NOT NULL,
          operation text NOT NULL,
          actor text NOT NULL,
          db_user text NOT NULL,
          at timestamptz NOT NULL DEFAULT now())\
        """
            .formatted(schema));
    st.execute(
        """
        CREATE FUNCTION %1$s.audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO %1$s.audit (table_name, row_id, operation, actor, db_user)
          VALUES (TG_TABLE_NAME, NEW.id, TG_OP,
                  coalesce(nullif(current_setting('mamori_bench.actor', true), ''), session_user), current_user);
          RETURN NULL;
        END $$\
        """
            .formatted(schema));
    st.execute(
        """
        CREATE TRIGGER person_audit AFTER INSERT ON %1$s.person
          FOR EACH ROW EXECUTE FUNCTION %1$s.audit_row()\
        """
            .formatted(schema));
  }

  /** Where pgcrypto is, after creating it in public if the database has it nowhere. */
  static String pgcrypto(Statement st) throws SQLException {
    String query =
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            + " WHERE e.extname = 'pgcrypto'";
    try (ResultSet rs = st.executeQuery(query)) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    SQLException refused = null;
    try {
      st.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public");
    } catch (SQLException e) { // another session created it at the same moment, or no right to
      refused = e;
    }
    try (ResultSet rs = st.executeQuery(query)) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    throw new SQLException(
        "pgcrypto is not in this database and could not be created (it needs postgresql-contrib"
            + " and the right to create an extension)"
            + (refused == null ? "" : ": " + refused.getMessage()),
        refused);
  }
}
