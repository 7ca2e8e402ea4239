package mamori.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Outcome;
import mamori.core.TenantId;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rotating a tenant's field key. A person's fields are sealed under the person's own data key, and
 * only that small data key is wrapped by the tenant's field key, so rotation adds a new primary
 * field key and then re-wraps each person's data key under it: the fields themselves are never
 * touched, and every person stays readable at every moment (the keyset keeps the old keys). The
 * data keys other modules keep under the same field keyset ({@link WrappedKeys}: a work document's)
 * are re-wrapped and counted the same way, so the status never under-reports and an old field key
 * wraps nothing once the rotation is done. Re-wrapping goes page by page with a compare-and-swap on
 * the wrapped key, so it can run beside the service, be stopped at any point, and be resumed; an
 * erased person or document is never given a key back.
 */
public final class KeyRotation {
  /** The kind of the vault's own keys in {@link Status#byKind}. */
  public static final String PERSONS = "persons";

  private static final int PAGE = 4_096;
  private static final String FAILED = "the vault's store failed while rotating keys";

  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;
  private final List<WrappedKeys> all;

  /**
   * @param others the data keys other modules keep wrapped by the tenants' field keysets,
   *     re-wrapped after the persons'
   */
  public KeyRotation(
      DataSource store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<WrappedKeys> others) {
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
    List<WrappedKeys> kinds = new ArrayList<>();
    kinds.add(new PersonKeys(store, keys));
    kinds.addAll(others);
    this.all = List.copyOf(kinds);
  }

  /**
   * Where a tenant's rotation stands.
   *
   * @param keys the field keyset's keys, the primary marked
   * @param byKind how many data keys each field key wraps, by key id, for each kind ({@link
   *     #PERSONS}, then each {@link WrappedKeys#kind()})
   * @param toRewrap data keys of any kind wrapped under a key other than the primary
   */
  public record Status(
      List<TenantKeys.KeyInfo> keys, Map<String, Map<Integer, Long>> byKind, long toRewrap) {
    /** How many persons' data keys each field key wraps, by key id. */
    public Map<Integer, Long> personsByKey() {
      return byKind.getOrDefault(PERSONS, Map.of());
    }

    /** How many data keys of every kind there are. */
    public long total() {
      return byKind.values().stream()
          .flatMap(m -> m.values().stream())
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  public Status status(String tenant) {
    List<TenantKeys.KeyInfo> info = keys.fieldKeys(tenant);
    int primary =
        info.stream()
            .filter(TenantKeys.KeyInfo::primary)
            .mapToInt(TenantKeys.KeyInfo::id)
            .findFirst()
            .orElse(0);
    Map<String, Map<Integer, Long>> byKind = new LinkedHashMap<>();
    long older = 0;
    for (WrappedKeys kind : all) {
      Map<Integer, Long> byKey = new TreeMap<>();
      forEachPage(
          tenant,
          kind,
          page ->
              page.forEach(k -> byKey.merge(TenantKeys.wrappingKeyId(k.wrapped()), 1L, Long::sum)));
      byKind.put(kind.kind(), byKey);
      older +=
          byKey.entrySet().stream()
              .filter(e -> e.getKey() != primary)
              .mapToLong(Map.Entry::getValue)
              .sum();
    }
    return new Status(info, byKind, older);
  }

  /**
   * Adds a new primary field key, logs it as a {@code keys.rotate} record (no person), and returns
   * the new key's id. Call {@link #rewrap} next; until then old and new keys both work.
   */
  public int rotate(String tenant, Actor actor) {
    logs.forTenant(tenant)
        .append(
            AccessRecord.of(
                actor.attempt(
                    new TenantId(tenant),
                    Action.KEYS_ROTATE,
                    Optional.empty(),
                    List.of(),
                    clock.instant()),
                Outcome.allowed()));
    return keys.rotateFieldKey(tenant);
  }

  /**
   * Re-wraps every data key (the persons', then each other kind's) not wrapped under the primary
   * field key; {@code progress} hears the keys looked at so far. Returns how many were re-wrapped.
   * Safe to run again at any time.
   */
  public long rewrap(String tenant, LongConsumer progress) {
    int primary = keys.primaryFieldKeyId(tenant);
    long[] seen = {0};
    long[] rewrapped = {0};
    for (WrappedKeys kind : all) {
      forEachPage(
          tenant,
          kind,
          page -> {
            List<WrappedKeys.Swap> stale =
                // the unwrapping and wrapping on the common pool (every core), the swap in order
                page.parallelStream()
                    .filter(k -> TenantKeys.wrappingKeyId(k.wrapped()) != primary)
                    .map(k -> new WrappedKeys.Swap(k.id(), k.wrapped(), kind.rewrap(tenant, k)))
                    .toList();
            if (!stale.isEmpty()) {
              rewrapped[0] += Sql.run(FAILED, () -> kind.swap(tenant, stale));
            }
            seen[0] += page.size();
            progress.accept(seen[0]);
          });
    }
    return rewrapped[0];
  }

  private static void forEachPage(
      String tenant, WrappedKeys kind, Consumer<List<WrappedKeys.Wrapped>> work) {
    long after = Long.MIN_VALUE;
    while (true) {
      long from = after;
      List<WrappedKeys.Wrapped> page = Sql.run(FAILED, () -> kind.page(tenant, from, PAGE));
      if (page.isEmpty()) {
        return;
      }
      work.accept(page);
      after = page.getLast().id();
    }
  }

  /** The persons' data keys, in V5's person table. */
  private static final class PersonKeys implements WrappedKeys {
    private final DataSource store;
    private final JdbcClient jdbc;
    private final TenantKeys keys;

    PersonKeys(DataSource store, TenantKeys keys) {
      this.store = store;
      this.jdbc = JdbcClient.create(store);
      this.keys = keys;
    }

    @Override
    public String kind() {
      return PERSONS;
    }

    @Override
    public List<Wrapped> page(String tenant, long after, int limit) {
      return jdbc.sql(
              "SELECT person_id, data_key FROM person WHERE tenant_id = ? AND person_id > ? AND"
                  + " data_key IS NOT NULL ORDER BY person_id LIMIT ?")
          .params(tenant, after, limit)
          .query((rs, n) -> new Wrapped(rs.getLong(1), rs.getBytes(2)))
          .list();
    }

    @Override
    public byte[] rewrap(String tenant, Wrapped key) {
      return keys.rewrapPersonKey(tenant, key.id(), key.wrapped());
    }

    /** Re-wraps one page in one transaction; a row changed or erased meanwhile is left alone. */
    @Override
    public long swap(String tenant, List<Swap> swaps) {
      // raw JDBC: a page of up to 4,096 compare-and-swaps goes as one batch (erasure and rotation
      // are bulk paths)
      try (Connection c = store.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement st =
            c.prepareStatement(
                "UPDATE person SET data_key = ? WHERE tenant_id = ? AND person_id = ? AND data_key"
                    + " = ?")) {
          for (Swap w : swaps) {
            st.setBytes(1, w.rewrapped());
            st.setString(2, tenant);
            st.setLong(3, w.id());
            st.setBytes(4, w.old());
            st.addBatch();
          }
          long changed = 0;
          for (int n : st.executeBatch()) {
            changed += Math.max(n, 0);
          }
          c.commit();
          return changed;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new IllegalStateException(FAILED + ": " + e.getMessage(), e);
      }
    }
  }
}
