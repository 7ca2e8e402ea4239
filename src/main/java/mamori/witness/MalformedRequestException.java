package mamori.witness;

import java.util.Objects;

/**
 * An {@code add-checkpoint} body does not follow the format of c2sp.org/tlog-witness: answered with
 * 400.
 */
final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedRequestException(String message) {
    super(message);
  }

  /** The {@code message} it was made with: never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
