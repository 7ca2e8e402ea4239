package mamori.number.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import mamori.number.IndividualNumber;
import org.jspecify.annotations.Nullable;

/*
 * How candidates are found.
 *
 * People write a My Number as twelve digits in a row, as 4-4-4 with hyphens or spaces (full-width or
 * not, the ideographic space included), and sometimes in other groupings; the text around it can be
 * anything, including letters glued to the digits ("ID123456789018"). So the finder reads a piece of
 * text as a sequence of GROUPS, maximal runs of digits (ASCII and full-width may mix), and links two
 * neighbouring groups into one CHAIN when exactly one separator char (Digits.isSeparator) stands
 * between them. Anything else, or two separators in a row, ends the chain.
 *
 * Every contiguous run of whole groups inside a chain whose digits add up to exactly twelve is a
 * candidate; it is kept only if its check digit holds. A group is never split: twelve digits inside a
 * longer run (a 16-digit card number, a 13-digit corporate number) are not a My Number, and a group of
 * thirteen or more digits blocks every sum that would include it. A phone number next to a number
 * ("090-1234-5678 1234 5678 9018") forms one chain, and the sub-chain 1234 5678 9018 is found.
 *
 * The finder is streaming: it keeps only the last twelve groups of the current chain (no candidate can
 * span more, as every group holds at least one digit), so a chain of any length costs O(12) per group
 * and no memory beyond those twelve. When candidates overlap (a chain of four 4-digit groups can hold
 * two valid ones by chance), the most number-like is kept: a bare run of twelve, then 4-4-4 with one
 * kind of separator, then 4-4-4 mixed, then any other grouping, and the leftmost among equals. The
 * same digits are therefore never reported twice.
 *
 * The full digits exist only in a twelve-char scratch array and the short-lived string handed to
 * IndividualNumber; a candidate carries the masked form only.
 */

/** Finds valid individual numbers in text. Not thread-safe: one finder per scanning thread. */
final class CandidateFinder {
  private static final int N = IndividualNumber.LENGTH;
  private static final int RING = 16; // a power of two of at least N groups, indexed with & MASK
  private static final int MASK = RING - 1;
  private static final Comparator<Candidate> MOST_LIKELY_FIRST =
      Comparator.comparing(Candidate::grouping).thenComparingInt(Candidate::start);

  private final CharTable table;
  private final int[] groupStart = new int[RING];
  private final int[] groupEnd = new int[RING];
  private final char[] scratch = new char[N];

  CandidateFinder(CharTable table) {
    this.table = table;
  }

  /** The valid numbers in {@code a[from, to)}, without overlaps, in order of position. */
  List<Candidate> find(char[] a, int from, int to) {
    return find(a, from, to, true);
  }

  private List<Candidate> find(char[] a, int from, int to, boolean choose) {
    List<Candidate> found = null;
    int groups = 0; // groups in the current chain, counting all of them
    long chainDigits = 0; // digits in the current chain: below twelve, nothing to look for
    boolean chainOpen = false; // the last thing seen was a group, or a group and one separator
    int separators = 0;
    int i = from;
    while (i < to) {
      int k = table.classOf(a[i]);
      if (k < CharTable.SEPARATOR) {
        int start = i;
        while (i < to && table.isDigit(a[i])) {
          i++;
        }
        if (!chainOpen || separators != 1) {
          groups = 0;
          chainDigits = 0;
        }
        groupStart[groups & MASK] = start;
        groupEnd[groups & MASK] = i;
        groups++;
        chainDigits += i - start;
        if (chainDigits >= N && i - start <= N) {
          found = candidatesEndingAt(a, groups, found);
        }
        chainOpen = true;
        separators = 0;
      } else {
        if (k == CharTable.SEPARATOR && chainOpen) {
          separators++;
        } else {
          chainOpen = false;
        }
        i++;
      }
    }
    return found == null ? List.of() : choose ? withoutOverlaps(found, from, to) : found;
  }

