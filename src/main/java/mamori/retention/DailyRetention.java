package mamori.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import mamori.core.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Design. The service checks once a minute whether the day's time (mamori.retention.daily-at, Japan)
 * has come and the day's round is not done yet; then it proposes a run for each tenant with due
 * persons (a person already listed by an open run is not proposed again, so a second round on the same
 * day, after a restart, proposes nothing new) and goes on with every approved run. The first round
 * after the service starts also resumes the runs a stop interrupted (state running), whatever the
 * time: those were approved and started, and a stop should not leave them half done until the next
 * night. The day is remembered in memory only: a restart after the day's round runs it again, which
 * by the rule above changes nothing.
 */
/** The daily retention round: proposals for every tenant, then the approved runs. */
final class DailyRetention {
  private static final Logger LOG = LoggerFactory.getLogger(DailyRetention.class);

  private final Retentions retentions;
  private final Clock clock;
  private final LocalTime at;
  private @Nullable LocalDate done;
  private boolean resumed;

  DailyRetention(Retentions retentions, Clock clock, String dailyAt) {
    this.retentions = retentions;
    this.clock = clock;
    try {
      this.at = LocalTime.parse(dailyAt.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("mamori.retention.daily-at is a time of day, HH:mm");
    }
  }

  /**
   * One check: the runs a stop interrupted (the first time), and the day's round when its time has
   * come; true when it did anything.
   */
  synchronized boolean round() {
    ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), Retentions.JAPAN);
    boolean did = false;
    if (!resumed) {
      // tried again next round while a run fails: a killed process's lease on it runs out
      // after a few minutes
      resumed = true;
      for (Map.Entry<TenantId, String> r : retentions.unfinishedRunning()) {
        try {
          retentions.runDaily(r.getKey(), r.getValue());
          did = true;
        } catch (RuntimeException e) {
          resumed = false;
          LOG.warn(
              "retention: resuming run {} of {} failed: {}",
              r.getValue(),
              r.getKey(),
              e.toString());
        }
      }
    }
    if (now.toLocalTime().isBefore(at) || now.toLocalDate().equals(done)) {
      return false;
    }
    done = now.toLocalDate();
    did = true;
    for (TenantId t : retentions.tenantsWithBases()) {
      try {
        retentions
            .proposeDaily(t)
            .ifPresent(r ->
                LOG.info("retention: run {} proposed for {}: {} persons", r.id(), t, r.persons()));
      } catch (RuntimeException e) {
        LOG.warn("retention: the proposal for {} failed: {}", t, e.toString());
      }
    }
    for (Map.Entry<TenantId, String> r : retentions.unfinished()) {
      try {
        Model.Run run = retentions.runDaily(r.getKey(), r.getValue());
        LOG.info(
            "retention: run {} of {}: {} erased whole, {} number only, {} kept",
            run.id(),
            r.getKey(),
            run.whole(),
            run.numberOnly(),
            run.kept());
      } catch (RuntimeException e) {
        LOG.warn("retention: run {} of {} failed: {}", r.getValue(), r.getKey(), e.toString());
      }
    }
    return did;
  }
}
