package mamori.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the resident's browser needs, beside the checkpoint and the log's key, to check that a
 * checkpoint is published and extends the one it verified last time (static/js/verify-proof.js):
 * the witnesses' cosignature keys ({@code witnesses}, a JSON array), the quorum of them that must
 * have cosigned ({@code quorum}: {@code mamori.log.witness-quorum}, default 1, at most the number
 * of witnesses), and where a consistency proof is asked for ({@code consistency}). The witnesses
 * are read from {@code mamori.log.witnesses.<tenant>=<url>|<vkey>[,...]}, as the witness module
 * reads them, for the signed-in resident's own tenant.
 */
@ControllerAdvice(assignableTypes = {PortalHistoryController.class, PortalNoticesController.class})
class PortalLogWitnesses {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Environment environment;

  PortalLogWitnesses(Environment environment) {
    this.environment = environment;
  }

  @ModelAttribute
  void addWitnesses(Model model) {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (!(a instanceof ResidentAuthentication r)) {
      return;
    }
    String tenant = r.getPrincipal().tenantId();
    List<String> keys = keys(environment.getProperty("mamori.log.witnesses." + tenant, ""));
    int quorum = environment.getProperty("mamori.log.witness-quorum", Integer.class, 1);
    model.addAttribute("witnesses", JSON.writeValueAsString(keys));
    model.addAttribute("quorum", Math.max(0, Math.min(quorum, keys.size())));
    model.addAttribute("consistency", "/log/" + tenant + "/proof/consistency");
  }

  /** The verifier keys of {@code <url>|<vkey>[,...]}, in order. */
  static List<String> keys(String configured) {
    List<String> out = new ArrayList<>();
    for (String entry : configured.split(",")) {
      int bar = entry.indexOf('|');
      if (bar > 0 && !entry.substring(bar + 1).isBlank()) {
        out.add(entry.substring(bar + 1).strip());
      }
    }
    return out;
  }
}
