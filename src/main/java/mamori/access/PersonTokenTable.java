package mamori.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.vault.Vault;

/** V9__person_token.sql (table org_person_token): which tenant token an organisation's token stands for. */
final class PersonTokenTable {
  private final DataSource store;

  PersonTokenTable(DataSource store) {
    this.store = store;
  }

  void remember(String tenant, String organisation, List<Vault.TokenPair> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    try (Connection c = store.getConnection();
         PreparedStatement st = c.prepareStatement("INSERT INTO org_person_token (tenant_id, organisation_id, token,"
             + " own_token) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      for (Vault.TokenPair p : pairs) {
        st.setString(1, tenant);
        st.setString(2, organisation);
        st.setString(3, p.organisation().value());
        st.setString(4, p.own().value());
        st.addBatch();
      }
      st.executeBatch();
      c.commit();
      c.setAutoCommit(auto);
    } catch (SQLException e) {
      throw new IllegalStateException("the person tokens could not be stored: " + e.getMessage(), e);
    }
  }

  Optional<String> own(String tenant, String organisation, String token) {
    try (Connection c = store.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT own_token FROM org_person_token WHERE tenant_id = ?"
             + " AND organisation_id = ? AND token = ?")) {
      st.setString(1, tenant);
      st.setString(2, organisation);
      st.setString(3, token);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the person tokens could not be read: " + e.getMessage(), e);
    }
  }
}