  /**
   * The valid numbers of one segment of a long line whose start lies in {@code a[reportFrom,
   * reportTo)}, chosen as if the line were read whole. Candidates starting before {@code
   * reportFrom} were decided by the segment before, which left the ones it kept in {@code carry}:
   * those block what overlaps them, and the others are dropped. The ones kept here before {@code
   * reportTo} go into {@code carry} for the next segment.
   *
   * @param base the offset in the line of {@code a[0]}, as positions in {@code carry} are
   */
  List<Candidate> find(
      char[] a, int from, int to, int reportFrom, int reportTo, long base, Carry carry) {
    List<Candidate> all = find(a, from, to, false);
    BitSet taken = new BitSet(to - from);
    for (int k = 0; k < carry.size; k++) {
      long s = Math.max(carry.starts[k] - base, from);
      long e = Math.min(carry.ends[k] - base, to);
      if (s < e) {
        taken.set((int) (s - from), (int) (e - from));
      }
    }
    carry.retainEndingAfter(base + reportFrom);
    List<Candidate> kept = new ArrayList<>();
    List<Candidate> open = new ArrayList<>(all.size());
    for (Candidate c : all) {
      if (c.start() >= reportFrom) {
        open.add(c);
      }
    }
    open.sort(MOST_LIKELY_FIRST);
    for (Candidate c : open) {
      int next = taken.nextSetBit(c.start() - from);
      if (next < 0 || next >= c.end() - from) {
        taken.set(c.start() - from, c.end() - from);
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<Candidate> reported = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      if (c.start() < reportTo) {
        reported.add(c);
        carry.add(base + c.start(), base + c.end());
      }
    }
    return reported;
  }

  /**
   * The candidates kept by the segments before, as offsets in the line, for the next segment to
   * respect: held only while they can still overlap it, so bounded by the buffer.
   */
  static final class Carry {
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int size;

    void clear() {
      size = 0;
    }

    private void add(long start, long end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size++] = end;
    }

    private void retainEndingAfter(long at) {
      int n = 0;
      for (int k = 0; k < size; k++) {
        if (ends[k] > at) {
          starts[n] = starts[k];
          ends[n++] = ends[k];
        }
      }
      size = n;
    }
  }

  /**
   * Every number in {@code text} replaced by its masked form; the text itself when it holds none.
   */
  String maskAll(String text) {
    char[] a = text.toCharArray();
    List<Candidate> found = find(a, 0, a.length);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Candidate c : found) {
      out.append(a, at, c.start() - at).append(c.masked());
      at = c.end();
    }
    return out.append(a, at, a.length - at).toString();
  }

  /** Looks back from the newest group for runs of whole groups holding exactly twelve digits. */
  private @Nullable List<Candidate> candidatesEndingAt(
      char[] a, int groups, @Nullable List<Candidate> found) {
    int newest = groups - 1;
    int digits = 0;
    for (int g = newest; g >= 0 && g > newest - N; g--) {
      digits += groupEnd[g & MASK] - groupStart[g & MASK];
      if (digits > N) {
        break;
      }
      if (digits == N) {
        Candidate c = candidate(a, g, newest);
        if (c != null) {
          if (found == null) {
            found = new ArrayList<>();
          }
          found.add(c);
        }
        break;
      }
    }
    return found;
  }

  private @Nullable Candidate candidate(char[] a, int first, int last) {
    int n = 0;
    for (int g = first; g <= last; g++) {
      for (int i = groupStart[g & MASK]; i < groupEnd[g & MASK]; i++) {
        scratch[n++] = (char) ('0' + table.classOf(a[i]));
      }
    }
    String digits = new String(scratch);
    Arrays.fill(scratch, '\0');
    if (!IndividualNumber.isValidDigits(digits)) {
      return null;
    }
    String masked = IndividualNumber.parse(digits).masked();
    int count = last - first + 1;
    return new Candidate(
        groupStart[first & MASK],
        groupEnd[last & MASK],
        masked,
        grouping(a, first, last),
        count == 1 ? "12 digits" : "grouped " + lengths(first, last));
  }

  private Candidate.Grouping grouping(char[] a, int first, int last) {
    if (first == last) {
      return Candidate.Grouping.BARE;
    }
    for (int g = first; g <= last; g++) {
      if (last - first != 2 || groupEnd[g & MASK] - groupStart[g & MASK] != 4) {
        return Candidate.Grouping.OTHER;
      }
    }
    boolean sameSeparator = a[groupEnd[first & MASK]] == a[groupEnd[(first + 1) & MASK]];
    return sameSeparator ? Candidate.Grouping.CANONICAL : Candidate.Grouping.CANONICAL_MIXED;
  }

  private String lengths(int first, int last) {
    StringBuilder s = new StringBuilder();
    for (int g = first; g <= last; g++) {
      s.append(s.isEmpty() ? "" : "-").append(groupEnd[g & MASK] - groupStart[g & MASK]);
    }
    return s.toString();
  }

  private static List<Candidate> withoutOverlaps(List<Candidate> found, int from, int to) {
    if (found.size() == 1) {
      return found;
    }
    found.sort(MOST_LIKELY_FIRST);
    BitSet taken = new BitSet(to - from);
    List<Candidate> kept = new ArrayList<>(found.size());
    for (Candidate c : found) {
      int next = taken.nextSetBit(c.start() - from);
      if (next < 0 || next >= c.end() - from) {
        taken.set(c.start() - from, c.end() - from);
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }
}
