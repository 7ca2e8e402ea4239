package mamori.backup;

/** A backup, a restore or a key backup that cannot go on; the message says why and what to do. */
public final class BackupException extends RuntimeException {
  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
