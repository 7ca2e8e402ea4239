package mamori.vault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * While the service runs, finishes any key rotation that left persons' data keys wrapped under an
 * older field key (a {@code mamori keys rotate} that was stopped, or one made while the service ran),
 * in the background and at a gentle pace, logging its progress. {@code mamori keys status} shows it.
 */
@Component
class BackgroundRewrap {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRewrap.class);

  private final DataSource store;
  private final KeyRotation rotation;

  BackgroundRewrap(mamori.store.Store store, TenantKeys keys, TransparencyLogs logs) {
    this.store = store.dataSource();
    this.rotation = new KeyRotation(this.store, keys, logs, Clock.systemUTC());
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
          LOG.info("re-wrapping {} persons' data keys of tenant {} under its primary field key", stale, tenant);
          long done = rotation.rewrap(tenant, seen -> {});
          LOG.info("re-wrapped {} persons' data keys of tenant {}", done, tenant);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("background re-wrapping stopped: {}; 'mamori keys rewrap' finishes it", e.getMessage());
    }
  }

  private List<String> tenants() {
    List<String> tenants = new ArrayList<>();
    try (Connection c = store.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT DISTINCT tenant_id FROM person")) {
      while (rs.next()) {
        tenants.add(rs.getString(1));
      }
    } catch (SQLException e) {
      LOG.warn("cannot list the vault's tenants: {}", e.getMessage());
    }
    return tenants;
  }
}
