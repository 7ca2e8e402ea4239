package mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mamori.core.ActRefused;
import mamori.handover.Counter;
import mamori.handover.CounterRefused;
import mamori.handover.Documents;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * The counter works with the keyboard alone: a USB scanner types a code and Enter into the focused
 * field, which submits its form; the answer is a redirect back to the handover, whose scan field has
 * the focus again. No script: a stop is a page of its own (counter/stop.html, red by its stylesheet),
 * the answer to the scan that stopped (drawn from its verdict, whatever the handover's state became
 * meanwhile), and shown for as long as the handover is stopped. A handover is shown to the staff
 * member who started it, and while stopped to the tenant's other counter staff, who acknowledge the
 * stop they are shown (its document, page and moment travel in the form); to anyone else it is a
 * refusal. Codes typed are never put back into a page.
 */
/**
 * {@code /counter}: the counter check for the tenant's own staff, security officers and admins
 * (issue 18 point 3). Start with the resident's own code, scan each page, finish; a wrong page
 * stops the handover until a second staff member acknowledges it from their own sign-in.
 */
@Controller
class CounterController {
  /** A handover id in a path: never {@code returns} or any other word of the counter's pages. */
  static final String ID = "{id:h-[0-9a-hjkmnp-tv-z]{12}}";

  /** The session's counter name, offered again at the next start. */
  static final String COUNTER_NAME = "mamori.counter.name";

  /** The answers a redirect may name, each a message {@code counter.said.<word>}. */
  private static final Set<String> SAID =
      Set.of("own", "repeat", "acknowledged", "finished", "cancelled");

  private final Counter counter;
  private final Reasons reasons;
  private final MessageSource messages;

  CounterController(Counter counter, Reasons reasons, MessageSource messages) {
    this.counter = counter;
    this.reasons = reasons;
    this.messages = messages;
  }

  /** A handover as the start page lists it. */
  record Listed(
      String id, String counter, String startedBy, String person, String at, String reason) {}

  /** A scanned page as the handover shows it; {@code set aside} for a page that stopped it. */
  record Page(
      int seq,
      String title,
      String document,
      int page,
      int pages,
      String verdict,
      boolean own,
      boolean setAside,
      String at) {}

  /**
   * What the stop page names; {@code stoppedAt} is the stop's moment in milliseconds, which the
   * acknowledge form sends back with the document and page.
   */
  record StopView(
      String what,
      String title,
      String kind,
      String document,
      int page,
      int pages,
      String printedBy,
      String printedAt,
      String printer,
      String at,
      long stoppedAt) {}

  @GetMapping("/counter")
  String home(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String said,
      HttpSession session,
      Model model) {
    Principal p = Pages.console(principal, Counter.ROLES);
    if (said != null && SAID.contains(said)) {
      model.addAttribute("said", "counter.said." + said);
    }
    return homePage(p, session, model);
  }

  @PostMapping("/counter")
  String start(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(name = "counter", defaultValue = "") String name,
      @RequestParam(defaultValue = "") String code,
      HttpSession session,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    try {
      Counter.Handover h = counter.start(p, name, code);
      session.setAttribute(COUNTER_NAME, h.counter());
      return "redirect:/counter/" + h.id();
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", messages.getMessage("counter.error.name", null, locale));
      model.addAttribute("counterName", Pages.echo(name));
      return homePage(p, session, model);
    } catch (CounterRefused e) {
      response.setStatus(status(e).value());
      model.addAttribute("error", text(p, e, locale));
      return homePage(p, session, model);
    }
  }

  @GetMapping("/counter/" + ID)
  String handover(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String said,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    Counter.Handover h = find(p, id);
    if (!counter.mayView(p, h)) {
      throw new PageRefusal(HttpStatus.FORBIDDEN, "console.reason.role.not-allowed");
    }
    if (said != null && SAID.contains(said)) {
      model.addAttribute("said", "counter.said." + said);
    }
    return handoverPage(p, h, model, locale);
  }

