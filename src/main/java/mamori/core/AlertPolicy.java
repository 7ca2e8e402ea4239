package mamori.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happens when a rule raises an alert: the officers are told, or, at once and before anyone
 * has read it, the entrustment the access went through or the acting user is suspended (an
 * administrative act, logged as any other). The codes are stored and written in rule files.
 */
public enum AlertPolicy {
  /** Tell the security officers; change nothing. */
  NOTIFY("notify"),
  /** Suspend the entrustment the triggering access went through (and so everything below it). */
  SUSPEND_ENTRUSTMENT("suspend-entrustment"),
  /** Disable the acting user and end their sessions. */
  SUSPEND_USER("suspend-user");

  private final String code;

  AlertPolicy(String code) {
    this.code = code;
  }

  /** The stored and written code. */
  public String code() {
    return code;
  }

  /** The policy {@code code} names; empty for any other text. */
  public static Optional<AlertPolicy> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
