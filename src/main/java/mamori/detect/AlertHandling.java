package mamori.detect;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.handover.FoundReports;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.SecurityAlerts.Alert;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;

/*
 * Who may do what with an alert, decided here once for the console, the API and the command line:
 *  - the tenant's own security officer (a user of the controller, not of a contractor) acknowledges,
 *    assigns and closes; the controller's auditor reads; nobody else sees alerts at all;
 *  - an alert is named by its id within the caller's tenant only: another tenant's id is unknown (404),
 *    nothing logged, nothing changed, whatever else the request holds (the alert is looked up before
 *    the assignee or the reason is checked);
 *  - an alert is assigned to a security officer of the same tenant's controller who is not disabled;
 *  - a closed alert is final: it is not acknowledged, reassigned or closed again;
 *  - a close needs a reason of 1 to 500 characters, without a My Number in any spelling and without
 *    control or format characters (the reason is shown on pages and sent in mail).
 *  - an alert that stands for a case decided elsewhere is closed there, not here: a found page's alert
 *    (found.page) closes when its report is decided on /console/found, so that the report, which has
 *    no other reminder, is never left open behind a closed alert.
 * Each act is written to the tenant's log first (alert.acknowledge, alert.assign, alert.close with the
 * alert id as the case); a refusal of someone of the tenant is logged as role.not-allowed and thrown.
 */
/** An officer's handling of the tenant's alerts: read, acknowledge, assign, close with a reason. */
public final class AlertHandling {
  /** The longest close reason. */
  public static final int REASON_MAX = 500;

  private static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  private final SecurityAlerts alerts;
  private final Users users;
  private final mamori.log.AdminLog log;

  public AlertHandling(SecurityAlerts alerts, Users users, TransparencyLogs logs, Clock clock) {
    this.alerts = alerts;
    this.users = users;
    this.log = new mamori.log.AdminLog(logs, clock);
  }

