package mamori.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * touched, and every person stays readable at every moment (the keyset keeps the old keys).
 * Re-wrapping goes page by page with a compare-and-swap on the wrapped key, so it can run beside
 * the service, be stopped at any point, and be resumed; an erased person is never given a key back.
 */
public final class KeyRotation {
  private static final int PAGE = 1_000;
  private static final String FAILED = "the vault's store failed while rotating keys";

  private final DataSource store;
  private final JdbcClient jdbc;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  public KeyRotation(DataSource store, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    this.store = store;
    this.jdbc = JdbcClient.create(store);
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * Where a tenant's rotation stands.
   *
   * @param keys the field keyset's keys, the primary marked
   * @param personsByKey how many persons' data keys each key wraps, by key id
   * @param toRewrap persons whose data key is wrapped under a key other than the primary
   */
  public record Status(
      List<TenantKeys.KeyInfo> keys, Map<Integer, Long> personsByKey, long toRewrap) {}

  public Status status(String tenant) {
    List<TenantKeys.KeyInfo> info = keys.fieldKeys(tenant);
    Map<Integer, Long> byKey = new TreeMap<>();
    forEachPage(
        tenant,
        page ->
            page.forEach(p -> byKey.merge(TenantKeys.wrappingKeyId(p.wrapped()), 1L, Long::sum)));
    int primary =
        info.stream()
            .filter(TenantKeys.KeyInfo::primary)
            .mapToInt(TenantKeys.KeyInfo::id)
            .findFirst()
            .orElse(0);
    long older =
        byKey.entrySet().stream()
            .filter(e -> e.getKey() != primary)
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new Status(info, byKey, older);
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
   * Re-wraps every person data key not wrapped under the primary field key; {@code progress} hears
   * the persons looked at so far. Returns how many were re-wrapped. Safe to run again at any time.
   */
  public long rewrap(String tenant, LongConsumer progress) {
    int primary = keys.primaryFieldKeyId(tenant);
    long[] seen = {0};
    long[] rewrapped = {0};
    forEachPage(
        tenant,
        page -> {
          List<Wrapped> stale =
              page.stream().filter(p -> TenantKeys.wrappingKeyId(p.wrapped()) != primary).toList();
          if (!stale.isEmpty()) {
            rewrapped[0] += swap(tenant, stale);
          }
          seen[0] += page.size();
          progress.accept(seen[0]);
        });
    return rewrapped[0];
  }

  private record Wrapped(long personId, byte[] wrapped) {}

  private interface PageWork {
    void accept(List<Wrapped> page) throws SQLException;
  }

  private void forEachPage(String tenant, PageWork work) {
    long after = Long.MIN_VALUE;
    try {
      while (true) {
        long from = after;
        List<Wrapped> page =
            Sql.run(
                FAILED,
                () ->
                    jdbc.sql(
                            "SELECT person_id, data_key FROM person"
                                + " WHERE tenant_id = ? AND person_id > ? AND data_key IS NOT NULL ORDER BY person_id LIMIT "
                                + PAGE)
                        .params(tenant, from)
                        .query((rs, n) -> new Wrapped(rs.getLong(1), rs.getBytes(2)))
                        .list());
        if (page.isEmpty()) {
          return;
        }
        work.accept(page);
        after = page.getLast().personId();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(FAILED + ": " + e.getMessage(), e);
    }
  }

  /** Re-wraps one page in one transaction; a row changed or erased meanwhile is left alone. */
  private long swap(String tenant, List<Wrapped> stale) throws SQLException {
    // raw JDBC: a page of up to 1,000 compare-and-swaps goes as one batch (erasure and rotation are
    // bulk paths)
    try (Connection c = store.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE person SET data_key = ? WHERE tenant_id = ? AND person_id = ? AND data_key = ?")) {
        for (Wrapped w : stale) {
          st.setBytes(1, keys.rewrapPersonKey(tenant, w.personId(), w.wrapped()));
          st.setString(2, tenant);
          st.setLong(3, w.personId());
          st.setBytes(4, w.wrapped());
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
    }
  }
}
