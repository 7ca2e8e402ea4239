package mamori.vault;

import java.time.Clock;
import java.util.List;
import mamori.crypto.FieldSealed;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * While the service runs, finishes any key rotation that left data keys (persons', and the other
 * modules' {@link WrappedKeys}: work documents') wrapped under an older field key (a {@code mamori
 * keys rotate} that was stopped, or one made while the service ran), in the background and at a
 * gentle pace, logging its progress. {@code mamori keys status} shows it.
 */
@Component
class BackgroundRewrap {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRewrap.class);

  private final JdbcClient jdbc;
  private final KeyRotation rotation;

  @Autowired
  BackgroundRewrap(
      mamori.store.Store store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      ObjectProvider<WrappedKeys> others,
      ObjectProvider<FieldSealed> sealed) {
    this(
        store, keys, logs, clock, others.orderedStream().toList(), sealed.orderedStream().toList());
  }

  BackgroundRewrap(
      mamori.store.Store store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<WrappedKeys> others) {
    this(store, keys, logs, clock, others, List.of());
  }

  BackgroundRewrap(
      mamori.store.Store store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<WrappedKeys> others,
      List<FieldSealed> sealed) {
    this.jdbc = store.jdbc();
    this.rotation = new KeyRotation(store.dataSource(), keys, logs, clock, others, sealed);
  }

  /** The rotation this service uses, with every module's wrapped keys and sealed values. */
  KeyRotation rotation() {
    return rotation;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread.ofVirtual().name("mamori-rewrap").start(this::run);
  }

  void run() {
    try {
      for (String tenant : tenants()) {
        long stale = rotation.status(tenant).toRewrap();
        if (stale > 0) {
          LOG.info(
              "re-wrapping {} data keys of tenant {} under its primary field key", stale, tenant);
          long done = rotation.rewrap(tenant, seen -> {});
          LOG.info("re-wrapped {} data keys of tenant {}", done, tenant);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "background re-wrapping stopped: {}; 'mamori keys rewrap' finishes it", e.getMessage());
    }
  }

  List<String> tenants() {
    try {
      return jdbc.sql("SELECT DISTINCT tenant_id FROM person")
          .query((rs, n) -> rs.getString(1))
          .list();
    } catch (DataAccessException e) {
      LOG.warn("cannot list the vault's tenants: {}", Sql.reason(e));
      return List.of();
    }
  }
}
