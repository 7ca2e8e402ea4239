package mamori.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Sql;
import mamori.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V9__person_token.sql (table org_person_token): which tenant token an organisation's token stands
 * for.
 */
final class PersonTokenTable implements OrganisationTokens {
  private final DataSource store;
  private final JdbcClient jdbc;

  PersonTokenTable(DataSource store) {
    this.store = store;
    this.jdbc = JdbcClient.create(store);
  }

  @Override
  public void remember(String tenant, String organisation, List<Vault.TokenPair> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    // raw JDBC: a listing remembers up to 10,000 pairs, sent as one batch in one transaction
    try (Connection c = store.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO org_person_token (tenant_id, organisation_id, token,"
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
      throw new IllegalStateException(
          "the person tokens could not be stored: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> own(String tenant, String organisation, String token) {
    return Sql.run(
        "the person tokens could not be read",
        () ->
            jdbc.sql(
                    "SELECT own_token FROM org_person_token"
                        + " WHERE tenant_id = ? AND organisation_id = ? AND token = ?")
                .params(tenant, organisation, token)
                .query(String.class)
                .optional());
  }
}
