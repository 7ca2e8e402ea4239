package mamori.detect;

import java.util.List;
import java.util.Objects;
import mamori.core.AlertPolicy;
import mamori.core.Severity;

/**
 * What a rule says should be raised.
 *
 * @param rule the rule's id, the alert's kind
 * @param severity how urgent
 * @param subject the key the rule grouped by ({@code user:u-1}, {@code organisation:o-2}, {@code
 *     person:TOKEN}); an open alert of the same rule and subject suppresses a new one
 * @param detail what happened, for the officer, in plain words and never with a number
 * @param evidence the log indexes the finding rests on, oldest first
 * @param policy what should happen at once
 * @param entrustment the entrustment the triggering access went through ("" when none), which
 *     {@link AlertPolicy#SUSPEND_ENTRUSTMENT} suspends
 * @param user the acting user ("" when none), whom {@link AlertPolicy#SUSPEND_USER} disables
 */
public record Finding(
    String rule,
    Severity severity,
    String subject,
    String detail,
    List<Long> evidence,
    AlertPolicy policy,
    String entrustment,
    String user) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(entrustment, "entrustment");
    Objects.requireNonNull(user, "user");
  }
}
