package mamori.incident;

import java.util.Arrays;
import java.util.Optional;

/** Which of the two reports to the PPC: the preliminary (速報) or the final (確報). */
public enum ReportKind {
  PRELIMINARY("preliminary", "速報"),
  FINAL("final", "確報");

  private final String code;
  private final String japanese;

  ReportKind(String code, String japanese) {
    this.code = code;
    this.japanese = japanese;
  }

  /** The code in paths, JSON and the table: {@code preliminary} or {@code final}. */
  public String code() {
    return code;
  }

  public String japanese() {
    return japanese;
  }

  /** The kind {@code code} names. */
  public static Optional<ReportKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
