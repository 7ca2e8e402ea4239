package mamori.entrustment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/*
 * Design. A decision walks an organisation, the tenant's purposes and a chain of entrustments: five or
 * six queries that return the same rows for every read until someone changes an entrustment. So each
 * tenant's purposes and entrustments are held here as one snapshot, stamped with the tenant's epoch
 * (V13__entrustment_epoch.sql), and a decision reads only the epoch: one row by key. Every change moves
 * the epoch after it is stored and before it returns, so once a revocation has returned, the next
 * decision of any instance on the store sees a new epoch and reads the tables again. Organisations never
 * change once registered, so they are cached without an epoch.
 */
/** Cached snapshots of each tenant's purposes and entrustments, checked against the tenant's epoch. */
final class Snapshots {
  private record Snapshot(long epoch, List<Purpose> purposes, Map<String, Entrustment> byId,
      Map<String, List<Entrustment>> heldBy) {}

  private final DataSource ds;
  private final RegistryTable registry;
  private final EntrustmentTable table;
  private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();
  private final Map<String, Snapshot> tenants = new ConcurrentHashMap<>();

  Snapshots(DataSource ds, RegistryTable registry, EntrustmentTable table) {
    this.ds = ds;
    this.registry = registry;
    this.table = table;
  }

  /** A lookup for one decision: each tenant's epoch is read once, at its first use. */
  Lookup current() {
    Map<String, Snapshot> seen = new HashMap<>(2);
    return new Lookup() {
      @Override
      public Optional<Organisation> organisation(String id) throws SQLException {
        return Snapshots.this.organisation(id);
      }

      @Override
      public List<Purpose> purposes(String tenant) throws SQLException {
        return of(tenant).purposes();
      }

      @Override
      public List<Entrustment> heldBy(String tenant, String organisation) throws SQLException {
        return of(tenant).heldBy().getOrDefault(organisation, List.of());
      }

      @Override
      public Optional<Entrustment> byId(String tenant, String id) throws SQLException {
        return Optional.ofNullable(of(tenant).byId().get(id));
      }

      private Snapshot of(String tenant) throws SQLException {
        Snapshot s = seen.get(tenant);
        if (s == null) {
          s = snapshot(tenant);
          seen.put(tenant, s);
        }
        return s;
      }
    };
  }

  Optional<Organisation> organisation(String id) throws SQLException {
    Organisation known = organisations.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Organisation> found = registry.organisation(id);
    found.ifPresent(o -> organisations.put(id, o));
    return found;
  }

  /** Marks a tenant's purposes or entrustments changed, here and for every instance on the store. */
  void changed(String tenant) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("INSERT INTO entrustment_epoch"
        + " (tenant_id, epoch) VALUES (?, 1) ON CONFLICT (tenant_id) DO UPDATE SET epoch = entrustment_epoch.epoch + 1")) {
      st.setString(1, tenant);
      st.executeUpdate();
    }
    tenants.remove(tenant);
  }

  private Snapshot snapshot(String tenant) throws SQLException {
    long epoch = epoch(tenant);
    Snapshot s = tenants.get(tenant);
    if (s != null && s.epoch() == epoch) {
      return s;
    }
    Map<String, Entrustment> byId = new LinkedHashMap<>();
    Map<String, List<Entrustment>> heldBy = new HashMap<>();
    for (Entrustment e : table.all(tenant)) {
      byId.put(e.id(), e);
      heldBy.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
    }
    heldBy.replaceAll((k, v) -> List.copyOf(v));
    s = new Snapshot(epoch, List.copyOf(registry.purposes(tenant)), Map.copyOf(byId), Map.copyOf(heldBy));
    tenants.put(tenant, s);
    return s;
  }

  private long epoch(String tenant) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT epoch FROM entrustment_epoch WHERE tenant_id = ?")) {
      st.setString(1, tenant);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
