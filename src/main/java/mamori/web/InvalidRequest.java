package mamori.web;

/**
 * A request the API cannot take, naming what is wrong: a body field by its JSON path ({@code
 * scope.from}, {@code contract.staff}) or a parameter ({@code limit}). The problem is a fixed
 * sentence; the value sent is never repeated, as it may hold a number.
 */
final class InvalidRequest extends RuntimeException {
  private final String field;
  private final String text;

  InvalidRequest(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.text = field + ": " + problem;
  }

  InvalidRequest(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
    this.text = field + ": " + problem;
  }

  /** The answer's sentence: the field, then the problem. */
  String text() {
    return text;
  }

  /** The field or parameter, e.g. {@code scope.from}. */
  String field() {
    return field;
  }
}