  /** The caller may not do this with alerts (wrong role, or a contractor's user). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }

    public Reason reason() {
      return Reason.ROLE_NOT_ALLOWED;
    }
  }

  /** No such alert in the caller's tenant; nothing was logged or changed. */
  public static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super("no such alert", null, false, false);
    }
  }

  /** The alert is closed: it is not acknowledged, reassigned or closed again; nothing changed. */
  public static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super("the alert is closed; nothing was changed", null, false, false);
    }
  }

  /**
   * The alert stands for a case decided elsewhere, and closes when it is decided there ({@link
   * #where}); nothing was logged or changed.
   */
  public static final class DecidedElsewhere extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;

    DecidedElsewhere(String what, String where) {
      super(
          "this alert closes when its "
              + what
              + " is decided at "
              + where
              + "; it is not closed on its own",
          null,
          false,
          false);
      this.where = where;
    }

    /** The page where the case is decided. */
    public String where() {
      return where;
    }
  }

  /** The page where a found page's report is decided, which closes its alert. */
  public static final String FOUND_DECIDED_AT = "/console/found";

  /** A page of alerts, and the cursor of the next page (absent on the last). */
  public record Page(List<Alert> alerts, Optional<Cursor> next) {}

  /** Where a listing stands: after the alert {@code id} raised at {@code raisedAt}. */
  public record Cursor(Instant raisedAt, String id) {
    /** The cursor as a listing hands it out: {@code <millis>-<id>}. */
    public String text() {
      return raisedAt.toEpochMilli() + "-" + id;
    }

    /**
     * The cursor of {@code text}.
     *
     * @throws IllegalArgumentException when it is not one a listing gave
     */
    public static Cursor parse(String text) {
      if (!text.matches("[0-9]{1,15}-[0-9a-f]{1,32}")) {
        throw new IllegalArgumentException("the cursor is not one a listing gave");
      }
      int dash = text.indexOf('-');
      return new Cursor(
          Instant.ofEpochMilli(Long.parseLong(text.substring(0, dash))), text.substring(dash + 1));
    }
  }

  /**
   * A page of the caller's tenant's alerts, newest first, in a state, of a severity, of a kind
   * (each null for any), after the cursor of the page before (null for the first).
   *
   * @throws Refused unless the caller is the tenant's security officer or auditor
   * @throws IllegalArgumentException for a limit outside 1 to 500
   */
  public Page list(
      Principal p,
      SecurityAlerts.@org.jspecify.annotations.Nullable State state,
      mamori.core.@org.jspecify.annotations.Nullable Severity severity,
      @org.jspecify.annotations.Nullable String kind,
      @org.jspecify.annotations.Nullable Cursor after,
      int limit) {
    reader(p);
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit: 1 to 500");
    }
    List<Alert> found =
        alerts.page(
            p.tenantId().value(),
            new SecurityAlerts.Query(
                state,
                severity,
                kind,
                after == null ? null : after.raisedAt(),
                after == null ? null : after.id(),
                limit + 1));
    if (found.size() <= limit) {
      return new Page(found, Optional.empty());
    }
    List<Alert> page = found.subList(0, limit);
    Alert last = page.getLast();
    return new Page(List.copyOf(page), Optional.of(new Cursor(last.raisedAt(), last.id())));
  }

  /**
   * One alert of the caller's tenant.
   *
   * @throws Refused unless the caller is the tenant's security officer or auditor
   * @throws Unknown when the tenant has no such alert
   */
  public Alert get(Principal p, String alertId) {
    reader(p);
    return find(p, alertId);
  }

  /**
   * Acknowledges an open alert: an officer is looking at it. Logged ({@code alert.acknowledge})
   * before it takes effect.
   *
   * @throws Refused unless the caller is the tenant's security officer (logged)
   * @throws Unknown when the tenant has no such alert
   * @throws Closed when the alert is closed
   */
  public Alert acknowledge(Principal p, String alertId) {
    officer(p, Action.ALERT_ACKNOWLEDGE, alertId);
    open(p, alertId);
    log.allowed(p.who(), Action.ALERT_ACKNOWLEDGE, alertId);
    if (!alerts.acknowledge(p.tenantId().value(), alertId, p.userId().value())) {
      throw new Closed();
    }
    return find(p, alertId);
  }

  /**
   * Assigns an open alert to a security officer of the tenant's controller. Logged ({@code
   * alert.assign}) before it takes effect.
   *
   * @throws IllegalArgumentException when {@code assignee} is not an active security officer of the
   *     caller's tenant's controller (another tenant's user is answered the same)
   * @throws Refused, Unknown, Closed as {@link #acknowledge}
   */
  public Alert assign(Principal p, String alertId, UserId assignee) {
    officer(p, Action.ALERT_ASSIGN, alertId);
    open(p, alertId);
    Optional<User> u = users.find(assignee.value());
    boolean fits =
        u.isPresent()
            && u.get().tenantId().equals(p.tenantId().value())
            && u.get().organisationId().equals(p.tenantId().value())
            && u.get().role() == Role.SECURITY_OFFICER
            && !u.get().disabled();
    if (!fits) {
      throw new IllegalArgumentException(
          "user: an alert is assigned to an active security officer of the tenant");
    }
    log.allowed(p.who(), Action.ALERT_ASSIGN, alertId);
    if (!alerts.assign(p.tenantId().value(), alertId, assignee.value())) {
      throw new Closed();
    }
    return find(p, alertId);
  }

  /**
   * Closes an open alert with the officer's reason. Logged ({@code alert.close}) before it takes
   * effect.
   *
   * @throws IllegalArgumentException for a reason that is blank, over {@value #REASON_MAX}
   *     characters or holds a control or format character
   * @throws NumberText.Held for a reason holding a My Number in any spelling
   * @throws DecidedElsewhere for a found page's alert: it closes when its report is decided
   * @throws Refused, Unknown, Closed as {@link #acknowledge}
   */
  public Alert close(Principal p, String alertId, String reason) {
    officer(p, Action.ALERT_CLOSE, alertId);
    open(p, alertId);
    if (find(p, alertId).kind().equals(FoundReports.ALERT_KIND)) {
      throw new DecidedElsewhere("found-page report", FOUND_DECIDED_AT);
    }
    String r = checkReason(reason);
    log.allowed(p.who(), Action.ALERT_CLOSE, alertId);
    if (!alerts.close(p.tenantId().value(), alertId, p.userId().value(), r)) {
      throw new Closed();
    }
    return find(p, alertId);
  }

  /**
   * The reason stripped of surrounding spaces, checked.
   *
   * @throws IllegalArgumentException, NumberText.Held as {@link #close}
   */
  static String checkReason(String reason) {
    String r = reason.strip();
    if (r.isEmpty()) {
      throw new IllegalArgumentException("reason: a close needs a reason");
    }
    if (r.length() > REASON_MAX) {
      throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
    }
    if (r.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException("reason: no control or format characters");
    }
    NumberText.refuseNumberIn("the reason", r);
    return r;
  }

  private void reader(Principal p) {
    if (!p.controller() || !READERS.contains(p.role())) {
      throw new Refused("alerts are for the tenant's security officers and auditors");
    }
  }

  private void officer(Principal p, Action action, String alertId) {
    if (!p.controller() || p.role() != Role.SECURITY_OFFICER) {
      if (alerts.get(p.tenantId().value(), alertId).isPresent()) {
        log.refused(p.who(), action, alertId, Reason.ROLE_NOT_ALLOWED);
      }
      throw new Refused("only the tenant's security officer handles alerts");
    }
  }

  private void open(Principal p, String alertId) {
    if (!find(p, alertId).open()) {
      throw new Closed();
    }
  }

  private Alert find(Principal p, String alertId) {
    return alerts.get(p.tenantId().value(), alertId).orElseThrow(Unknown::new);
  }
}
