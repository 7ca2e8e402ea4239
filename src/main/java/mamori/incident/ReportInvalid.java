package mamori.incident;

import org.jspecify.annotations.Nullable;

/**
 * A report body refused before anything is logged or stored: the item at fault named in Japanese
 * and English, and a stable code; the value sent is never repeated (it may hold a number).
 */
public final class ReportInvalid extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The item is missing or blank. */
  public static final String MISSING = "report.item-missing";

  /** The item is longer than its bound. */
  public static final String TOO_LONG = "report.item-too-long";

  /** The item holds what looks like a My Number. */
  public static final String NUMBER = "text.holds-number";

  /** The item is not a value it may take (a date, a count, a trigger). */
  public static final String INVALID = "report.item-invalid";

  /** The item holds a control character. */
  public static final String CONTROL = "report.control-character";

  private final String code;
  private final @Nullable ReportItem item;
  private final String field;

  ReportInvalid(String code, @Nullable ReportItem item, String field, String problem) {
    super(problem);
    this.code = code;
    this.item = item;
    this.field = field;
  }

  static ReportInvalid of(String code, ReportItem item, String field) {
    String problem =
        switch (code) {
          case MISSING ->
              "the mandatory item " + item.named() + " is missing or blank (" + field + ")";
          case TOO_LONG -> "the item " + item.named() + " is too long";
          case NUMBER ->
              "the item "
                  + item.named()
                  + " holds what looks like a My Number (twelve digits in any spelling)";
          case CONTROL -> "the item " + item.named() + " holds a control character";
          case INVALID -> "the item " + item.named() + " is not a valid value at " + field;
          default -> "the item " + item.named() + " is invalid";
        };
    return new ReportInvalid(code, item, field, problem + "; nothing was saved");
  }

  public String code() {
    return code;
  }

  /** The item at fault; null when the body as a whole is (too large, not JSON). */
  public @Nullable ReportItem item() {
    return item;
  }

  /** The JSON path of the field at fault ({@code items.cause}, {@code body}). */
  public String field() {
    return field;
  }
}
