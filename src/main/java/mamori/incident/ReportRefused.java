package mamori.incident;

/**
 * A report, notice or evidence act refused: {@code incident.unknown} when the caller's tenant has
 * no such incident (an incident of another tenant is not told apart from none), {@code
 * role.not-allowed} when the caller's role may not do it, {@code report.submitted} when a version
 * once submitted would change, {@code report.unknown} for a version that does not exist, {@code
 * state.changed} when another save took the version number, {@code checkpoint.not-cosigned} and
 * {@code evidence.too-large} for an export that cannot be made, {@code incident.closed} for a
 * report, notice or letter of a closed incident (its evidence may still be exported).
 */
public final class ReportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final String UNKNOWN_INCIDENT = "incident.unknown";
  public static final String UNKNOWN_VERSION = "report.unknown";
  public static final String SUBMITTED = "report.submitted";
  public static final String ROLE = mamori.core.Reason.ROLE_NOT_ALLOWED.code();
  public static final String NOT_COSIGNED = "checkpoint.not-cosigned";
  public static final String STATE_CHANGED = mamori.core.Reason.STATE_CHANGED.code();
  public static final String TOO_LARGE = "evidence.too-large";
  public static final String CLOSED = "incident.closed";

  /** An incident that affects no one: there is no letter to print. */
  public static final String NO_ONE = "incident.no-affected";

  private final String code;

  ReportRefused(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the answer is "no such thing" (404) rather than "not you" (403). */
  public boolean notFound() {
    return code.equals(UNKNOWN_INCIDENT) || code.equals(UNKNOWN_VERSION);
  }
}
