package mamori.web;

import java.time.Clock;
import java.time.Instant;
import mamori.store.Store;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The first page and its JSON twin: is the service up, which store, which version. */
@Controller
class StatusController {
  private final Store store;
  private final Clock clock;
  private final Instant startedAt;

  StatusController(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @GetMapping("/")
  String page(Model model) {
    model.addAttribute("s", ServiceStatus.of(store, startedAt, clock.instant()));
    return "status";
  }

  @GetMapping(path = "/api/v1/status", produces = "application/json")
  @ResponseBody
  ServiceStatus json() {
    return ServiceStatus.of(store, startedAt, clock.instant());
  }
}
