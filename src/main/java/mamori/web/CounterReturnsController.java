package mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import mamori.handover.ReturnRefused;
import mamori.handover.Returns;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /counter/returns}, for the office's own staff, security officer and admin: an INTERNAL
 * page coming back (or a resident's page never handed over, such as a pickup notice not collected)
 * is scanned (a USB scanner types its QR code's text and Enter into the field) or its code typed,
 * as filed or shredded; the page says what was recorded, or why not, and is ready for the next scan
 * with the same choice. Each page is logged by {@link Returns} before it is recorded.
 */
@Controller
class CounterReturnsController {
  static final String PATH = "/counter/returns";

  private final Returns returns;

  CounterReturnsController(Returns returns) {
    this.returns = returns;
  }

  /** A page checked in, as the page shows it. */
  record Row(
      String document,
      String title,
      int page,
      int pages,
      String disposition,
      @Nullable String before,
      String at) {}

  @GetMapping(PATH)
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String as,
      Model model) {
    Pages.console(principal, Returns.RETURNERS);
    model.addAttribute("as", disposition(as).code());
    return "counter/returns";
  }

  @PostMapping(PATH)
  String checkIn(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String as,
      HttpServletResponse response,
      Model model) {
    Principal p = Pages.console(principal, Returns.RETURNERS);
    // a disposal is final: nothing is shredded unless it was chosen
    java.util.Optional<Returns.Disposition> chosen = Returns.Disposition.ofCode(as);
    model.addAttribute("as", disposition(as).code());
    if (chosen.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refused", "counter.returns.refused.choose");
      return "counter/returns";
    }
    Returns.Disposition d = chosen.get();
    if (code.isBlank()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refused", "counter.returns.refused.empty");
      return "counter/returns";
    }
    try {
      Returns.Returned r = returns.checkIn(p, code, d);
      model.addAttribute(
          "returned",
          new Row(
              r.document().id(),
              r.document().title(),
              r.page(),
              r.document().pages(),
              r.disposition().code(),
              r.before().map(Returns.Disposition::code).orElse(null),
              Pages.time(r.at())));
    } catch (ReturnRefused e) {
      if (e.problem() == ReturnRefused.Problem.NOT_ALLOWED) {
        throw PageRefusal.forbidden();
      }
      response.setStatus(
          switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
            case CONFLICT -> HttpStatus.CONFLICT.value();
            default -> HttpStatus.BAD_REQUEST.value();
          });
      model.addAttribute(
          "refused",
          "counter.returns.refused."
              + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return "counter/returns";
  }

  /**
   * The choice the form shows: the one asked for, else filed (a filed page may still be shredded).
   */
  private static Returns.Disposition disposition(String as) {
    return Returns.Disposition.ofCode(as).orElse(Returns.Disposition.FILED);
  }
}
