package mamori.web;

import java.util.List;
import mamori.access.PersonAccesses;
import mamori.log.TransparencyLogs;
import mamori.portal.Resident;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /portal/history/entries}: the signed-in resident's history as JSON, paged and folded
 * as the page is, with the log's verifier key so that a program of the resident's choosing can
 * check every row against the one checkpoint of the page.
 */
@RestController
class PortalHistoryApiController {
  private final PortalHistoryController pages;
  private final TransparencyLogs logs;

  PortalHistoryApiController(PortalHistoryController pages, TransparencyLogs logs) {
    this.pages = pages;
    this.logs = logs;
  }

  /**
   * A page of the resident's history: the log's verifier key, the checkpoint every proof leads to,
   * the rows newest first, the cursors of the older and newer pages (null for none) and the
   * resident's own viewings the page covered.
   */
  record ResidentHistory(
      String vkey,
      String checkpoint,
      long treeSize,
      List<PersonAccesses.Entry> entries,
      @Nullable Long older,
      @Nullable Long newer,
      int ownViews,
      String lastOwnView) {}

  @GetMapping(path = "/portal/history/entries", produces = "application/json")
  ResidentHistory entries(
      @RequestParam(required = false) @Nullable String before,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String limit,
      @RequestParam(required = false) @Nullable String fold) {
    HistoryPage page = HistoryPage.parse(before, after, limit, fold, PersonAccesses.DEFAULT_PAGE);
    Resident r = PortalHistoryController.resident();
    PersonAccesses.History h = pages.read(r, page);
    return new ResidentHistory(
        logs.verifierKeys(r.tenantId()).getFirst().toString(),
        h.checkpoint(),
        h.treeSize(),
        h.entries(),
        h.older(),
        h.newer(),
        h.ownViews(),
        h.lastOwnView());
  }
}
