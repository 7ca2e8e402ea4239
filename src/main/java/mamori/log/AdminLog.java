package mamori.log;

import java.time.Clock;
import java.util.List;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Who;
import mamori.core.Why;

/**
 * Writes an administrative act to its tenant's log, naming what it changed as the case (made to
 * pass the check of a why: a user id may hold twelve digits, which the case never holds). An act is
 * logged before it takes effect; when the append throws, the caller changes nothing. The one writer
 * of such acts for the modules that administer (tenancy's users and tenants, detect's alerts).
 */
public final class AdminLog {
  private final TransparencyLogs logs;
  private final Clock clock;

  public AdminLog(TransparencyLogs logs, Clock clock) {
    this.logs = logs;
    this.clock = clock;
  }

  /** Appends an allowed act; answers the record's index in the tenant's log. */
  public long allowed(Who who, Action action, String target) {
    return append(who, action, target, Outcome.allowed());
  }

  /** Appends a refused act; answers the record's index (the evidence of an alert it raises). */
  public long refused(Who who, Action action, String target, Reason reason) {
    return append(who, action, target, Outcome.denied(reason));
  }

  private long append(Who who, Action action, String target, Outcome outcome) {
    return logs.forTenant(who.tenant().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    who,
                    List.of(),
                    Why.administrative(Why.caseFrom(target)),
                    action,
                    clock.instant()),
                outcome));
  }
}
