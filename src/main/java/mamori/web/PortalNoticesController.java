package mamori.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.incident.IncidentNotices;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.portal.Resident;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/*
 * The resident reads only their own notices: the person token comes from the signed-in session, never
 * from the URL. Each notice shows what the latest report says (overview, items, cause, secondary harm,
 * response) and the log entries that concern the resident in this incident (the evidence the incident
 * counted them by, and the notice's own record), each with what the browser needs to check it alone
 * against the latest checkpoint (static/js/verify-proof.js, as the history page does).
 */
/** The resident portal's notices of incidents that affected the resident. */
@Controller
class PortalNoticesController {
  /** The most entries shown per notice. */
  static final int ENTRIES = 50;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final IncidentNotices notices;
  private final TransparencyLogs logs;
  private final Entrustments entrustments;
  private final MessageSource messages;

  PortalNoticesController(
      IncidentNotices notices,
      TransparencyLogs logs,
      Entrustments entrustments,
      MessageSource messages) {
    this.notices = notices;
    this.logs = logs;
    this.entrustments = entrustments;
    this.messages = messages;
  }

  /** An entry of a notice as the resident sees it, with its proof ("" while it waits). */
  record Row(
      long index,
      String when,
      String organisation,
      String action,
      List<String> fields,
      String verify) {}

  /** A notice as the resident sees it. */
  record View(
      String incident,
      String title,
      String notifiedAt,
      IncidentNotices.Content content,
      List<Row> rows) {}

  @GetMapping("/portal/notices")
  String notices(Model model, Locale locale) {
    Resident r = PortalHistoryController.resident();
    TenantLog log = logs.forTenant(r.tenantId());
    String checkpoint = log.publishedCheckpoint().orElse("");
    long treeSize = checkpoint.isEmpty() ? 0 : Long.parseLong(checkpoint.split("\n")[1]);
    List<View> views = new ArrayList<>();
    for (IncidentNotices.Notice n :
        notices.forResident(new TenantId(r.tenantId()), new PersonToken(r.personToken()))) {
      List<Long> indexes =
          n.evidence().stream()
              .filter(i -> i >= 0 && i < log.size())
              .distinct()
              .sorted()
              .limit(ENTRIES)
              .toList();
      List<byte[]> entries = log.entriesAt(indexes);
      List<Long> proved = indexes.stream().filter(i -> i < treeSize).toList();
      List<List<byte[]>> paths = log.inclusionProofs(proved, treeSize);
      List<Row> rows = new ArrayList<>();
      for (int k = 0; k < indexes.size(); k++) {
        AccessRecord a = log.decode(entries.get(k));
        if (!a.personToken().equals(r.personToken())) {
          continue; // never another person's entry
        }
        int p = proved.indexOf(indexes.get(k));
        String verify =
            p < 0
                ? ""
                : JSON.writeValueAsString(
                    Map.of(
                        "leafIndex",
                        indexes.get(k),
                        "entry",
                        Base64.getEncoder().encodeToString(entries.get(k)),
                        "proof",
                        paths.get(p).stream().map(Base64.getEncoder()::encodeToString).toList()));
        rows.add(
            new Row(
                indexes.get(k),
                ResidentDates.format(a.time(), locale),
                entrustments
                    .organisation(a.organisation())
                    .map(Organisation::name)
                    .orElse(a.organisation()),
                text("portal.action." + a.action(), a.action(), locale),
                a.fields(),
                verify));
      }
      views.add(
          new View(
              n.content().incident(),
              n.content().title(),
              ResidentDates.format(n.notifiedAt(), locale),
              n.content(),
              rows));
    }
    model.addAttribute("notices", views);
    model.addAttribute("checkpoint", checkpoint);
    model.addAttribute("vkey", logs.verifierKeys(r.tenantId()).getFirst().toString());
    LogPageData.addTo(model, logs, r.tenantId());
    model.addAttribute("residentSignedIn", r.residentId());
    return "portal/notices";
  }

  private String text(String code, String fallback, Locale locale) {
    return Objects.requireNonNullElse(messages.getMessage(code, null, fallback, locale), fallback);
  }
}
