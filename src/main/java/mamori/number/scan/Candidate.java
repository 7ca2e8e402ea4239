package mamori.number.scan;

/**
 * A valid individual number found in a piece of text, already masked.
 *
 * @param start offset of its first digit in the array it was found in
 * @param end offset just past its last digit
 * @param masked the number with all but the last four digits hidden
 * @param grouping how its digits were written
 * @param shape a short description of that: {@code 12 digits}, {@code grouped 4-4-4}, {@code
 *     grouped 3-4-5}
 */
record Candidate(int start, int end, String masked, Grouping grouping, String shape) {

  /** How the twelve digits were written, from the most to the least number-like. */
  enum Grouping {
    /** One run of twelve digits. */
    BARE,
    /** Three groups of four joined by the same separator twice. */
    CANONICAL,
    /** Three groups of four joined by two different separators. */
    CANONICAL_MIXED,
    /** Any other grouping whose groups add up to twelve digits. */
    OTHER
  }
}
