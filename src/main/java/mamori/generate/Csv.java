package mamori.generate;

/**
 * Lines of CSV as RFC 4180 has them: CRLF at the end, and a field quoted only when it must be.
 * These twenty lines are all of RFC 4180's writing rules, so no CSV library is used for them.
 */
final class Csv {
  static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * Appends one field, in double quotes with inner quotes doubled when it holds a comma, quote, CR
   * or LF.
   */
  static StringBuilder appendField(StringBuilder line, CharSequence field) {
    if (!needsQuotes(field)) {
      return line.append(field);
    }
    line.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    return line.append('"');
  }

  private static boolean needsQuotes(CharSequence field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
