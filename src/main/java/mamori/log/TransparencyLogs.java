package mamori.log;

import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.crypto.SigningKeys;
import mamori.log.storage.LogStorage;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.VerifierKey;

/**
 * Every tenant's log in one store. A tenant's log is named {@code <originPrefix>/<tenant>} (its
 * C2SP origin line) and signs with that tenant's Ed25519 and ML-DSA-44 keys from the key folder,
 * never from the database. The keys are made with the log's first entry; afterwards a missing key
 * is an error, not a reason to make a new one.
 */
public final class TransparencyLogs implements AutoCloseable {
  /** Tenant ids: lower-case letters, digits and hyphens, 1 to 64 ({@link TenantId#PATTERN}). */
  public static final Pattern TENANT = TenantId.PATTERN;

  public static final String DEFAULT_ORIGIN_PREFIX = "mamori.localhost/log";

  private final LogStorage store;
  private final SigningKeys keys;
  private final String originPrefix;
  private final Clock clock;
  private final Map<String, TenantLog> open = new ConcurrentHashMap<>();
  private final List<BiConsumer<String, List<AccessRecord>>> appendListeners =
      new CopyOnWriteArrayList<>();
  private final List<Consumer<TenantLog>> openListeners = new CopyOnWriteArrayList<>();

  /**
   * The logs kept in the store behind {@code dataSource}; {@code clock} dates checkpoints and
   * signatures.
   *
   * @throws LogUnavailableException when the store cannot be reached or cannot keep a log durably
   */
  public TransparencyLogs(
      DataSource dataSource, SigningKeys keys, String originPrefix, Clock clock) {
    this.store = StoreCalls.read("the logs' store", () -> LogStorage.on(dataSource));
    this.keys = keys;
    this.originPrefix = originPrefix;
    this.clock = clock;
  }

  /**
   * The log of {@code tenant}, opened on first use.
   *
   * @throws IllegalArgumentException for a malformed tenant id
   * @throws LogUnavailableException when the store or the signing keys cannot be read
   */
  public TenantLog forTenant(String tenant) {
    if (!TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("a tenant id is 1 to 64 of a-z, 0-9 and '-'");
    }
    return open.computeIfAbsent(
        tenant,
        t -> {
          String origin = origin(t);
          TenantLog log =
              new TenantLog(
                  t, origin, store, signers(t, origin), clock, records -> appended(t, records));
          openListeners.forEach(l -> l.accept(log));
          return log;
        });
  }

  /**
   * Adds a listener that hears, after they are durable, the records appended through this instance
   * to any tenant's log, on the appending thread (metrics count here). It must be quick and must
   * not throw; what it throws is dropped, never failing an append that is durable.
   */
  public void onAppended(BiConsumer<String, List<AccessRecord>> listener) {
    appendListeners.add(listener);
  }

  /**
   * Adds a listener that hears each tenant's log as it is opened by this instance, the logs already
   * open first (it may hear one of them twice).
   */
  public void onOpened(Consumer<TenantLog> listener) {
    openListeners.add(listener);
    open.values().forEach(listener);
  }

  private void appended(String tenant, List<AccessRecord> records) {
    for (var l : appendListeners) {
      try {
        l.accept(tenant, records);
      } catch (RuntimeException e) {
        // counting is never a reason to fail an append that is durable
      }
    }
  }

  /**
   * The logs opened by this instance that cannot take an append now, each with why ({@link
   * TenantLog#trouble}), by tenant; empty when every one can.
   */
  public Map<String, String> troubled(java.time.Duration recent) {
    Map<String, String> troubled = new java.util.TreeMap<>();
    open.forEach((tenant, log) -> log.trouble(recent).ifPresent(t -> troubled.put(tenant, t)));
    return troubled;
  }

  /** Whether {@code tenant} has a log with at least one entry. */
  public boolean exists(String tenant) {
    return TENANT.matcher(tenant).matches()
        && StoreCalls.read("the logs", () -> store.state(tenant)).isPresent();
  }

  /** The tenants that have a log. */
  public List<String> tenants() {
    return StoreCalls.read("the logs", store::tenants);
  }

  /**
   * The origin line of a tenant's log: as stored for an existing log, else from the configured
   * prefix.
   */
  public String origin(String tenant) {
    return StoreCalls.read("the logs", () -> store.state(tenant))
        .map(LogStorage.State::origin)
        .orElse(originPrefix + "/" + tenant);
  }

  /** The verifier keys (C2SP vkey form) of a tenant's log, Ed25519 first. */
  public List<VerifierKey> verifierKeys(String tenant) {
    return signers(tenant, origin(tenant)).stream().map(NoteSigner::verifierKey).toList();
  }

  private List<NoteSigner> signers(String tenant, String origin) {
    boolean fresh = !exists(tenant);
    String name = "log-" + tenant;
    KeyPair ed =
        fresh
            ? keys.loadOrCreate(name, SigningKeys.Algorithm.ED25519)
            : keys.load(name, SigningKeys.Algorithm.ED25519).orElseThrow(() -> missing(tenant));
    KeyPair pq =
        fresh
            ? keys.loadOrCreate(name, SigningKeys.Algorithm.ML_DSA_44)
            : keys.load(name, SigningKeys.Algorithm.ML_DSA_44).orElseThrow(() -> missing(tenant));
    return List.of(
        NoteSigner.ed25519(origin, ed.getPrivate(), ed.getPublic()),
        NoteSigner.mlDsa44(origin, pq.getPrivate(), pq.getPublic(), clock));
  }

  private LogUnavailableException missing(String tenant) {
    return new LogUnavailableException(
        "the signing keys of the log of "
            + tenant
            + " are missing from "
            + keys.folder()
            + "; restore them from backup (the log refuses to sign with new keys)");
  }

  LogStorage store() {
    return store;
  }

  @Override
  public void close() {
    open.values().forEach(TenantLog::close);
    open.clear();
  }
}
