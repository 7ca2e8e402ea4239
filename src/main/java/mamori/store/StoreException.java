package mamori.store;

/**
 * The store cannot be opened or used; the message says what to do and never holds personal data.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A refusal the store itself decides, with no exception behind it. */
  StoreException(String message) {
    super(message);
  }
}
