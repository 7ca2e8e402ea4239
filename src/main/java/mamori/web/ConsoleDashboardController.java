package mamori.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import mamori.core.Role;
import mamori.entrustment.Entrustments;
import mamori.handover.FoundReports;
import mamori.handover.Returns;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /console}: the tenant's dashboard for its own staff, security officer, auditor and
 * admin: counts, recent accesses (persons by a shortened token, never a number), pending approvals,
 * the log's state and the accesses per day as a server-drawn SVG chart; to the officer and the
 * admin, a card for each data-entry job whose forecast passes its deadline (issue 16 point 5) and
 * the card of the internal pages printed before today and not accounted for (issue 18 point 4, the
 * whole list on {@code /console/pages-out}) and the count of open found-page reports.
 */
@Controller
class ConsoleDashboardController {
  static final Set<Role> ANY = Set.of(Role.values());
  private final Vault vault;
  private final Users users;
  private final Entrustments entrustments;
  private final TransparencyLogs logs;
  private final Clock clock;

  private final SecurityAlerts alerts;
  private final org.springframework.context.MessageSource messages;
  private final mamori.work.Pace pace;
  private final Returns returns;
  private final FoundReports found;
  private final mamori.retention.DeletionRecords deletions;
  private final org.springframework.core.env.Environment environment;

  ConsoleDashboardController(
      Vault vault,
      Users users,
      Entrustments entrustments,
      TransparencyLogs logs,
      SecurityAlerts alerts,
      org.springframework.context.MessageSource messages,
      mamori.work.Pace pace,
      Returns returns,
      FoundReports found,
      mamori.retention.DeletionRecords deletions,
      org.springframework.core.env.Environment environment,
      Clock clock) {
    this.environment = environment;
    this.deletions = deletions;
    this.pace = pace;
    this.returns = returns;
    this.found = found;
    this.messages = messages;
    this.clock = clock;
    this.vault = vault;
    this.alerts = alerts;
    this.users = users;
    this.entrustments = entrustments;
    this.logs = logs;
  }

  /** A recent access as the dashboard lists it. */
  record Recent(
      String time,
      String actor,
      String organisation,
      String action,
      String purpose,
      String caseRef,
      String person,
      String decision,
      boolean allowed) {
    static Recent of(AccessRecord r) {
      return new Recent(
          Pages.time(r.time()),
          r.actor(),
          r.organisation(),
          r.action(),
          r.purpose(),
          r.caseRef(),
          Pages.shortToken(r.personToken()),
          r.decision(),
          r.allowed());
    }
  }

  /** How many of the pages not accounted for the dashboard lists; the card counts them all. */
  static final int PAGES_SHOWN = 50;

  /** An internal page not accounted for, as the dashboard's card lists it. */
  record PageOut(
      String document,
      String title,
      int page,
      int pages,
      String printer,
      String printedBy,
      String printedAt) {
    static PageOut of(Returns.Unaccounted u) {
      return new PageOut(
          u.document(),
          u.title(),
          u.page(),
          u.pages(),
          u.printer(),
          u.printedBy().value(),
          Pages.time(u.printedAt()));
    }
  }

  @GetMapping("/console")
  String dashboard(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "14") int days,
      java.util.Locale locale,
      Model model) {
    Principal p = Pages.console(principal, ANY);
    String tenant = p.tenantId().value();
    int span = days == 30 ? 30 : 14;
    List<EntrustmentTree.Node> tree = EntrustmentTree.of(entrustments, tenant);
    model.addAttribute("persons", vault.count(tenant));
    model.addAttribute("users", users.list(tenant).size());
    model.addAttribute("byState", EntrustmentTree.countByState(tree));
    model.addAttribute(
        "pending",
        EntrustmentTree.flatten(tree).stream()
            .filter(n -> n.status().equals("requested"))
            .toList());
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    if (mamori.work.WorkRoles.ADMINS.contains(p.role())) {
      // the jobs whose forecast passes their deadline, told days ahead; the page only reads (the
      // service's pace check raises work.behind for them, once a day)
      model.addAttribute("behind", pace.behind(p.tenantId()).stream().map(JobRow::of).toList());
    }
    if (Returns.READERS.contains(p.role())) {
      // the internal pages printed before today that were neither filed nor shredded (issue 18)
      var now = clock.instant();
      model.addAttribute("pagesOut", returns.countUnaccounted(p.tenantId(), now));
      model.addAttribute(
          "pagesOutRows",
          returns.unaccounted(p.tenantId(), now, PAGES_SHOWN).pages().stream()
              .map(PageOut::of)
              .toList());
    }
    if (ConsoleRetentionController.DECIDERS.contains(p.role())) {
      // the deletion runs proposed and waiting for the officer's approval (issue 19)
      model.addAttribute(
          "retentionProposed",
          deletions.count(p.tenantId(), mamori.retention.Model.RunState.PROPOSED));
    }
    if (FoundReports.DECIDERS.contains(p.role())) {
      // a found page's report has no other reminder once its alert is out of sight
      model.addAttribute("foundOpen", found.countOpen(p.tenantId()));
    }
    if (ConsoleAlertsController.READERS.contains(p.role())) {
      // the open alerts as drawn now; the page's script adds those raised from this moment on
      model.addAttribute("alertsSince", clock.instant().toEpochMilli());
      model.addAttribute(
          "alerts",
          alerts.list(tenant, 50).stream()
              .filter(SecurityAlerts.Alert::open)
              .map(a -> AlertRows.of(a, messages, locale))
              .toList());
    }
    model.addAttribute("span", span);
    model.addAttribute(
        "witnessWarning", mamori.witness.WitnessSettings.warning(environment, tenant));
    if (logs.exists(tenant)) {
      var log = logs.forTenant(tenant);
      LogActivity activity = LogActivity.of(log, clock.instant(), span, 20);
      model.addAttribute("activity", activity);
      model.addAttribute("recent", activity.recent().stream().map(Recent::of).toList());
      model.addAttribute("chart", AccessChart.of(activity.days()));
      model.addAttribute("logState", LogState.of(logs, tenant));
    }
    return "console/dashboard";
  }
}
