package mamori.access;

/**
 * A listing's cursor that was not given to this caller: another organisation's or user's, altered,
 * or not a cursor at all. Answered as a bad request; nothing is listed or logged.
 */
public final class InvalidCursor extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidCursor() {
    super("the cursor is not one this caller was given; start the listing again without it");
  }
}
