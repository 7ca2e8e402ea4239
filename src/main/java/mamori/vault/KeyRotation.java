package mamori.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.crypto.FieldSealed;
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
 *
 * <p>Retirement ({@link #retire}) goes further: a key that is gone from the keyset is not gone from
 * the old copies of the keyset row (PostgreSQL's old row versions and WAL, a dump, a backup), and
 * those open with the root key. So retiring field key K: rotate first when K is primary (and wait
 * until other processes have seen the new primary); re-wrap every data key and re-seal every {@link
 * FieldSealed} value not under the primary; count again that nothing is under K (else stop, nothing
 * destroyed); delete K from the keyset; then rotate the root key to a new generation and destroy
 * the old one, so no old copy of the keyset row opens. Each step is safe to repeat; a {@code
 * retired_key} row written first lets a rerun finish a stopped retirement. Only the field keyset
 * retires: the index and token keysets stay (their rotation would recompute every blind index and
 * invalidate every printed page code), so an old backup's blind indexes still answer a guess tested
 * with the current index key.
 */
public final class KeyRotation {
  /** The kind of the vault's own keys in {@link Status#byKind}. */
  public static final String PERSONS = "persons";

  private static final int PAGE = 5_000;
  private static final String FAILED = "the vault's store failed while rotating keys";

  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;
  private final List<WrappedKeys> all;
  private final List<FieldSealed> sealed;
  private final RetiredKeys retired;
  private Duration othersSee = TenantKeys.keysetRecheck().multipliedBy(2);

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
    this(store, keys, logs, clock, others, List.of());
  }

  /**
   * @param others the data keys other modules keep wrapped by the tenants' field keysets,
   *     re-wrapped after the persons'
   * @param sealed the values other modules seal directly with the field keysets, re-sealed before a
   *     field key is retired
   */
  public KeyRotation(
      DataSource store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<WrappedKeys> others,
      List<FieldSealed> sealed) {
    this.sealed = List.copyOf(sealed);
    this.retired = new RetiredKeys(store);
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

  /**
   * A field key's retirement: started, and destroyed (gone from the keyset, and the root key
   * generation that wrapped the keyset before destroyed too) once finished.
   */
  public record Retirement(int keyId, Instant startedAt, Optional<Instant> destroyedAt) {}

  /** The tenant's retirements, oldest first. */
  public List<Retirement> retirements(String tenant) {
    return retired.all(tenant);
  }

  /**
   * How many values of each {@link FieldSealed} kind each field key seals, by key id (the status of
   * what a retirement re-seals).
   */
  public Map<String, Map<Integer, Long>> sealedByKey(String tenant) {
    Map<String, Map<Integer, Long>> byKind = new LinkedHashMap<>();
    for (FieldSealed kind : sealed) {
      Map<Integer, Long> byKey = new TreeMap<>();
      for (String id : Sql.run(FAILED, () -> kind.ids(tenant))) {
        Sql.run(FAILED, () -> kind.read(tenant, id))
            .ifPresent(v -> byKey.merge(TenantKeys.wrappingKeyId(v.sealed()), 1L, Long::sum));
      }
      byKind.put(kind.kind(), byKey);
    }
    return byKind;
  }

  /**
   * A finished retirement.
   *
   * @param keyId the field key destroyed
   * @param rewrapped data keys re-wrapped under the primary
   * @param resealed values of other modules re-sealed under the primary
   * @param rootGeneration the root key generation current after it (the older one destroyed)
   */
  public record Retired(int keyId, long rewrapped, long resealed, int rootGeneration) {}

  /**
   * Retires {@code tenant}'s field key {@code keyId}, or finishes the retirement under way when
   * {@code keyId} is empty; see the class comment for the steps. Logged as a {@code keys.retire}
   * record (no person) before anything is destroyed. Resumable: after a kill at any point, calling
   * it again finishes, and no live data key or sealed value is ever left under a destroyed key.
   *
   * @param progress hears the data keys looked at so far while re-wrapping
   * @throws RetireRefused when the key is unknown or the only one, or no retirement is under way
   *     (nothing changed)
   */
  public Retired retire(
      String tenant, Optional<Integer> keyId, Actor actor, LongConsumer progress) {
    List<TenantKeys.KeyInfo> info = keys.fieldKeys(tenant);
    int key =
        keyId
            .or(() -> retired.unfinished(tenant))
            .orElseThrow(() ->
                refused(
                    tenant, actor, "no retirement of a field key of " + tenant + " is under way"));
    Optional<TenantKeys.KeyInfo> held = info.stream().filter(k -> k.id() == key).findFirst();
    boolean underWay =
        retired.all(tenant).stream().anyMatch(r -> r.keyId() == key && r.destroyedAt().isEmpty());
    if (held.isEmpty() && !underWay) {
      throw refused(
          tenant,
          actor,
          "tenant "
              + tenant
              + " has no field key "
              + Integer.toUnsignedLong(key)
              + " (see 'mamori keys status')");
    }
    if (held.isPresent() && info.size() == 1) {
      throw refused(
          tenant,
          actor,
          "field key "
              + Integer.toUnsignedLong(key)
              + " is the only field key of "
              + tenant
              + "; rotate first ('mamori keys rotate'), then retire it");
    }
    log(tenant, actor, Action.KEYS_RETIRE, Outcome.allowed());
    retired.started(tenant, key, clock.millis());
    long rewrapped = 0;
    long resealed = 0;
    if (held.isPresent()) {
      if (held.get().primary()) {
        rotate(tenant, actor);
        sleep(
            othersSee); // a running service re-reads its keyset within this and wraps no more under
        // K
      }
      for (int pass = 0; ; pass++) {
        rewrapped += rewrap(tenant, progress);
        resealed += reseal(tenant);
        long left = under(tenant, key);
        if (left == 0) {
          break;
        }
        if (pass == 2) {
          throw new IllegalStateException(
              left
                  + " data keys or sealed values of "
                  + tenant
                  + " are still under field key "
                  + Integer.toUnsignedLong(key)
                  + "; nothing was destroyed, run it again");
        }
      }
      keys.deleteFieldKey(tenant, key);
    }
    retired.deleted(tenant, key, clock.millis());
    int generation = keys.rotateRootKey(n -> {}).generation();
    retired.destroyed(tenant, key, clock.millis(), generation);
    return new Retired(key, rewrapped, resealed, generation);
  }

  /**
   * Re-seals every {@link FieldSealed} value of the tenant not under the primary field key; how
   * many.
   */
  public long reseal(String tenant) {
    int primary = keys.primaryFieldKeyId(tenant);
    long done = 0;
    for (FieldSealed kind : sealed) {
      for (String id : Sql.run(FAILED, () -> kind.ids(tenant))) {
        Optional<FieldSealed.Sealed> v = Sql.run(FAILED, () -> kind.read(tenant, id));
        if (v.isPresent() && TenantKeys.wrappingKeyId(v.get().sealed()) != primary) {
          byte[] again = keys.reseal(tenant, v.get().sealed(), v.get().associatedData());
          if (Sql.run(FAILED, () -> kind.swap(tenant, id, v.get().sealed(), again))) {
            done++;
          }
        }
      }
    }
    return done;
  }

  /** How many data keys and sealed values of the tenant are under field key {@code keyId}. */
  long under(String tenant, int keyId) {
    long n = 0;
    for (WrappedKeys kind : all) {
      long[] count = {0};
      forEachPage(
          tenant,
          kind,
          page ->
              count[0] +=
                  page.stream()
                      .filter(k -> TenantKeys.wrappingKeyId(k.wrapped()) == keyId)
                      .count());
      n += count[0];
    }
    for (Map<Integer, Long> byKey : sealedByKey(tenant).values()) {
      n += byKey.getOrDefault(keyId, 0L);
    }
    return n;
  }

  /**
   * How long retiring the primary waits after rotating, for other processes to see it (tests
   * shorten it).
   */
  void othersSeeWithin(Duration wait) {
    this.othersSee = wait;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retiring a key; run it again", e);
    }
  }

  private RetireRefused refused(String tenant, Actor actor, String message) {
    log(tenant, actor, Action.KEYS_RETIRE, Outcome.denied(Reason.KEYS_NOT_RETIRABLE));
    return new RetireRefused(message);
  }

  private void log(String tenant, Actor actor, Action action, Outcome outcome) {
    logs.forTenant(tenant)
        .append(
            AccessRecord.of(
                actor.attempt(
                    new TenantId(tenant), action, Optional.empty(), List.of(), clock.instant()),
                outcome));
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
    log(tenant, actor, Action.KEYS_ROTATE, Outcome.allowed());
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
            // the unwrap and wrap of a page run on every core (two on the reference machine)
            List<WrappedKeys.Swap> stale =
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
      // raw JDBC: a page of compare-and-swaps goes as one statement on PostgreSQL (arrays joined
      // to the table) and as one batch on SQLite (erasure and rotation are bulk paths)
      try (Connection c = store.getConnection()) {
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
          return swapAll(c, tenant, swaps);
        }
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

    /** PostgreSQL: the whole page in one UPDATE, each row still compared with its old key. */
    private static long swapAll(Connection c, String tenant, List<Swap> swaps) throws SQLException {
      Long[] ids = new Long[swaps.size()];
      byte[][] old = new byte[swaps.size()][];
      byte[][] fresh = new byte[swaps.size()][];
      for (int i = 0; i < swaps.size(); i++) {
        ids[i] = swaps.get(i).id();
        old[i] = swaps.get(i).old();
        fresh[i] = swaps.get(i).rewrapped();
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE person p SET data_key = v.fresh FROM (SELECT UNNEST(?::bigint[]) AS id,"
                  + " UNNEST(?::bytea[]) AS old, UNNEST(?::bytea[]) AS fresh) v WHERE"
                  + " p.tenant_id = ? AND p.person_id BETWEEN ? AND ? AND p.person_id = v.id AND"
                  + " p.data_key = v.old")) {
        st.setArray(1, c.createArrayOf("bigint", ids));
        st.setObject(2, old);
        st.setObject(3, fresh);
        st.setString(4, tenant);
        // the page's id range keeps the plan on the primary key however stale the statistics
        st.setLong(5, java.util.Arrays.stream(ids).mapToLong(Long::longValue).min().orElse(0));
        st.setLong(6, java.util.Arrays.stream(ids).mapToLong(Long::longValue).max().orElse(0));
        return st.executeUpdate();
      }
    }
  }
}
