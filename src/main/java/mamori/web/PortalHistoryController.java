package mamori.web;

import java.time.Instant;
import java.util.ArrayList;
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
 * the URL, and a flag names a log index that must be one of that person's entries. The history is paged
 * by log index (PersonAccesses.Cursor), so a flood of refusals cannot push earlier accesses out of reach,
 * and refusals of one actor close together are one row with their count. Each row carries what the browser
 * needs to check it alone (static/js/verify-proof.js): the entry's bytes, its index and its audit path; the
 * checkpoint they lead to and the log's verifier key are on the table once for the whole page. An entry
 * newer than the checkpoint waits for the next one.
 */
/**
 * The resident portal's history: every access to the resident's record, a page at a time, with its
 * proof, and a flag for the unexpected.
 */
@Controller
class PortalHistoryController {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PersonAccesses accesses;
  private final TransparencyLogs logs;
  private final Entrustments entrustments;
  private final SecurityAlerts alerts;
  private final MessageSource messages;
  private final mamori.transfer.Releases releases;
  private final mamori.handover.Counter counter;
  private final mamori.retention.DeletionRecords deletions;

  PortalHistoryController(
      PersonAccesses accesses,
      TransparencyLogs logs,
      Entrustments entrustments,
      SecurityAlerts alerts,
      MessageSource messages,
      mamori.transfer.Releases releases,
      mamori.handover.Counter counter,
      mamori.retention.DeletionRecords deletions) {
    this.counter = counter;
    this.deletions = deletions;
    this.messages = messages;
    this.releases = releases;
    this.accesses = accesses;
    this.logs = logs;
    this.entrustments = entrustments;
    this.alerts = alerts;
  }

  /**
   * One row as the resident sees it; {@code count} above 1 for refusals folded together, {@code
   * since} the time of the oldest of them; {@code sent} the sentence of a {@code package} record
   * ("your record was sent to X for purpose P"), "" for any other; {@code handed} the sentence of a
   * {@code handover} record ("3 pages handed to you at C of the city on D"), "" for any other.
   */
  record Row(
      long index,
      String when,
      String since,
      int count,
      String organisation,
      List<String> chain,
      String purpose,
      String action,
      List<String> fields,
      boolean allowed,
      String verify,
      String sent,
      String handed) {}

