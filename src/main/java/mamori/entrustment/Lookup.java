package mamori.entrustment;

import java.util.List;
import java.util.Optional;

/**
 * What a decision reads of the registry and the entrustments: the tables themselves, or a cached
 * snapshot.
 */
interface Lookup {
  Optional<Organisation> organisation(String id);

  List<Purpose> purposes(String tenant);

  /** The entrustments {@code organisation} holds, oldest first. */
  List<Entrustment> heldBy(String tenant, String organisation);

  Optional<Entrustment> byId(String tenant, String id);

  /** The tables as they are now. */
  static Lookup live(RegistryTable registry, EntrustmentTable table) {
    return new Lookup() {
      @Override
      public Optional<Organisation> organisation(String id) {
        return registry.organisation(id);
      }

      @Override
      public List<Purpose> purposes(String tenant) {
        return registry.purposes(tenant);
      }

      @Override
      public List<Entrustment> heldBy(String tenant, String organisation) {
        return table.heldBy(tenant, organisation);
      }

      @Override
      public Optional<Entrustment> byId(String tenant, String id) {
        return table.byId(tenant, id);
      }
    };
  }
}
