package mamori.entrustment;

import java.util.Locale;

/** What an entrustment may allow on person data. */
public enum Action {
  READ, ENTER, VERIFY, PRINT, PACKAGE;

  /** The access-record name: {@code read}, {@code enter}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
