package mamori.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * How urgent an alert is, lowest first: what the dashboard sorts by and a rule's action policy may
 * depend on. The codes are stored and shown; never renamed.
 */
public enum Severity {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  CRITICAL("critical");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The stored and shown code. */
  public String code() {
    return code;
  }

  /** The severity {@code code} names; empty for any other text. */
  public static Optional<Severity> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
