package mamori.access;

import mamori.identity.SecurityAlerts;
import org.springframework.context.event.EventListener;

/** Raises a security alert for the tenant's officers when a staff member reads in bulk. */
final class BulkReadingAlerts {
  private final SecurityAlerts alerts;

  BulkReadingAlerts(SecurityAlerts alerts) {
    this.alerts = alerts;
  }

  @EventListener
  void on(BulkReading b) {
    alerts.raise(
        b.who().tenant().value(),
        "reading.bulk",
        b.who().user().value(),
        b.reads()
            + " person records read on "
            + b.day()
            + " (alert from "
            + b.threshold()
            + ", refused from "
            + (b.cap() + 1)
            + "); set with: mamori settings set --tenant "
            + b.who().tenant().value()
            + " staff.daily-reads <n>");
  }
}
