package mamori.handover;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A found-page report that could not be decided ({@link FoundReports#decide}): nothing was changed.
 * {@link #problem} says which case it is; the message names the problem, never the note typed.
 */
public final class FoundRefused extends ActRefused {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Problem {
    /** The caller is not the tenant's security officer or org admin (logged). */
    NOT_ALLOWED(Kind.REFUSED, Reason.ROLE_NOT_ALLOWED),
    /** No such report of the caller's tenant. */
    UNKNOWN(Kind.NOT_FOUND, Reason.REQUEST_INVALID),
    /** The report was decided already: a decision is final. */
    DECIDED(Kind.CONFLICT, Reason.STATE_INVALID),
    /** The decision's kind is not one of the kinds. */
    KIND(Kind.INVALID, Reason.REQUEST_INVALID),
    /** The note is empty, too long, unprintable or holds a number. */
    NOTE(Kind.INVALID, Reason.REQUEST_INVALID);

    private final Kind kind;
    private final Reason reason;

    Problem(Kind kind, Reason reason) {
      this.kind = kind;
      this.reason = reason;
    }
  }

  private final Problem problem;

  FoundRefused(Problem problem, String field, String message) {
    super(problem.kind, problem.reason.code(), field, message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
