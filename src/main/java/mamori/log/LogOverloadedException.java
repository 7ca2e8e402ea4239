package mamori.log;

/** Push-back: the log's queue of appends waiting for the disk is full; try again shortly. */
public final class LogOverloadedException extends LogUnavailableException {
  private static final long serialVersionUID = 1L;

  LogOverloadedException(String message) {
    super(message);
  }
}
