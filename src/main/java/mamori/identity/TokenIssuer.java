package mamori.identity;

/**
 * Who issues an API token, kept with the token. The seam for issue 6: today only an operator at the
 * console (the CLI, the demo) can issue; the web will add a permitted kind that can only be made from a
 * signed-in session with two factors, so that no password-only path can ever reach {@link ApiTokens#issue}.
 */
public sealed interface TokenIssuer {

  /** The text stored with the token, e.g. {@code console:alice}. */
  String describe();

  /** Someone with access to the installation's console and data folder. */
  record Console(String operator) implements TokenIssuer {
    public Console {
      if (operator.isBlank() || operator.length() > 120) {
        throw new IllegalArgumentException("the operator is 1 to 120 characters");
      }
    }

    @Override
    public String describe() {
      return "console:" + operator;
    }
  }
}