  @PostMapping("/counter/" + ID + "/scan")
  String scan(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String code,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    try {
      Counter.Scan s = counter.scan(p, id, code);
      Optional<mamori.core.Reason> stop = s.verdict().stop();
      if (stop.isPresent()) {
        // the red page from the verdict itself: this page stopped, whatever the handover's state
        Counter.Handover h = find(p, id);
        return stopPage(p, h, stopView(stop.get(), s.document(), s.page(), s.at()), model);
      }
      return "redirect:/counter/" + id + "?said=" + s.verdict().code();
    } catch (CounterRefused e) {
      return refused(p, id, e, response, model, locale);
    }
  }

  /**
   * Acknowledges the stop the page showed: its document, page and moment (milliseconds) come with
   * the form, and a handover stopped since at another page is not acknowledged by them. A form
   * without them, or with them malformed, is refused (400) with nothing changed. The second staff
   * member goes back to the counter's start: the handover is the first one's again.
   */
  @PostMapping("/counter/" + ID + "/acknowledge")
  String acknowledge(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String document,
      @RequestParam(defaultValue = "") String page,
      @RequestParam(defaultValue = "") String stopped,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    if (!document.matches("[0-9A-Z]{8}")
        || !page.matches("[1-9][0-9]{0,4}")
        || !stopped.matches("[0-9]{1,15}")) {
      throw new IllegalArgumentException("the stop acknowledged is malformed");
    }
    Counter.StopSeen seen =
        new Counter.StopSeen(
            document, Integer.parseInt(page), Instant.ofEpochMilli(Long.parseLong(stopped)));
    try {
      counter.acknowledge(p, id, seen);
      return "redirect:/counter?said=acknowledged";
    } catch (CounterRefused e) {
      return refused(p, id, e, response, model, locale);
    }
  }

  @PostMapping("/counter/" + ID + "/finish")
  String finish(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    try {
      counter.finish(p, id);
      return "redirect:/counter/" + id + "?said=finished";
    } catch (CounterRefused e) {
      return refused(p, id, e, response, model, locale);
    }
  }

  @PostMapping("/counter/" + ID + "/cancel")
  String cancel(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Principal p = Pages.console(principal, Counter.ROLES);
    try {
      counter.cancel(p, id);
      return "redirect:/counter?said=cancelled";
    } catch (CounterRefused e) {
      return refused(p, id, e, response, model, locale);
    }
  }

  // --- pages

  private String homePage(Principal p, HttpSession session, Model model) {
    if (!model.containsAttribute("counterName")) {
      Object remembered = session.getAttribute(COUNTER_NAME);
      model.addAttribute("counterName", remembered instanceof String s ? s : "");
    }
    model.addAttribute(
        "stopped",
        counter.stopped(p.tenantId()).stream()
            .map(h ->
                new Listed(
                    h.id(),
                    h.counter(),
                    h.startedBy().value(),
                    Pages.shortToken(h.person().value()),
                    Pages.time(h.stop().map(Counter.Stop::at).orElse(h.startedAt())),
                    h.stop().map(s -> s.reason().code()).orElse("")))
            .toList());
    model.addAttribute(
        "mine",
        counter.openBy(p.tenantId(), p.userId()).stream()
            .map(h ->
                new Listed(
                    h.id(),
                    h.counter(),
                    h.startedBy().value(),
                    Pages.shortToken(h.person().value()),
                    Pages.time(h.startedAt()),
                    ""))
            .toList());
    return "counter/home";
  }

