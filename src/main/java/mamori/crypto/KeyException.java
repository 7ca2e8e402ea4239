package mamori.crypto;

import org.jspecify.annotations.Nullable;

/**
 * A key is missing, unreadable or cannot be made; the message says which and what to do, never key
 * bytes.
 */
public final class KeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeyException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  KeyException(String message) {
    super(message);
  }
}
