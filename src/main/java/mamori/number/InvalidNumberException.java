package mamori.number;

import java.util.Objects;

/**
 * A value is not a valid number. The message says why in a few words and never contains the value
 * itself, so it is safe to log or show.
 */
public final class InvalidNumberException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidNumberException(String reason) {
    super(reason);
  }

  /** The {@code reason} it was made with: never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
