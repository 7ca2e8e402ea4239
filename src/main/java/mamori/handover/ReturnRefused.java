package mamori.handover;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A printed page that could not be checked back in ({@link Returns}): nothing was changed. {@link
 * #problem} says which case it is (the pages show a sentence for each); the message names the
 * problem, never the code typed.
 */
public final class ReturnRefused extends ActRefused {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Problem {
    /** The caller's role, or organisation, may not do this (logged). */
    NOT_ALLOWED(Kind.REFUSED, Reason.ROLE_NOT_ALLOWED),
    /** A mistyped code: its check character does not match. Nothing was looked up. */
    TYPO(Kind.INVALID, Reason.REQUEST_INVALID),
    /** Not a page of the tenant: unknown, another office's, forged or altered. */
    UNKNOWN(Kind.NOT_FOUND, Reason.PAGE_UNKNOWN),
    /** A resident's page that was handed over to them: it is theirs now, not the office's. */
    RESIDENT_PAGE(Kind.CONFLICT, Reason.STATE_INVALID),
    /** The page was shredded already: it cannot be filed or shredded again. */
    SHREDDED(Kind.CONFLICT, Reason.STATE_INVALID),
    /** The page was filed already: it may be shredded, not filed again. */
    FILED(Kind.CONFLICT, Reason.STATE_INVALID);

    private final Kind kind;
    private final Reason reason;

    Problem(Kind kind, Reason reason) {
      this.kind = kind;
      this.reason = reason;
    }
  }

  private final Problem problem;

  ReturnRefused(Problem problem, String field, String message) {
    super(problem.kind, problem.reason.code(), field, message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
