package mamori.entrustment;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** What a decision reads of the registry and the entrustments: the tables themselves, or a cached snapshot. */
interface Lookup {
  Optional<Organisation> organisation(String id) throws SQLException;

  List<Purpose> purposes(String tenant) throws SQLException;

  /** The entrustments {@code organisation} holds, oldest first. */
  List<Entrustment> heldBy(String tenant, String organisation) throws SQLException;

  Optional<Entrustment> byId(String tenant, String id) throws SQLException;

  /** The tables as they are now. */
  static Lookup live(RegistryTable registry, EntrustmentTable table) {
    return new Lookup() {
      @Override
      public Optional<Organisation> organisation(String id) throws SQLException {
        return registry.organisation(id);
      }

      @Override
      public List<Purpose> purposes(String tenant) throws SQLException {
        return registry.purposes(tenant);
      }

      @Override
      public List<Entrustment> heldBy(String tenant, String organisation) throws SQLException {
        return table.heldBy(tenant, organisation);
      }

      @Override
      public Optional<Entrustment> byId(String tenant, String id) throws SQLException {
        return table.byId(tenant, id);
      }
    };
  }
}
