package mamori.identity;

import java.util.Locale;

/**
 * What an API token is for, stored with it ({@code api_token.kind}) and never renamed: a person's
 * own token, a machine client's token bound to networks, or the session of {@code mamori login}.
 */
public enum TokenKind {
  /** A person's token: lives as long as their organisation allows (24 hours by default). */
  OPERATOR,
  /** A machine client's token: accepted only from the networks it was issued for. */
  MACHINE,
  /** The command line's session after {@code mamori login}: 8 hours. */
  CLI;

  /** The stored code: {@code operator}, {@code machine}, {@code cli}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind stored as {@code code}. */
  static TokenKind ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
