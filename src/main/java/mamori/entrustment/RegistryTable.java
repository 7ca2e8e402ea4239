package mamori.entrustment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The organisation and purpose tables of V7__entrustment.sql. */
final class RegistryTable {
  private final DataSource ds;

  RegistryTable(DataSource ds) {
    this.ds = ds;
  }

  /** Adds an organisation; false when its id is taken. */
  boolean addOrganisation(Organisation o) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO organisation (org_id, tenant_id, name, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      st.setString(1, o.id());
      st.setString(2, o.tenant());
      st.setString(3, o.name());
      st.setString(4, o.kind().name());
      return st.executeUpdate() == 1;
    }
  }

  Optional<Organisation> organisation(String id) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT org_id, name, kind, tenant_id FROM organisation WHERE org_id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new Organisation(rs.getString(1), rs.getString(2),
            Organisation.Kind.valueOf(rs.getString(3)), rs.getString(4))) : Optional.empty();
      }
    }
  }

  /** Adds or replaces a purpose ({@code replace}), or adds it only when absent. */
  void putPurpose(Purpose p, boolean replace) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO purpose (tenant_id, purpose_id, name, legal_basis, retention_years, retention_from)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, purpose_id) DO "
            + (replace ? "UPDATE SET name = excluded.name, legal_basis = excluded.legal_basis,"
                + " retention_years = excluded.retention_years, retention_from = excluded.retention_from"
                : "NOTHING"))) {
      st.setString(1, p.tenant());
      st.setString(2, p.id());
      st.setString(3, p.name());
      st.setString(4, p.legalBasis());
      st.setInt(5, p.retention().years());
      st.setString(6, p.retention().from().name());
      st.executeUpdate();
    }
  }

  List<Purpose> purposes(String tenant) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT purpose_id, name, legal_basis, retention_years, retention_from FROM purpose WHERE tenant_id = ?"
            + " ORDER BY purpose_id")) {
      st.setString(1, tenant);
      List<Purpose> found = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(new Purpose(tenant, rs.getString(1), rs.getString(2), rs.getString(3),
              new Purpose.Retention(rs.getInt(4), Purpose.Start.valueOf(rs.getString(5)))));
        }
      }
      return found;
    }
  }
}
