package mamori.entrustment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. A decision walks an organisation, the tenant's purposes and a chain of entrustments: five or
 * six queries that return the same rows for every read until someone changes an entrustment. So each
 * tenant's purposes and entrustments are held here as one snapshot, stamped with the tenant's epoch
 * (V13__entrustment_epoch.sql), and a decision reads only the epoch: one row by key. Every change moves
 * the epoch after it is stored and before it returns, so once a revocation has returned, the next
 * decision of any instance on the store sees a new epoch and reads the tables again. An organisation's
 * id, kind, tenant and parent never change once registered, and a decision reads nothing else of it, so
 * organisations are cached without an epoch; what may change (its address, country and networks) is
 * read from the table where it matters (the network binding reads Entrustments.organisation, live).
 */
/**
 * Cached snapshots of each tenant's purposes and entrustments, checked against the tenant's epoch.
 */
final class Snapshots {
  private record Snapshot(
      long epoch,
      List<Purpose> purposes,
      Map<String, Entrustment> byId,
      Map<String, List<Entrustment>> heldBy) {}

  private final JdbcClient jdbc;
  private final RegistryTable registry;
  private final EntrustmentTable table;
  private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();
  private final Map<String, Snapshot> tenants = new ConcurrentHashMap<>();

  Snapshots(DataSource ds, RegistryTable registry, EntrustmentTable table) {
    this.jdbc = JdbcClient.create(ds);
    this.registry = registry;
    this.table = table;
  }

  /*
   * One call of a desk (issue 16 point 10) makes several decisions: which queues the operator may
   * look in, the task's own, the fields its part needs. Read on its own, each would read the epoch:
   * half of the desk's round trips to PostgreSQL. Within {@link #oneCall} they share the first read
   * of it, as the decisions of one request made at the instant it began: a change that returned
   * before the call began is seen by all of them, and the next call reads the epoch again, so a
   * suspension or a staff list's change still takes effect at the next request, on every instance.
   */
  private static final ScopedValue<Map<String, Snapshot>> CALL = ScopedValue.newInstance();

  /** Runs {@code call} with every decision in it made on one read of each tenant's epoch. */
  <T> T oneCall(java.util.function.Supplier<T> call) {
    if (CALL.isBound()) {
      return call.get();
    }
    return ScopedValue.where(CALL, new HashMap<String, Snapshot>(2)).call(call::get);
  }

  /** A lookup for one decision: each tenant's epoch is read once, at its first use. */
  Lookup current() {
    Map<String, Snapshot> seen = CALL.isBound() ? CALL.get() : new HashMap<>(2);
    return new Lookup() {
      @Override
      public Optional<Organisation> organisation(String id) {
        return Snapshots.this.organisation(id);
      }

      @Override
      public List<Purpose> purposes(String tenant) {
        return of(tenant).purposes();
      }

      @Override
      public List<Entrustment> heldBy(String tenant, String organisation) {
        return of(tenant).heldBy().getOrDefault(organisation, List.of());
      }

      @Override
      public Optional<Entrustment> byId(String tenant, String id) {
        return Optional.ofNullable(of(tenant).byId().get(id));
      }

      private Snapshot of(String tenant) {
        Snapshot s = seen.get(tenant);
        if (s == null) {
          s = snapshot(tenant);
          seen.put(tenant, s);
        }
        return s;
      }
    };
  }

  Optional<Organisation> organisation(String id) {
    Organisation known = organisations.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Organisation> found = registry.organisation(id);
    found.ifPresent(o -> organisations.put(id, o));
    return found;
  }

  /** Keeps this instance's copy of a changed organisation current. */
  void replaced(Organisation o) {
    organisations.put(o.id(), o);
  }

  /**
   * Marks a tenant's purposes or entrustments changed, here and for every instance on the store.
   */
  void changed(String tenant) {
    jdbc.sql(
            "INSERT INTO entrustment_epoch (tenant_id, epoch) VALUES (?, 1)"
                + " ON CONFLICT (tenant_id) DO UPDATE SET epoch = entrustment_epoch.epoch + 1")
        .param(tenant)
        .update();
    tenants.remove(tenant);
    if (CALL.isBound()) {
      CALL.get().remove(tenant);
    }
  }

  private Snapshot snapshot(String tenant) {
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
    s =
        new Snapshot(
            epoch, List.copyOf(registry.purposes(tenant)), Map.copyOf(byId), Map.copyOf(heldBy));
    tenants.put(tenant, s);
    return s;
  }

  private long epoch(String tenant) {
    return jdbc.sql("SELECT epoch FROM entrustment_epoch WHERE tenant_id = ?")
        .param(tenant)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }
}
