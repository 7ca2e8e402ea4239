package mamori.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import org.springframework.stereotype.Component;

/*
 * An audit reads the whole log, bundle by bundle: 200,000 entries are 782 bundles. Writing a record
 * per bundle would grow the log by the act of reading it (and an auditor following the log would
 * never catch up). Writing none would leave the one bulk reading of everyone's records unaccounted
 * for. So one record per audit session: the first bundle a token or console session fetches after
 * SESSION without one writes log.audit (allowed) to the tenant's log before it is served, naming the
 * size the auditor may read up to; the bundles after it in the session write nothing. A refused
 * caller of the tenant (staff, officer) is recorded the same way, once per SESSION, with
 * role.not-allowed, so hammering the route does not grow the log either.
 *
 * The sessions are kept in memory, per instance: after a restart, or on another instance, the next
 * bundle opens a new session and writes one more record. That only ever adds a record, never loses
 * the first one.
 */
/** One {@code log.audit} record per auditor's audit session, however many bundles it reads. */
@Component
class LogAudits {
  /** A session ends after this long without a bundle fetched. */
  static final Duration SESSION = Duration.ofHours(1);

  /** Beyond this many open sessions, those that ended are forgotten. */
  private static final int PRUNE_AT = 10_000;

  private final AdminLog log;
  private final Clock clock;
  private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

  LogAudits(TransparencyLogs logs, Clock clock) {
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
  }

  /**
   * Records, once per session, that {@code p} reads its tenant's log up to {@code size} entries.
   *
   * @throws mamori.log.LogUnavailableException when the record cannot be written: serve nothing
   */
  void reading(Principal p, long size) {
    once(p, "allowed", () -> log.allowed(p.who(), Action.LOG_AUDIT, "log audit to size " + size));
  }

  /** Records, once per session, that {@code p} of the tenant was refused its entry bundles. */
  void refused(Principal p) {
    once(
        p,
        "refused",
        () -> log.refused(p.who(), Action.LOG_AUDIT, "log audit", Reason.ROLE_NOT_ALLOWED));
  }

  private void once(Principal p, String kind, Runnable write) {
    Instant now = clock.instant();
    if (lastSeen.size() > PRUNE_AT) {
      lastSeen.values().removeIf(t -> t.plus(SESSION).isBefore(now));
    }
    // compute holds the key while the record is written: parallel first bundles write it once;
    // when the append throws, nothing is remembered and the next bundle tries again
    lastSeen.compute(
        kind + " " + p.tenantId().value() + " " + p.tokenId(),
        (k, seen) -> {
          if (seen == null || seen.plus(SESSION).isBefore(now)) {
            write.run();
          }
          return now;
        });
  }
}
