package mamori.detect;

import java.time.Clock;
import java.util.List;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Who;
import mamori.core.Why;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;

/**
 * Writes an officer's act on an alert to the tenant's log, the alert id as the case, before the act
 * takes effect (as tenancy's administrative log does for users); when the append throws, the caller
 * changes nothing.
 */
final class AlertLog {
  private final TransparencyLogs logs;
  private final Clock clock;

  AlertLog(TransparencyLogs logs, Clock clock) {
    this.logs = logs;
    this.clock = clock;
  }

  void allowed(Who who, Action action, String alertId) {
    append(who, action, alertId, Outcome.allowed());
  }

  void refused(Who who, Action action, String alertId, Reason reason) {
    append(who, action, alertId, Outcome.denied(reason));
  }

  private void append(Who who, Action action, String alertId, Outcome outcome) {
    logs.forTenant(who.tenant().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    who,
                    List.of(),
                    Why.administrative(Why.caseFrom(alertId)),
                    action,
                    clock.instant()),
                outcome));
  }
}
