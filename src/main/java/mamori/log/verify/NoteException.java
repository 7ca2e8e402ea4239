package mamori.log.verify;

import java.util.Objects;

/**
 * A signed note or a checkpoint was refused: it is malformed, a trusted key's signature on it does
 * not verify, or no trusted key signed it. The message says which in a few words; notes hold only
 * public log data, so it is safe to log.
 */
public final class NoteException extends Exception {
  private static final long serialVersionUID = 1L;

  NoteException(String message) {
    super(message);
  }

  /** The {@code message} it was made with: never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
