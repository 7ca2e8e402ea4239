package mamori.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.Action;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.log.LogVerifier;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/log}: the tenant's log as its officers and auditors check it: the current signed
 * checkpoint, the witnesses configured and their cosignatures, and the last full verification,
 * which {@code POST /console/log/verify} runs with {@link LogVerifier} (kept in memory until the
 * restart).
 */
@Controller
class ConsoleLogController {
  static final Set<Role> VIEWERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  static final Set<Role> VERIFIERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);
  private final TransparencyLogs logs;
  private final Environment environment;
  private final Clock clock;
  private final Map<String, Verification> last = new ConcurrentHashMap<>();

  ConsoleLogController(TransparencyLogs logs, Environment environment, Clock clock) {
    this.clock = clock;
    this.logs = logs;
    this.environment = environment;
  }

  /** A verification run: when, by whom, how long, and what it found. */
  record Verification(
      String at,
      String by,
      long millis,
      boolean ok,
      long entries,
      long checkpoints,
      @Nullable String problem) {}

  /** A witness configured for the tenant's log: its key name and where checkpoints are sent. */
  record Witness(String name, String url) {}

  @GetMapping("/console/log")
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(name = "kind", required = false) @Nullable String kind,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "before", required = false) @Nullable String before,
      Model model) {
    Principal p = Pages.console(principal, VIEWERS);
    String tenant = p.tenantId().value();
    LogRecords.Kind k = LogRecords.Kind.of(kind);
    Action a =
        action == null || action.isBlank()
            ? null
            : Action.ofCode(action)
                .orElseThrow(() -> new IllegalArgumentException("action is not a log action"));
    Long from = null;
    if (before != null && !before.isBlank()) {
      if (!before.matches("[0-9]{1,18}")) {
        throw new IllegalArgumentException("before is a log index");
      }
      from = Long.parseLong(before);
    }
    model.addAttribute(
        "kinds",
        java.util.Arrays.stream(LogRecords.Kind.values()).map(LogRecords.Kind::code).toList());
    model.addAttribute("kind", k.code());
    model.addAttribute(
        "actions", java.util.Arrays.stream(Action.values()).map(Action::code).toList());
    model.addAttribute("action", a == null ? "" : a.code());
    if (logs.exists(tenant)) {
      model.addAttribute("state", LogState.of(logs, tenant));
      model.addAttribute("published", LogState.published(logs, tenant));
      model.addAttribute("records", LogRecords.of(logs.forTenant(tenant), k, a, from));
    }
    model.addAttribute("witnesses", witnesses(tenant));
    model.addAttribute(
        "witnessWarning", mamori.witness.WitnessSettings.warning(environment, tenant));
    model.addAttribute(
        "quorum", logs.exists(tenant) ? logs.forTenant(tenant).witnessPolicy().required() : 0);
    model.addAttribute("verification", last.get(tenant));
    model.addAttribute("mayVerify", VERIFIERS.contains(p.role()));
    return "console/log";
  }

  @PostMapping("/console/log/verify")
  String verify(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, VERIFIERS);
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    LogVerifier.Report r = LogVerifier.verify(logs, p.tenantId().value(), n -> {});
    long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    last.put(
        p.tenantId().value(),
        new Verification(
            Pages.time(start),
            p.userId().value(),
            millis,
            r.ok(),
            r.entries(),
            r.checkpoints(),
            r.problem().orElse(null)));
    return "redirect:/console/log";
  }

  /**
   * From {@code mamori.log.witnesses.<tenant>=<url>|<vkey>[,...]}, as the witness module reads it.
   */
  private List<Witness> witnesses(String tenant) {
    String configured = environment.getProperty("mamori.log.witnesses." + tenant, "");
    List<Witness> out = new ArrayList<>();
    for (String entry : configured.split(",")) {
      int bar = entry.indexOf('|');
      if (bar > 0) {
        String vkey = entry.substring(bar + 1).strip();
        int plus = vkey.indexOf('+');
        out.add(
            new Witness(
                plus > 0 ? vkey.substring(0, plus) : vkey, entry.substring(0, bar).strip()));
      }
    }
    return out;
  }
}
