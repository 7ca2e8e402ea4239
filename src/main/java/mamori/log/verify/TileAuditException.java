package mamori.log.verify;

import org.jspecify.annotations.Nullable;

/**
 * A log's tiles, entry bundles or root that disagree with each other or with the checkpoint, or a
 * resource that could not be had: the message names the first such resource and, for a
 * disagreement, both hashes.
 */
public final class TileAuditException extends Exception {
  private static final long serialVersionUID = 1L;

  public TileAuditException(String message) {
    super(message);
  }

  public TileAuditException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