  @GetMapping("/portal/history")
  String history(
      @RequestParam(required = false) @Nullable String flagged,
      @RequestParam(required = false) @Nullable String before,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String fold,
      Model model,
      Locale locale) {
    HistoryPage page = HistoryPage.parse(before, after, null, fold, PersonAccesses.DEFAULT_PAGE);
    Resident r = resident();
    PersonAccesses.History h = read(r, page);
    java.util.Map<String, String> purposes = new java.util.HashMap<>();
    entrustments.purposes(r.tenantId()).forEach(pu -> purposes.put(pu.id(), pu.name()));
    java.util.Map<List<String>, List<String>> chains = new java.util.HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (PersonAccesses.Entry e : h.entries()) {
      String verify = "";
      if (!e.proof().isEmpty()) {
        // the checkpoint and the key are on the table once; a row carries only its own part
        verify =
            JSON.writeValueAsString(
                java.util.Map.of("leafIndex", e.index(), "entry", e.entry(), "proof", e.proof()));
      }
      String purpose = purposes.get(e.purpose());
      if (purpose == null) {
        purpose = text("portal.purpose." + e.purpose(), e.purpose(), locale);
      }
      rows.add(
          new Row(
              e.index(),
              ResidentDates.format(Instant.parse(e.time()), locale),
              ResidentDates.format(Instant.parse(e.firstTime()), locale),
              e.count(),
              name(e.organisation()),
              chains.computeIfAbsent(e.chain(), ids -> chain(r.tenantId(), ids)),
              purpose,
              text("portal.action." + e.action(), e.action(), locale),
              e.fields(),
              e.decision().equals("allow"),
              verify,
              sent(r.tenantId(), e, purpose, locale),
              handed(r, e, locale)));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("deletions", deleted(r, purposes, locale));
    model.addAttribute("ownViews", h.ownViews());
    model.addAttribute(
        "lastOwnView",
        h.lastOwnView().isEmpty()
            ? ""
            : ResidentDates.format(Instant.parse(h.lastOwnView()), locale));
    model.addAttribute("treeSize", h.treeSize());
    model.addAttribute("checkpoint", h.checkpoint());
    model.addAttribute("vkey", logs.verifierKeys(r.tenantId()).getFirst().toString());
    LogPageData.addTo(model, logs, r.tenantId());
    // the links keep the page unfolded when it is; a cursor is a number, so nothing typed comes
    // back
    String unfolded = page.fold() ? "" : "fold=false";
    String and = unfolded.isEmpty() ? "" : "&" + unfolded;
    if (!(page.cursor() instanceof PersonAccesses.Cursor.Newest)) {
      model.addAttribute(
          "newestLink", "/portal/history" + (unfolded.isEmpty() ? "" : "?" + unfolded));
    }
    if (h.newer() != null) {
      model.addAttribute("newerLink", "/portal/history?after=" + h.newer() + and);
    }
    if (h.older() != null) {
      model.addAttribute("olderLink", "/portal/history?before=" + h.older() + and);
    }
    model.addAttribute("flagged", flagged);
    model.addAttribute("residentSignedIn", r.residentId());
    return "portal/history";
  }

  /**
   * The page of the signed-in resident's history that {@code page} names; the reading is logged.
   */
  PersonAccesses.History read(Resident r, HistoryPage page) {
    return accesses.forResident(
        r.tenantId(),
        r.residentId(),
        new AgencyToken(r.personToken()),
        page.cursor(),
        page.limit(),
        page.fold());
  }

  /**
   * The sentence of a person's {@code package} record allowed: the recipient of the package its
   * case names ({@code package:<id>}), looked up among the packages of the resident's own tenant; a
   * package whose making was stopped says that it was never finished nor sent.
   */
  private String sent(String tenant, PersonAccesses.Entry e, String purpose, Locale locale) {
    if (!e.action().equals(mamori.core.Action.PACKAGE.code()) || !e.decision().equals("allow")) {
      return "";
    }
    return releases
        .sent(new mamori.core.TenantId(tenant), e.caseRef())
        .map(s ->
            messages.getMessage(
                s.finished() ? "portal.package.sent" : "portal.package.unfinished",
                new Object[] {s.recipientName(), purpose},
                locale))
        .orElse("");
  }

  /**
   * The sentence of a person's {@code handover} record allowed: the finished handover its case
   * names ({@code handover:<id> pages <n>}), when it is this resident's and the record is its
   * finish's (the page count and the moment match; a finish logged and then refused says nothing),
   * at which counter of which city and on which day.
   */
  private String handed(Resident r, PersonAccesses.Entry e, Locale locale) {
    if (!e.action().equals(mamori.core.Action.HANDOVER.code()) || !e.decision().equals("allow")) {
      return "";
    }
    return counter
        .handed(
            new mamori.core.TenantId(r.tenantId()),
            new mamori.core.PersonToken(r.personToken()),
            e.caseRef(),
            Instant.parse(e.time()))
        .map(h ->
            messages.getMessage(
                "portal.handover.handed",
                new Object[] {
                  h.pages(), h.counter(), name(r.tenantId()), ResidentDates.day(h.at(), locale)
                },
                locale))
        .orElse("");
  }

  /**
   * The sentences of the resident's deletion records, newest first, one a purpose: "your record for
   * purpose P was deleted on D", or that only the number was deleted (a number-only disposal). Read
   * by the token of the signed-in session, never from the URL.
   */
  private List<String> deleted(Resident r, java.util.Map<String, String> purposes, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (mamori.retention.DeletionRecords.Deletion d :
        deletions.deletionsOf(
            new mamori.core.TenantId(r.tenantId()), new mamori.core.PersonToken(r.personToken()))) {
      String key =
          d.disposal() == mamori.entrustment.Purpose.Disposal.NUMBER
              ? "portal.deletions.number"
              : "portal.deletions.record";
      for (String purpose : d.purposes()) {
        String name = purposes.get(purpose);
        if (name == null) {
          name = text("portal.purpose." + purpose, purpose, locale);
        }
        lines.add(
            messages.getMessage(
                key, new Object[] {name, ResidentDates.day(d.doneAt(), locale)}, locale));
      }
    }
    return lines;
  }

  @PostMapping("/portal/history/{index}/flag")
  String flag(@PathVariable long index) {
    Resident r = resident();
    TenantLog log = logs.forTenant(r.tenantId());
    boolean theirs =
        index >= 0
            && log.entry(index)
                .map(e -> log.decode(e).personToken().equals(r.personToken()))
                .orElse(false);
    if (!theirs) {
      throw PageRefusal.notFound();
    }
    // a resident's 心当たりがない is the first sign of a leak the log already holds: high, with the
    // flagged entry as its evidence
    alerts.raise(
        r.tenantId(),
        new SecurityAlerts.Raised(
            "access.flagged",
            "log:" + index,
            "resident " + r.residentId() + " did not expect this access",
            mamori.core.Severity.HIGH,
            List.of(index),
            mamori.core.AlertPolicy.NOTIFY,
            ""));
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
