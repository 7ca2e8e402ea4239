package mamori.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The encodings a generated CSV can be written in. */
public enum CsvEncoding {
  /** UTF-8 without a byte-order mark. */
  UTF_8("utf-8", StandardCharsets.UTF_8),
  /** Shift_JIS as Windows and Excel read it: windows-31j (CP932). */
  SHIFT_JIS("shift_jis", Charset.forName("windows-31j"));

  private final String label;
  private final Charset charset;

  CsvEncoding(String label, Charset charset) {
    this.label = label;
    this.charset = charset;
  }

  /** The name shown to people: {@code utf-8} or {@code shift_jis}. */
  public String label() {
    return label;
  }

  public Charset charset() {
    return charset;
  }

  /**
   * The encoding named {@code name}, ignoring case: {@code utf-8} (or {@code utf8}), {@code
   * shift_jis} (or {@code shift-jis}, {@code sjis}, {@code cp932}, {@code ms932}, {@code
   * windows-31j}).
   *
   * @throws IllegalArgumentException for any other name, with a message listing the accepted ones
   */
  public static CsvEncoding parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> UTF_8;
      case "shift_jis", "shift-jis", "sjis", "cp932", "ms932", "windows-31j" -> SHIFT_JIS;
      default ->
          throw new IllegalArgumentException(
              "unknown encoding '"
                  + name
                  + "'; use utf-8 or shift_jis (also sjis, cp932, windows-31j)");
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
