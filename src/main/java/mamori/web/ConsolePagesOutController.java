package mamori.web;

import java.time.Clock;
import java.util.Optional;
import mamori.handover.Returns;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/pages-out}, for the office's security officer and admin: every INTERNAL page
 * printed before today (in Japan) and neither filed nor shredded, oldest first, {@value #SHOWN} a
 * page, the next page after the cursor of the last one shown ({@link Returns.After#text}). The
 * dashboard's card shows the count and the first rows and links here.
 */
@Controller
class ConsolePagesOutController {
  static final String PATH = "/console/pages-out";

  /** Pages listed on one page of the list. */
  static final int SHOWN = 100;

  private final Returns returns;
  private final Clock clock;

  ConsolePagesOutController(Returns returns, Clock clock) {
    this.returns = returns;
    this.clock = clock;
  }

  @GetMapping(PATH)
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    Principal p = Pages.console(principal, Returns.READERS);
    Optional<Returns.After> from;
    try {
      from =
          after == null || after.isEmpty()
              ? Optional.empty()
              : Optional.of(Returns.After.parse(after));
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
    var now = clock.instant();
    Returns.Listing listing = returns.unaccounted(p.tenantId(), now, from, SHOWN);
    model.addAttribute("count", returns.countUnaccounted(p.tenantId(), now));
    model.addAttribute("before", Pages.time(Returns.startOfDay(now)));
    model.addAttribute(
        "rows", listing.pages().stream().map(ConsoleDashboardController.PageOut::of).toList());
    model.addAttribute("next", listing.next().map(Returns.After::text).orElse(null));
    model.addAttribute("paged", from.isPresent());
    return "console/pages-out";
  }
}
