package mamori.log;

import org.jspecify.annotations.Nullable;

/**
 * The log cannot record or read right now. Callers must refuse to reveal anything when an append
 * fails this way: the vault and the gate fail closed (DESIGN.md promise 3).
 */
public class LogUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LogUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  public LogUnavailableException(String message) {
    super(message);
  }
}
