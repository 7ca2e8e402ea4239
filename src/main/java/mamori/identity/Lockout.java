package mamori.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failures of either factor, counted together: from {@link Credentials#SLOW_AFTER} on, the next
 * attempt waits 2^(failures - SLOW_AFTER) seconds; at {@link Credentials#LOCK_AFTER} the account
 * locks and the tenant's security officer gets one alert. Only a full sign-in or an officer's
 * unlock clears the count.
 */
final class Lockout {
  private final CredentialTable table;
  private final SecurityAlerts alerts;
  private final Clock clock;

  Lockout(CredentialTable table, SecurityAlerts alerts, Clock clock) {
    this.table = table;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** Locked, or too soon after the last failure: then the attempt is not even checked. */
  Optional<Credentials.Check> blocked(CredentialTable.Row row) {
    if (row.lockedAt() != null) {
      return Optional.of(new Credentials.Locked());
    }
    return waitFor(row).map(Credentials.Wait::new);
  }

  /**
   * Counts a failure; locks the user (and alerts, once) when it is the {@link
   * Credentials#LOCK_AFTER}th.
   */
  Credentials.Check fail(User user) {
    long now = clock.instant().toEpochMilli();
    table.countFailure(user, now);
    if (table.lockAt(user, Credentials.LOCK_AFTER, now)) {
      // a locked account is someone trying passwords on a real user: high, for the officer at once
      alerts.raise(
          user.tenantId(),
          new SecurityAlerts.Raised(
              "account.locked",
              user.id(),
              "locked after "
                  + Credentials.LOCK_AFTER
                  + " failed sign-in attempts; unlock with: mamori users unlock "
                  + user.id(),
              mamori.core.Severity.HIGH,
              java.util.List.of(),
              mamori.core.AlertPolicy.NOTIFY,
              ""));
      return new Credentials.Locked();
    }
    return new Credentials.Refused();
  }

  /** A full sign-in: the count starts again. */
  void passed(User user) {
    table.clearFailures(user);
  }

  private Optional<Duration> waitFor(CredentialTable.Row row) {
    if (row.failures() < Credentials.SLOW_AFTER || row.lastFailureAt() == null) {
      return Optional.empty();
    }
    Duration backoff =
        Duration.ofSeconds(1L << Math.min(20, row.failures() - Credentials.SLOW_AFTER));
    Instant until = Instant.ofEpochMilli(row.lastFailureAt()).plus(backoff);
    Instant now = clock.instant();
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }
}
