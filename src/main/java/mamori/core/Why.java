package mamori.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Why an access happens: the registered purpose (事務) and the case it belongs to (DESIGN.md promise
 * 2). An access to person data names both; an administrative action names no purpose and may name
 * what it changed as its case ({@code user.disable} of {@code city-staff}). The gate decides
 * whether the purpose is registered and granted; {@link #problem} is the check a person's typed
 * purpose and case pass before they reach it. That a case holds no My Number is checked where the
 * number module is at hand (the web pages, and the log, which refuses such a record).
 *
 * @param purpose the purpose id, {@code resident-tax}; "" for none
 * @param caseRef the case, {@code R8-2026-0001}; "" for none
 */
public record Why(String purpose, String caseRef) {
  /** No purpose and no case: sign-ins and administrative actions. */
  public static final Why NONE = new Why("", "");

  /** The longest case a person may type. */
  public static final int MAX_CASE = 100;

  public Why {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(caseRef, "caseRef");
  }

  /** What is wrong with a purpose and case a person typed. */
  public enum Problem {
    PURPOSE_REQUIRED,
    CASE_REQUIRED,
    CASE_INVALID
  }

  /**
   * What keeps a typed purpose and case from going to the gate, empty when they may: both are
   * needed, and a case is at most {@link #MAX_CASE} characters without control characters.
   */
  public static Optional<Problem> problem(String purpose, String caseRef) {
    if (purpose.isBlank()) {
      return Optional.of(Problem.PURPOSE_REQUIRED);
    }
    if (caseRef.isBlank()) {
      return Optional.of(Problem.CASE_REQUIRED);
    }
    if (caseRef.length() > MAX_CASE || caseRef.chars().anyMatch(Character::isISOControl)) {
      return Optional.of(Problem.CASE_INVALID);
    }
    return Optional.empty();
  }

  /** The purpose and case as a person typed them, stripped of surrounding spaces. */
  public static Why typed(String purpose, String caseRef) {
    return new Why(purpose.strip(), caseRef.strip());
  }
}