  private String handoverPage(Principal p, Counter.Handover h, Model model, Locale locale) {
    boolean starter = h.startedBy().equals(p.userId());
    model.addAttribute("h", h);
    model.addAttribute("person", Pages.shortToken(h.person().value()));
    model.addAttribute("started", Pages.time(h.startedAt()));
    model.addAttribute("starter", starter);
    if (h.state() == Counter.State.STOPPED && h.stop().isPresent()) {
      Counter.Stop s = h.stop().get();
      return stopPage(p, h, stopView(s.reason(), s.document(), s.page(), s.at()), model);
    }
    List<Counter.Scanned> scans = counter.scans(h);
    List<Page> pages =
        scans.stream()
            .map(s ->
                new Page(
                    s.seq(),
                    s.document().title(),
                    s.document().id(),
                    s.page(),
                    s.document().pages(),
                    s.verdict().code(),
                    s.verdict() == Counter.Verdict.OWN,
                    s.verdict().stop().isPresent(),
                    Pages.time(s.at())))
            .toList();
    model.addAttribute("pages", pages);
    model.addAttribute("own", pages.stream().filter(Page::own).count());
    model.addAttribute("open", h.state() == Counter.State.OPEN);
    h.finishedAt()
        .ifPresent(at -> model.addAttribute("finished", ResidentDates.format(at, locale)));
    return "counter/handover";
  }

  /** The red page of a stop, to the staff member at the counter or (to acknowledge) another. */
  private String stopPage(Principal p, Counter.Handover h, StopView stop, Model model) {
    model.addAttribute("h", h);
    model.addAttribute("person", Pages.shortToken(h.person().value()));
    model.addAttribute("stop", stop);
    model.addAttribute(
        "mayAcknowledge", !h.startedBy().equals(p.userId()) && h.state() == Counter.State.STOPPED);
    return "counter/stop";
  }

  private static StopView stopView(
      mamori.core.Reason why, Documents.Document d, int page, Instant at) {
    return new StopView(
        why.code(),
        d.title(),
        d.kind().code(),
        d.id(),
        page,
        d.pages(),
        d.printedBy().value(),
        Pages.time(d.printedAt()),
        d.printer(),
        Pages.time(at),
        at.toEpochMilli());
  }

  /**
   * A refused form: the handover again with the refusal, to whoever may see it; to anyone else the
   * refusal alone, nothing of the handover.
   */
  private String refused(
      Principal p,
      String id,
      CounterRefused e,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    if (e.code().equals(CounterRefused.UNKNOWN)) {
      throw PageRefusal.notFound();
    }
    Counter.Handover h = find(p, id);
    if (!counter.mayView(p, h)) {
      throw new PageRefusal(
          status(e),
          e.reason().map(r -> "console.reason." + r.code()).orElse("console.error.not-found"));
    }
    response.setStatus(status(e).value());
    model.addAttribute("error", text(p, e, locale));
    return handoverPage(p, h, model, locale);
  }

  private Counter.Handover find(Principal p, String id) {
    return counter.find(p.tenantId(), id).orElseThrow(PageRefusal::notFound);
  }

  private String text(Principal p, CounterRefused e, Locale locale) {
    Optional<String> in = e.handover();
    if (in.isPresent()) {
      // which handover is in the way: the caller's own stopped one, or the resident's
      boolean mine =
          counter
              .find(p.tenantId(), in.get())
              .map(h -> h.startedBy().equals(p.userId()))
              .orElse(false);
      String key =
          e.reason().equals(Optional.of(mamori.core.Reason.HANDOVER_STOPPED))
              ? (mine ? "counter.busy.stopped-mine" : "counter.busy.stopped")
              : "counter.busy.open";
      return messages.getMessage(key, new Object[] {in.get()}, locale);
    }
    if (e.typo()) {
      return messages.getMessage("counter.typo", null, locale);
    }
    if (e.field().equals("pages")) {
      return messages.getMessage("counter.no-pages", null, locale);
    }
    return e.reason()
        .map(r -> reasons.text(r, locale))
        .orElseGet(() -> messages.getMessage("console.error.not-found", null, locale));
  }

  private static HttpStatus status(ActRefused e) {
    return switch (e.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case REFUSED -> HttpStatus.FORBIDDEN;
    };
  }
}
