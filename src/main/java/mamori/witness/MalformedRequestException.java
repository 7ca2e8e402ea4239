package mamori.witness;

/** An {@code add-checkpoint} body does not follow the format of c2sp.org/tlog-witness: answered with 400. */
final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedRequestException(String message) {
    super(message);
  }
}
