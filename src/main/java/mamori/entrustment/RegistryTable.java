package mamori.entrustment;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation and purpose tables of V7__entrustment.sql. */
final class RegistryTable {
  private final JdbcClient jdbc;

  RegistryTable(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  /** Adds an organisation; false when its id is taken. */
  boolean addOrganisation(Organisation o) {
    return jdbc.sql(
                "INSERT INTO organisation (org_id, tenant_id, name, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(o.id(), o.tenant(), o.name(), o.kind().name())
            .update()
        == 1;
  }

  Optional<Organisation> organisation(String id) {
    return jdbc.sql("SELECT org_id, name, kind, tenant_id FROM organisation WHERE org_id = ?")
        .param(id)
        .query((rs, n) ->
            new Organisation(
                rs.getString(1),
                rs.getString(2),
                Organisation.Kind.valueOf(rs.getString(3)),
                rs.getString(4)))
        .optional();
  }

  /** Adds or replaces a purpose ({@code replace}), or adds it only when absent. */
  void putPurpose(Purpose p, boolean replace) {
    jdbc.sql(
            "INSERT INTO purpose (tenant_id, purpose_id, name, legal_basis, retention_years, retention_from)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, purpose_id) DO "
                + (replace
                    ? "UPDATE SET name = excluded.name, legal_basis = excluded.legal_basis,"
                        + " retention_years = excluded.retention_years, retention_from = excluded.retention_from"
                    : "NOTHING"))
        .params(
            p.tenant(),
            p.id(),
            p.name(),
            p.legalBasis(),
            p.retention().years(),
            p.retention().from().name())
        .update();
  }

  List<Purpose> purposes(String tenant) {
    return jdbc.sql(
            "SELECT purpose_id, name, legal_basis, retention_years, retention_from FROM purpose"
                + " WHERE tenant_id = ? ORDER BY purpose_id")
        .param(tenant)
        .query((rs, n) ->
            new Purpose(
                tenant,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                new Purpose.Retention(rs.getInt(4), Purpose.Start.valueOf(rs.getString(5)))))
        .list();
  }
}
