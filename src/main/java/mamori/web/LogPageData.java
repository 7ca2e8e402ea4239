package mamori.web;

import mamori.log.TransparencyLogs;
import mamori.log.WitnessPolicy;
import mamori.log.verify.VerifierKey;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a resident's page carries beside {@code data-checkpoint} and {@code data-vkey} for the
 * browser's check (static/js/verify-proof.js): the witnesses' vkeys as a JSON array ({@code
 * data-witnesses}), the cosignatures a published checkpoint needs ({@code data-quorum}), and the
 * URL prefix of consistency proofs ({@code data-consistency}), with which the browser checks that
 * the tree extends the one it verified last time.
 */
final class LogPageData {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LogPageData() {}

  static void addTo(Model model, TransparencyLogs logs, String tenant) {
    WitnessPolicy policy = logs.forTenant(tenant).witnessPolicy();
    model.addAttribute(
        "witnessKeys",
        JSON.writeValueAsString(policy.witnesses().stream().map(VerifierKey::toString).toList()));
    model.addAttribute("quorum", policy.required());
    model.addAttribute("consistency", "/log/" + tenant + "/proof/consistency");
    model.addAttribute("logKeysLink", "/log/" + tenant + "/keys");
  }
}
