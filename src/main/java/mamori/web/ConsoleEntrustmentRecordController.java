package mamori.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mamori.access.AccessGate;
import mamori.core.Role;
import mamori.entrustment.Caller;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentContracts;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/entrustments/{id}/contract}: an entrustment's contract record on one page: its
 * staff list (user ids of the holding organisation) with a form to replace it, and its contract
 * document's versions with downloads and an upload form. Who may do what is decided by {@link
 * Entrustments} and {@link EntrustmentContracts}, as for the JSON API; a refusal is shown with its
 * reason, bad input with what is wrong, and nothing changes.
 */
@Controller
class ConsoleEntrustmentRecordController {
  private static final Set<String> DONE = Set.of("staff", "contract", "created");
  private final Entrustments entrustments;
  private final EntrustmentContracts contracts;
  private final Reasons reasons;

  ConsoleEntrustmentRecordController(
      Entrustments entrustments, EntrustmentContracts contracts, Reasons reasons) {
    this.entrustments = entrustments;
    this.contracts = contracts;
    this.reasons = reasons;
  }

  /** A version as the page lists it. */
  record VersionRow(int version, String sha256, long size, String uploadedBy, String uploadedAt) {}

  @GetMapping("/console/entrustments/{id}/contract")
  ModelAndView page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String done) {
    Principal p = Pages.console(principal, ConsoleEntrustmentsController.VIEWERS);
    ModelAndView mv = page(p, find(p, id), null);
    if (done != null && DONE.contains(done)) {
      mv.addObject("done", done);
    }
    return mv;
  }

  @PostMapping("/console/entrustments/{id}/staff")
  ModelAndView staff(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String staff,
      Locale locale) {
    Principal p = Pages.console(principal, Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER));
    Entrustment e = find(p, id);
    List<String> list =
        Arrays.stream(staff.split("\r?\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    try {
      entrustments.changeStaff(id, list, AccessGate.caller(p));
    } catch (EntrustmentException refused) {
      return refused(p, e, reasons.text(refused.reason(), locale));
    } catch (IllegalArgumentException invalid) {
      ModelAndView mv = page(p, e, null);
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", String.valueOf(invalid.getMessage()));
      return mv;
    }
    return new ModelAndView("redirect:/console/entrustments/" + id + "/contract?done=staff");
  }

  @PostMapping("/console/entrustments/{id}/contract")
  ModelAndView upload(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Locale locale)
      throws IOException {
    Principal p = Pages.console(principal, Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER));
    Entrustment e = find(p, id);
    byte[] pdf = file == null ? new byte[0] : EntrustmentContractsController.read(file);
    try {
      EntrustmentContracts.requirePdf(pdf);
      contracts.upload(id, pdf, AccessGate.caller(p));
    } catch (EntrustmentException refused) {
      return refused(p, e, reasons.text(refused.reason(), locale));
    } catch (IllegalArgumentException invalid) {
      ModelAndView mv = page(p, e, null);
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", String.valueOf(invalid.getMessage()));
      return mv;
    }
    return new ModelAndView("redirect:/console/entrustments/" + id + "/contract?done=contract");
  }

  @GetMapping("/console/entrustments/{id}/contract/{version}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable int version) {
    Principal p = Pages.console(principal, ConsoleEntrustmentsController.VIEWERS);
    find(p, id);
    try {
      return EntrustmentContractsController.pdf(
          contracts.download(id, version, AccessGate.caller(p)));
    } catch (EntrustmentException refused) {
      throw refused.reason() == mamori.core.Reason.CONTRACT_NONE
          ? PageRefusal.notFound()
          : PageRefusal.forbidden();
    }
  }

  private ModelAndView refused(Principal p, Entrustment e, String refusal) {
    ModelAndView mv = page(p, e, refusal);
    mv.setStatus(HttpStatus.FORBIDDEN);
    return mv;
  }

  private ModelAndView page(Principal p, Entrustment e, @Nullable String refusal) {
    Caller caller = AccessGate.caller(p);
    ModelAndView mv = new ModelAndView("console/entrustment-record");
    mv.addObject("node", EntrustmentTree.single(entrustments, e));
    mv.addObject("staff", String.join("\n", e.contract().staff()));
    mv.addObject("mayChange", p.role() != Role.AUDITOR);
    List<VersionRow> rows = null;
    try {
      rows =
          contracts.versions(e.id(), caller).stream()
              .map(v ->
                  new VersionRow(
                      v.version(),
                      v.sha256(),
                      v.size(),
                      v.uploadedBy(),
                      Pages.time(v.uploadedAt())))
              .toList();
    } catch (EntrustmentException notParty) {
      // not a party: the page says so instead of listing the versions
    }
    mv.addObject("versions", rows);
    if (refusal != null) {
      mv.addObject("refusal", refusal);
    }
    return mv;
  }

  private Entrustment find(Principal p, String id) {
    return entrustments.entrustment(p.tenantId().value(), id).orElseThrow(PageRefusal::notFound);
  }
}
