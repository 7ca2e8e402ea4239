package mamori.number.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import mamori.number.Finding;
import mamori.number.Finding.Confidence;
import mamori.number.NumberScanner;
import org.jspecify.annotations.Nullable;

/**
 * Turns the candidates of one unit of text (a line, a cell, a paragraph) into findings of one file:
 * a matching column header or a context word in the unit or the unit before makes a finding {@code
 * high}; otherwise twelve digits in a row or 4-4-4 are {@code medium} and any other grouping {@code
 * low}.
 */
final class Judge {
  /** For units that have no column. */
  static final IntFunction<@Nullable String> NO_HEADER = offset -> null;

  private final CandidateFinder finder;
  private final Path file;
  private final NumberScanner.Listener listener;
  private int findings;

  Judge(CandidateFinder finder, Path file, NumberScanner.Listener listener) {
    this.finder = finder;
    this.file = file;
    this.listener = listener;
  }

  /**
   * Judges {@code a[from, to)} and reports its findings.
   *
   * @param previousContext the context word of the unit before, or null
   * @param header the matching header of the column at an offset of {@code a}, or null
   * @param location where the unit is, asked only when there is a finding
   * @return the context word of this unit, or null, to pass as {@code previousContext} to the next
   *     one
   */
  @Nullable String judge(
      char[] a,
      int from,
      int to,
      @Nullable String previousContext,
      IntFunction<@Nullable String> header,
      Supplier<String> location) {
    return judge(a, from, to, previousContext, header, location, finder.find(a, from, to));
  }

  /**
   * Like {@link #judge(char[], int, int, String, IntFunction, Supplier)} for a segment of a long
   * line that overlaps its neighbours: only numbers starting in {@code a[reportFrom, reportTo)} are
   * reported.
   */
  @Nullable String judge(
      char[] a,
      int from,
      int to,
      int reportFrom,
      int reportTo,
      long base,
      CandidateFinder.Carry carry,
      @Nullable String previousContext,
      IntFunction<@Nullable String> header,
      Supplier<String> location) {
    return judge(
        a,
        from,
        to,
        previousContext,
        header,
        location,
        finder.find(a, from, to, reportFrom, reportTo, base, carry));
  }

  private @Nullable String judge(
      char[] a,
      int from,
      int to,
      @Nullable String previousContext,
      IntFunction<@Nullable String> header,
      Supplier<String> location,
      List<Candidate> candidates) {
    String context = ContextWords.find(a, from, to);
    if (!candidates.isEmpty()) {
      String where = finder.maskAll(location.get());
      String nearby = context != null ? context : previousContext;
      for (Candidate c : candidates) {
        String column = header.apply(c.start());
        Confidence confidence;
        String reason;
        if (column != null) {
          confidence = Confidence.HIGH;
          reason = "header " + finder.maskAll(column);
        } else if (nearby != null) {
          confidence = Confidence.HIGH;
          reason = "context " + nearby;
        } else {
          confidence =
              c.grouping() == Candidate.Grouping.OTHER ? Confidence.LOW : Confidence.MEDIUM;
          reason = c.shape();
        }
        findings++;
        listener.found(new Finding(file, where, c.masked(), confidence, reason));
      }
    }
    return context;
  }

  /** Like {@link #judge(char[], int, int, String, IntFunction, Supplier)} for a whole string. */
  @Nullable String judge(
      String text,
      @Nullable String previousContext,
      @Nullable String header,
      Supplier<String> location) {
    char[] a = text.toCharArray();
    return judge(
        a, 0, a.length, previousContext, header == null ? NO_HEADER : offset -> header, location);
  }

  /** The number of findings reported so far. */
  int findings() {
    return findings;
  }

  /** {@code text} with every number in it masked: for messages that quote the file. */
  String maskAll(String text) {
    return finder.maskAll(text);
  }
}
