package mamori.vault;

import java.io.IOException;

/**
 * A person CSV cannot be read at all: no header, a header without the required columns, an encoding
 * that is not UTF-8 or Shift_JIS. Raised before any row is returned. The message says what is wrong
 * in a few words and never holds a value from the file.
 */
public final class PersonCsvException extends IOException {
  private static final long serialVersionUID = 1L;

  PersonCsvException(String message) {
    super(message);
  }
}
