package mamori.detect;

import java.time.Clock;
import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Attempt;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.entrustment.Caller;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Design. A finding's action policy is carried out by the system's own identity: the user
 * mamori.detect of the tenant's controller organisation (whose id is the tenant's), acting as a
 * security officer, which is who may suspend any entrustment of the tenant. The act goes through the
 * same paths an officer's does, so it is logged before it takes effect: Entrustments.suspend writes
 * entrustment.suspend first; disabling a user writes user.disable here first, then disables (a
 * disabled user's sessions and API tokens stop authenticating at once, which ends them). The log's
 * case names the rule, so the record says why. When the act is refused (the entrustment is already
 * suspended, the user is of another tenant) or the log cannot take the record, nothing changes and
 * the alert says so in what it took.
 */
/** Carries out a finding's action policy and says what it did, for the alert's {@code taken}. */
final class Responder {
  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

  /** The system identity that acts on a policy, a user of each tenant's controller organisation. */
  static final UserId SYSTEM = new UserId("mamori.detect");

  private final Entrustments entrustments;
  private final Users users;
  private final TransparencyLogs logs;
  private final Clock clock;

  Responder(Entrustments entrustments, Users users, TransparencyLogs logs, Clock clock) {
    this.entrustments = entrustments;
    this.users = users;
    this.logs = logs;
    this.clock = clock;
  }

  /** The caller a suspension is made as: the system identity, an officer of the controller. */
  static Caller caller(TenantId tenant) {
    return new Caller(SYSTEM.value(), tenant.value(), Role.SECURITY_OFFICER);
  }

  /** Carries out {@code f}'s policy in {@code tenant}; returns what it did ("" for notify). */
  String act(TenantId tenant, Finding f) {
    return switch (f.policy()) {
      case NOTIFY -> "";
      case SUSPEND_ENTRUSTMENT -> suspend(tenant, f);
      case SUSPEND_USER -> disable(tenant, f);
    };
  }

  private String suspend(TenantId tenant, Finding f) {
    if (f.entrustment().isEmpty()) {
      return "no entrustment to suspend: the access went through none";
    }
    try {
      entrustments.suspend(f.entrustment(), caller(tenant));
      return "entrustment " + f.entrustment() + " suspended";
    } catch (EntrustmentException e) {
      return "entrustment " + f.entrustment() + " not suspended: " + e.code();
    } catch (RuntimeException e) {
      LOG.warn("detect: suspending {} for {} failed: {}", f.entrustment(), f.rule(), e.toString());
      return "entrustment " + f.entrustment() + " not suspended: the store or log failed";
    }
  }

  private String disable(TenantId tenant, Finding f) {
    if (f.user().isEmpty() || !UserId.isValid(f.user())) {
      return "no user to disable";
    }
    java.util.Optional<User> user = users.find(f.user());
    if (user.isEmpty() || !user.get().tenantId().equals(tenant.value())) {
      return "user " + f.user() + " not disabled: not a user of the tenant";
    }
    if (user.get().disabled()) {
      return "user " + f.user() + " was already disabled";
    }
    try {
      Who who = new Who(SYSTEM, new OrganisationId(tenant.value()), tenant);
      logs.forTenant(tenant.value())
          .append(
              AccessRecord.of(
                  Attempt.withoutPerson(
                      who,
                      List.of(),
                      Why.administrative(Why.caseFrom(f.user())),
                      Action.USER_DISABLE,
                      clock.instant()),
                  new Outcome.Allowed(java.util.Map.of())));
      users.disable(f.user());
      return "user " + f.user() + " disabled and their sessions ended";
    } catch (RuntimeException e) {
      LOG.warn("detect: disabling {} for {} failed: {}", f.user(), f.rule(), e.toString());
      return "user " + f.user() + " not disabled: the store or log failed";
    }
  }

  /** The policy a tenant set for {@code rule} ({@code detect.<rule>.policy}), or the default. */
  static AlertPolicy policy(RuleSettings s, String rule, AlertPolicy otherwise) {
    String name = "detect." + rule + ".policy";
    return s.text(name).flatMap(t -> AlertPolicy.ofCode(t.strip())).orElse(otherwise);
  }
}
