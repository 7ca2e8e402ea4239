package mamori.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import mamori.core.NumberText;
import mamori.identity.SecurityAlerts.Alert;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an alert says when it leaves Mamori, by mail or webhook: ids, kinds, tokens and log indexes
 * only, and where to look. The free text a rule wrote (subject, detail, what the policy did) is
 * masked ({@link NumberText#mask}) in case it ever held a number, so no My Number leaves this way.
 */
final class AlertMessage {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AlertMessage() {}

  static String subject(String tenant, Alert a) {
    return "[Mamori] "
        + a.severity().code()
        + " alert "
        + a.kind()
        + " for "
        + tenant
        + " ("
        + a.id()
        + ")";
  }

  /** The mail's text: what happened, the evidence and where to look. */
  static String text(String tenant, Alert a, String consoleUrl) {
    String evidence =
        a.evidence().isEmpty()
            ? "(none)"
            : a.evidence().stream().map(String::valueOf).collect(Collectors.joining(", "));
    return """
    A security alert was raised for tenant %s.

    alert     %s
    kind      %s
    severity  %s
    subject   %s
    detail    %s
    raised    %s
    evidence  log indexes %s
    policy    %s%s

    Look at it on the console: %s/console/alerts#alert-%s
    or on the command line:   mamori alerts show %s --tenant %s
    The log records themselves are on the console's log page; this mail holds no personal data.
    """
        .formatted(
            tenant,
            a.id(),
            a.kind(),
            a.severity().code(),
            NumberText.mask(a.subject()),
            NumberText.mask(a.detail()),
            a.raisedAt(),
            evidence,
            a.policy().code(),
            a.taken().isEmpty() ? "" : " (" + NumberText.mask(a.taken()) + ")",
            consoleUrl,
            a.id(),
            a.id(),
            tenant);
  }

  /** The webhook's body: the alert as JSON, stable field names. */
  static String json(String tenant, Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tenant", tenant);
    m.put("id", a.id());
    m.put("kind", a.kind());
    m.put("severity", a.severity().code());
    m.put("subject", NumberText.mask(a.subject()));
    m.put("detail", NumberText.mask(a.detail()));
    m.put("raisedAt", a.raisedAt().toString());
    m.put("evidence", a.evidence());
    m.put("policy", a.policy().code());
    m.put("taken", NumberText.mask(a.taken()));
    return JSON.writeValueAsString(m);
  }
}
