package mamori.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;

/*
 * Who may do what with an incident's paperwork: the tenant's own security officer acts (saves, submits,
 * notifies, exports); the tenant's own auditor reads (drafts, versions, counts). Everyone else is
 * refused: a contractor's officer as role.not-allowed, another tenant's anyone as incident.unknown (its
 * incidents are looked up in its own tenant, where the id names nothing). Every act is appended to the
 * tenant's log before it takes effect, a refused act as deny:role.not-allowed; when the append throws,
 * nothing changes.
 */
/** The access rule and the log of the report, notice and evidence acts on an incident. */
final class IncidentActs {
  private final IncidentTable incidents;
  private final TransparencyLogs logs;
  private final Clock clock;

  IncidentActs(DataSource dataSource, TransparencyLogs logs, Clock clock) {
    this.incidents = new IncidentTable(dataSource);
    this.logs = logs;
    this.clock = clock;
  }

  IncidentTable table() {
    return incidents;
  }

  Clock clock() {
    return clock;
  }

  /** The incident, for a caller who may read it (the tenant's officer or auditor). */
  Incident readable(Principal p, String id) {
    Incident i = find(p, id);
    if (!p.controller() || (p.role() != Role.SECURITY_OFFICER && p.role() != Role.AUDITOR)) {
      throw new ReportRefused(
          ReportRefused.ROLE, "the tenant's security officers and auditors read an incident");
    }
    return i;
  }

  /**
   * The incident, for a caller who may act on it (the tenant's officer); a refusal is logged as
   * {@code action} denied.
   */
  Incident actable(Principal p, String id, Action action) {
    Incident i = find(p, id);
    if (!p.controller() || p.role() != Role.SECURITY_OFFICER) {
      append(p, action, id, Optional.empty(), Outcome.denied(Reason.ROLE_NOT_ALLOWED));
      throw new ReportRefused(
          ReportRefused.ROLE, "the tenant's security officers act on an incident");
    }
    return unclosed(i);
  }

  /**
   * The incident, for a caller who may print its letters: the tenant's own staff, to whom alone the
   * gate reveals names and addresses; a refusal is logged as {@code incident.notice} denied.
   */
  Incident printable(Principal p, String id) {
    Incident i = find(p, id);
    if (!IncidentNotices.prints(p)) {
      append(
          p, Action.INCIDENT_NOTICE, id, Optional.empty(), Outcome.denied(Reason.ROLE_NOT_ALLOWED));
      throw new ReportRefused(ReportRefused.ROLE, "the tenant's staff print the letters");
    }
    return unclosed(i);
  }

  /** {@code i} while it is open: a closed incident's reports, notices and letters are final. */
  private static Incident unclosed(Incident i) {
    if (i.status() == Incident.Status.CLOSED) {
      throw new ReportRefused(
          ReportRefused.CLOSED,
          "the incident is closed: its reports, notices and letters no longer change");
    }
    return i;
  }

  private Incident find(Principal p, String id) {
    if (id.isEmpty() || id.length() > 32) {
      throw new ReportRefused(ReportRefused.UNKNOWN_INCIDENT, "no such incident");
    }
    return incidents
        .get(p.tenantId(), id)
        .orElseThrow(() -> new ReportRefused(ReportRefused.UNKNOWN_INCIDENT, "no such incident"));
  }

  /** Appends the act before it takes effect; returns its log index. */
  long logged(Principal p, Action action, String caseText, Optional<PersonToken> person) {
    return append(p, action, caseText, person, Outcome.allowed());
  }

  private long append(
      Principal p, Action action, String caseText, Optional<PersonToken> person, Outcome outcome) {
    return logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                new Attempt(
                    p.who(),
                    List.of(),
                    Why.administrative(Why.caseFrom(caseText)),
                    action,
                    person,
                    java.util.Set.of(),
                    clock.instant()),
                outcome));
  }
}
