package mamori.detect;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mamori.core.AlertPolicy;
import mamori.core.OrganisationId;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.SecurityAlerts;
import mamori.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. The log's records hold no address, so this rule is fed by the web layer: every authenticated
 * request names its tenant, user, organisation and remote address (after the trusted-proxy rules). The
 * address is cut to its network (IPv4 /24, IPv6 /48: a home's or an office's line, not one machine) and
 * kept per user in detect_network (V28). A network already known to this process costs a set lookup;
 * only a first sighting reaches the store. The alert is raised when a user who has worked for at least
 * detect.new-network.after-hours (default 24) since their first sighting appears from a network they
 * never used: a new user's first networks are their normal ones. The process's set is cleared when it
 * reaches MAX_KNOWN entries, which costs one store call per user and network afterwards.
 */
/**
 * {@code detect.new-network}: a user working from a network (IPv4 /24, IPv6 /48) they have not used
 * before, after their first day. Medium; notify by default ({@code detect.new-network.policy}).
 */
public final class NetworkSightings {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkSightings.class);
  static final String ID = "detect.new-network";
  static final String NAME = "new-network";
  static final long AFTER_HOURS = 24;
  static final int MAX_KNOWN = 100_000;

  private final JdbcClient jdbc;
  private final DataSource store;
  private final SecurityAlerts alerts;
  private final Responder responder;
  private final CachedSettings settings;
  private final Consumer<AlertRaised> published;
  private final Clock clock;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  NetworkSightings(
      DataSource store,
      SecurityAlerts alerts,
      Responder responder,
      CachedSettings settings,
      Consumer<AlertRaised> published,
      Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.store = store;
    this.alerts = alerts;
    this.responder = responder;
    this.settings = settings;
    this.published = published;
    this.clock = clock;
  }

  /** The network an address belongs to: {@code 192.0.2.0/24}, {@code 2001:db8:1::/48}. */
  static String network(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
    }
    return String.format(
            "%x:%x:%x",
            ((b[0] & 0xff) << 8) | (b[1] & 0xff),
            ((b[2] & 0xff) << 8) | (b[3] & 0xff),
            ((b[4] & 0xff) << 8) | (b[5] & 0xff))
        + "::/48";
  }

  /**
   * Notes that {@code user} of {@code organisation} works from {@code address}; raises {@code
   * detect.new-network} on a first sighting after the user's first day. Never throws: a store
   * failure is logged and the request goes on.
   */
  public void seen(TenantId tenant, UserId user, OrganisationId organisation, InetAddress address) {
    String network = network(address);
    String key = tenant.value() + "\n" + user.value() + "\n" + network;
    if (known.contains(key)) {
      return;
    }
    try {
      record(tenant, user, organisation, network);
      if (known.size() >= MAX_KNOWN) {
        known.clear();
      }
      known.add(key);
    } catch (RuntimeException e) {
      LOG.warn(
          "detect: a network sighting of {} could not be kept: {}", user.value(), e.toString());
    }
  }

  private void record(TenantId tenant, UserId user, OrganisationId organisation, String network) {
    Instant now = clock.instant();
    Long first =
        Sql.run(
            "the networks seen could not be read",
            () ->
                jdbc.sql(
                        "SELECT MIN(first_seen) FROM detect_network WHERE tenant_id = ? AND user_id = ?")
                    .params(tenant.value(), user.value())
                    .query((rs, n) -> {
                      long v = rs.getLong(1);
                      return rs.wasNull() ? null : v;
                    })
                    .optional()
                    .orElse(null));
    int added =
        Sql.run(
            "the networks seen could not be written",
            () ->
                jdbc.sql(
                        "INSERT INTO detect_network (tenant_id, user_id, network, organisation_id,"
                            + " first_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(
                        tenant.value(),
                        user.value(),
                        network,
                        organisation.value(),
                        now.toEpochMilli())
                    .update());
    if (added == 0 || first == null) {
      return;
    }
    RuleSettings s = settings.of(tenant);
    long after = Knobs.number(s, NAME, "after-hours", AFTER_HOURS, 0, 24 * 365);
    if (Duration.between(Instant.ofEpochMilli(first), now).compareTo(Duration.ofHours(after)) < 0) {
      return;
    }
    String subject = "user:" + user.value();
    if (alerts.openSince(tenant.value(), ID, subject, now.minus(Duration.ofHours(1)))) {
      return;
    }
    Finding f =
        new Finding(
            ID,
            Severity.MEDIUM,
            subject,
            user.value() + " of " + organisation.value() + " worked from a new network " + network,
            List.of(),
            Responder.policy(s, NAME, AlertPolicy.NOTIFY),
            "",
            user.value());
    String taken = responder.act(tenant, f);
    SecurityAlerts.Raised r =
        new SecurityAlerts.Raised(
            f.rule(), f.subject(), f.detail(), f.severity(), f.evidence(), f.policy(), taken);
    String id = Sql.inTransaction(store, () -> alerts.raise(tenant.value(), r));
    published.accept(new AlertRaised(tenant, id, r));
  }
}
