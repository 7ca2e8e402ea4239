package mamori.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Why an access happens: the registered purpose (事務) and the case it belongs to (DESIGN.md promise
 * 2). An access to person data names both; an administrative action names no purpose and may name
 * what it changed as its case ({@code user.disable} of {@code city-staff}); a sign-in names neither
 * ({@link #NONE}).
 *
 * <p>This is the one check of a purpose and case, made when one is constructed, whoever typed it
 * (the API, the pages, the command line) and whatever record carries it: each is at most {@link
 * #MAX_CASE} characters, holds no control or format character (line breaks, terminal escapes,
 * bidirectional controls, zero-width characters, line and paragraph separators, lone surrogates:
 * nothing that could forge a line or reorder text on an auditor's terminal), is not blank, and
 * holds no My Number in any spelling ({@link NumberText}); a purpose always comes with a case. A
 * value that fails throws {@link Invalid}, naming the {@link Problem}, never the value. The gate
 * decides whether the purpose is registered and granted.
 *
 * @param purpose the purpose id, {@code resident-tax}; "" for none
 * @param caseRef the case, {@code R8-2026-0001}; "" for none
 */
public record Why(String purpose, String caseRef) {
  /** No purpose and no case: sign-ins and administrative actions. */
  public static final Why NONE = new Why("", "");

  /** The longest purpose or case. */
  public static final int MAX_CASE = 100;

  public Why {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(caseRef, "caseRef");
    Optional<Problem> problem = textProblem(purpose, true).or(() -> textProblem(caseRef, false));
    if (problem.isEmpty() && !purpose.isEmpty() && caseRef.isEmpty()) {
      problem = Optional.of(Problem.CASE_REQUIRED);
    }
    if (problem.isPresent()) {
      throw new Invalid(problem.get());
    }
  }

  /** What is wrong with a purpose or case; {@link #code} and {@link #message} name it. */
  public enum Problem {
    PURPOSE_REQUIRED("purpose.required", "name the purpose (事務) of the access"),
    PURPOSE_TOO_LONG("purpose.too-long", "a purpose is at most " + MAX_CASE + " characters"),
    PURPOSE_CONTROL(
        "purpose.control-character",
        "a purpose may not hold control or format characters (line breaks, escapes, direction"
            + " marks)"),
    PURPOSE_NUMBER(
        "purpose.holds-number",
        "a purpose may not hold anything like a My Number (12 digits in any spelling)"),
    CASE_REQUIRED("case.required", "name the case the access belongs to"),
    CASE_TOO_LONG("case.too-long", "a case reference is at most " + MAX_CASE + " characters"),
    CASE_CONTROL(
        "case.control-character",
        "a case reference may not hold control or format characters (line breaks, escapes,"
            + " direction marks)"),
    CASE_NUMBER(
        "case.holds-number",
        "a case reference may not hold anything like a My Number (12 digits in any spelling)");

    private final String code;
    private final String message;

    Problem(String code, String message) {
      this.code = code;
      this.message = message;
    }

    /** A stable code for the API, e.g. {@code case.holds-number}. */
    public String code() {
      return code;
    }

    /** A sentence for people; it never holds the value. */
    public String message() {
      return message;
    }
  }

  /** A purpose or case that fails the check; the message names the problem, never the value. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final Problem problem;

    Invalid(Problem problem) {
      super(problem.message());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /**
   * What keeps a typed purpose and case from being an access's why, empty when they may: both
   * required, and each passes the check of {@link Why}. Spaces around them do not count.
   */
  public static Optional<Problem> problem(String purpose, String caseRef) {
    String p = purpose.strip();
    String c = caseRef.strip();
    if (p.isEmpty()) {
      return Optional.of(Problem.PURPOSE_REQUIRED);
    }
    if (c.isEmpty()) {
      return textProblem(p, true).or(() -> Optional.of(Problem.CASE_REQUIRED));
    }
    return textProblem(p, true).or(() -> textProblem(c, false));
  }

  /**
   * The purpose and case of an access to person data as a person typed them, stripped of
   * surrounding spaces.
   *
   * @throws Invalid naming the first problem ({@link #problem})
   */
  public static Why typed(String purpose, String caseRef) {
    Optional<Problem> problem = problem(purpose, caseRef);
    if (problem.isPresent()) {
      throw new Invalid(problem.get());
    }
    return new Why(purpose.strip(), caseRef.strip());
  }

  /** An administrative action's why: no purpose, and what it changed as its case. */
  public static Why administrative(String changed) {
    return new Why("", changed);
  }

  /**
   * A case made from text no person typed for it (a file's name): control and format characters
   * become {@code ?}, numbers are masked ({@link NumberText#mask}), spaces around it go and it is
   * cut to {@link #MAX_CASE} characters, so it passes the check unless it is blank.
   */
  public static String caseFrom(String text) {
    return textFrom(text, MAX_CASE);
  }

  /**
   * Text no person typed for where it is shown (a file's name), made safe as {@link #caseFrom}
   * makes a case: control and format characters as {@code ?}, numbers masked, stripped, cut to
   * {@code max} characters (never between the halves of a surrogate pair).
   */
  public static String textFrom(String text, int max) {
    StringBuilder b = new StringBuilder();
    NumberText.mask(text)
        .strip()
        .codePoints()
        .forEach(cp -> b.appendCodePoint(unprintable(cp) ? '?' : cp));
    String c = b.toString();
    if (c.length() <= max) {
      return c;
    }
    return c.substring(0, Character.isHighSurrogate(c.charAt(max - 1)) ? max - 1 : max);
  }

  /** The problem of one component; "" (absent) passes here, whether it may be absent is not. */
  private static Optional<Problem> textProblem(String text, boolean purpose) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.isBlank()) {
      return Optional.of(purpose ? Problem.PURPOSE_REQUIRED : Problem.CASE_REQUIRED);
    }
    if (text.length() > MAX_CASE) {
      return Optional.of(purpose ? Problem.PURPOSE_TOO_LONG : Problem.CASE_TOO_LONG);
    }
    if (text.codePoints().anyMatch(Why::unprintable)) {
      return Optional.of(purpose ? Problem.PURPOSE_CONTROL : Problem.CASE_CONTROL);
    }
    if (NumberText.holdsNumber(text)) {
      return Optional.of(purpose ? Problem.PURPOSE_NUMBER : Problem.CASE_NUMBER);
    }
    return Optional.empty();
  }

  /**
   * Control (Cc) and format (Cf: bidirectional controls, zero-width characters) characters, line
   * and paragraph separators, lone surrogates.
   */
  public static boolean unprintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }
}
