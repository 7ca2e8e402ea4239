package mamori.identity;

/**
 * Who issues an API token, kept with the token: the installation's own seeding (the demo, the
 * benches; no command reaches it), a user signed in at the command line, or a web session that
 * passed both factors. A {@link Session} needs a {@link SignedIn}, which only {@link Credentials}
 * makes, so no password-only path can ever reach {@link ApiTokens#issue}.
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

  /**
   * A user signed in at the command line ({@code mamori login}), proved by their CLI session token;
   * they may issue tokens only for themself.
   */
  record CommandLine(Principal principal) implements TokenIssuer {
    @Override
    public String describe() {
      return "cli:" + principal.userId() + "/" + principal.tokenId();
    }
  }

  /** A signed-in web session with two factors; the user may issue tokens only for themself. */
  record Session(SignedIn signedIn) implements TokenIssuer {
    @Override
    public String describe() {
      return "session:" + signedIn.principal().userId() + "/" + signedIn.principal().tokenId();
    }
  }
}
