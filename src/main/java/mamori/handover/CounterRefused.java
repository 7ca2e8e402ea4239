package mamori.handover;

import java.util.Optional;
import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A step of the counter check that was refused: nothing was changed (a wrong MAC was counted
 * against its document by {@link Documents#resolve}). Its code is a {@link Reason}'s, or {@value
 * #UNKNOWN} for a handover id the tenant does not have; a typo is {@link Reason#REQUEST_INVALID} on
 * the field {@code code} ({@link #typo}). The message says what to do and never holds a code as
 * scanned.
 */
public final class CounterRefused extends ActRefused {
  private static final long serialVersionUID = 1L;

  /** The code of a handover id the tenant does not have. */
  public static final String UNKNOWN = "handover.unknown";

  /** The handover in the way (a stopped or unfinished one), or "" when none is. */
  private final String handover;

  CounterRefused(Kind kind, String code, String field, String message) {
    this(kind, code, field, message, "");
  }

  private CounterRefused(Kind kind, String code, String field, String message, String handover) {
    super(kind, code, field, message);
    this.handover = handover;
  }

  static CounterRefused of(Kind kind, Reason reason, String message) {
    return new CounterRefused(kind, reason.code(), "", message);
  }

  /** A refusal because handover {@code in} is in the way; the message names it too. */
  static CounterRefused because(Kind kind, Reason reason, String in, String message) {
    return new CounterRefused(kind, reason.code(), "", message, in);
  }

  static CounterRefused mistyped() {
    return new CounterRefused(
        Kind.INVALID,
        Reason.REQUEST_INVALID.code(),
        "code",
        "the code does not add up (its last character is a check): check the code and type it"
            + " again; nothing was counted");
  }

  static CounterRefused unknownHandover() {
    return new CounterRefused(Kind.NOT_FOUND, UNKNOWN, "", "no such handover of this office");
  }

  /** The reason; empty for an unknown handover. */
  public Optional<Reason> reason() {
    return Reason.ofCode(code());
  }

  /**
   * The handover in the way: the caller's own stopped one, or the resident's open or stopped one;
   * empty for any other refusal.
   */
  public Optional<String> handover() {
    return handover.isEmpty() ? Optional.empty() : Optional.of(handover);
  }

  /** Whether the code was mistyped (its check character does not match): check it and retype. */
  public boolean typo() {
    return code().equals(Reason.REQUEST_INVALID.code()) && field().equals("code");
  }
}
