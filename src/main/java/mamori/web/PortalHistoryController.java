package mamori.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mamori.access.PersonAccesses;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.portal.Resident;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/*
 * The resident reads only their own record: the person token comes from the signed-in session, never from
 * the URL, and a flag names a log index that must be one of that person's entries. Each entry carries what
 * the browser needs to check it alone (static/js/verify-proof.js): the entry's bytes, its index, the audit
 * path to the signed checkpoint, the checkpoint and the log's verifier key. An entry newer than the
 * checkpoint waits for the next one.
 */
/**
 * The resident portal's history: every access to the resident's record, with its proof, and a flag
 * for the unexpected.
 */
@Controller
class PortalHistoryController {
  static final int LIMIT = 2000;

  /**
   * The organisation of the resident's own viewings in the log (see {@link
   * PersonAccesses#forResident}).
   */
  private static final String RESIDENT = PersonAccesses.RESIDENT.value();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PersonAccesses accesses;
  private final TransparencyLogs logs;
  private final Entrustments entrustments;
  private final SecurityAlerts alerts;
  private final MessageSource messages;

  PortalHistoryController(
      PersonAccesses accesses,
      TransparencyLogs logs,
      Entrustments entrustments,
      SecurityAlerts alerts,
      MessageSource messages) {
    this.messages = messages;
    this.accesses = accesses;
    this.logs = logs;
    this.entrustments = entrustments;
    this.alerts = alerts;
  }

  /** One access as the resident sees it. */
  record Row(
      long index,
      String when,
      String organisation,
      List<String> chain,
      String purpose,
      String action,
      List<String> fields,
      boolean allowed,
      String verify) {}

  @GetMapping("/portal/history")
  String history(
      @RequestParam(required = false) @Nullable String flagged, Model model, Locale locale) {
    Resident r = resident();
    PersonAccesses.History h =
        accesses.forResident(r.tenantId(), r.residentId(), new AgencyToken(r.personToken()), LIMIT);
    TenantLog log = logs.forTenant(r.tenantId());
    String vkey = logs.verifierKeys(r.tenantId()).getFirst().toString();
    java.util.Map<String, String> purposes = new java.util.HashMap<>();
    entrustments.purposes(r.tenantId()).forEach(pu -> purposes.put(pu.id(), pu.name()));
    // the resident's own viewings are counted, not listed, so they never crowd out the accesses of
    // others
    List<Row> rows = new ArrayList<>();
    int ownViews = 0;
    String lastOwnView = "";
    for (PersonAccesses.Entry e : h.entries().reversed()) {
      String when = ResidentDates.format(Instant.parse(e.time()), locale);
      if (e.organisation().equals(RESIDENT)) {
        lastOwnView = ownViews++ == 0 ? when : lastOwnView;
        continue;
      }
      String verify = "";
      if (!e.proof().isEmpty()) {
        byte[] entry = log.entry(e.index()).orElseThrow();
        verify =
            JSON.writeValueAsString(
                java.util.Map.of(
                    "vkey",
                    vkey,
                    "checkpoint",
                    h.checkpoint(),
                    "leafIndex",
                    e.index(),
                    "treeSize",
                    h.treeSize(),
                    "entry",
                    Base64.getEncoder().encodeToString(entry),
                    "proof",
                    e.proof()));
      }
      String purpose = purposes.get(e.purpose());
      if (purpose == null) {
        purpose = text("portal.purpose." + e.purpose(), e.purpose(), locale);
      }
      rows.add(
          new Row(
              e.index(),
              when,
              name(e.organisation()),
              chain(r.tenantId(), e.chain()),
              purpose,
              text("portal.action." + e.action(), e.action(), locale),
              e.fields(),
              e.decision().equals("allow"),
              verify));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("ownViews", ownViews);
    model.addAttribute("lastOwnView", lastOwnView);
    model.addAttribute("treeSize", h.treeSize());
    model.addAttribute("flagged", flagged);
    model.addAttribute("residentSignedIn", r.residentId());
    return "portal/history";
  }

  @PostMapping("/portal/history/{index}/flag")
  String flag(@PathVariable long index) {
    Resident r = resident();
    TenantLog log = logs.forTenant(r.tenantId());
    if (!log.indicesFor(r.personToken()).contains(index)) {
      throw PageRefusal.notFound();
    }
    alerts.raise(
        r.tenantId(),
        "access.flagged",
        "log:" + index,
        "resident " + r.residentId() + " did not expect this access");
    return "redirect:/portal/history?flagged=" + index;
  }

  /** The chain as the organisations it runs through, from the city down: デモ市 → 入力株式会社 → 再委託株式会社. */
  private List<String> chain(String tenant, List<String> entrustmentIds) {
    List<String> names = new ArrayList<>();
    for (String id : entrustmentIds) {
      entrustments
          .entrustment(tenant, id)
          .ifPresent(en -> {
            if (names.isEmpty()) {
              names.add(name(en.from()));
            }
            names.add(name(en.to()));
          });
    }
    return names;
  }

  /**
   * The message, or {@code fallback} when there is none (MessageSource answers null only without
   * one).
   */
  private String text(String code, String fallback, Locale locale) {
    return Objects.requireNonNullElse(messages.getMessage(code, null, fallback, locale), fallback);
  }

  private String name(String organisation) {
    return entrustments.organisation(organisation).map(Organisation::name).orElse(organisation);
  }

  static Resident resident() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (!(a instanceof ResidentAuthentication r)) {
      throw PageRefusal.forbidden();
    }
    return r.getPrincipal();
  }
}
