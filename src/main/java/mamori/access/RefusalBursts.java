package mamori.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import mamori.core.Attempt;
import mamori.identity.SecurityAlerts;
import org.springframework.context.event.EventListener;

/*
 * A flood of refusals against one person is how the resident's history was pushed out of view, and it costs
 * the operator nothing (no volume, nothing revealed), so it is an attack in itself and the security officer
 * should hear of it at once. Refusals are counted per tenant and person over a sliding WINDOW; the alert is
 * raised when THRESHOLD of them fall within it, and once per burst: the burst lasts until a whole WINDOW
 * passes with no refusal against that person, and only a later burst raises a new alert. Each person keeps
 * at most THRESHOLD times, and persons whose last refusal left the window are dropped when the map has
 * grown to twice what the last sweep kept, so memory stays within twice the persons refused in one window
 * and each refusal pays a constant share of the sweeping. The count is kept in this process: two instances behind one
 * balancer each count their own share.
 */
/**
 * Raises an {@code access.refusal-burst} alert for the tenant's security officers when {@link
 * #THRESHOLD} or more refusals against one person fall within {@link #WINDOW}, once per burst.
 */
public final class RefusalBursts {
  /** Refusals against one person within {@link #WINDOW} that raise the alert. */
  public static final int THRESHOLD = 20;

  /** The span the refusals are counted over. */
  public static final Duration WINDOW = Duration.ofMinutes(10);

  /** The alert's kind. */
  public static final String KIND = "access.refusal-burst";

  private static final int SWEEP_AT = 10_000;

  /**
   * The size at which the next sweep runs: after a sweep, twice what it kept (at least {@link
   * #SWEEP_AT}), so that however many persons are refused within the window, sweeping costs each
   * refusal a constant share on average rather than a walk over all of them.
   */
  private int sweepAt = SWEEP_AT;

  private final SecurityAlerts alerts;
  private final Map<String, Burst> bursts = new HashMap<>();

  /** The recent refusals against one person and whether this burst was alerted. */
  private static final class Burst {
    final ArrayDeque<Instant> times = new ArrayDeque<>();
    boolean alerted;

    Instant last() {
      return times.getLast();
    }
  }

  public RefusalBursts(SecurityAlerts alerts) {
    this.alerts = alerts;
  }

  /** Counts a refusal; raises the alert when it completes a burst not yet alerted. */
  @EventListener
  public void on(AccessDenied denied) {
    Attempt a = denied.attempt();
    if (a.person().isEmpty()) {
      return;
    }
    String tenant = a.who().tenant().value();
    String person = a.person().get().value();
    Instant now = a.when();
    boolean raise;
    synchronized (bursts) {
      if (bursts.size() >= sweepAt) {
        sweep(now);
        sweepAt = Math.max(SWEEP_AT, 2 * bursts.size());
      }
      Burst b = bursts.computeIfAbsent(tenant + "\n" + person, k -> new Burst());
      if (!b.times.isEmpty() && Duration.between(b.last(), now).compareTo(WINDOW) > 0) {
        b.times.clear();
        b.alerted = false;
      }
      b.times.addLast(now);
      while (b.times.size() > THRESHOLD) {
        b.times.removeFirst();
      }
      raise =
          !b.alerted
              && b.times.size() == THRESHOLD
              && Duration.between(b.times.getFirst(), now).compareTo(WINDOW) <= 0;
      if (raise) {
        b.alerted = true;
      }
    }
    if (raise) {
      alerts.raise(
          tenant,
          KIND,
          "person:" + person,
          THRESHOLD
              + " or more refusals against one person within "
              + WINDOW.toMinutes()
              + " minutes; the latest by "
              + a.who().user().value()
              + " of "
              + a.who().organisation().value()
              + " ("
              + denied.reason().code()
              + ")");
    }
  }

  private void sweep(Instant now) {
    for (Iterator<Burst> it = bursts.values().iterator(); it.hasNext(); ) {
      if (Duration.between(it.next().last(), now).compareTo(WINDOW) > 0) {
        it.remove();
      }
    }
  }
}
