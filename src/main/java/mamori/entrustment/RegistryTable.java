package mamori.entrustment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import mamori.core.Network;
import mamori.number.InsecureNumberAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation and purpose tables of V7__entrustment.sql, with the organisation's details of
 * V23__organisation_details.sql (networks one per line).
 */
final class RegistryTable {
  private static final String ORG_COLUMNS =
      "org_id, name, kind, tenant_id, corporate_number, address, country, networks, parent_org";

  private final JdbcClient jdbc;

  RegistryTable(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  /** Adds an organisation; false when its id is taken. */
  boolean addOrganisation(Organisation o) {
    return jdbc.sql(
                "INSERT INTO organisation ("
                    + ORG_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                o.id(),
                o.name(),
                o.kind().name(),
                o.tenant(),
                text(corporate(o)),
                o.address(),
                o.country(),
                networks(o),
                text(o.parent()))
            .update()
        == 1;
  }

  /**
   * Replaces an organisation's details (name, corporate number, address, country, networks); its
   * id, kind, tenant and parent stay. False when there is no such organisation.
   */
  boolean updateOrganisation(Organisation o) {
    return jdbc.sql(
                "UPDATE organisation SET name = ?, corporate_number = ?, address = ?, country = ?,"
                    + " networks = ? WHERE org_id = ? AND tenant_id = ?")
            .params(
                o.name(),
                text(corporate(o)),
                o.address(),
                o.country(),
                networks(o),
                o.id(),
                o.tenant())
            .update()
        == 1;
  }

  Optional<Organisation> organisation(String id) {
    return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM organisation WHERE org_id = ?")
        .param(id)
        .query((rs, n) -> organisation(rs))
        .optional();
  }

  /** A tenant's organisations, the controller first, then by id. */
  List<Organisation> organisations(String tenant) {
    return jdbc.sql(
            "SELECT "
                + ORG_COLUMNS
                + " FROM organisation WHERE tenant_id = ?"
                + " ORDER BY CASE WHEN org_id = tenant_id THEN 0 ELSE 1 END, org_id")
        .param(tenant)
        .query((rs, n) -> organisation(rs))
        .list();
  }

  private static Organisation organisation(ResultSet rs) throws SQLException {
    String number = rs.getString(5);
    String networks = rs.getString(8);
    return new Organisation(
        rs.getString(1),
        rs.getString(2),
        Organisation.Kind.valueOf(rs.getString(3)),
        rs.getString(4),
        number == null ? null : mamori.number.CorporateNumber.parse(number),
        rs.getString(6),
        rs.getString(7),
        networks.isEmpty()
            ? List.of()
            : networks.lines().filter(l -> !l.isBlank()).map(Network::parse).toList(),
        rs.getString(9));
  }

  private static @Nullable String corporate(Organisation o) {
    return o.corporateNumber() == null
        ? null
        : o.corporateNumber().digits(InsecureNumberAccess.get());
  }

  private static String networks(Organisation o) {
    return o.networks().stream().map(Network::toString).collect(Collectors.joining("\n"));
  }

  private static Object text(@Nullable String value) {
    return value == null ? new SqlParameterValue(Types.VARCHAR, null) : value;
  }

  /** Adds or replaces a purpose ({@code replace}), or adds it only when absent. */
  void putPurpose(Purpose p, boolean replace) {
    jdbc.sql(
            "INSERT INTO purpose (tenant_id, purpose_id, name, legal_basis, retention_years, retention_from,"
                + " retention_disposal, retention_source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, purpose_id) DO "
                + (replace
                    ? "UPDATE SET name = excluded.name, legal_basis = excluded.legal_basis,"
                        + " retention_years = excluded.retention_years, retention_from = excluded.retention_from,"
                        + " retention_disposal = excluded.retention_disposal,"
                        + " retention_source = excluded.retention_source"
                    : "NOTHING"))
        .params(
            p.tenant(),
            p.id(),
            p.name(),
            p.legalBasis(),
            p.retention().years(),
            p.retention().from().name(),
            p.retention().disposal().name(),
            p.retention().source())
        .update();
  }

  /** Adds a purpose; false when the tenant already has one with its id. */
  boolean addPurpose(Purpose p) {
    return jdbc.sql(
                "INSERT INTO purpose (tenant_id, purpose_id, name, legal_basis, retention_years,"
                    + " retention_from, retention_disposal, retention_source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, purpose_id) DO NOTHING")
            .params(
                p.tenant(),
                p.id(),
                p.name(),
                p.legalBasis(),
                p.retention().years(),
                p.retention().from().name(),
                p.retention().disposal().name(),
                p.retention().source())
            .update()
        == 1;
  }

  /** Changes a purpose; false when the tenant has none with its id. */
  boolean updatePurpose(Purpose p) {
    return jdbc.sql(
                "UPDATE purpose SET name = ?, legal_basis = ?, retention_years = ?, retention_from = ?,"
                    + " retention_disposal = ?, retention_source = ? WHERE tenant_id = ? AND purpose_id = ?")
            .params(
                p.name(),
                p.legalBasis(),
                p.retention().years(),
                p.retention().from().name(),
                p.retention().disposal().name(),
                p.retention().source(),
                p.tenant(),
                p.id())
            .update()
        == 1;
  }

  List<Purpose> purposes(String tenant) {
    return jdbc.sql(
            "SELECT purpose_id, name, legal_basis, retention_years, retention_from,"
                + " retention_disposal, retention_source FROM purpose"
                + " WHERE tenant_id = ? ORDER BY purpose_id")
        .param(tenant)
        .query((rs, n) ->
            new Purpose(
                tenant,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                new Purpose.Retention(
                    rs.getInt(4),
                    Purpose.Start.valueOf(rs.getString(5)),
                    Purpose.Disposal.valueOf(rs.getString(6)),
                    rs.getString(7))))
        .list();
  }
}
