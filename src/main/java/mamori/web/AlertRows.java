package mamori.web;

import java.util.List;
import java.util.Locale;
import mamori.identity.SecurityAlerts.Alert;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An alert as the console shows it, on the dashboard, the alerts page and the live stream alike:
 * its labels in the reader's language (a kind with no label shows its code), the first evidence
 * indexes as links to the log page showing those records.
 */
final class AlertRows {
  /** How many evidence indexes are linked; the rest are counted. */
  static final int EVIDENCE_SHOWN = 10;

  private AlertRows() {}

  /** One alert for the console. */
  record Row(
      String id,
      String kind,
      String kindLabel,
      String severity,
      String severityLabel,
      String state,
      String stateLabel,
      String subject,
      String detail,
      String raised,
      long raisedMillis,
      List<Long> evidence,
      int evidenceMore,
      String policy,
      String policyLabel,
      String taken,
      @Nullable String acknowledgedBy,
      @Nullable String assignee,
      @Nullable String closedBy,
      @Nullable String closeReason,
      boolean open) {}

  static Row of(Alert a, MessageSource messages, Locale locale) {
    List<Long> ev = a.evidence();
    List<Long> shown = ev.size() <= EVIDENCE_SHOWN ? ev : ev.subList(0, EVIDENCE_SHOWN);
    return new Row(
        a.id(),
        a.kind(),
        label(messages, "console.alert." + a.kind(), a.kind(), locale),
        a.severity().code(),
        label(messages, "console.severity." + a.severity().code(), a.severity().code(), locale),
        a.state().code(),
        label(messages, "console.alert-state." + a.state().code(), a.state().code(), locale),
        a.subject(),
        a.detail(),
        Pages.time(a.raisedAt()),
        a.raisedAt().toEpochMilli(),
        List.copyOf(shown),
        ev.size() - shown.size(),
        a.policy().code(),
        label(messages, "console.policy." + a.policy().code(), a.policy().code(), locale),
        a.taken(),
        a.acknowledgedBy(),
        a.assignee(),
        a.closedBy(),
        a.closeReason(),
        a.open());
  }

  private static String label(MessageSource m, String key, String fallback, Locale locale) {
    String text = m.getMessage(key, null, fallback, locale);
    return text == null ? fallback : text;
  }
}
